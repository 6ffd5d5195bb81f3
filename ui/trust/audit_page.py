"""审计日志: every change to the data, newest first, filtered by user, table, action, dates and
a text (record or source), paged from the database as the user scrolls; export of the filtered
entries to .xlsx and a check that the hash chain is intact. Administrators and auditors only
("audit"); others see a notice."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QPushButton, QTableView,
                               QVBoxLayout, QWidget)

from ruralperf.i18n import current_lang
from ruralperf.i18n import tr as core_message
from ruralperf.errors import audit_broken
from ruralperf.domain.audit import AuditFilter
from ui.widgets.date_edit import DateEdit
from ui.context import AppContext
from ui.pages.base import Page
from ui.records.background import run_for
from ui.trust.audit_model import COLUMNS, AuditModel, action_label, audit_table_label
from ui.trust.permissions import allowed
from ui.widgets.busy_bar import BusyBar
from ui.workflow import report_files
from ui.i18n import counted

WIDE_COLUMNS = {"source": 150, "record_key": 150, "old_values": 150, "new_values": 180}


class AuditPage(Page):
    key = "audit"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.export_task = None
        self.message = None
        self._debounce = QTimer(self, singleShot=True, interval=300)
        self._debounce.timeout.connect(self.apply_filter)

        def combo(everything: str) -> QComboBox:
            box = QComboBox(self)
            box.addItem(everything, None)
            box.setMinimumContentsLength(8)
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.currentIndexChanged.connect(lambda _i: self.apply_filter())
            return box

        self.user = combo(self.tr("全部用户"))
        self.table = combo(self.tr("全部表"))
        self.action = combo(self.tr("全部操作"))
        today = QDate.currentDate()
        self.use_since, self.since = self._date_filter(self.tr("从"), today.addDays(-30))
        self.use_until, self.until = self._date_filter(self.tr("至"), today)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("搜索记录或来源（如合同号、工号、文件名）"))
        self.text.setClearButtonEnabled(True)
        self.text.textChanged.connect(lambda _t: self._debounce.start())
        self.clear_button = QPushButton(self.tr("清除筛选"), self)
        self.clear_button.clicked.connect(self.clear_filter)
        self.verify_button = QPushButton(self.tr("校验完整性"), self)
        self.verify_button.setToolTip(self.tr("检查审计日志的哈希链：任何一条被修改或删除都会被发现"))
        self.verify_button.clicked.connect(self.verify)
        self.export_button = QPushButton(self.tr("导出 .xlsx…"), self)
        self.export_button.setToolTip(self.tr("导出符合当前筛选条件的全部记录"))
        self.export_button.clicked.connect(lambda: self.export())
        self.bar = BusyBar(self)
        self.bar.setMaximumWidth(160)

        filters = QHBoxLayout()
        for caption, widget in ((self.tr("用户"), self.user), (self.tr("表"), self.table),
                                (self.tr("操作"), self.action)):
            filters.addWidget(QLabel(caption, self))
            filters.addWidget(widget)
            filters.addSpacing(6)
        for check, edit in ((self.use_since, self.since), (self.use_until, self.until)):
            filters.addWidget(check)
            filters.addWidget(edit)
        filters.addStretch(1)
        search = QHBoxLayout()
        search.addWidget(self.text, 1)
        search.addWidget(self.clear_button)
        search.addSpacing(12)
        search.addWidget(self.bar)
        search.addWidget(self.verify_button)
        search.addWidget(self.export_button)

        self.model = AuditModel(self)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(self._failed)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        for column, key in enumerate(COLUMNS):
            if key in WIDE_COLUMNS:  # the last (new values) stretches to the edge
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                self.view.setColumnWidth(column, WIDE_COLUMNS[key])
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.count = QLabel(self)
        self.count.setStyleSheet("color: #667085;")
        self.notice = QLabel(self.tr("当前用户无权查看审计日志（仅管理员和审计员可查看）。"), self)
        self.notice.setWordWrap(True)

        self.body = QWidget(self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(filters)
        body.addLayout(search)
        body.addWidget(self.view, 1)
        body.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.body, 1)
        self._choices_loaded = False

    def _date_filter(self, caption: str, day: QDate) -> tuple[QCheckBox, DateEdit]:
        check = QCheckBox(caption, self)
        edit = DateEdit(self, day=day, note=False)
        edit.setEnabled(False)
        check.toggled.connect(edit.setEnabled)
        check.toggled.connect(lambda _on: self.apply_filter())
        edit.dateChanged.connect(lambda _d: self._debounce.start() if check.isChecked() else None)
        return check, edit

    def title(self) -> str:
        return self.tr("审计日志")

    # -- loading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        ok = allowed(self.ctx, "audit")
        self.notice.setVisible(not ok)
        self.body.setVisible(ok)
        if not ok:
            return
        self.export_button.setEnabled(self.export_task is None)
        view = self.ctx.workspace.audit_view
        run_for(self, lambda progress: view.choices(), on_done=self._fill_choices,
                on_error=self._failed)
        self.apply_filter()

    def _fill_choices(self, choices: dict[str, list[str]]) -> None:
        for box, key, label in ((self.user, "user", str), (self.table, "table_name",
                                                           audit_table_label),
                                (self.action, "action", action_label)):
            chosen = box.currentData()
            box.blockSignals(True)
            while box.count() > 1:
                box.removeItem(1)
            for value in choices.get(key, []):
                text = label(value)
                box.addItem(text if text == value else f"{text} ({value})", value)
            box.setCurrentIndex(max(0, box.findData(chosen)))
            box.blockSignals(False)
        self._choices_loaded = True

    def current_filter(self) -> AuditFilter:
        return AuditFilter(user=self.user.currentData(), table=self.table.currentData(),
                           action=self.action.currentData(),
                           since=(self.since.day() or self.since.good) if self.use_since.isChecked()
                           else None,
                           until=(self.until.day() or self.until.good) if self.use_until.isChecked()
                           else None,
                           text=self.text.text())

    def apply_filter(self) -> None:
        self._debounce.stop()
        if not allowed(self.ctx, "audit"):
            return
        self.count.setText(self.tr("加载中……"))
        self.model.set_filter(self.current_filter())

    def set_filter(self, user: str | None = None, table: str | None = None,
                   action: str | None = None, since: date | None = None,
                   until: date | None = None, text: str = "") -> None:
        """Choose filters from code (tests, links from other pages); then reload once."""
        widgets = (self.user, self.table, self.action, self.use_since, self.use_until,
                   self.since, self.until, self.text)
        for widget in widgets:
            widget.blockSignals(True)
        for box, value in ((self.user, user), (self.table, table), (self.action, action)):
            index = box.findData(value) if value is not None else 0
            if index < 0 and value is not None:  # not among the choices loaded so far: add it
                box.addItem(value, value)
                index = box.count() - 1
            box.setCurrentIndex(index)
        for check, edit, day in ((self.use_since, self.since, since),
                                 (self.use_until, self.until, until)):
            check.setChecked(day is not None)
            edit.setEnabled(day is not None)
            if day is not None:
                edit.setDate(QDate(day.year, day.month, day.day))
        self.text.setText(text)
        for widget in widgets:
            widget.blockSignals(False)
        self.apply_filter()

    def clear_filter(self) -> None:
        self.set_filter()

    def _loaded(self, shown: int, total: int) -> None:
        self.count.setStyleSheet("color: #667085;")
        self.count.setText(counted(self.tr("共 %1 条，已显示 %2 条（最新的在前；向下滚动加载更多）")
                                   .replace("%1", f"{total:,}").replace("%2", f"{shown:,}")))

    def _failed(self, exc: BaseException) -> None:
        from ruralperf.errors import describe

        self.bar.finish()
        self.count.setText(describe(exc, current_lang())[1])

    # -- export and verification -------------------------------------------------------------
    def export(self, path: str | None = None) -> None:
        if self.export_task is not None or not allowed(self.ctx, "audit"):
            return
        default = f"{self.tr('审计日志')}_{date.today():%Y%m%d}.xlsx"
        path = path or report_files.choose_file(self, self.ctx.settings, self.tr("导出审计日志"),
                                                default, ".xlsx")
        if not path:
            return
        view, audit_filter, lang = self.ctx.workspace.audit_view, self.current_filter(), \
            current_lang()
        self.export_button.setEnabled(False)
        self.bar.start(self.tr("正在导出"))
        self.export_task = run_for(self,
                                   lambda progress: view.export_xlsx(path, audit_filter, lang),
                                   on_done=lambda n: self._exported(path, n),
                                   on_error=self._export_failed)

    def _exported(self, path: str, rows: int) -> None:
        self.export_task = None
        self.bar.finish()
        self.export_button.setEnabled(True)
        self.count.setText(counted(self.tr("已导出 %1 条：%2").replace("%1", f"{rows:,}")
                                   .replace("%2", path)))
        self.exported_path = path

    def _export_failed(self, exc: BaseException) -> None:
        self.export_task = None
        self.export_button.setEnabled(True)
        self._failed(exc)

    def verify(self) -> None:
        ws = self.ctx.workspace
        self.verify_button.setEnabled(False)
        self.bar.start(self.tr("正在校验"))
        run_for(self, lambda progress: ws.verify_audit(), on_done=self._verified,
                on_error=self._verify_failed)

    def _verified(self, result) -> None:
        self.bar.finish()
        self.verify_button.setEnabled(True)
        lang = current_lang()
        if result.ok:
            text = core_message("audit_ok", lang, n=f"{result.checked:,}")
            self.verify_result = ("ok", text)
            self.count.setStyleSheet("color: #067647;")
        else:
            text = audit_broken(result).message(lang)
            self.verify_result = ("broken", text)
            self.count.setStyleSheet("color: #b42318; font-weight: bold;")
        self.count.setText(text)

    def _verify_failed(self, exc: BaseException) -> None:
        self.verify_button.setEnabled(True)
        self._failed(exc)

    def show_record(self, record_key: str) -> None:
        """Filter on a record key (a link from another page)."""
        self.set_filter(text=record_key)

    def entries(self) -> list[dict]:
        """The entries loaded so far (tests)."""
        return [self.model.row(i) for i in range(self.model.rowCount())]
