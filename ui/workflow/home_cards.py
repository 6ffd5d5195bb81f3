"""The panels of the home page: data completeness, the pay run's state, statute-of-limitations
deadlines. Each is filled from `ruralperf.services.overview` values; none queries anything."""
from __future__ import annotations

from datetime import date
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QGridLayout, QGroupBox, QHBoxLayout,
                               QHeaderView, QLabel, QProgressBar, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ruralperf.i18n import current_lang, finding_text
from ruralperf.domain.overview import DUE_BUCKETS, Completeness, LimitationSummary
from ui.navigation import nav_label
from ui.widgets.amounts import date_text
from ui.widgets.count_bar import show_loan_count
from ui.widgets.finding_list import FindingList, FindingRow
from ui.workflow.fix_links import findings_html, fix_target, follow_link
from ui.workflow.labels import run_status_label, status_label
from ui.i18n import counted

OK = QColor("#ecfdf3")
MISSING = QColor("#fef3f2")
NOTE = QColor("#fffaeb")
GREY = QColor("#98a2b3")
Navigate = Callable[[str, str], None]


def _link(text: str, page: str, navigate: Navigate, parent: QWidget, record: str = "") -> QLabel:
    label = QLabel(f'<a href="{page}">{text} →</a>', parent)
    label.linkActivated.connect(lambda _href: navigate(page, record))
    return label


def _fit_height(table: QTableWidget) -> None:
    height = table.horizontalHeader().height() + 2 * table.frameWidth()
    height += sum(table.rowHeight(r) for r in range(table.rowCount()))
    table.setFixedHeight(height + 2)


def _who(staff_no: str, names: dict[str, str]) -> str:
    return f"{staff_no} {names.get(staff_no, '')}".strip()


