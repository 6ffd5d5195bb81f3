"""模拟测算: try a scheme change on a quarter's real data before deciding (issue 20).

The administrator types draft values beside the values in force (any parameter), runs the real
engine in the background and sees, per staff member, the pay now and with the draft, the
difference and the lines that moved, largest change first, with the branch's totals. Drafts are
kept by name in the user's settings (never in the database) and one can be compared with
another side by side; the comparison is exported to .xlsx or PDF. "采用为新参数" is the only
way a draft reaches the database: dated parameters, after a confirmation, audited."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox,
                               QFormLayout, QHBoxLayout, QHeaderView, QInputDialog, QLabel,
                               QPushButton, QSplitter, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ruralperf.domain.parameters import CAP_PREFIX, DEFERRAL_PREFIX, definition
from ruralperf.i18n import current_lang
from ruralperf.workspace import Simulation
from ui.context import AppContext
from ui.pages.base import Page
from ui.records.background import run_for
from ui.trust.permissions import guard
from ui.widgets.date_edit import DateEdit
from ui.widgets.quarter_combo import QuarterCombo
from ui.workflow.labels import parameter_value_text
from ui.workflow.quarter import QuarterState
from ui.workflow.report_files import choose_file
from ui.workflow.simulation_drafts import SimulationDrafts

VALUE_COLUMN = 2
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _item(text: str, editable: bool = False, align=None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
    if editable:
        flags |= Qt.ItemFlag.ItemIsEditable
    item.setFlags(flags)
    if align is not None:
        item.setTextAlignment(align)
    return item


def with_deferral_keys(rows: list[dict]) -> list[dict]:
    """The parameter rows, plus a deferral rate for every position that has a cap row."""
    keys = {r["key"] for r in rows}
    extra = []
    for r in rows:
        if r["key"].startswith(CAP_PREFIX):
            key = DEFERRAL_PREFIX + r["key"][len(CAP_PREFIX):]
            spec = definition(key)  # (a stored cap key always names a position)
            if key not in keys and spec is not None:
                extra.append({"key": key, "label_zh": spec.label_zh, "label_en": spec.label_en,
                              "value": ""})
    return rows + extra


class SimulationPage(Page):
    key = "simulation"
    uses_quarter = True

    def __init__(self, ctx: AppContext, quarter: QuarterState, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.quarter_state = quarter
        self.drafts = SimulationDrafts(ctx.settings, str(ctx.workspace.db))
        self.rows: list[dict] = []  # parameter rows in force on the quarter's end
        self.results: list[tuple[str, Simulation]] = []  # (draft name, its simulation)
        self._loaded_for = None

        self.quarter_combo = QuarterCombo(self)
        self.quarter_combo.set_quarter(quarter.quarter)
        self.quarter_combo.quarter_changed.connect(quarter.set)
        quarter.changed.connect(self._quarter_changed)
        self.draft_combo = QComboBox(self)
        self.draft_combo.setMinimumContentsLength(10)
        self.draft_combo.activated.connect(lambda _i: self.load_draft())
        self.save_button = QPushButton(self.tr("保存草稿…"), self)
        self.save_button.clicked.connect(self.save_draft)
        self.delete_button = QPushButton(self.tr("删除草稿"), self)
        self.delete_button.clicked.connect(self.delete_draft)
        self.compare_combo = QComboBox(self)
        self.compare_combo.setMinimumContentsLength(10)
        self.run_button = QPushButton(self.tr("运行测算 (F5)"), self)
        self.run_button.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.run_button.clicked.connect(self.run)
        top = QHBoxLayout()
        for widget in (QLabel(self.tr("季度"), self), self.quarter_combo,
                       QLabel(self.tr("方案草稿"), self), self.draft_combo, self.save_button,
                       self.delete_button, QLabel(self.tr("对比"), self), self.compare_combo):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.run_button)

        self.params = QTableWidget(0, 3, self)
        self.params.setHorizontalHeaderLabels([self.tr("参数"), self.tr("现行值"), self.tr("模拟值")])
        self.params.verticalHeader().hide()
        self.params.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.params.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, VALUE_COLUMN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.params.setColumnWidth(column, self.fontMetrics().horizontalAdvance("0" * 12))
        self.params.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.results_table = QTableWidget(0, 0, self)
        self.results_table.verticalHeader().hide()
        self.results_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results_table.setWordWrap(False)
        self.results_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.params)
        split.addWidget(self.results_table)
        split.setStretchFactor(1, 2)
        split.setSizes([380, 800])

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.totals = QLabel(self)
        self.totals.setWordWrap(True)
        self.export_xlsx = QPushButton(self.tr("导出 Excel"), self)
        self.export_xlsx.clicked.connect(lambda: self.export(".xlsx"))
        self.export_pdf = QPushButton(self.tr("导出 PDF"), self)
        self.export_pdf.clicked.connect(lambda: self.export(".pdf"))
        self.adopt_button = QPushButton(self.tr("采用为新参数…"), self)
        self.adopt_button.clicked.connect(self.adopt)
        bottom = QHBoxLayout()
        bottom.addWidget(self.totals, 1)
        for button in (self.export_xlsx, self.export_pdf, self.adopt_button):
            bottom.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        layout.addLayout(bottom)
        for button in (self.run_button, self.adopt_button, self.save_button):
            guard(button, ctx, "compute")
        self._fill_draft_names()
        self._results_changed()

    def title(self) -> str:
        return self.tr("模拟测算")

    # -- loading the values in force --------------------------------------------------------------
    def _quarter_changed(self, quarter) -> None:
        self.quarter_combo.set_quarter(quarter)
        self.refresh()

    def refresh(self) -> None:
        quarter = self.quarter_state.quarter
        if self._loaded_for == quarter:
            return
        browse = self.ctx.workspace.browse
        run_for(self, lambda _p: with_deferral_keys(browse.parameter_keys(quarter.end_date)),
                on_done=lambda rows: self._show_rows(quarter, rows), on_error=self._failed)

    def _show_rows(self, quarter, rows: list[dict]) -> None:
        typed = self.draft_values()
        self._loaded_for, self.rows = quarter, rows
        zh = not current_lang().startswith("en")
        self.params.setRowCount(len(rows))
        for i, row in enumerate(rows):
            self.params.setItem(i, 0, _item(row["label_zh"] if zh else row["label_en"]))
            self.params.setItem(i, 1, _item(self.value_text(row["value"])))
            self.params.setItem(i, VALUE_COLUMN, _item(typed.get(row["key"], ""), editable=True))

    @staticmethod
    def value_text(value: str) -> str:
        """A value in force in words (ui.workflow.labels.parameter_value_text)."""
        return parameter_value_text(value)

    # -- drafts ---------------------------------------------------------------------------------
    def draft_values(self) -> dict[str, str]:
        """What was typed in the 模拟值 column (key -> text), blank cells left out."""
        out = {}
        for i, row in enumerate(self.rows):
            item = self.params.item(i, VALUE_COLUMN)
            if item is not None and item.text().strip():
                out[row["key"]] = item.text().strip()
        return out

    def set_draft_values(self, values: dict[str, str]) -> None:
        for i, row in enumerate(self.rows):
            self.params.setItem(i, VALUE_COLUMN, _item(values.get(row["key"], ""), editable=True))

    def _fill_draft_names(self) -> None:
        names = self.drafts.names()
        for combo, first in ((self.draft_combo, self.tr("（未保存）")),
                             (self.compare_combo, self.tr("（不对比）"))):
            current = combo.currentText()
            combo.clear()
            combo.addItem(first, None)
            for name in names:
                combo.addItem(name, name)
            index = combo.findText(current)
            combo.setCurrentIndex(max(index, 0))

    def load_draft(self) -> None:
        name = self.draft_combo.currentData()
        if name:
            self.set_draft_values(self.drafts.load(name))

    def save_draft(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("保存草稿"), self.tr("草稿名称："),
                                        text=self.draft_combo.currentData() or "")
        if ok and name.strip():
            self.drafts.save(name.strip(), self.draft_values())
            self._fill_draft_names()
            self.draft_combo.setCurrentIndex(self.draft_combo.findText(name.strip()))

    def delete_draft(self) -> None:
        name = self.draft_combo.currentData()
        if name:
            self.drafts.remove(name)
            self._fill_draft_names()

    # -- running ----------------------------------------------------------------------------------
    def run(self) -> None:
        quarter, ws = self.quarter_state.quarter, self.ctx.workspace
        name = self.draft_combo.currentData() or self.tr("当前草稿")
        runs = [(name, self.draft_values())]
        other = self.compare_combo.currentData()
        if other and other != self.draft_combo.currentData():
            runs.append((other, self.drafts.load(other)))
        self.run_button.setEnabled(False)
        self.status.setText(self.tr("正在测算…"))
        run_for(self, lambda _p: [(n, ws.simulate(quarter, values)) for n, values in runs],
                on_done=self._show_results, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.run_button.setEnabled(True)
        message = getattr(exc, "message", None)
        self.status.setText(message(current_lang()) if callable(message)
                            else self.tr("测算失败：{0}").format(type(exc).__name__))
        self.status.setStyleSheet("color: #b42318;")

    def _show_results(self, results) -> None:
        self.run_button.setEnabled(True)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("测算完成：结果未写入数据库。"))
        self.results = results
        self._results_changed()

    def _results_changed(self) -> None:
        table, lang = self.results_table, current_lang()
        headers = [self.tr("工号"), self.tr("姓名"), self.tr("现行应发")]
        for name, _sim in self.results:
            headers += [self.tr("{0} 应发").format(name), self.tr("{0} 差额").format(name)]
        headers += [self.tr("现行实发"), self.tr("模拟实发"), self.tr("变动项目")]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        has_results = bool(self.results)
        for button in (self.export_xlsx, self.export_pdf):
            button.setEnabled(has_results)
        self.adopt_button.setEnabled(has_results and bool(self.results[0][1].draft))
        if not has_results:
            table.setRowCount(0)
            self.totals.setText(self.tr("在左侧“模拟值”一列输入要试算的参数值（双击或直接键入），然后点“运行测算”。"))
            return
        main = self.results[0][1]
        others = [{s.staff_no: s for s in sim.staff} for _n, sim in self.results]
        table.setRowCount(len(main.staff))
        for r, staff in enumerate(main.staff):
            cells = [staff.staff_no, staff.name, f"{staff.net_now:,.2f}"]
            for by_staff in others:
                other = by_staff[staff.staff_no]
                cells += [f"{other.net_draft:,.2f}", f"{other.difference:+,.2f}"]
            cells += [f"{staff.paid_now:,.2f}", f"{staff.paid_draft:,.2f}",
                      staff.moved_text(lang)]
            for c, text in enumerate(cells):
                numeric = 2 <= c < len(cells) - 1
                item = _item(text, align=RIGHT if numeric else None)
                if c == len(cells) - 1:
                    item.setToolTip(text.replace("；", "\n").replace("; ", "\n"))
                table.setItem(r, c, item)
        table.resizeColumnsToContents()
        parts = [self.tr("应发合计：现行 {0}").format(f"{main.total('net_now'):,.2f}")]
        for name, sim in self.results:
            parts.append(self.tr("{0} {1}（{2}）").format(
                name, f"{sim.total('net_draft'):,.2f}", f"{sim.total('difference'):+,.2f}"))
        parts.append(self.tr("有变动 {0} 人").format(len(main.moved)))
        self.totals.setText("；".join(parts) if not lang.startswith("en") else "; ".join(parts))

    # -- exporting and adopting ---------------------------------------------------------------------
    def export(self, suffix: str) -> None:
        if not self.results:
            return
        sim = self.results[0][1]
        path = choose_file(self, self.ctx.settings, self.tr("导出模拟测算"),
                           self.tr("模拟测算_{0}").format(sim.quarter) + suffix, suffix)
        if path:
            ws, lang = self.ctx.workspace, current_lang()
            run_for(self, lambda _p: ws.write_simulation(sim, path, lang),
                    on_done=lambda p: self.status.setText(self.tr("已保存：{0}").format(p)),
                    on_error=self._failed)

    def adopt(self) -> None:
        if not self.results:
            return
        sim = self.results[0][1]
        dialog = AdoptDialog(sim, self)
        dialog.accepted.connect(lambda: self._adopt(sim.draft, dialog.effective_from()))
        dialog.open()
        self.adopt_dialog = dialog

    def _adopt(self, draft: dict[str, str], effective_from: date) -> None:
        ws = self.ctx.workspace
        run_for(self, lambda _p: ws.adopt_draft(draft, effective_from),
                on_done=self._adopted, on_error=self._failed)

    def _adopted(self, report) -> None:
        if not report.ok:
            self.status.setText("\n".join(p.message(current_lang()) for p in report.errors[:5]))
            return
        self.status.setText(self.tr("已采用为新参数，可在“方案参数”中查看。"))
        self._loaded_for = None
        self.ctx.data_changed.emit("parameters")
        self.refresh()


class AdoptDialog(QDialog):
    """The effective date of an adopted draft, and a last look at what changes."""

    def __init__(self, sim, parent: QWidget):
        super().__init__(parent)
        self.setWindowTitle(self.tr("采用为新参数"))
        lines = [f"· {name}：{now} → {draft}" for name, now, draft in sim.lines(current_lang())]
        text = QLabel(self.tr("以下参数将按生效日期新增一条记录（原有记录保留，可在审计日志中查到）：\n{0}\n"
                              "全行应发合计将由 {1} 变为 {2}。").format(
            "\n".join(lines), f"{sim.total('net_now'):,.2f}", f"{sim.total('net_draft'):,.2f}"),
            self)
        text.setWordWrap(True)
        self.date = DateEdit(self, day=sim.quarter.start)
        form = QFormLayout()
        form.addRow(self.tr("生效日期"), self.date)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确认采用"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b42318;")
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def effective_from(self) -> date | None:
        return self.date.day()

    def _accept(self) -> None:
        if self.effective_from() is None:
            self.problem.setText(self.date.problem() or self.tr("请输入生效日期"))
            return
        self.accept()

