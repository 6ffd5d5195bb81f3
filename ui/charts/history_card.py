"""The home page's picture: the branch's net pay this quarter and the four before it (bars),
with what was paid out (◆); loaded on the worker from the stored runs."""
from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ruralperf.domain.periods import Quarter
from ui.charts.chart_dialog import component_labels, tr
from ui.charts.data import quarter_history
from ui.records.background import run_for
from ui.workflow.report_files import choose_file

QUARTERS = 5


def last_quarters(quarter: Quarter, count: int = QUARTERS) -> list[Quarter]:
    out = [quarter]
    while len(out) < count:
        out.insert(0, out[0].previous)
    return out


class HistoryCard(QFrame):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(tr("本季与前四个季度的应发合计"), self)
        self.title.setStyleSheet("font-weight: bold;")
        self.save_button = QPushButton(tr("保存为图片…"), self)
        self.save_button.clicked.connect(self.save)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.save_button)
        # the chart (pyqtgraph: most of a second to import) is made when there is a run to
        # draw; a branch without pay runs never loads it, and the window opens sooner
        self.chart = None
        self.setVisible(False)
        self._layout = QVBoxLayout(self)
        self._layout.addLayout(head)
        self._loading = 0

    def _chart(self):
        if self.chart is None:
            from ui.charts.bar_chart import StackedBarChart

            self.chart = StackedBarChart("fen", self)
            self.chart.setMinimumHeight(220)
            self._layout.addWidget(self.chart)
        return self.chart

    def load(self, quarter: Quarter) -> None:
        ws, quarters = self.ctx.workspace, last_quarters(quarter)
        self._loading += 1
        generation = self._loading

        def read(_progress):  # each row's 应发 and 实发 only, not the runs read back whole
            return [(str(q), ws.stored_run_summary(q)) for q in quarters]

        run_for(self, read, on_done=lambda runs: self._show(generation, runs),
                on_error=lambda _e: self.hide())

    def _show(self, generation: int, runs) -> None:
        if generation != self._loading:
            return
        shown = any(r is not None for _q, r in runs)
        self.setVisible(shown)
        if shown or self.chart is not None:
            self._chart().set_data(quarter_history(runs), component_labels())

    def save(self) -> None:
        path = choose_file(self, self.ctx.settings, tr("保存为图片"), tr("近五个季度应发.png"),
                           ".png")
        if path:
            self._chart().save_png(path)
