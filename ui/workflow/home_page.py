"""The home page: for the current quarter, what data exist, the pay run's state and blocking
errors, and the statute-of-limitations deadlines. A new, empty database offers demo data."""
from __future__ import annotations

import importlib.util
import logging
from datetime import date

from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea,
                               QVBoxLayout, QWidget)

from ruralperf.i18n import current_lang
from ui.charts.history_card import HistoryCard
from ui.context import AppContext
from ui.pages.base import Page
from ui.widgets.busy_bar import BusyBar
from ui.workflow.home_cards import CompletenessCard, LimitationCard, PayRunCard
from ui.workflow.labels import step_label
from ui.workflow.quarter import QuarterState

log = logging.getLogger("ruralperf.ui")


def demo_available() -> bool:
    """Whether the demo generator is part of this build (without importing it yet)."""
    try:
        return importlib.util.find_spec("ruralperf.io.demo") is not None
    except ImportError:
        return False


class HomePage(Page):
    key = "home"
    uses_quarter = True

    def __init__(self, ctx: AppContext, quarter: QuarterState, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.quarter_state = quarter
        self.facts = None
        self.today = date.today  # replaceable in tests
        self._loading = 0
        self._summary = None  # the limitation summary of the latest refresh, once computed
        self._as_of = date.today()
        self.limitation_pending = False
        self.names: dict[str, str] = {}
        navigate = lambda page, record: ctx.navigate.emit(page, record)  # noqa: E731

        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b42318;")
        self.error.hide()
        self.bar = BusyBar(self, step_label)
        self.empty_banner = self._empty_banner(navigate)
        self.completeness = CompletenessCard(navigate, self)
        self.pay_run = PayRunCard(navigate, self)
        self.limitation = LimitationCard(navigate, self)
        for card in (self.completeness, self.pay_run, self.limitation):
            card.hide()
        self.history = HistoryCard(ctx, self)  # issue 20: this quarter and the four before
        self.history.hide()

        content = QWidget(self)
        column = QVBoxLayout(content)
        column.addWidget(self.heading)
        column.addWidget(self.bar)
        column.addWidget(self.error)
        column.addWidget(self.empty_banner)
        column.addWidget(self.completeness)
        column.addWidget(self.pay_run)
        column.addWidget(self.history)
        column.addWidget(self.limitation)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def _empty_banner(self, navigate) -> QFrame:
        banner = QFrame(self)
        banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner.setStyleSheet("QFrame { background: #eff8ff; }")
        text = QLabel(self.tr("数据库中还没有数据。可以导入月末台账工作簿，或先载入一套演示数据熟悉程序。"),
                      banner)
        text.setWordWrap(True)
        self.demo_button = QPushButton(self.tr("载入演示数据"), banner)
        self.demo_button.clicked.connect(self.load_demo)
        if not demo_available():
            self.demo_button.setEnabled(False)
            self.demo_button.setToolTip(self.tr("此版本没有演示数据生成器。"))
        import_button = QPushButton(self.tr("导入工作簿…"), banner)
        import_button.clicked.connect(lambda: navigate("import", "open"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.demo_button)
        buttons.addWidget(import_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(banner)
        layout.addWidget(text)
        layout.addLayout(buttons)
        banner.hide()
        return banner

    def title(self) -> str:
        return self.tr("首页")

    def refresh(self) -> None:
        quarter, as_of, ws = self.quarter_state.quarter, self.today(), self.ctx.workspace
        self._loading += 1
        generation = self._loading
        self.heading.setText(self.tr("%1 季度概览").replace("%1", str(quarter)))
        self.bar.start(step_label("load"))
        self.history.load(quarter)
        self.ctx.run(lambda progress: (ws.overview.home(quarter, as_of, limitation=False),
                                       ws.overview.staff_names()),
                     on_done=lambda answer: self._loaded(generation, *answer),
                     on_error=self._failed)
        self._summary, self.limitation_pending = None, True
        self.limitation.loading()
        self._as_of = as_of

    def _loaded(self, generation: int, facts, names: dict[str, str]) -> None:
        if generation != self._loading:
            return
        self.bar.finish()
        self.error.hide()
        self.facts = facts
        self.empty_banner.setVisible(facts.empty)
        self.names = names
        if facts.empty:
            self.limitation_pending = False
        elif self.limitation_pending and self._summary is None:
            self._load_summary(generation)
        self.completeness.set_data(facts.completeness, names)
        self.pay_run.set_data(facts)
        if self._summary is not None:
            self.limitation.set_data(self._summary, names)
        for card in (self.completeness, self.pay_run, self.limitation):
            card.setVisible(not facts.empty)

    def _load_summary(self, generation: int) -> None:
        """The limitation summary (a county's whole list as of today, issue 22) on the second
        worker, once the rest of the page is shown: the window is usable meanwhile. Kept per
        date and data version, so the next start on the same day reads it."""
        ws, as_of = self.ctx.workspace, self._as_of
        self.ctx.tasks.run(lambda progress: ws.overview.limitation_summary(as_of, progress),
                           on_done=lambda summary: self._summary_loaded(generation, summary),
                           on_error=lambda exc: self._summary_failed(generation, exc),
                           on_progress=lambda done, total, _t: self.limitation.progress(
                               done, total) if generation == self._loading else None,
                           beside=True)

    def _summary_loaded(self, generation: int, summary) -> None:
        if generation != self._loading:
            return
        self._summary, self.limitation_pending = summary, False
        if self.facts is not None:  # else shown with the facts
            self.limitation.set_data(summary, self.names)

    def _summary_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._loading:
            self.limitation_pending = False
            self.limitation.finish()
            self._failed(exc)

    def _failed(self, exc: BaseException) -> None:
        from ruralperf.errors import describe

        self.bar.finish()
        self.error.setText(describe(exc, current_lang())[1])
        self.error.show()

    def load_demo(self) -> None:
        """Fill the empty database with the demo generator's sheets (in the background)."""
        ws = self.ctx.workspace
        self.demo_button.setEnabled(False)
        self.bar.start(self.tr("正在生成演示数据…"))

        def done(report) -> None:
            self.bar.finish()
            self.demo_button.setEnabled(True)
            if not report.ok:
                log.error("demo data rejected: %s", [p.message() for p in report.errors[:20]])
                self.error.setText(self.tr("演示数据导入失败，详见日志。"))
                self.error.show()
                return
            self.ctx.data_changed.emit("*")

        self.ctx.run(lambda progress: ws.import_demo(progress=progress, source="import"),
                     on_done=done, on_error=self._failed,
                     on_progress=self.bar.update_progress)
