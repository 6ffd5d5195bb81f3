"""The first-run wizard, shown when the database has no user accounts yet:

1. the branch's name and code;
2. the administrator account (written together with the branch; no way back after this page);
3. start with the demo data (loaded in the background, with progress) or start empty and save
   the blank import template (and open the import wizard when the wizard is done);
4. the default scheme, with the two values an administrator must set before the first pay run
   (the floating-wage monthly base and the NPL recovery rate) and the date they apply from.

Every write runs on the background worker: a page's `validatePage` starts the work and returns
False; when the work is done the page is marked committed and the wizard moves on."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QDate, QRegularExpression, QStandardPaths, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QCheckBox, QDateEdit,
                               QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QPushButton, QRadioButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget, QWizard, QWizardPage)

from ruralperf.domain.parameters import DEFINITIONS, Scheme
from ruralperf.domain.periods import Quarter
from ruralperf.errors import UserError, describe
from ruralperf.i18n import current_lang
from ruralperf.security.users import MIN_PASSWORD
from ui.context import AppContext
from ui.records.background import run_for
from ui.widgets.busy_bar import BusyBar
from ui.workflow.labels import step_label

ERROR_STYLE = "color: #b42318;"
NOTE_STYLE = "color: #667085;"
BASE_KEY, NPL_KEY = "floating.base_monthly", "npl_recovery.rate"
REQUIRED_KEYS = (BASE_KEY, NPL_KEY)
AMOUNT_PATTERN = r"^\d{1,9}(\.\d{1,2})?$"  # yuan, at most two decimals
PERCENT_PATTERN = r"^(100(\.0{1,4})?|\d{1,2}(\.\d{1,4})?)$"  # 0-100 %, at most four decimals
BRANCH_CODE_PATTERN = r"^[A-Za-z0-9_-]{1,20}$"
USERNAME_PATTERN = r"^[^\s]{1,32}$"


def default_effective_from(today: date | None = None) -> date:
    """1 January of the year of the last complete quarter (so the values cover it)."""
    return date(Quarter.of(today or date.today()).previous.year, 1, 1)


def documents_dir() -> Path:
    """The user's Documents folder (where people look for a file they saved)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation)
    return Path(folder) if folder else Path.home()


def percent_text(rate: Decimal) -> str:
    """0.025 -> "2.5" (exact)."""
    value = (Decimal(rate) * 100).normalize()
    return f"{value:f}"


def _validator(pattern: str, parent) -> QRegularExpressionValidator:
    return QRegularExpressionValidator(QRegularExpression(pattern), parent)


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    return label


def _message(exc: BaseException) -> str:
    return exc.message(current_lang()) if isinstance(exc, UserError) \
        else describe(exc, current_lang())[1]