class CompletenessCard(QGroupBox):
    ROWS = ("snapshots", "interest", "deposits")

    def __init__(self, navigate: Navigate, parent: QWidget | None = None):
        super().__init__(parent)
        self.table = QTableWidget(len(self.ROWS), 6, self)
        self.table.setVerticalHeaderLabels([self.tr("月末台账（笔）"), self.tr("利息收入（条）"),
                                            self.tr("存款日均（人）")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.targets = QLabel(self)
        self.others = QLabel(self)
        self.legend = QLabel(self.tr("红色：核算必需但缺失；黄色：本季度没有记录；灰色：核算不需要。"), self)
        self.legend.setStyleSheet("color: #667085;")
        links = QHBoxLayout()
        for key in ("snapshots", "deposits", "targets"):
            links.addWidget(_link(nav_label(key), key, navigate, self))
        links.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.targets)
        layout.addWidget(self.others)
        layout.addWidget(self.legend)
        layout.addLayout(links)

    def set_data(self, c: Completeness, names: dict[str, str]) -> None:
        self.setTitle(self.tr("数据完整性 · %1（含上季度存款与基期台账）").replace("%1", str(c.quarter)))
        self.table.setHorizontalHeaderLabels([str(m.month) for m in c.months])
        for col, month in enumerate(c.months):
            self._cell(0, col, str(month.snapshots) if month.snapshots else "—",
                       OK if month.snapshots else (MISSING if month.snapshots_required else None),
                       month.snapshots_required)
            self._cell(1, col, str(month.interest) if month.interest else "—",
                       (OK if month.interest else NOTE) if month.interest_expected else None,
                       month.interest_expected)
            text = f"{month.deposits}/{c.staff}"
            tip = (self.tr("缺：") + "、".join(_who(s, names) for s in month.missing_deposits)
                   if month.missing_deposits else "")
            self._cell(2, col, text, MISSING if month.missing_deposits else OK, True, tip)
        _fit_height(self.table)
        if c.missing_targets:
            missing = "、".join(_who(s, names) for s in c.missing_targets)
            self.targets.setText(self.tr("任务目标：%1/%2 名员工已录入；缺 %3")
                                 .replace("%1", str(c.targets)).replace("%2", str(c.staff))
                                 .replace("%3", missing))
            self.targets.setStyleSheet("color: #b42318;")
        else:
            self.targets.setText(self.tr("任务目标：%1 名员工全部已录入").replace("%1", str(c.staff)))
            self.targets.setStyleSheet("")
        self.others.setText(counted(
            self.tr("本季度：贷款 %1 笔，中间业务 %2 条，不良清收 %3 条，调整 %4 条")
            .replace("%1", str(c.loans)).replace("%2", str(c.items))
            .replace("%3", str(c.recoveries)).replace("%4", str(c.adjustments))))

    def _cell(self, row: int, col: int, text: str, color: QColor | None, needed: bool,
              tip: str = "") -> None:
        item = QTableWidgetItem(text)
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        if color is not None:
            item.setBackground(QBrush(color))
        if not needed:
            item.setForeground(QBrush(GREY))
        if tip:
            item.setToolTip(tip)
        self.table.setItem(row, col, item)


class PayRunCard(QGroupBox):
    def __init__(self, navigate: Navigate, parent: QWidget | None = None):
        super().__init__(parent)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.findings = FindingList(navigate, self)
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(_link(self.tr("打开绩效核算"), "payrun", navigate, self))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.findings)

    def set_data(self, facts) -> None:
        run = facts.pay_run
        self.setTitle(self.tr("绩效核算 · %1").replace("%1", str(facts.quarter)))
        if run.status == "none":
            self.status.setText(self.tr("本季度尚未核算。"))
        else:
            self.status.setText(counted(
                self.tr("状态：%1（第 %2 版），计算于 %3；阻断错误 %4 条，提示 %5 条")
                .replace("%1", run_status_label(run.status))
                .replace("%2", str(run.version))
                .replace("%3", run.computed_at.strftime("%Y-%m-%d %H:%M"))
                .replace("%4", str(len(facts.blocking)))
                .replace("%5", str(len(facts.run_warnings)))))
        lang, rows = current_lang(), []
        for error, items in ((True, facts.blocking), (False, facts.run_warnings)):
            for x in items:
                target = fix_target(x.finding, x.staff_no)
                rows.append(FindingRow(error, f"{x.staff_no} {x.name}".strip(),
                                       finding_text(x.finding, lang), target,
                                       nav_label(target[0]) if target else ""))
        self.findings.set_rows(rows)
        self.findings.setVisible(bool(rows))
        if rows:
            self.findings.setFixedHeight(min(220, 34 + 30 * len(rows)))


CARD_ROWS = 200  # rows of the limitation card's table (issue 22)


