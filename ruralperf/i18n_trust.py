"""Messages of the tamper checks (issue 14.4) and the words that replace identifiers in
"access denied" messages: a Chinese screen shows 管理员 and 审批核算, never `admin` or
`approve` (merged into ruralperf.i18n.MESSAGES)."""
from __future__ import annotations

from ruralperf.domain.records import TABLES

TRUST_MESSAGES: dict[str, tuple[str, str]] = {
    "audit_reason_missing": ("该条记录缺失，可能被删除", "the entry is missing: it may have been deleted"),
    "audit_reason_altered": ("该条记录的内容与其校验值不符，可能被改动", "the entry does not match its check value: it may have been edited"),
    "audit_reason_key_unknown": ("从该条起使用另一台电脑的密钥校验，本机没有此密钥，无法核验",
                                 "from this entry on the trail is keyed with another computer's key, which this computer does not have: it cannot be checked"),
    "audit_head_missing": ("审计日志的最后若干条或全部记录已被删除：本机上次记录到第 {seq} 条，数据库中现在只到第 {last} 条。"
                           "请管理员核查（可从备份恢复），软件不会自动修复",
                           "the last entries of the audit trail, or all of them, have been deleted: this computer last saw entry {seq}, "
                           "the database now ends at entry {last}. An administrator must check it (a backup can be restored); nothing is repaired automatically"),
    "audit_head_changed": ("审计日志第 {seq} 条与本机上次记录的不同（数据库现有 {last} 条），审计日志可能被改写。"
                           "请管理员核查，软件不会自动修复",
                           "entry {seq} of the audit trail differs from the one this computer last saw (the database has {last} entries): "
                           "the trail may have been rewritten. An administrator must check it; nothing is repaired automatically"),
    "audit_key_unknown": ("审计日志使用的密钥（编号 {key_id}）不在本机，无法核验：请管理员在本机登录一次（软件用其密码从数据库中取回密钥），"
                          "或从原电脑复制密钥文件",
                          "the audit trail is keyed with a key ({key_id}) this computer does not have, so it cannot be checked: an "
                          "administrator signs in once on this computer (the key is taken from the database with his password), or copy "
                          "the key file from the original computer"),
    "audit_key_missing": ("本机没有该数据库审计日志的密钥（编号 {value}），不能写入；请向联社管理员索取密钥"
                          "（环境变量 RURALPERF_AUDIT_KEY 或 RURALPERF_AUDIT_KEY_FILE）",
                          "this computer lacks the key of the database's audit trail ({value}) and cannot write; ask the union's "
                          "administrator for it (RURALPERF_AUDIT_KEY or RURALPERF_AUDIT_KEY_FILE)"),
    "account_tampered": ("账户 {user} 与审计记录不符（数据库文件可能被改动），不能登录；请其他管理员核查",
                         "account {user} no longer matches the audit trail (the database file may have been edited) and cannot sign in; another administrator must check it"),
    "account_tampered_found": ("账户 {user} 的{fields}与审计记录不符，数据库文件可能被改动；请核查，软件不会自动修复",
                               "the {fields} of account {user} no longer match the audit trail; the database file may have been edited; check it, nothing is repaired automatically"),
    "account_field_role": ("角色", "role"),
    "account_field_staff_no": ("员工编号", "staff number"),
    "account_field_active": ("启用状态", "active flag"),
    "account_field_password": ("密码", "password"),
    "list_separator": ("、", ", "),
    "integrity_problems": ("数据库完整性检查发现 {n} 个问题", "the integrity check found {n} problems"),
    "restore_seal_broken": ("其审计日志与备份时写下的封签不符（备份后被删改）",
                            "its audit trail does not match the seal written when it was taken (edited since)"),
    "restore_unsealed": ("它没有有效的审计封签，且其审计日志不是本数据库审计日志的前一段",
                         "it has no valid audit seal and its audit trail is not an earlier part of this database's"),
    "head_accepted": ("已接受审计日志现状（到第 {seq} 条），已记入审计日志", "the audit trail as it is now (to entry {seq}) was accepted, and this was audited"),
    # "access denied": roles and actions in words
    "role_admin": ("管理员", "administrator"),
    "role_officer": ("客户经理", "credit officer"),
    "role_auditor": ("审计员", "auditor"),
    "action_view": ("查看", "view"),
    "action_enter_data": ("录入数据", "enter data"),
    "action_import": ("导入", "import"),
    "action_edit_parameters": ("修改参数", "change parameters"),
    "action_compute": ("核算", "compute pay runs"),
    "action_submit": ("提交审批", "submit pay runs"),
    "action_approve": ("审批核算", "approve pay runs"),
    "action_reopen": ("重新打开季度", "reopen quarters"),
    "action_confirm": ("确认录入", "confirm entries"),
    "action_clawback": ("追索扣回", "claw back"),
    "action_manage_users": ("管理用户", "manage users"),
    "action_backup": ("备份", "back up"),
    "action_restore": ("恢复备份", "restore a backup"),
    "action_statements": ("查看全部明细表", "read all statements"),
    "action_own_statement": ("查看本人明细表", "read his own statement"),
    "action_export": ("导出", "export"),
    "action_audit": ("查看审计日志", "read the audit trail"),
    "action_write": ("修改{table}", "change {table}"),
    "action_other": ("此项操作", "this action"),
    # the record tables by name (domain.records), as in "change {table}"
    **{f"table_{t.key}": (t.zh, t.en_lower) for t in TABLES},
    "table_other": ("该数据", "this data"),
}


def access_words(params: dict, lang: str, tr) -> dict:
    """The parameters of "access_denied" with the role and the action in words."""
    out = dict(params)
    role = params.get("role")
    if role is not None:
        out["role"] = tr(f"role_{role}", lang) if f"role_{role}" in TRUST_MESSAGES else role
    action = str(params.get("action", ""))
    if action.startswith("write:"):
        table = action[len("write:"):]
        code = f"table_{table}" if f"table_{table}" in TRUST_MESSAGES else "table_other"
        out["action"] = tr("action_write", lang, table=tr(code, lang))
    elif action:
        code = f"action_{action}"
        out["action"] = tr(code if code in TRUST_MESSAGES else "action_other", lang)
    return out
