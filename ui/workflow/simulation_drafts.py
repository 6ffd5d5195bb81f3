"""Named drafts of the what-if page, kept in the user's settings per database: a draft is a
set of parameter values to try; keeping it never touches the database."""
from __future__ import annotations

import hashlib
import json

from PySide6.QtCore import QSettings


class SimulationDrafts:
    def __init__(self, settings: QSettings, database: str):
        digest = hashlib.sha256(database.encode("utf-8")).hexdigest()[:16]
        self.settings, self.group = settings, f"simulation/{digest}"

    def names(self) -> list[str]:
        self.settings.beginGroup(self.group)
        try:
            keys = list(self.settings.childKeys())
        finally:
            self.settings.endGroup()
        return sorted(json.loads(self.settings.value(f"{self.group}/{k}"))["name"] for k in keys)

    def _key(self, name: str) -> str:
        return f"{self.group}/{hashlib.sha256(name.encode('utf-8')).hexdigest()[:16]}"

    def load(self, name: str) -> dict[str, str]:
        text = self.settings.value(self._key(name))
        return dict(json.loads(text)["values"]) if text else {}

    def save(self, name: str, values: dict[str, str]) -> None:
        self.settings.setValue(self._key(name), json.dumps({"name": name, "values": values},
                                                           ensure_ascii=False))
        self.settings.sync()

    def remove(self, name: str) -> None:
        self.settings.remove(self._key(name))
        self.settings.sync()
