"""Stands in for a page that could not be loaded (e.g. the data pages before they exist)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.pages.base import Page


class PlaceholderPage(Page):
    def __init__(self, ctx: AppContext, key: str, title: str, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.key = key
        self._title = title
        label = QLabel(self.tr("“%1”页面暂不可用。").replace("%1", title), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setStyleSheet("color: #667085; font-size: 14pt;")
        layout = QVBoxLayout(self)
        layout.addWidget(label)

    def title(self) -> str:
        return self._title
