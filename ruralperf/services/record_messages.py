"""Messages of record entry and deletion (Simplified Chinese first, English), worded like
`ruralperf.i18n` and falling back to it for the import's own codes."""
from __future__ import annotations

from ruralperf.domain.records import table
from ruralperf.i18n import MESSAGES as CORE_MESSAGES
from ruralperf.i18n import current_lang


def _count(table_key: str) -> str:
    """"{n} 条月末台账": a count of a table's rows, the table named as declared."""
    return "{n} 条" + table(table_key).zh


MESSAGES: dict[str, tuple[str, str]] = {
    "record_exists": ("{what} {key} 已存在，请打开原记录修改", "{what} {key} already exists; edit that record"),
    "record_missing": ("该记录已不存在（可能已被删除），请刷新", "the record no longer exists (deleted?); refresh"),
    "record_changed": ("该记录已被其他用户修改，请刷新后再改",
                       "someone else changed this record meanwhile; refresh it and edit again"),
    "still_referenced": ("不能删除{what} {key}：仍被 {refs} 引用，请先删除或改挂这些记录",
                         "cannot delete {what} {key}: still used by {refs}; delete or move those first"),
    "key_change_referenced": ("不能修改{what} {key} 的编号：仍被 {refs} 引用",
                              "cannot change the number of {what} {key}: still used by {refs}"),
    "referenced_generic": ("该记录仍被其他数据引用，不能删除或修改编号",
                           "the record is still used by other data; cannot delete it or change its number"),
    "builtin_parameter": ("内置默认值不能删除", "the built-in default cannot be deleted"),
    "nothing_to_save": ("没有需要保存的内容", "nothing to save"),
    "save_failed": ("保存失败，已记录到日志：{value}", "saving failed, written to the log: {value}"),
    # what a record is, for the messages above
    "what_staff": (table("staff").zh, "staff member"),
    "what_households": (table("households").zh, "household"),
    "what_loans": (table("loans").zh, "loan"),
    "what_parameters": (table("parameters").zh, "parameter"),
    "what_record": ("记录", "record"),
    # references, "{n}" counts
    "ref_loans_manager": ("{n} 笔贷款（管户）", "{n} loans (as manager)"),
    "ref_loans_household": ("{n} 笔贷款", "{n} loans"),
    "ref_credits": (_count("credits"), "{n} marketing credits"),
    "ref_reassignments": (_count("reassignments"), "{n} manager changes"),
    "ref_snapshots": (_count("snapshots"), "{n} month-end ledger rows"),
    "ref_interest": (_count("interest"), "{n} interest income rows"),
    "ref_deposits": (_count("deposits"), "{n} deposit averages"),
    "ref_items": (_count("items"), "{n} intermediate-business rows"),
    "ref_recoveries": (_count("recoveries"), "{n} NPL recoveries"),
    "ref_limitation_events": (_count("limitation_events"), "{n} limitation events"),
    "ref_targets": (_count("targets"), "{n} targets"),
    "ref_adjustments": (_count("adjustments"), "{n} adjustments"),
    "ref_clawbacks": (_count("clawbacks"), "{n} clawbacks"),
}


def say(code: str, lang: str | None = None, **params) -> str:
    """The message for `code`, from this table or the core's."""
    lang = lang or current_lang()
    zh, en = MESSAGES.get(code) or CORE_MESSAGES.get(code, (code, code))
    template = en if lang.startswith("en") else zh
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template


def join_refs(parts: list[str], lang: str | None = None) -> str:
    lang = lang or current_lang()
    return (", " if lang.startswith("en") else "、").join(parts)
