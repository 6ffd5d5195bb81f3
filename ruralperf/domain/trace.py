"""What a computation read from the scheme (OpenFisca's tracer, for parameters only).

A traced `Scheme` (`Scheme.traced()`) records each parameter the rules read, with the typed
value they used, the text it was entered as and the date it took effect. The pay run keeps the
record (`PayRunResult.parameters_used`), so a statement or an explanation prints the value the
engine used instead of parsing the entered text again.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any


@dataclass(frozen=True)
class ParameterUse:
    """One parameter as a computation used it."""

    key: str
    value: Any  # the typed value (bool, Decimal, int, date, tuple, str or None)
    text: str  # as entered
    since: date | None = None  # in force from; None when unknown (a run stored before tracing)


class ParameterTrace:
    """The parameters read so far, each once, in the order first read."""

    def __init__(self) -> None:
        self._reads: dict[str, ParameterUse] = {}

    def record(self, use: ParameterUse) -> None:
        self._reads.setdefault(use.key, use)

    def has(self, key: str) -> bool:
        return key in self._reads

    def uses(self) -> dict[str, ParameterUse]:
        """The record, by key in sorted order (the same record whatever order rules ran in)."""
        return {k: self._reads[k] for k in sorted(self._reads)}
