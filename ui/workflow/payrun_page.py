"""The quarterly pay run: pick a quarter (and a version), see the saved run and its workflow
status, compute it again in the background, submit, approve and reopen it, print and save the
statements; double-click a cell for its explanation; errors and warnings link to the page that
fixes them. A credit officer sees only their own row and prints only their own statement."""
from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel,
                               QMessageBox, QPushButton, QSplitter, QTableView, QVBoxLayout,
                               QWidget)

from ruralperf.domain.periods import Quarter
from ruralperf.i18n import current_lang, finding_text
from ruralperf.workspace import StoredPayRun
from ui.widgets.table_actions import install_table_actions
from ui.context import AppContext
from ui.navigation import nav_label
from ui.pages.base import Page
from ui.records.background import run_for
from ui.trust.permissions import allowed, own_staff_no, own_staff_only
from ui.widgets.busy_bar import BusyBar
from ui.widgets.finding_list import FindingList, FindingRow
from ui.widgets.quarter_combo import QuarterCombo
from ui.workflow.explanation_dialog import ExplanationDialog
from ui.workflow.fix_links import fix_target
from ui.workflow.labels import run_status_label, step_label
from ui.workflow.payrun_model import PayRunModel
from ui.workflow.payrun_output import PayRunOutput
from ui.workflow.payrun_workflow import APPROVED, PayRunWorkflow, RunState
from ui.workflow.quarter import QuarterState
from ui.workflow.stale_banner import StaleBanner

STATUS_COLORS = {"none": ("#475467", "#f2f4f7"), "draft": ("#8a6100", "#fef7e0"),
                 "submitted": ("#175cd3", "#eff8ff"), "approved": ("#067647", "#ecfdf3"),
                 "superseded": ("#475467", "#f2f4f7")}


def own_run(run, staff_no: str | None):
    """The run cut down to one staff member (a credit officer's view), or None."""
    if run is None:
        return None
    staff = tuple(s for s in run.result.staff if staff_no and s.staff_no == staff_no)
    return dataclasses.replace(run, result=dataclasses.replace(run.result, staff=staff))


def load_state(ws, quarter: Quarter, version: int | None, officer: str | None | bool) -> RunState:
    """Worker: the quarter's newest run, the version to show, the versions and admins."""
    latest = ws.stored_pay_run(quarter)
    shown = latest
    if version is not None and latest is not None and version != latest.version:
        shown = ws.stored_pay_run(quarter, version) or latest
    admins = sum(1 for u in ws.users() if u.role == "admin") if ws.has_users() else 1
    stale = latest is not None and ws.pay_run_stale(latest)
    if officer is not False:  # an officer: only their own row, ever
        latest, shown = own_run(latest, officer), own_run(shown, officer)
    return RunState(quarter, latest, shown, tuple(ws.pay_run_versions(quarter)), admins,
                    ws.username, stale)