class _BackgroundPage(QWizardPage):
    """A page whose Next/Finish starts background work and moves on when it is done."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.committed = False
        self.busy = False
        self.error = _error_label(self)
        self.status = QLabel(self)
        self.status.setStyleSheet(NOTE_STYLE)
        self.status.hide()
        self.bar = BusyBar(self, lambda step: step_label(step) if step else "")

    def isComplete(self) -> bool:  # noqa: N802
        return not self.busy and super().isComplete()

    def validatePage(self) -> bool:  # noqa: N802
        if self.committed:
            return True
        if self.busy:
            return False
        self.error.clear()
        work = self.prepare()
        if work is not None:
            self._start(*work)
        return False

    def prepare(self) -> tuple[Callable[[Any], Any], str] | None:
        """Check the page; return (background function, progress text) or None (not valid)."""
        raise NotImplementedError

    def finished(self, result: Any) -> bool:
        """Called with the background result; True when the wizard may go on."""
        return True

    def _start(self, fn: Callable[[Any], Any], text: str) -> None:
        self._set_busy(True)
        self.status.setText(text)
        self.status.show()
        self.bar.start(text)
        run_for(self, fn, on_done=self._done, on_error=self._failed,
                on_progress=self.bar.update_progress)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        wizard = self.wizard()
        if wizard is not None:
            wizard.button(QWizard.CancelButton).setEnabled(not busy)
            wizard.button(QWizard.BackButton).setEnabled(not busy and not self.isCommitPage())
        for child in self.findChildren(QWidget):
            if child is not self.bar and not isinstance(child, QLabel):
                child.setEnabled(not busy)
        self.completeChanged.emit()

    def _idle(self) -> None:
        self._set_busy(False)
        self.status.hide()
        self.bar.finish()

    def _done(self, result: Any) -> None:
        self._idle()
        if not self.finished(result):
            return
        self.committed = True
        wizard = self.wizard()
        if wizard is None:
            return
        if wizard.currentPage() is self and self.isFinalPage():
            wizard.accept()
        elif wizard.currentPage() is self:
            wizard.next()

    def _failed(self, exc: BaseException) -> None:
        self._idle()
        self.error.setText(_message(exc))


class BranchPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("网点"))
        self.setSubTitle(self.tr("欢迎使用。请先填写本网点的名称和机构代码，它们会出现在报表和工资单上。"))
        self.name = QLineEdit(self)
        self.name.setMaxLength(100)
        self.name.setPlaceholderText(self.tr("如：青山信用社营业部"))
        self.code = QLineEdit(self)
        self.code.setMaxLength(20)
        self.code.setPlaceholderText(self.tr("如：0001"))
        self.code.setValidator(_validator(BRANCH_CODE_PATTERN, self))
        self.registerField("branch_name*", self.name)
        self.registerField("branch_code*", self.code)
        note = QLabel(self.tr("机构代码只用字母、数字、“-”和“_”，最多 20 位。"), self)
        note.setStyleSheet(NOTE_STYLE)
        form = QFormLayout(self)
        form.addRow(self.tr("网点名称"), self.name)
        form.addRow(self.tr("机构代码"), self.code)
        form.addRow("", note)

    def validatePage(self) -> bool:  # noqa: N802
        return bool(self.name.text().strip()) and self.code.hasAcceptableInput()


class AdminPage(_BackgroundPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setTitle(self.tr("管理员账户"))
        self.setSubTitle(self.tr("管理员可以做所有的事：导入、核算、审批、管理用户和设置。"
                                 "请牢记密码。"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.CommitButton, self.tr("创建管理员"))
        self.username = QLineEdit("admin", self)
        self.username.setMaxLength(32)
        self.username.setValidator(_validator(USERNAME_PATTERN, self))
        self.display_name = QLineEdit(self)
        self.display_name.setMaxLength(50)
        self.display_name.setPlaceholderText(self.tr("如：张会计"))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.Password)
        self.password.setMaxLength(128)
        self.confirm = QLineEdit(self)
        self.confirm.setEchoMode(QLineEdit.Password)
        self.confirm.setMaxLength(128)
        self.registerField("admin_username*", self.username)
        self.registerField("admin_password*", self.password)
        self.registerField("admin_confirm*", self.confirm)
        note = QLabel(self.tr("密码至少 %1 位。").replace("%1", str(MIN_PASSWORD)), self)
        note.setStyleSheet(NOTE_STYLE)
        form = QFormLayout()
        form.addRow(self.tr("用户名"), self.username)
        form.addRow(self.tr("姓名"), self.display_name)
        form.addRow(self.tr("密码"), self.password)
        form.addRow(self.tr("确认密码"), self.confirm)
        form.addRow("", note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)

    def prepare(self):
        name, password = self.username.text().strip(), self.password.text()
        if not name:
            self.error.setText(self.tr("请输入用户名。"))
            return None
        if len(password) < MIN_PASSWORD:
            self.error.setText(self.tr("密码至少 %1 位。").replace("%1", str(MIN_PASSWORD)))
            self.password.setFocus()
            return None
        if password != self.confirm.text():
            self.error.setText(self.tr("两次输入的密码不一致。"))
            self.confirm.clear()
            self.confirm.setFocus()
            return None
        display = self.display_name.text().strip() or name
        code = str(self.field("branch_code")).strip()
        branch = str(self.field("branch_name")).strip()
        ws = self.ctx.workspace

        def create(_progress):
            ws.set_branch(code, branch)  # before the first account: the built-in administrator
            return ws.add_user(name, password, "admin", display, None)

        return create, self.tr("正在创建管理员…")

    def finished(self, result) -> bool:
        wizard = self.wizard()
        if wizard is not None:
            wizard.admin = result
        self.password.clear()
        self.confirm.clear()
        return True


class DataPage(_BackgroundPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setTitle(self.tr("数据"))
        self.setSubTitle(self.tr("可以先用演示数据熟悉程序，也可以从空白开始，用导入模板填入本网点的数据。"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.CommitButton, self.tr("继续"))
        self.demo = QRadioButton(self.tr("使用演示数据开始"), self)
        self.has_data = False
        demo_note = QLabel(self.tr("载入一个虚构网点：十余名员工、约 2000 笔贷款、两年的月末台账和"
                                   "时效案例。演示数据只用于熟悉程序，不要与真实数据混在一起。"),
                           self)
        self.demo_note = demo_note
        self.empty = QRadioButton(self.tr("从空白开始并导入模板"), self)
        empty_note = QLabel(self.tr("先保存空白导入模板，在 Excel 中填好后，用“导入”页导入。"), self)
        for note in (demo_note, empty_note):
            note.setWordWrap(True)
            note.setStyleSheet(NOTE_STYLE)
            note.setIndent(24)
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.demo)
        self.choice.addButton(self.empty)
        self.empty.setChecked(True)
        self.template_path = QLineEdit(str(documents_dir() / self.tr("导入模板.xlsx")), self)
        self.browse_button = QPushButton(self.tr("浏览…"), self)
        self.browse_button.clicked.connect(self.browse)
        self.open_import = QCheckBox(self.tr("完成向导后打开导入向导"), self)
        self.open_import.setChecked(True)
        path_row = QHBoxLayout()
        path_row.setContentsMargins(24, 0, 0, 0)
        path_row.addWidget(QLabel(self.tr("模板保存到"), self))
        path_row.addWidget(self.template_path, 1)
        path_row.addWidget(self.browse_button)
        import_row = QHBoxLayout()
        import_row.setContentsMargins(24, 0, 0, 0)
        import_row.addWidget(self.open_import)
        layout = QVBoxLayout(self)
        layout.addWidget(self.demo)
        layout.addWidget(demo_note)
        layout.addSpacing(10)
        layout.addWidget(self.empty)
        layout.addWidget(empty_note)
        layout.addLayout(path_row)
        layout.addLayout(import_row)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        self.choice.buttonToggled.connect(self._choice_changed)
        self._choice_changed()

    def initializePage(self) -> None:  # noqa: N802
        """Demo data only goes into an empty database (never mixed with real records)."""
        overview = self.ctx.workspace.overview
        self.has_data = True  # until the check says otherwise
        self._choice_changed()
        run_for(self, lambda _p: overview.is_empty(), on_done=self._database_empty,
                on_error=lambda _e: self._database_empty(False))

    def _database_empty(self, empty: bool) -> None:
        self.has_data = not empty
        self._choice_changed()
        if not empty:
            self.empty.setChecked(True)
            self.demo_note.setText(self.tr("数据库中已经有数据，不能再载入演示数据。"))

    def uses_demo(self) -> bool:
        return self.demo.isChecked()

    def _choice_changed(self, *_args) -> None:
        empty = self.empty.isChecked()
        self.demo.setEnabled(not self.has_data and not self.busy)
        for widget in (self.template_path, self.browse_button, self.open_import):
            widget.setEnabled(empty and not self.busy)

    def _set_busy(self, busy: bool) -> None:
        super()._set_busy(busy)
        if not busy:
            self._choice_changed()

    def browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存空白导入模板"),
                                              self.template_path.text(),
                                              self.tr("Excel 工作簿 (*.xlsx)"))
        if path:
            self.template_path.setText(path)

    def prepare(self):
        ws = self.ctx.workspace
        if self.uses_demo():
            def load(progress):
                from ruralperf.io.demo import demo_sheets

                return ws.import_sheets(demo_sheets(), progress=progress, source="demo")

            return load, self.tr("正在载入演示数据…")
        text = self.template_path.text().strip()
        if not text:
            self.error.setText(self.tr("请选择模板的保存位置。"))
            return None
        path = Path(text).expanduser()
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        lang = current_lang()

        def write(_progress):
            from ruralperf.io.template import write_template

            path.parent.mkdir(parents=True, exist_ok=True)
            return write_template(path, lang=lang)

        return write, self.tr("正在保存模板…")

    def finished(self, result) -> bool:
        wizard = self.wizard()
        if self.uses_demo():
            if not getattr(result, "ok", True):
                lang = current_lang()
                lines = [e.message(lang) for e in result.errors[:5]]
                self.error.setText(self.tr("演示数据未能载入：") + "\n" + "\n".join(lines))
                return False
            if wizard is not None:
                wizard.demo_loaded = True
                self.ctx.data_changed.emit("*")
        elif wizard is not None:
            wizard.template = Path(result)
            wizard.open_import = self.open_import.isChecked()
        return True


class SchemePage(_BackgroundPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setTitle(self.tr("绩效方案"))
        self.setSubTitle(self.tr("程序带有一套默认方案。发放第一次绩效工资前，管理员必须设置下面两项"
                                 "（为 0 时核算会提示“未设置”）。也可以以后在“方案参数”页设置。"))
        self.scheme: Scheme | None = None
        self.base = QLineEdit(self)
        self.base.setValidator(_validator(AMOUNT_PATTERN, self))
        self.base.setAlignment(Qt.AlignRight)
        self.rate = QLineEdit(self)
        self.rate.setValidator(_validator(PERCENT_PATTERN, self))
        self.rate.setAlignment(Qt.AlignRight)
        self.base_current = QLabel(self)
        self.rate_current = QLabel(self)
        for label in (self.base_current, self.rate_current):
            label.setStyleSheet(NOTE_STYLE)
        self.effective_from = QDateEdit(self)
        self.effective_from.setCalendarPopup(True)
        self.effective_from.setDisplayFormat("yyyy-MM-dd")
        since = default_effective_from()
        self.effective_from.setDate(QDate(since.year, since.month, since.day))
        box = QGroupBox(self.tr("发放第一次绩效工资前须设置"), self)
        grid = QFormLayout(box)
        grid.addRow(self.tr("浮动工资月基数（元）"), self._row(self.base, "", self.base_current))
        grid.addRow(self.tr("不良清收奖励比例"), self._row(self.rate, "%", self.rate_current))
        grid.addRow(self.tr("生效日期"), self._row(self.effective_from, "", None))
        keep = QLabel(self.tr("金额精确到分，比例按百分数填写（如 2.5 表示 2.5%）；留空表示保持当前值。"),
                      box)
        keep.setWordWrap(True)
        keep.setStyleSheet(NOTE_STYLE)
        grid.addRow(keep)
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("参数"), self.tr("当前值")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(self.error)
        layout.addWidget(QLabel(self.tr("当前方案（其他参数可以以后在“方案参数”页修改）"), self))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)

    def _row(self, editor: QWidget, unit: str, current: QLabel | None) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        editor.setMaximumWidth(160)
        layout.addWidget(editor)
        if unit:
            layout.addWidget(QLabel(unit, row))
        if current is not None:
            layout.addSpacing(12)
            layout.addWidget(current)
        layout.addStretch(1)
        return row

    def initializePage(self) -> None:  # noqa: N802
        ws, on = self.ctx.workspace, date.today()
        self.bar.start("")
        run_for(self, lambda _p: ws.scheme_on(on), on_done=self.show_scheme,
                on_error=self._failed)

    def show_scheme(self, scheme: Scheme) -> None:
        self.bar.finish()
        self.scheme = scheme
        base, rate = scheme[BASE_KEY], scheme[NPL_KEY]
        unset = self.tr("未设置")
        self.base_current.setText(self.tr("当前：%1").replace(
            "%1", unset if base == 0 else f"{base:,.2f}"))
        self.rate_current.setText(self.tr("当前：%1").replace(
            "%1", unset if rate == 0 else percent_text(rate) + "%"))
        en = current_lang().startswith("en")
        keys = list(REQUIRED_KEYS) + [k for k in DEFINITIONS if k not in REQUIRED_KEYS]
        self.table.setRowCount(len(keys))
        for row, key in enumerate(keys):
            spec = DEFINITIONS[key]
            label = QTableWidgetItem(spec.label_en if en else spec.label_zh)
            label.setToolTip(key)
            text = scheme.text(key)
            if key in REQUIRED_KEYS and scheme[key] == 0:
                text = f"{text}  ({unset})"
                label.setForeground(Qt.darkRed)
            value = QTableWidgetItem(text)
            value.setToolTip(key)
            self.table.setItem(row, 0, label)
            self.table.setItem(row, 1, value)

    def values(self) -> dict[str, str]:
        """The entered values as parameter texts (exact; never through float)."""
        out = {}
        if self.base.text().strip():
            out[BASE_KEY] = self.base.text().strip()
        if self.rate.text().strip():
            out[NPL_KEY] = self.rate.text().strip() + "%"
        return out

    def prepare(self):
        for editor, label in ((self.base, self.tr("浮动工资月基数")),
                              (self.rate, self.tr("不良清收奖励比例"))):
            if editor.text().strip() and not editor.hasAcceptableInput():
                self.error.setText(self.tr("%1 的格式不对。").replace("%1", label))
                editor.setFocus()
                return None
        values = self.values()
        since = self.effective_from.date().toPython()
        records = self.ctx.workspace.records

        def save(_progress):
            problems = []
            for key, value in values.items():
                result = records.save("parameters", {"key": key, "value": value,
                                                     "effective_from": since})
                problems += result.messages()
            return problems

        return save, self.tr("正在保存方案参数…")

    def finished(self, problems) -> bool:
        if problems:
            self.error.setText("\n".join(problems))
            return False
        if self.values():
            self.ctx.data_changed.emit("parameters")
        return True


class FirstRunWizard(QWizard):
    """Accepted when the administrator exists and the data choice is done; `admin`,
    `demo_loaded`, `template` and `open_import` tell the caller what happened."""

    PAGE_BRANCH, PAGE_ADMIN, PAGE_DATA, PAGE_SCHEME = range(4)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.admin = None
        self.demo_loaded = False
        self.template: Path | None = None
        self.open_import = False
        self.setWindowTitle(self.tr("首次使用向导"))
        self.setWizardStyle(QWizard.ModernStyle)
        self.setOption(QWizard.NoBackButtonOnStartPage)
        self.setButtonText(QWizard.NextButton, self.tr("下一步"))
        self.setButtonText(QWizard.BackButton, self.tr("上一步"))
        self.setButtonText(QWizard.FinishButton, self.tr("完成"))
        self.setButtonText(QWizard.CancelButton, self.tr("取消"))
        self.branch_page = BranchPage(self)
        self.admin_page = AdminPage(ctx, self)
        self.data_page = DataPage(ctx, self)
        self.scheme_page = SchemePage(ctx, self)
        self.setPage(self.PAGE_BRANCH, self.branch_page)
        self.setPage(self.PAGE_ADMIN, self.admin_page)
        self.setPage(self.PAGE_DATA, self.data_page)
        self.setPage(self.PAGE_SCHEME, self.scheme_page)
        self.resize(780, 600)

    def reject(self) -> None:
        if any(p.busy for p in (self.admin_page, self.data_page, self.scheme_page)):
            return  # wait for the background work
        super().reject()
