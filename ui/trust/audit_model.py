"""The audit trail as a table, newest first, paged in from the database on the worker as the
user scrolls (`canFetchMore`/`fetchMore`); one `AuditView.page` query per batch, which also
counts the matching entries. A generation number drops batches of an older filter."""
from __future__ import annotations

import json

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex,
                            Qt, Signal)

from ui.records.background import run_for
from ui.records.labels import column_label, table_label

BATCH = 200
COLUMNS = ("seq", "at", "user", "source", "action", "table_name", "record_key", "old_values",
           "new_values")
HEADERS = {
    "seq": QT_TRANSLATE_NOOP("AuditModel", "序号"),
    "at": QT_TRANSLATE_NOOP("AuditModel", "时间"),
    "user": QT_TRANSLATE_NOOP("AuditModel", "用户"),
    "source": QT_TRANSLATE_NOOP("AuditModel", "来源"),
    "action": QT_TRANSLATE_NOOP("AuditModel", "操作"),
    "table_name": QT_TRANSLATE_NOOP("AuditModel", "表"),
    "record_key": QT_TRANSLATE_NOOP("AuditModel", "记录"),
    "old_values": QT_TRANSLATE_NOOP("AuditModel", "原值"),
    "new_values": QT_TRANSLATE_NOOP("AuditModel", "新值"),
}
ACTIONS = {
    "insert": QT_TRANSLATE_NOOP("AuditModel", "新增"),
    "bulk_insert": QT_TRANSLATE_NOOP("AuditModel", "批量新增"),
    "update": QT_TRANSLATE_NOOP("AuditModel", "修改"),
    "delete": QT_TRANSLATE_NOOP("AuditModel", "删除"),
    "compute": QT_TRANSLATE_NOOP("AuditModel", "核算"),
    "submit": QT_TRANSLATE_NOOP("AuditModel", "提交审批"),
    "approve": QT_TRANSLATE_NOOP("AuditModel", "审批"),
    "reopen": QT_TRANSLATE_NOOP("AuditModel", "重新打开"),
    "login": QT_TRANSLATE_NOOP("AuditModel", "登录"),
    "logout": QT_TRANSLATE_NOOP("AuditModel", "退出登录"),
    "login_failed": QT_TRANSLATE_NOOP("AuditModel", "登录失败"),
    "restore": QT_TRANSLATE_NOOP("AuditModel", "恢复备份"),
    "chain_key": QT_TRANSLATE_NOOP("AuditModel", "启用密钥校验"),
    "accept_head": QT_TRANSLATE_NOOP("AuditModel", "接受审计日志现状"),
    "password": QT_TRANSLATE_NOOP("AuditModel", "修改密码"),
    "reset_password": QT_TRANSLATE_NOOP("AuditModel", "重置密码"),
}
TABLES = {  # tables the record declaration (ruralperf.domain.records) does not name
    "pay_runs": QT_TRANSLATE_NOOP("AuditModel", "绩效核算"),
    "users": QT_TRANSLATE_NOOP("AuditModel", "用户"),
    "settings": QT_TRANSLATE_NOOP("AuditModel", "设置"),
    "branches": QT_TRANSLATE_NOOP("AuditModel", "网点"),
    "calendar_years": QT_TRANSLATE_NOOP("AuditModel", "节假日年度"),
    "audit_log": QT_TRANSLATE_NOOP("AuditModel", "审计日志"),
}
VALUE_KEYS = {  # keys of the workflow's entries (the data pages name the others)
    "reason": QT_TRANSLATE_NOOP("AuditModel", "理由"),
    "net_total": QT_TRANSLATE_NOOP("AuditModel", "实发合计"),
    "content_hash": QT_TRANSLATE_NOOP("AuditModel", "内容哈希"),
    "role": QT_TRANSLATE_NOOP("AuditModel", "角色"),
    "kind": QT_TRANSLATE_NOOP("AuditModel", "类型"),  # of a holiday
    "note": QT_TRANSLATE_NOOP("AuditModel", "说明"),
    "rest_days": QT_TRANSLATE_NOOP("AuditModel", "休息日天数"),
    "make_up_workdays": QT_TRANSLATE_NOOP("AuditModel", "调休上班日天数"),
    "algorithm": QT_TRANSLATE_NOOP("AuditModel", "校验算法"),
    "key_id": QT_TRANSLATE_NOOP("AuditModel", "密钥编号"),
    "previous_key_id": QT_TRANSLATE_NOOP("AuditModel", "原密钥编号"),
    "password": QT_TRANSLATE_NOOP("AuditModel", "密码指纹"),
    "seq": QT_TRANSLATE_NOOP("AuditModel", "序号"),
    "hash": QT_TRANSLATE_NOOP("AuditModel", "校验值"),
}
SOURCES = {
    "import": QT_TRANSLATE_NOOP("AuditModel", "导入"),
    "form": QT_TRANSLATE_NOOP("AuditModel", "录入"),
    "payrun": QT_TRANSLATE_NOOP("AuditModel", "核算"),
    "workflow": QT_TRANSLATE_NOOP("AuditModel", "审批流程"),
    "users": QT_TRANSLATE_NOOP("AuditModel", "用户管理"),
    "demo": QT_TRANSLATE_NOOP("AuditModel", "演示数据"),
    "paste": QT_TRANSLATE_NOOP("AuditModel", "粘贴录入"),
    "integrity": QT_TRANSLATE_NOOP("AuditModel", "完整性检查"),
}


