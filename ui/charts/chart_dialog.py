"""The pictures of a page in a window of their own: the pay run (pay by component, completion
against 100 %), the branch's pay over the last five quarters, the expiries of the next twelve
months by officer. Data are loaded on the worker through the facade; every chart can be saved
as a PNG."""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QLabel, QPushButton, QTabWidget,
                               QVBoxLayout, QWidget)

from ruralperf.domain.periods import Quarter
from ui.charts import data as chart_data
if TYPE_CHECKING:  # pyqtgraph loads when a chart is first drawn (the home page opens sooner)
    from ui.charts.bar_chart import StackedBarChart
from ui.records.background import run_for
from ui.workflow.report_files import choose_file


def tr(text: str) -> str:
    # lupdate files a bare tr("...") under the empty context: looked up there
    return QCoreApplication.translate("", text)


def component_labels() -> dict[str, str]:
    return {
        "floating": tr("浮动工资"), "maintenance": tr("客户维护费"), "interest": tr("利息收入奖励"),
        "loan_marketing": tr("贷款营销奖励"), "deposit_marketing": tr("存款营销奖励"),
        "bank_card": tr("银行卡营销奖励"), "pos": tr("POS 营销奖励"), "agency": tr("代收代付营销奖励"),
        "npl_recovery": tr("不良贷款清收奖励"), "sol_reward": tr("挽回时效奖励"), "net": tr("应发合计"),
        "paid": tr("实发合计"), "p": tr("综合任务完成率"), "": tr("未分配"),
    }


class ChartDialog(QDialog):
    """Tabs of charts, each with 保存为图片…"""

    def __init__(self, ctx, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.tabs = QTabWidget(self)
        self.status = QLabel(self)
        self.save_button = QPushButton(tr("保存为图片…"), self)
        self.save_button.clicked.connect(self.save_current)
        close = QPushButton(tr("关闭"), self)
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.resize(960, 560)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def add_chart(self, name: str, unit: str, data, title: str) -> StackedBarChart:
        from ui.charts.bar_chart import StackedBarChart

        chart = StackedBarChart(unit, self)
        chart.set_title(title)
        chart.set_data(data, component_labels())
        self.tabs.addTab(chart, name)
        return chart

    def chart(self, index: int = 0) -> StackedBarChart:
        return self.tabs.widget(index)

    def save_current(self) -> None:
        chart = self.tabs.currentWidget()
        if chart is None:
            return
        path = choose_file(self, self.ctx.settings, tr("保存为图片"),
                           f"{self.tabs.tabText(self.tabs.currentIndex())}.png", ".png")
        if path:
            ok = chart.save_png(path)
            self.status.setText(tr("已保存：{0}").format(path) if ok else tr("保存失败"))


def payrun_charts(ctx, result, parent: QWidget) -> ChartDialog:
    """The shown pay run: pay by component per staff member, completion against 100 %."""
    quarter = result.quarter
    dialog = ChartDialog(ctx, tr("{0} 图表").format(quarter), parent)
    dialog.add_chart(tr("应发构成"), "fen", chart_data.pay_composition(result),
                     tr("{0} 每人应发构成（元）").format(quarter))
    dialog.add_chart(tr("完成率"), "basis_points", chart_data.completions(result),
                     tr("{0} 综合任务完成率（红线为 100%）").format(quarter))
    dialog.show()
    return dialog


def history_chart(ctx, quarter: Quarter, parent: QWidget) -> ChartDialog:
    """The branch's net pay this quarter and the four before it (loaded on the worker)."""
    dialog = ChartDialog(ctx, tr("近五个季度应发"), parent)
    dialog.status.setText(tr("正在读取…"))
    ws = ctx.workspace
    quarters = [quarter]
    for _ in range(4):
        quarters.insert(0, quarters[0].previous)

    def load(_progress):
        runs = []
        for q in quarters:
            run = ws.stored_pay_run(q)
            runs.append((str(q), run.result if run is not None else None))
        return runs

    def show(runs) -> None:
        dialog.status.setText("")
        dialog.add_chart(tr("近五个季度"), "fen", chart_data.quarter_history(runs),
                         tr("全行应发合计（柱）与实发合计（◆），元"))

    run_for(dialog, load, on_done=show,
            on_error=lambda e: dialog.status.setText(tr("读取失败：{0}").format(type(e).__name__)))
    dialog.show()
    return dialog


def expiry_chart(ctx, report, names: dict[str, str], parent: QWidget,
                 today: date | None = None) -> ChartDialog:
    """Loans and guarantees whose period ends in each of the next twelve months, by officer."""
    today = today or report.as_of
    dialog = ChartDialog(ctx, tr("未来十二个月到期"), parent)
    dialog.add_chart(tr("到期时间轴"), "count",
                     chart_data.expiry_timeline(report, today, names),
                     tr("未来十二个月到期的贷款和保证（笔），按管户信贷员"))
    dialog.show()
    return dialog