class PayRunPage(Page):
    key = "payrun"
    uses_quarter = True

    def __init__(self, ctx: AppContext, quarter: QuarterState, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.quarter_state = quarter
        self.stored: StoredPayRun | None = None  # the run shown, if any
        self.state: RunState | None = None
        self.dialogs: list[ExplanationDialog] = []
        self._loading = 0  # generation of the newest load, to drop stale answers
        self._computing = False

        self.quarter_combo = QuarterCombo(self)
        self.quarter_combo.set_quarter(quarter.quarter)
        self.quarter_combo.quarter_changed.connect(quarter.set)
        quarter.changed.connect(self.quarter_combo.set_quarter)
        self.version_combo = QComboBox(self)
        self.version_combo.setMinimumContentsLength(12)
        self.version_combo.setToolTip(self.tr("本季度的核算版本：重新打开后，已审批的版本保留为历史版本"))
        self.version_combo.activated.connect(lambda _i: self.refresh())
        self.compute_button = QPushButton(self.tr("计算本季度"), self)
        self.compute_button.clicked.connect(self.compute)
        self.workflow = PayRunWorkflow(self)
        self.bar = BusyBar(self, step_label)
        self.bar.setMaximumWidth(220)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("季度"), self))
        top.addWidget(self.quarter_combo)
        top.addWidget(QLabel(self.tr("版本"), self))
        top.addWidget(self.version_combo)
        top.addSpacing(12)
        top.addWidget(self.compute_button)
        for button in self.workflow.buttons:
            top.addWidget(button)
        top.addWidget(self.bar)
        top.addStretch(1)
        # The charts button sits at the end of the output row, so the page fits 1024 px in
        # English (tests/ui_desk/test_window_fits.py).
        self.chart_button = QPushButton(self.tr("图表…"), self)
        self.chart_button.setToolTip(self.tr("每人应发构成、综合任务完成率"))
        self.chart_button.clicked.connect(self.show_charts)
        self.chart_button.setEnabled(False)  # until a run is shown

        self.badge = QLabel(self)
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        status_row = QHBoxLayout()
        status_row.addWidget(self.badge)
        status_row.addWidget(self.status, 1)
        self.stale_banner = StaleBanner(self.compute, self)

        self.output = PayRunOutput(self)
        row = self.output.layout()
        row.insertWidget(row.count() - 1, self.chart_button)  # before the stretch

        self.model = PayRunModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        font = self.view.font()
        font.setPointSize(max(8, font.pointSize() - 1))
        self.view.setFont(font)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(36)
        self.view.doubleClicked.connect(lambda index: self.explain(index.row(), index.column()))
        self.table_actions = install_table_actions(
            self.view, lambda: self.view.currentIndex().isValid() and self.explain(
                self.view.currentIndex().row(), self.view.currentIndex().column()))
        self.view.selectionModel().selectionChanged.connect(
            lambda *_: self.output.update_state())
        self.findings = FindingList(lambda page, record: ctx.navigate.emit(page, record), self)
        self.hint = QLabel(self.tr("双击金额查看计算过程（规则、公式、输入与参数）。"), self)
        self.hint.setStyleSheet("color: #667085;")

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.findings)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(status_row)
        layout.addWidget(self.stale_banner)
        layout.addLayout(self.output.layout())
        layout.addWidget(splitter, 1)
        layout.addWidget(self.hint)
        self._set_badge("none")
        self._update_controls()

    def title(self) -> str:
        return self.tr("绩效核算")

    # -- what is shown -----------------------------------------------------------------------
    def current_run(self):
        """The StoredPayRun on screen (statements print from it), or None."""
        return self.stored

    def selected_staff(self) -> list[str]:
        """Staff numbers of the selected rows; an officer's own row counts as selected."""
        rows = sorted({index.row() for index in self.view.selectionModel().selectedIndexes()})
        chosen = [pay.staff_no for pay in map(self.model.staff_at, rows) if pay is not None]
        if not chosen and self.stored is not None and len(self.stored.result.staff) == 1:
            chosen = [self.stored.result.staff[0].staff_no]
        return chosen

    def _officer(self) -> str | None | bool:
        """False for users who see every row; else the staff number they may see (or None)."""
        return own_staff_no(self.ctx) if own_staff_only(self.ctx) else False

    # -- loading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        quarter = self.quarter_state.quarter
        self.quarter_combo.set_quarter(quarter)
        self._loading += 1
        generation = self._loading
        ws, officer = self.ctx.workspace, self._officer()
        version = self.version_combo.currentData()
        if self.state is None or self.state.quarter != quarter:
            version = None  # another quarter: its newest version
        self.bar.start(step_label("load"))
        run_for(self, lambda progress: load_state(ws, quarter, version, officer),
                on_done=lambda state: self._loaded(generation, state), on_error=self._failed)

    def show_charts(self):
        """The shown run as pictures (ui.charts), in a window of their own."""
        if self.stored is None:
            return None
        from ui.charts.chart_dialog import payrun_charts

        self.charts = payrun_charts(self.ctx, self.stored.result, self)
        return self.charts

    def _loaded(self, generation: int, state: RunState) -> None:
        if generation != self._loading:
            return
        self.bar.finish()
        self.state, self.stored = state, state.shown
        self._fill_versions(state)
        self.show_result(state.shown.result if state.shown else None)
        self._describe(state)
        self._show_stale(state)
        self._update_controls()

    def _show_stale(self, state: RunState) -> None:
        """A draft computed from data changed since: say so and offer to recompute, instead of
        listing the old data's errors as if they were still to fix."""
        newest = state.shown is not None and state.latest is not None \
            and state.shown.version == state.latest.version
        if not (state.stale and newest):
            self.stale_banner.hide()
            return
        self.findings.hide()
        self.stale_banner.show_for(state.latest.label,
                                   self.workflow.can_compute(state)[0])

    def _fill_versions(self, state: RunState) -> None:
        self.version_combo.blockSignals(True)
        self.version_combo.clear()
        for version, status in reversed(state.versions):
            self.version_combo.addItem(f"v{version} {run_status_label(status)}", version)
        if state.shown is not None:
            self.version_combo.setCurrentIndex(self.version_combo.findData(state.shown.version))
        self.version_combo.setEnabled(len(state.versions) > 1)
        self.chart_button.setEnabled(self.stored is not None and bool(self.stored.result.staff))
        self.version_combo.blockSignals(False)

    def _describe(self, state: RunState) -> None:
        shown = state.shown
        if shown is None:
            self._set_badge("none")
            self.status.setText(self.tr("%1 尚未核算。点击“计算本季度”。")
                                .replace("%1", str(state.quarter)))
            return
        self._set_badge(shown.status)
        text = self.tr("已保存 %1（%2），计算于 %3，操作人 %4") \
            .replace("%1", shown.label).replace("%2", run_status_label(shown.status)) \
            .replace("%3", shown.computed_at.strftime("%Y-%m-%d %H:%M")) \
            .replace("%4", shown.computed_by)
        if shown.approved_by:
            text += self.tr("；审批人 %1，%2").replace("%1", shown.approved_by) \
                .replace("%2", shown.approved_at.strftime("%Y-%m-%d %H:%M"))
            if shown.approval_reason:
                text += self.tr("（理由：%1）").replace("%1", shown.approval_reason)
        if state.latest is not None and shown.version != state.latest.version:
            text += self.tr("。这是历史版本，当前版本为 %1").replace("%1", state.latest.label)
        if self._officer() is not False:
            text += self.tr("。仅显示本人的核算结果")
        self.status.setText(text)

    def _set_badge(self, status: str) -> None:
        color, background = STATUS_COLORS.get(status, STATUS_COLORS["none"])
        self.badge.setText(run_status_label(status))
        self.badge.setStyleSheet(f"color: {color}; background: {background}; font-weight: bold;"
                                 f" border: 1px solid {color}; border-radius: 3px;"
                                 " padding: 2px 8px;")

    def _update_controls(self) -> None:
        busy = self._computing
        can, why = self.workflow.can_compute(self.state)
        self.compute_button.setVisible(allowed(self.ctx, "compute"))
        self.compute_button.setEnabled(can and not busy)
        self.compute_button.setToolTip(why)
        self.workflow.update_state(self.state, busy)
        self.output.update_state()

    # -- computing and the workflow ----------------------------------------------------------
    def compute(self) -> None:
        quarter = self.quarter_state.quarter
        self._loading += 1
        generation = self._loading
        ws = self.ctx.workspace
        self._computing = True
        self._update_controls()
        self.bar.start(step_label("compute"))
        run_for(self, lambda progress: ws.compute_pay_run(quarter, save=True),
                on_done=lambda result: self._computed(generation, result),
                on_error=self._failed)

    def _computed(self, generation: int, result) -> None:
        self._computing = False
        if generation == self._loading:
            self.bar.finish()
            self.status.setText(self.tr("已计算 %1（草稿已保存）").replace("%1", str(result.quarter)))
        self.version_combo.setCurrentIndex(-1)  # show the new version
        self.refresh()
        self.ctx.data_changed.emit("payrun")

    def after_workflow(self, text: str) -> None:
        """A workflow step succeeded: show the quarter's newest version and tell the others."""
        self.version_combo.setCurrentIndex(-1)
        self.refresh()
        self.ctx.data_changed.emit("payrun")
        self.status.setText(text)

    def _failed(self, exc: BaseException) -> None:
        self.bar.finish()
        self._computing = False
        self._update_controls()
        self.show_error(exc)

    def show_error(self, exc: BaseException) -> None:
        from ruralperf.errors import describe

        message = describe(exc, current_lang())[1]
        self.status.setText(message)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("绩效核算"), message,
                          QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.error_box = box

    # -- showing -----------------------------------------------------------------------------
    def show_result(self, result) -> None:
        self.model.set_result(result)
        lang = current_lang()
        rows = []
        if result is not None:
            for pay in result.staff:
                who = f"{pay.staff_no} {pay.name}"
                for error, finding in [(True, f) for f in pay.errors] + \
                                      [(False, f) for f in pay.warnings]:
                    target = fix_target(finding, pay.staff_no)
                    rows.append(FindingRow(error, who, finding_text(finding, lang), target,
                                           nav_label(target[0]) if target else ""))
            if self._officer() is False:  # branch-wide notes are not an officer's business
                for finding in result.errors:  # pending entries the run read
                    rows.append(FindingRow(True, "", finding_text(finding, lang), None, ""))
                for finding in result.warnings:
                    target = fix_target(finding)
                    rows.append(FindingRow(False, "", finding_text(finding, lang), target,
                                           nav_label(target[0]) if target else ""))
        self.findings.set_rows(rows)
        self.findings.setVisible(bool(rows))

    def explain(self, row: int, column: int) -> ExplanationDialog | None:
        pay = self.model.staff_at(row)
        key = self.model.column_key(column)
        if pay is None or key in ("staff_no", "name"):
            return None
        dialog = ExplanationDialog(self.model.result(), pay, key, self)
        dialog.destroyed.connect(lambda *_: self.dialogs.remove(dialog)
                                 if dialog in self.dialogs else None)
        self.dialogs.append(dialog)
        dialog.show()
        return dialog

    def show_record(self, record_key: str) -> None:
        row = self.model.row_of(record_key)
        if row >= 0:
            self.view.selectRow(row)

    @property
    def locked(self) -> bool:
        return self.state is not None and self.state.status == APPROVED