def _t(text: object) -> str:  # a QT_TRANSLATE_NOOP text (typed `object` by PySide6)
    return QCoreApplication.translate("AuditModel", str(text))


def action_label(action: str) -> str:
    return _t(ACTIONS[action]) if action in ACTIONS else action


def audit_table_label(table: str) -> str:
    return _t(TABLES[table]) if table in TABLES else table_label(table)


def source_label(source: str) -> str:
    """"import:branch.xlsx" -> "导入：branch.xlsx"."""
    kind, _, detail = (source or "").partition(":")
    if kind not in SOURCES:
        return source or ""
    if not detail:
        return _t(SOURCES[kind])
    return QCoreApplication.translate("AuditModel", "%1：%2").replace(
        "%1", _t(SOURCES[kind])).replace("%2", detail)


def value_key_label(table: str, key: str) -> str:
    if (table in TABLES or table == "holidays") and key in VALUE_KEYS:
        return _t(VALUE_KEYS[key])
    return column_label(table, key)


def values_text(raw: str | None, multiline: bool = False, table: str = "") -> str:
    """The stored JSON of old or new values as "column: value" pairs (column names in words
    where the data pages name them)."""
    if not raw:
        return ""
    try:
        values = json.loads(raw)
    except ValueError:
        return raw
    if not isinstance(values, dict):
        return str(values)
    keys = sorted(values, key=lambda k: k.endswith("hash"))  # hashes last: reasons first
    pairs = [f"{value_key_label(table, k)}: {'' if values[k] is None else values[k]}"
             for k in keys]
    return ("\n" if multiline else "; ").join(pairs)


class AuditModel(QAbstractTableModel):
    loaded = Signal(int, int)  # rows shown, rows matching
    failed = Signal(object)

    def __init__(self, owner, batch: int = BATCH):
        super().__init__(owner)
        self.owner = owner  # a widget with .ctx, for run_for
        self.batch = batch
        self.filter = None  # AuditFilter
        self._rows: list[dict] = []
        self._total = 0
        self._loading = False
        self._generation = 0

    def set_filter(self, audit_filter) -> None:
        self.filter = audit_filter
        self._generation += 1
        self.beginResetModel()
        self._rows, self._total, self._loading = [], 0, False
        self.endResetModel()
        self._request(0)

    def total(self) -> int:
        return self._total

    def row(self, index: int) -> dict | None:
        return self._rows[index] if 0 <= index < len(self._rows) else None

    def loading(self) -> bool:
        return self._loading

    # -- paging ------------------------------------------------------------------------------
    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and not self._loading and len(self._rows) < self._total

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802
        if self.canFetchMore(parent):
            self._request(len(self._rows))

    def _request(self, offset: int) -> None:
        generation, audit_filter, batch = self._generation, self.filter, self.batch
        view = self.owner.ctx.workspace.audit_view
        self._loading = True
        run_for(self.owner, lambda progress: view.page(audit_filter, offset, batch),
                on_done=lambda answer: self._arrived(generation, offset, *answer),
                on_error=lambda exc: self._failed(generation, exc))

    def _arrived(self, generation: int, offset: int, rows: list[dict], total: int) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._total = total
        if rows and offset == len(self._rows):
            self.beginInsertRows(QModelIndex(), offset, offset + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self.loaded.emit(len(self._rows), total)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._loading = False
            self.failed.emit(exc)

    # -- Qt model ----------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return _t(HEADERS[COLUMNS[section]])
        return None

    def data(self, index, role=Qt.DisplayRole):
        row = self.row(index.row()) if index.isValid() else None
        if row is None:
            return None
        key = COLUMNS[index.column()]
        value = row.get(key)
        if role == Qt.DisplayRole:
            if key == "action":
                return action_label(value)
            if key == "table_name":
                return audit_table_label(value)
            if key == "source":
                return source_label(value)
            if key in ("old_values", "new_values"):
                text = values_text(value, table=row.get("table_name") or "")
                return text if len(text) <= 120 else text[:119] + "…"
            return "" if value is None else str(value)
        if role == Qt.ToolTipRole:
            if key in ("old_values", "new_values"):
                return values_text(value, True, row.get("table_name") or "") or None
            if key in ("source", "record_key"):
                return value
            if key in ("action", "table_name"):
                return value  # the stored code, as the export writes it
        if role == Qt.TextAlignmentRole and key == "seq":
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.UserRole:
            return value
        return None
