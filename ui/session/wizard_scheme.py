"""First-run wizard page 4: the scheme values to set before the first pay run."""
from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QFormLayout, QGroupBox,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ruralperf.domain.parameters import DEFINITIONS, Scheme
from ruralperf.i18n import current_lang
from ui.context import AppContext
from ui.session.parameter_words import parameter_words
from ui.widgets.date_edit import DateEdit
from ui.records.background import run_for

from ui.session.wizard_common import (AMOUNT_PATTERN, BASE_KEY, NOTE_STYLE, NPL_KEY,
                                      PERCENT_PATTERN, REQUIRED_KEYS, _BackgroundPage,
                                      default_effective_from, percent_text)


class SchemePage(_BackgroundPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setTitle(self.tr("绩效方案"))
        self.setSubTitle(self.tr("程序带有一套默认方案。发放第一次绩效工资前，管理员必须设置下面两项"
                                 "（为 0 时核算会提示“未设置”）。也可以以后在“方案参数”页设置。"))
        self.scheme: Scheme | None = None
        self.base = QLineEdit(self)
        self.base.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.rate = QLineEdit(self)
        self.rate.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.base_current = QLabel(self)
        self.rate_current = QLabel(self)
        for label in (self.base_current, self.rate_current):
            label.setStyleSheet(NOTE_STYLE)
        self.effective_from = DateEdit(self, day=default_effective_from())
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
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
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
        if not isinstance(editor, DateEdit):  # the date entry carries its spelled-out date
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
            text = parameter_words(key, scheme.text(key))
            if key in REQUIRED_KEYS and scheme[key] == 0:
                text = f"{text}  ({unset})"
                label.setForeground(Qt.GlobalColor.darkRed)
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
        # what was typed is kept as typed: a text that is not a valid value is refused with
        # the reason, never shortened or made positive
        for editor, pattern, message in (
                (self.base, AMOUNT_PATTERN, self.tr("浮动工资月基数应为不小于 0 的金额，最多两位小数：%1")),
                (self.rate, PERCENT_PATTERN, self.tr("不良清收奖励比例应为 0 到 100 之间的百分数，最多四位小数：%1"))):
            text = editor.text().strip()
            if text and not re.fullmatch(pattern, text):
                self.error.setText(message.replace("%1", text))
                editor.setFocus()
                return None
        values = self.values()
        since = self.effective_from.day()
        if values and since is None:
            self.error.setText(self.effective_from.problem() or self.tr("请填写生效日期。"))
            self.effective_from.setFocus()
            return None
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
