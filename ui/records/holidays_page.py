"""Holiday calendar (节假日), beside 方案参数: one year at a time as twelve month grids.

A click on a day (or Space on the focused day) turns it into a rest day, a make-up working day
(weekends only) or back to an ordinary day; a State Council notice pasted in the box is read
into the grid (it replaces the year, as the import sheet 节假日 does). Nothing is written until
保存: the page first shows which loans' expiries the change moves (computed by the core), then
saves the whole year in one audited step. Days on or before the end of the latest approved
quarter are read-only. Only administrators change the calendar (the core checks it too)."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QLineEdit, QListWidget, QMessageBox,
                               QPlainTextEdit, QPushButton, QScrollArea, QSpinBox, QVBoxLayout,
                               QWidget)

from ruralperf.errors import UserError
from ruralperf.domain.enums import HolidayKind
from ruralperf.domain.holidays import MAKE_UP_WORKDAY, REST_DAY, HolidayDay
from ruralperf.i18n import current_lang
from ui.context import AppContext
from ui.i18n import counted
from ui.pages.base import Page
from ui.records.background import run_for
from ui.records.labels import table_label
from ui.records.holiday_moves import MovesDialog
from ui.records.holiday_months import YearGrid

WEEKDAYS = (QT_TRANSLATE_NOOP("HolidaysPage", "周一"), QT_TRANSLATE_NOOP("HolidaysPage", "周二"),
            QT_TRANSLATE_NOOP("HolidaysPage", "周三"), QT_TRANSLATE_NOOP("HolidaysPage", "周四"),
            QT_TRANSLATE_NOOP("HolidaysPage", "周五"), QT_TRANSLATE_NOOP("HolidaysPage", "周六"),
            QT_TRANSLATE_NOOP("HolidaysPage", "周日"))


class HolidaysPage(Page):
    key = "holidays"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.year_data = None  # store.CalendarYear as last read
        self.stored: dict[date, HolidayDay] = {}
        self.draft: dict[date, HolidayDay] = {}
        self._stale = True
        self.year_box = QSpinBox(self)
        self.year_box.setRange(1990, 2100)
        self.year_box.setValue(date.today().year + 1)
        self.year_box.setKeyboardTracking(False)  # typed years count once complete
        self.year_box.valueChanged.connect(self._year_changed)
        self.source = QLabel(self)
        self.frozen = QLabel(self)
        self.frozen.setStyleSheet("color: #8a6100;")
        self.frozen.setWordWrap(True)
        self.grid = YearGrid(self)
        self.grid.dayClicked.connect(self.toggle_day)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("如 春节"))
        self.paste = QPlainTextEdit(self)
        self.paste.setPlaceholderText(self.tr(
            "粘贴国务院通知原文，或如：2027-02-06 至 2027-02-13 放假，2027-02-14 上班"))
        self.read_button = QPushButton(self.tr("识别粘贴的通知"), self)
        self.read_button.clicked.connect(self.read_paste)
        self.changes = QListWidget(self)
        self.save_button = QPushButton(self.tr("保存…"), self)
        self.save_button.clicked.connect(self.save)
        self.discard_button = QPushButton(self.tr("放弃修改"), self)
        self.discard_button.clicked.connect(self.discard)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self._layout()
        ctx.data_changed.connect(self._data_changed)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("年份"), self))
        top.addWidget(self.year_box)
        top.addSpacing(12)
        top.addWidget(self.source, 1)
        legend = QLabel(self.tr('<span style="background:#f8d7d3">&nbsp;休息日&nbsp;</span> '
                                '<span style="background:#d6e9c6">&nbsp;调休上班日&nbsp;</span> '
                                '<span style="background:#eef1f5">&nbsp;周末&nbsp;</span> '
                                '<span style="color:#98a2b3">灰字：已审批季度内，不能修改</span>'),
                        self)
        side = QVBoxLayout()
        hint = QLabel(self.tr("单击日期（或按空格）切换：工作日 → 休息日；周末 → 调休上班日 → 休息日 → 周末"),
                      self)
        hint.setWordWrap(True)
        side.addWidget(hint)
        side.addWidget(QLabel(self.tr("新标记日期的说明"), self))
        side.addWidget(self.note)
        side.addWidget(self.paste, 1)
        side.addWidget(self.read_button)
        side.addWidget(QLabel(self.tr("待保存的修改"), self))
        side.addWidget(self.changes, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.discard_button)
        side.addLayout(buttons)
        panel = QWidget(self)
        panel.setLayout(side)
        panel.setFixedWidth(280)
        middle = QHBoxLayout()
        months = QWidget(self)  # scrolls on a small screen (1024x768)
        left = QVBoxLayout(months)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.grid)
        left.addWidget(legend)
        left.addWidget(self.frozen)
        left.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(months)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        middle.addWidget(scroll, 1)
        middle.addWidget(panel)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addWidget(self.status)

    def title(self) -> str:
        return table_label("holidays")

    def allowed(self) -> bool:
        return self.ctx.workspace.holidays.can_edit()

    # -- loading -----------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _data_changed(self, name: str) -> None:
        if name in ("*", "holidays", "payrun"):  # an approval or reopening moves the lock
            self._stale = True
            if self.isVisible():
                self.refresh()

    def show_record(self, record_key: str) -> None:
        """Open a year (the missing-year warning links here with its year)."""
        if record_key.isdigit():
            self.year_box.setValue(int(record_key))

    def _year_changed(self, year: int) -> None:
        shown = self.year_data.year if self.year_data is not None else None
        if shown is not None and shown != year and self.changed_days():
            answer = QMessageBox.question(
                self, self.title(), self.tr("放弃 %1 年未保存的修改？").replace("%1", str(shown)),
                QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
            if answer != QMessageBox.Yes:
                self.year_box.blockSignals(True)
                self.year_box.setValue(shown)
                self.year_box.blockSignals(False)
                return
            self.draft = dict(self.stored)
        self.refresh()

    def refresh(self) -> None:
        self._stale = False
        year, holidays = self.year_box.value(), self.ctx.workspace.holidays
        run_for(self, lambda _p: holidays.year(year), on_done=self._loaded,
                on_error=self._failed)

    def _loaded(self, data) -> None:
        if data.year != self.year_box.value():
            return  # an older request
        keep = (self.year_data is not None and self.year_data.year == data.year
                and bool(self.changed_days()))  # a reload never drops unsaved clicks
        self.year_data = data
        self.stored = {d.day: d for d in data.days}
        if not keep:
            self.draft = dict(self.stored)
        self.source.setText(self._source_text(data))
        frozen = data.frozen
        self.frozen.setText(self.tr("%1 及以前的日期属于已审批锁定的 %2 或更早的季度，不能修改；"
                                    "如需修改请先重新打开该季度。")
                            .replace("%1", frozen.until.isoformat()).replace("%2", str(frozen.quarter))
                            if frozen.until is not None and frozen.until.year >= data.year else "")
        self.status.setText("" if self.allowed() else self.tr("只读：只有管理员可以修改节假日。"))
        self._show()

    def _source_text(self, data) -> str:
        s = data.source
        if s.kind == "builtin":
            return self.tr("来源：内置日历（国务院已公布年份）")
        if s.kind == "missing":
            return self.tr("尚未录入：该年按仅周末休息计算，请录入或粘贴国务院通知")
        if s.kind == "import":
            return (self.tr("来源：由 %1 于 %2 从 %3 导入").replace("%1", s.user)
                    .replace("%2", s.at).replace("%3", s.file))
        if s.kind == "paste":
            return (self.tr("来源：由 %1 于 %2 从 %3 粘贴录入").replace("%1", s.user)
                    .replace("%2", s.at).replace("%3", s.file))
        return self.tr("来源：由 %1 于 %2 录入").replace("%1", s.user).replace("%2", s.at)

    def _failed(self, exc: BaseException) -> None:
        text = exc.message() if isinstance(exc, UserError) else type(exc).__name__
        self.status.setText(self.tr("操作失败：%1").replace("%1", text))
        self.status.setStyleSheet("color: #b42318;")

    # -- the draft ---------------------------------------------------------------------------
    def changed_days(self) -> list[date]:
        return sorted(d for d in self.stored.keys() | self.draft.keys()
                      if self.stored.get(d) != self.draft.get(d))

    def _show(self) -> None:
        year = self.year_box.value()
        frozen = self.year_data.frozen.until if self.year_data else None
        kinds = {d: x.kind for d, x in self.draft.items()}
        notes = {d: x.note for d, x in self.draft.items()}
        changed = self.changed_days()
        self.grid.show_year(year, kinds, notes, frozen, set(changed))
        self.changes.clear()
        for d in changed:
            self.changes.addItem(self._change_text(d))
        allowed = self.allowed()
        dirty = bool(changed) or (self.year_data is not None and not self.year_data.covered
                                  and bool(self.draft))
        self.save_button.setEnabled(allowed and dirty)
        self.discard_button.setEnabled(bool(changed))
        for w in (self.paste, self.read_button, self.note):
            w.setEnabled(allowed)

    def _kind_text(self, day: date, x: HolidayDay | None) -> str:
        if x is None:
            return self.tr("周末") if day.weekday() >= 5 else self.tr("工作日")
        kind = HolidayKind(x.kind)
        return kind.en_lower if current_lang().startswith("en") else kind.zh

    def _change_text(self, day: date) -> str:
        old, new = self.stored.get(day), self.draft.get(day)
        note = new.note if new is not None else ""
        return (f"{day.isoformat()} {self.tr(str(WEEKDAYS[day.weekday()]))}  "
                f"{self._kind_text(day, old)} → {self._kind_text(day, new)} {note}").rstrip()

    def toggle_day(self, day: date) -> None:
        if not self.allowed():
            self.status.setText(self.tr("只读：只有管理员可以修改节假日。"))
            return
        frozen = self.year_data.frozen if self.year_data else None
        if frozen is not None and frozen.covers(day):
            self.status.setText(self.tr("%1 属于已审批锁定的 %2 或更早的季度，不能修改；如需修改请先重新打开该季度。")
                                .replace("%1", day.isoformat()).replace("%2", str(frozen.quarter)))
            return
        current = self.draft.get(day)
        order = [None, REST_DAY] if day.weekday() < 5 else [None, MAKE_UP_WORKDAY, REST_DAY]
        kind = order[(order.index(current.kind if current else None) + 1) % len(order)]
        if kind is None:
            self.draft.pop(day, None)
        else:
            note = self.note.text().strip() or (current.note if current else "")
            self.draft[day] = HolidayDay(day, kind, note)
        self.status.setText("")
        self._show()

    def discard(self) -> None:
        self.draft = dict(self.stored)
        self._show()

    def read_paste(self) -> None:
        text, year = self.paste.toPlainText(), self.year_box.value()
        holidays = self.ctx.workspace.holidays
        run_for(self, lambda _p: holidays.parse(text, year), on_done=self._pasted,
                on_error=self._failed)

    def _pasted(self, result) -> None:
        self.draft = {d.day: d for d in result.days}  # the notice is the whole year
        self.status.setText(counted(self.tr("已识别 %1 天，替换该年日历；请核对右侧修改后保存。")
                                    .replace("%1", str(len(result.days)))))
        self._show()

    # -- saving ------------------------------------------------------------------------------
    def save(self) -> MovesDialog | None:
        year, days = self.year_box.value(), sorted(self.draft.values(), key=lambda d: d.day)
        ws = self.ctx.workspace
        self.status.setText(self.tr("正在计算受影响的时效到期日…"))
        self.save_button.setEnabled(False)
        run_for(self, lambda _p: (ws.holidays.moves(year, days), ws.overview.staff_names()),
                on_done=lambda answer: self._confirm(year, days, *answer), on_error=self._failed)
        return None

    def _confirm(self, year: int, days: list[HolidayDay], moves, names: dict[str, str]) -> None:
        self.status.setText("")
        self._show()
        self.dialog = MovesDialog(year, moves, names, self)
        self.dialog.accepted.connect(lambda: self._write(year, days))
        self.dialog.open()

    def _write(self, year: int, days: list[HolidayDay]) -> None:
        holidays = self.ctx.workspace.holidays
        run_for(self, lambda _p: holidays.save(year, days), on_done=self._saved,
                on_error=self._failed)

    def _saved(self, replaced) -> None:
        self.status.setStyleSheet("")
        self.status.setText(self.tr("%1 年节假日已保存。").replace("%1", str(replaced.year)))
        self.ctx.data_changed.emit("holidays")
        self.refresh()
