"""Statute-of-limitations management: the status of every overdue loan on an as-of date, by
status tab and manager; double-click opens the loan. The warning and accountability lists of
the as-of date can be previewed, printed and saved (ui.workflow.limitation_output)."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (QPushButton, QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView,
                               QLabel, QTabBar, QTableView, QVBoxLayout, QWidget)

from ruralperf.i18n import current_lang
from ui.context import AppContext
from ui.i18n import counted
from ui.pages.base import Page
from ui.widgets.count_bar import show_loan_count
from ui.widgets.busy_bar import BusyBar
from ui.widgets.date_edit import DateEdit
from ui.widgets.table_actions import install_table_actions
from ui.workflow.fix_links import findings_html, follow_link
from ui.workflow.labels import status_label, step_label
from ui.workflow.limitation_actions import LimitationActions
from ui.workflow.limitation_model import COLUMNS, TABS, LimitationFilter, LimitationModel, \
    tab_counts
from ui.workflow.limitation_output import LimitationOutput


class LimitationPage(Page):
    key = "limitation"
    proxy: LimitationFilter  # made after the filters that set it

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self._loading = 0
        self.first_rows_shown: int | None = None  # rows shown before the whole list (tests)
        # reports by as-of date while no data changes: a second view is instant
        self._cache: dict = {}
        self.progress_shown = ""
        ctx.data_changed.connect(self._data_changed)
        self.as_of = DateEdit(self, day=date.today())
        self._debounce = QTimer(self, singleShot=True, interval=300)
        self._debounce.timeout.connect(self.refresh)
        self.as_of.dateChanged.connect(lambda _d: self._debounce.start())
        self.manager = QComboBox(self)
        self.manager.setMinimumContentsLength(10)
        self.manager.addItem(self.tr("全部管户人员"), "")
        self.manager.currentIndexChanged.connect(
            lambda _i: self.proxy.set_filter(manager=self.manager.currentData() or ""))
        self.bar = BusyBar(self, step_label)
        self.bar.setMaximumWidth(200)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("截至日期"), self))
        top.addWidget(self.as_of)
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("管户人员"), self))
        top.addWidget(self.manager)
        top.addWidget(self.bar)
        top.addStretch(1)
        self.output = LimitationOutput(self)
        for button in self.output.buttons:
            top.addWidget(button)
        self.output.update_state()
        self.signing = LimitationActions(self)
        act = QHBoxLayout()
        act.addWidget(self.signing.lead, 1)
        for button in self.signing.buttons:
            act.addWidget(button)
        self.chart_button = QPushButton(self.tr("到期时间轴…"), self)
        self.chart_button.setToolTip(self.tr("未来十二个月到期的贷款和保证，按管户信贷员"))
        self.chart_button.setEnabled(False)
        self.chart_button.clicked.connect(self.show_timeline)
        act.addWidget(self.chart_button)  # the top row is full at 1024 px in English
        self.shown_report = None
        self.shown_names: dict[str, str] = {}

        self.tabs = QTabBar(self)
        for tab in TABS:
            self.tabs.addTab(status_label(tab))
        self.tabs.currentChanged.connect(lambda i: self.proxy.set_filter(tab=TABS[i]))

        self.model = LimitationModel(self)
        self.proxy = LimitationFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        # the most urgent first: fewest days left, then the larger balance
        self.view.sortByColumn(COLUMNS.index("days_left"), Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        # nothing cut off: every column as wide as its widest text, again whenever the rows
        # change (a tab, a manager, a new date); 应办事项及期限 takes the room left
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # widths from the first 200 rows of the order shown (the most urgent), not 1,000 rows
        # of 13 columns each time the rows change on a county's list (issue 17)
        header.setResizeContentsPrecision(200)
        for signal in (self.proxy.modelReset, self.proxy.layoutChanged, self.proxy.rowsInserted,
                       self.proxy.rowsRemoved):
            signal.connect(lambda *_: self._fit_columns())
        self.view.doubleClicked.connect(self._open_loan)
        self.table_actions = install_table_actions(
            self.view, lambda: self._open_loan(self.view.currentIndex())
            if self.view.currentIndex().isValid() else None)
        self.view.selectionModel().selectionChanged.connect(
            lambda *_: self.signing.update_state())
        self.signing.update_state()
        self.footer = QLabel(self)
        self.footer.setWordWrap(True)
        self.footer.setStyleSheet("color: #8a6100;")
        self.footer.setTextFormat(Qt.TextFormat.RichText)
        self.footer.linkActivated.connect(
            lambda href: follow_link(lambda p, r: self.ctx.navigate.emit(p, r), href))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(act)
        layout.addWidget(self.tabs)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.footer)

    def _fit_columns(self) -> None:
        self.view.resizeColumnsToContents()

    def title(self) -> str:
        return self.tr("时效管理")

    def show_timeline(self):
        """Expiries of the next twelve months by officer (ui.charts), from the list shown."""
        if self.shown_report is None:
            return None
        from ui.charts.chart_dialog import expiry_chart

        self.timeline = expiry_chart(self.ctx, self.shown_report, self.shown_names, self)
        return self.timeline

    def as_of_date(self) -> date:
        return self.as_of.day() or self.as_of.good or date.today()

    def set_as_of(self, day: date) -> None:
        """Set the date and reload at once (no debounce)."""
        self.as_of.blockSignals(True)
        self.as_of.setDate(QDate(day.year, day.month, day.day))
        self.as_of.blockSignals(False)
        self.refresh()

    def set_tab(self, tab: str) -> None:
        self.tabs.setCurrentIndex(TABS.index(tab))

    def refresh(self) -> None:
        self._debounce.stop()
        self.output.update_state()
        as_of, ws = self.as_of_date(), self.ctx.workspace
        self._loading += 1
        generation = self._loading
        self.first_rows_shown = None
        cached = self._cache.get(as_of)
        if cached is not None:  # the same date, no data changed since: at once
            self._loaded(generation, *cached)
            return
        self.bar.start(step_label("load"))

        def load(progress):
            names = ws.overview.staff_names()
            # a list not yet computed: its rows to be signed known first are shown at once,
            # the rest when the other loans are replayed (issue 17)
            report = ws.limitation(as_of, progress=progress,
                                   early=lambda first: progress.partial((first, names)))
            return report, names

        def done(answer) -> None:
            self._cache[as_of] = answer
            self._loaded(generation, *answer)

        self.ctx.run(load, on_done=done, on_error=self._failed, on_progress=self._progress,
                     on_partial=lambda answer: self._first_rows(generation, *answer))

    def _first_rows(self, generation: int, report, names: dict[str, str]) -> None:
        """The rows to be signed known first (loans without events): shown in the 须签收 tab
        while the rest is computed; the other tabs wait for the whole list."""
        if generation != self._loading:
            return
        self.first_rows_shown = len(report.loans)
        self.model.set_loans(report.loans, names, report.pending)
        self._fill_managers(report.loans, names)
        for i, tab in enumerate(TABS):
            self.tabs.setTabText(i, status_label(tab) + ("…" if tab == "to_sign" else ""))
        self.signing.lead.setText(counted(self.tr(
            "须签收：已列出 {0} 项，其余贷款正在计算…").format(len(report.loans))))
        self.footer.hide()

    def _progress(self, done: int, total: int, _step: str = "") -> None:
        """A count, not only a busy bar: "正在计算诉讼时效：12,000 / 47,180 笔"."""
        shown = show_loan_count(self.bar, done, total)
        if shown is not None:
            self.progress_shown = shown

    def _data_changed(self, _name: str) -> None:
        self._cache.clear()  # any change may change a status: computed again when shown

    def _loaded(self, generation: int, report, names: dict[str, str]) -> None:
        if generation != self._loading:
            return
        self.bar.finish()
        self.shown_report, self.shown_names = report, names
        self.chart_button.setEnabled(True)
        self.model.set_loans(report.loans, names, report.pending)
        self._fill_managers(report.loans, names)
        self.signing.show_report(report, names)
        self.signing.update_state()
        counts = tab_counts(report.loans)
        for i, tab in enumerate(TABS):
            self.tabs.setTabText(i, f"{status_label(tab)} ({counts[tab]})")
        lang = current_lang()
        self.footer.setText(findings_html(report.warnings, lang, self.tr("去录入")))
        self.footer.setVisible(bool(report.warnings))

    def _fill_managers(self, loans, names: dict[str, str]) -> None:
        chosen = self.manager.currentData() or ""
        managers = sorted({loan.manager for loan in loans if loan.manager})
        self.manager.blockSignals(True)
        while self.manager.count() > 1:
            self.manager.removeItem(1)
        for staff_no in managers:
            self.manager.addItem(f"{staff_no} {names.get(staff_no, '')}".strip(), staff_no)
        index = self.manager.findData(chosen)
        self.manager.setCurrentIndex(max(index, 0))
        self.manager.blockSignals(False)
        self.proxy.set_filter(manager=self.manager.currentData() or "")

    def _failed(self, exc: BaseException) -> None:
        from ruralperf.errors import describe

        self.bar.finish()
        self.footer.setText(describe(exc, current_lang())[1])
        self.footer.show()

    def visible_contracts(self) -> list[str]:
        return [self.proxy.index(r, 0).data() for r in range(self.proxy.rowCount())]

    def selected_loans(self):
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.loan_at(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
                for r in rows]

    def selected_loan(self):
        loans = self.selected_loans()
        return loans[0] if len(loans) == 1 else None

    def show_message(self, text: str) -> None:
        self.footer.setText(text)
        self.footer.show()

    def _open_loan(self, index) -> None:
        contract = self.proxy.index(index.row(), 0).data()
        if contract:
            self.ctx.navigate.emit("loans", contract)

    def show_record(self, record_key: str) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data() == record_key:
                self.view.selectRow(row)
                return
