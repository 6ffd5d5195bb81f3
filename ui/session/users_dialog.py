"""User management for administrators: the list of accounts (disabled ones too), for the chosen
account 重置密码 / 停用 / 启用 / 更改角色, and a form to add one (user name, name, role, staff
number for credit officers, password twice). The core refuses anyone else and audits every
change (`Workspace.add_user`, `reset_password`, `set_user_active`, `set_user_role`)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtCore import QRegularExpression
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox,
                               QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from ruralperf.errors import UserError, describe
from ruralperf.i18n import current_lang
from ruralperf.domain.users import MIN_PASSWORD, User
from ui.context import AppContext
from ui.records.background import run_for
from ui.session.labels import role_choices, role_label
from ui.session.wizard_common import USERNAME_PATTERN, password_field

ERROR_STYLE = "color: #b42318;"
OK_STYLE = "color: #067647;"


class UsersDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.users: list[User] = []
        self.setWindowTitle(self.tr("用户管理"))
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("用户名"), self.tr("姓名"), self.tr("角色"), self.tr("工号"), self.tr("状态")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        roles_note = QLabel(self.tr("管理员：可以做所有的事；客户经理：录入数据，查看本人的工资单；"
                                    "审计员：查看全部，不能修改。"), self)
        roles_note.setWordWrap(True)
        roles_note.setStyleSheet("color: #667085;")

        self.username = QLineEdit(self)
        self.username.setMaxLength(32)
        self.username.setValidator(QRegularExpressionValidator(
            QRegularExpression(USERNAME_PATTERN), self))
        self.display_name = QLineEdit(self)
        self.display_name.setMaxLength(50)
        self.role = QComboBox(self)
        for code, label in role_choices():
            self.role.addItem(label, code)
        self.role.setCurrentIndex(max(0, self.role.findData("officer")))
        self.staff_no = QLineEdit(self)
        self.staff_no.setMaxLength(20)
        self.staff_no.setPlaceholderText(self.tr("客户经理的员工工号，用于查看本人工资单"))
        self.password = password_field(self)
        self.confirm = password_field(self)
        self.add_button = QPushButton(self.tr("添加用户"), self)
        self.add_button.clicked.connect(self.add_user)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.reset_button = QPushButton(self.tr("重置密码…"), self)
        self.reset_button.clicked.connect(self.reset_password)
        self.active_button = QPushButton(self.tr("停用"), self)
        self.active_button.clicked.connect(self.toggle_active)
        self.new_role = QComboBox(self)
        for code, label in role_choices():
            self.new_role.addItem(label, code)
        self.new_staff_no = QLineEdit(self)
        self.new_staff_no.setMaxLength(20)
        self.new_staff_no.setPlaceholderText(self.tr("工号"))
        self.role_button = QPushButton(self.tr("更改角色"), self)
        self.role_button.clicked.connect(self.change_role)
        self.chosen_box = QGroupBox(self.tr("选中的用户"), self)
        chosen = QHBoxLayout(self.chosen_box)
        chosen.addWidget(self.reset_button)
        chosen.addWidget(self.active_button)
        chosen.addStretch(1)
        chosen.addWidget(self.new_role)
        chosen.addWidget(self.new_staff_no)
        chosen.addWidget(self.role_button)
        self.table.itemSelectionChanged.connect(self._chosen_changed)
        box = QGroupBox(self.tr("添加用户"), self)
        form = QFormLayout(box)
        form.addRow(self.tr("用户名"), self.username)
        form.addRow(self.tr("姓名"), self.display_name)
        form.addRow(self.tr("角色"), self.role)
        form.addRow(self.tr("工号"), self.staff_no)
        form.addRow(self.tr("密码"), self.password)
        form.addRow(self.tr("确认密码"), self.confirm)
        add_row = QHBoxLayout()
        add_row.addWidget(self.message, 1)
        add_row.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow(add_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.chosen_box)
        layout.addWidget(roles_note)
        layout.addWidget(box)
        layout.addWidget(buttons)
        self.role.currentIndexChanged.connect(self._role_changed)
        self._role_changed()
        allowed = ctx.workspace.can("manage_users")
        box.setEnabled(allowed)
        self.chosen_box.setEnabled(False)
        self._may_manage = allowed
        if not allowed:
            self._say(self.tr("只有管理员可以添加用户。"), error=True)
        self.resize(640, 560)
        self.reload()

    def _role_changed(self, *_args) -> None:
        officer = self.role.currentData() == "officer"
        self.staff_no.setEnabled(officer)
        if not officer:
            self.staff_no.clear()

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.message.setText(text)

    def reload(self) -> None:
        ws = self.ctx.workspace
        run_for(self, lambda _p: ws.users(include_disabled=True), on_done=self.show_users,
                on_error=lambda e: self._say(describe(e, current_lang())[1], error=True))

    def show_users(self, users: list[User]) -> None:
        self.users = list(users)
        self.table.setRowCount(len(users))
        for row, user in enumerate(users):
            for col, text in enumerate((user.username, user.display_name, role_label(user.role),
                                        user.staff_no or "",
                                        self.tr("在用") if user.active else self.tr("已停用"))):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self._chosen_changed()

    # -- the chosen account ------------------------------------------------------------------
    def chosen(self) -> User | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.users):
            return None
        return self.users[rows[0].row()]

    def _chosen_changed(self) -> None:
        user = self.chosen()
        self.chosen_box.setEnabled(self._may_manage and user is not None)
        if user is None:
            return
        self.active_button.setText(self.tr("停用") if user.active else self.tr("启用"))
        self.new_role.setCurrentIndex(max(0, self.new_role.findData(user.role)))
        self.new_staff_no.setText(user.staff_no or "")

    def _changed(self, text: str) -> None:
        self._say(text)
        self.reload()

    def reset_password(self) -> None:
        from ui.session.password_dialog import PasswordDialog

        user = self.chosen()
        if user is None:
            return
        dialog = PasswordDialog(self.ctx, user.username, self)
        dialog.accepted.connect(lambda: self._say(
            self.tr("已重置 %1 的密码。").replace("%1", user.username)))
        dialog.open()
        self.password_dialog = dialog

    def toggle_active(self) -> None:
        user = self.chosen()
        if user is None:
            return
        ws, active = self.ctx.workspace, not user.active
        text = (self.tr("已启用 %1。") if active else self.tr("已停用 %1。")).replace(
            "%1", user.username)
        run_for(self, lambda _p: ws.set_user_active(user.username, active),
                on_done=lambda _r: self._changed(text), on_error=self._add_failed)

    def change_role(self) -> None:
        user = self.chosen()
        if user is None:
            return
        role = self.new_role.currentData()
        staff_no = self.new_staff_no.text().strip()
        if role == "officer" and not staff_no:
            self._say(self.tr("客户经理须填写工号（用于查看本人的工资单）。"), error=True)
            self.new_staff_no.setFocus()
            return
        ws = self.ctx.workspace
        text = self.tr("%1 的角色已改为%2。").replace("%1", user.username).replace(
            "%2", role_label(role))
        run_for(self, lambda _p: ws.set_user_role(user.username, role, staff_no),
                on_done=lambda _r: self._changed(text), on_error=self._add_failed)

    def add_user(self) -> None:
        name, password = self.username.text().strip(), self.password.text()
        role = self.role.currentData()
        staff_no = self.staff_no.text().strip() or None
        if not name:
            self._say(self.tr("请输入用户名。"), error=True)
            self.username.setFocus()
            return
        if len(password) < MIN_PASSWORD:
            self._say(self.tr("密码至少 %1 位。").replace("%1", str(MIN_PASSWORD)), error=True)
            self.password.setFocus()
            return
        if password != self.confirm.text():
            self._say(self.tr("两次输入的密码不一致。"), error=True)
            self.confirm.clear()
            self.confirm.setFocus()
            return
        if role == "officer" and not staff_no:
            self._say(self.tr("客户经理须填写工号（用于查看本人的工资单）。"), error=True)
            self.staff_no.setFocus()
            return
        display = self.display_name.text().strip() or name
        ws = self.ctx.workspace
        self.add_button.setEnabled(False)
        run_for(self, lambda _p: ws.add_user(name, password, role, display, staff_no),
                on_done=self._added, on_error=self._add_failed)

    def _added(self, user: User) -> None:
        self.add_button.setEnabled(True)
        for field in (self.username, self.display_name, self.staff_no, self.password,
                      self.confirm):
            field.clear()
        self._say(self.tr("已添加用户 %1（%2）。").replace("%1", user.username)
                  .replace("%2", role_label(user.role)))
        self.reload()

    def _add_failed(self, exc: BaseException) -> None:
        self.add_button.setEnabled(True)
        text = exc.message(current_lang()) if isinstance(exc, UserError) \
            else describe(exc, current_lang())[1]
        self._say(text, error=True)