class LimitationCard(QGroupBox):
    def __init__(self, navigate: Navigate, parent: QWidget | None = None):
        super().__init__(parent)
        self._navigate = navigate
        self.tiles: dict[str, QLabel] = {}
        grid = QGridLayout()
        keys = [f"due{d}" for d in DUE_BUCKETS] + ["lapsed", "accountability", "litigation"]
        captions = [self.tr("30 天内到期"), self.tr("31–60 天到期"), self.tr("61–90 天到期"),
                    self.tr("已失时效待挽回"), self.tr("追责"), status_label("litigation")]
        for i, (key, caption) in enumerate(zip(keys, captions)):
            number = QLabel("0", self)
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            number.setStyleSheet("font-size: 18pt; font-weight: bold;")
            label = QLabel(caption, self)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(number, 0, i)
            grid.addWidget(label, 1, i)
            self.tiles[key] = number
        self.lead = QLabel(self)
        self.lead.setWordWrap(True)
        self.lead.setStyleSheet("color: #b54708; font-weight: bold;")
        # computed in the background on a county database (issue 22): a count meanwhile
        self.bar = QProgressBar(self)
        self.bar.setMaximumHeight(18)
        self.bar.hide()
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([self.tr("合同号"), self.tr("管户人员"), self.tr("状态"),
                                              self.tr("时效到期日"), self.tr("剩余天数")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.more = 0
        self.table.cellDoubleClicked.connect(
            lambda row, _c: navigate("limitation", "") if row >= CARD_ROWS
            else navigate("loans", self.table.item(row, 0).text().split(" ")[0]))
        self.note = QLabel(self)
        self.note.setStyleSheet("color: #8a6100;")
        self.note.setTextFormat(Qt.TextFormat.RichText)
        self.note.linkActivated.connect(lambda href: follow_link(navigate, href))
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.lead)
        layout.addLayout(grid)
        layout.addWidget(self.table)
        layout.addWidget(self.note)
        layout.addWidget(_link(self.tr("打开时效管理"), "limitation", navigate, self))

    def loading(self) -> None:
        """Until the summary arrives: the title, and a bar that counts the loans done."""
        self.setTitle(self.tr("诉讼时效"))
        self.bar.setRange(0, 0)
        self.bar.setFormat(self.tr("正在计算诉讼时效…"))
        self.bar.show()

    def progress(self, done: int, total: int) -> None:
        show_loan_count(self.bar, done, total)

    def finish(self) -> None:
        self.bar.hide()

    def set_data(self, s: LimitationSummary, names: dict[str, str]) -> None:
        self.finish()
        self.setTitle(self.tr("诉讼时效 · 截至 %1").replace("%1", date_text(s.as_of)))
        for days in DUE_BUCKETS:
            self.tiles[f"due{days}"].setText(str(len(s.due[days])))
        self.tiles["lapsed"].setText(str(len(s.lapsed)))
        self.tiles["accountability"].setText(str(len(s.accountability)))
        self.tiles["litigation"].setText(str(s.litigation))
        for days, key in ((30, "due30"), (60, "due60"), (90, "due90")):
            color = "#b42318" if days == 30 and s.due[30] else "#101828"
            self.tiles[key].setStyleSheet(f"font-size: 18pt; font-weight: bold; color: {color};")
        signed_loans = sum(1 for x in s.to_sign if x.guarantor is None)
        self.lead.setText(counted(self.tr("须签收：{0} 笔贷款、{1} 名保证人（按剩余天数排列）").format(
            signed_loans, len(s.to_sign) - signed_loans)) if s.to_sign
            else self.tr("须签收：无"))
        # what must be signed first (loans and guarantees by days left), then lapsed loans
        rows: list[tuple[str, str | None, str, date | None, int | None]] = [
                (x.contract_no if x.guarantor is None
                 else self.tr("{0} · 保证人 {1}").format(x.contract_no, x.guarantor),
                 x.manager, status_label("warning"), x.deadline, x.days_left)
                for x in s.to_sign]
        rows += [(x.contract_no, x.manager, status_label(x.status), x.expiry, x.days_left)
                 for x in s.lapsed]
        # the most urgent only (a county's summary has 20,000 items: seconds of table cells in
        # a card 260 px high); the limitation page lists them all
        self.more = max(0, len(rows) - CARD_ROWS)
        rows = rows[:CARD_ROWS]
        if self.more:
            rows.append((counted(self.tr("另有 {0} 项，见时效管理").format(f"{self.more:,}")),
                         None, "", None, None))
        loans = rows
        self.table.setRowCount(len(rows))
        for row, (contract, manager, status, deadline, days_left) in enumerate(rows):
            values = [contract, _who(manager or "", names), status,
                      date_text(deadline), "" if days_left is None else str(days_left)]
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if col == 4:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        self.table.setVisible(bool(loans))
        if loans:
            self.table.setFixedHeight(min(260, 34 + 30 * len(loans)))
        self.note.setText(findings_html(s.warnings, current_lang(), self.tr("去录入")))
        self.note.setVisible(bool(s.warnings))
