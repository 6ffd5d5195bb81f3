"""First-run wizard pages 1 and 2: the branch, and the administrator account."""
from __future__ import annotations


from PySide6.QtWidgets import (QFormLayout, QLabel, QLineEdit, QVBoxLayout,
                               QWidget, QWizard, QWizardPage)

from ruralperf.domain.users import MIN_PASSWORD
from ui.context import AppContext

from ui.session.wizard_common import (BRANCH_CODE_PATTERN, NOTE_STYLE, USERNAME_PATTERN,
                                      _BackgroundPage, _validator, password_field)


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
        self.hint = QLabel(self)  # why 下一步 is not available yet
        self.hint.setStyleSheet(NOTE_STYLE)
        self.hint.setWordWrap(True)
        self.name.textChanged.connect(self._update_hint)
        self.code.textChanged.connect(self._update_hint)
        form = QFormLayout(self)
        form.addRow(self.tr("网点名称"), self.name)
        form.addRow(self.tr("机构代码"), self.code)
        form.addRow("", note)
        form.addRow("", self.hint)
        self._update_hint()

    def _update_hint(self) -> None:
        missing = []
        if not self.name.text().strip():
            missing.append(self.tr("请填写网点名称"))
        if not self.code.text().strip():
            missing.append(self.tr("请填写机构代码"))
        self.hint.setText(self.tr("“下一步”尚不可用：%1。").replace("%1", "；".join(missing))
                          if missing else "")
        self.hint.setVisible(bool(missing))

    def validatePage(self) -> bool:  # noqa: N802
        return bool(self.name.text().strip()) and self.code.hasAcceptableInput()


class AdminPage(_BackgroundPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setTitle(self.tr("管理员账户"))
        self.setSubTitle(self.tr("管理员可以做所有的事：导入、核算、审批、管理用户和设置。"
                                 "请牢记密码。"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("创建管理员"))
        self.username = QLineEdit("admin", self)
        self.username.setMaxLength(32)
        self.username.setValidator(_validator(USERNAME_PATTERN, self))
        self.display_name = QLineEdit(self)
        self.display_name.setMaxLength(50)
        self.display_name.setPlaceholderText(self.tr("如：张会计"))
        self.password = password_field(self)
        self.confirm = password_field(self)
        # not QWizard's mandatory fields ("name*"): those count a prefilled "admin" as empty
        self.registerField("admin_username", self.username)
        self.registerField("admin_password", self.password)
        self.registerField("admin_confirm", self.confirm)
        self.hint = QLabel(self)  # why 创建管理员 is not available yet
        self.hint.setStyleSheet(NOTE_STYLE)
        self.hint.setWordWrap(True)
        for field in (self.username, self.password, self.confirm):
            field.textChanged.connect(self._update_hint)
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
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)

    def missing(self) -> list[str]:
        """What still keeps 创建管理员 disabled, in words."""
        out = []
        if not self.username.text().strip():
            out.append(self.tr("请输入用户名"))
        if len(self.password.text()) < MIN_PASSWORD:
            out.append(self.tr("密码至少 %1 位").replace("%1", str(MIN_PASSWORD)))
        elif self.confirm.text() != self.password.text():
            out.append(self.tr("请在“确认密码”中再输入一次相同的密码") if not self.confirm.text()
                       else self.tr("两次输入的密码不一致"))
        return out

    def isComplete(self) -> bool:  # noqa: N802
        return super().isComplete() and not self.missing()

    def initializePage(self) -> None:  # noqa: N802
        self._update_hint()

    def _update_hint(self) -> None:
        missing = self.missing()
        self.hint.setText(self.tr("“创建管理员”尚不可用：%1。").replace("%1", "；".join(missing))
                          if missing else "")
        self.hint.setVisible(bool(missing))
        self.completeChanged.emit()

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
