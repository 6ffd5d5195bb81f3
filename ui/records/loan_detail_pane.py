"""The selected loan in detail: its current statute-of-limitations status on top, then tabs for
its marketing credits, manager history, month-end ledgers, interest income, limitation events
and NPL recoveries. Ledgers, interest, events and manager changes can be added here."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from ruralperf.domain.money import money_display
from ruralperf.domain.guarantees import worst_status
from ui.records.detail_table import DetailTable
from ui.records.labels import status_label, table_label
from ui.i18n import counted

STATUS_COLORS = {"warning": "#8a6100", "lapsed": "#b42318", "litigation": "#5b3a8c",
                 "restored": "#1d6b3a", "running": "#1d4f91", "closed": "#555555",
                 "not_due": "#1d4f91", "suspended": "#5b3a8c", "beyond_maximum": "#b42318",
                 "judgment": "#8a6100", "execution": "#5b3a8c", "execution_lapsed": "#b42318"}
# tab key -> (table of its records, columns, editable here)
TABS = (
    ("credits", "credits", [("staff_no", "text"), ("staff_name", "text"), ("share", "share")],
     False),
    ("managers", "reassignments", [("effective_from", "date"), ("staff_no", "text"),
                                   ("staff_name", "text"), ("source", "text")], True),
    ("snapshots", "snapshots", [("month", "month"), ("balance", "money"),
                                ("overdue_days", "int"), ("arrears_months", "int"),
                                ("grade", "enum")], True),
    ("interest", "interest", [("month", "month"), ("amount", "money")], True),
    ("events", "limitation_events", [("date", "date"), ("kind", "enum"), ("staff_no", "text"),
                                      ("staff_name", "text"), ("amount", "money"),
                                      ("new_maturity", "date"), ("until", "date"),
                                      ("guarantor", "text")], True),
    ("guarantees", "guarantees", [("guarantor", "text"), ("kind", "enum"),
                                  ("period_months", "int"), ("guarantee_end", "date"),
                                  ("status_text", "text"), ("days_left", "int")], True),
    ("recoveries", "recoveries", [("date", "date"), ("staff_no", "text"), ("staff_name", "text"),
                                  ("amount", "money")], False),
)


class LoanDetailPane(QWidget):
    # (table, record row or None for a new one): the page opens the form
    add_requested = Signal(str)
    edit_requested = Signal(str, dict)
    delete_requested = Signal(str, dict)

    def __init__(self, parent: QWidget | None = None, allowed=lambda: True):
        super().__init__(parent)
        self.detail = None
        self.allowed = allowed  # may the user add and delete related records
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.tables: dict[str, DetailTable] = {}
        for key, table, columns, editable in TABS:
            grid = DetailTable(table, columns, self, editable=editable,
                               can_edit=lambda row: row.get("id") is not None)
            grid.add_requested.connect(lambda t=table: self.add_requested.emit(t))
            grid.edit_requested.connect(lambda row, t=table: self.edit_requested.emit(t, row))
            grid.delete_requested.connect(lambda row, t=table: self.delete_requested.emit(t, row))
            self.tables[key] = grid
            self.tabs.addTab(grid, self._tab_title(key, table))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        self.show_detail(None)

    def _tab_title(self, key: str, table: str) -> str:
        return self.tr("管户历史") if key == "managers" else table_label(table)

    def show_detail(self, detail) -> None:
        self.detail = detail
        if detail is None:
            self.heading.setText(self.tr("选择一笔贷款，查看其营销分成、管户历史、月末台账、利息和时效事件。"))
            self.status.clear()
            for grid in self.tables.values():
                grid.set_rows([])
                grid.set_enabled_actions(False)
            return
        loan = detail.loan
        self.heading.setText(self.tr("合同 {0}　{1}（{2}）　贷款金额 {3}　{4} 至 {5}").format(
            loan["contract_no"], loan.get("household_name") or "", loan["household_no"],
            money_display(loan["amount"]), loan["disbursed_on"].isoformat(),
            loan["maturity_on"].isoformat()) + self.tr("　现管户：{0}（{1}）").format(
            loan.get("current_manager_name") or "", loan.get("current_manager_no") or ""))
        status, text = self.status_text(detail)
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {STATUS_COLORS.get(status, '#000')}; font-weight: bold;")
        sources = {"disbursed": self.tr("发放（原管户）"), "reassignment": self.tr("管户变更")}
        rows = {"credits": detail.credits, "snapshots": detail.snapshots,
                "interest": detail.interest, "events": detail.events,
                "recoveries": detail.recoveries,
                "guarantees": [{**g, "status_text": status_label(g["status"]) if g.get("status")
                                else ""} for g in detail.guarantees],
                "managers": [{**m, "source": sources.get(m["source"], m["source"])}
                             for m in detail.managers]}
        for key, grid in self.tables.items():
            grid.set_rows(rows[key])
            grid.set_enabled_actions(self.allowed())
            self.tabs.setTabText(self.tabs.indexOf(grid), "{0} ({1})".format(
                self._tab_title(key, grid.table), len(rows[key])))

    def status_text(self, detail) -> tuple[str, str]:
        lim = detail.limitation
        if lim is None:
            return "running", ""
        label = self.tr("诉讼时效（截至 {0}）：").format(detail.as_of.isoformat())
        status = lim.status
        if status in ("running", "warning") and not detail.matured:
            status = "not_due"
        words = status_label(status)
        if status == "not_due":
            more = self.tr("到期日 {0}，时效至 {1}").format(lim.maturity.isoformat(),
                                                      lim.expiry.isoformat())
        elif status in ("running", "warning"):
            more = counted(self.tr("时效至 {0}，剩余 {1} 天").format(lim.expiry.isoformat(),
                                                               lim.days_left))
        elif status == "lapsed":
            more = self.tr("{0} 失时效，责任人 {1}").format(lim.lapse_date.isoformat(),
                                                     lim.responsible or "")
            if lim.accountability:
                more += self.tr("；已列入追责")
        elif status == "restored":
            more = counted(self.tr("已挽回 {0} 次，时效至 {1}").format(len(lim.restorations),
                                                               lim.expiry.isoformat()))
        elif status == "judgment" and lim.execution_deadline:
            more = counted(self.tr("须于 {0} 前申请执行，剩余 {1} 天").format(
                lim.execution_deadline.isoformat(), lim.days_left))
        elif status == "execution_lapsed":
            more = self.tr("{0} 起已过申请执行期，责任人 {1}；已列入追责").format(
                lim.lapse_date.isoformat(), lim.responsible or "")
        elif status == "beyond_maximum":
            more = self.tr("最长保护期 {0} 届满").format(lim.maximum_date.isoformat())
        else:
            more = ""
        worst = worst_status(lim.guarantees)
        if worst is not None:
            more += ("；" if more else "") + self.tr("担保 {0} 人，最差：{1}").format(
                len(lim.guarantees), status_label(worst))
        for g in lim.guarantees:
            if g.status in ("warning", "released", "guarantor_lapsed"):
                more += self.tr("；保证人 {0}：{1}").format(g.guarantor, status_label(g.status))
                if g.status == "warning":
                    more += self.tr("（保证期间至 {0}）").format(g.guarantee_end.isoformat())
        return status, label + words + ("　" + more if more else "")
