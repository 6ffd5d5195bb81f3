"""Issue 15.5: one declaration per record table (ruralperf.domain.records) and every
enumeration declared once with its words (ruralperf.domain.enums).

The models, the import format, the browse tables and the window's names must agree with the
declaration, and no other module of ruralperf/ or ui/ may spell a table's, a status's or an
enumeration value's Chinese name as a string literal (docstrings and comments may: they are
prose). What may is listed in ALLOWED with the reason.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest
from sqlalchemy import String, Text, UniqueConstraint

from ruralperf.domain.enums import (RECORD_ENUMS, GuaranteeStatus, LimitationStatus,
                                   PayRunStatus)
from ruralperf.domain.records import TABLES, TABLES_BY_KEY

ROOT = Path(__file__).resolve().parents[2]
DECLARATION = {"ruralperf/domain/enums.py", "ruralperf/domain/records.py"}

# (module, word): why that module may spell it. Only words, never whole sentences: a sentence
# that names a table or a status is allowed by the word it contains.
_SENTENCES = "a sentence that mentions it (translated as a whole by Qt or by i18n)"
_COMPONENT = "a pay component or an indicator of the same name, not the table"
ALLOWED: dict[tuple[str, str], str] = {
    # pay components, indicators and the pay run's columns share words with tables
    **{(m, w): _COMPONENT for m, w in [
        ("ruralperf/cli_text.py", "调整"), ("ruralperf/reports/labels.py", "调整"),
        ("ruralperf/reports/labels.py", "中间业务"), ("ruralperf/reports/labels.py", "POS"),
        ("ruralperf/reports/statement_deferral.py", "追索扣回"),
        ("ruralperf/reports/summary_data.py", "追索扣回"),
        ("ruralperf/i18n_trust.py", "追索扣回"),  # the action "claw back"
        ("ui/workflow/labels.py", "调整"), ("ui/workflow/labels.py", "追索扣回"),
        ("ui/workflow/labels.py", "中间业务"), ("ui/workflow/labels.py", "利息收入"),
        ("ui/workflow/payrun_model.py", "银行卡"), ("ui/workflow/payrun_model.py", "POS"),
        ("ui/workflow/payrun_model.py", "代收代付"), ("ui/workflow/payrun_model.py", "不良清收"),
        ("ui/workflow/payrun_model.py", "调整"), ("ui/workflow/payrun_model.py", "追索扣回"),
        ("ui/workflow/explain.py", "追索扣回")]},
    # a column titled as a table: the limitation lists' guarantees (担保), a staff member (员工)
    ("ruralperf/cli_text.py", "担保"): "the limitation list's guarantees column",
    ("ruralperf/reports/labels.py", "担保"): "the limitation list's guarantees column",
    ("ui/workflow/limitation_model.py", "担保"): "the limitation list's guarantees column",
    ("ui/widgets/finding_list.py", "员工"): "a finding's staff member (a column)",
    ("ui/workflow/deferral_ledger_page.py", "员工"): "the staff member picker's caption",
    ("ui/records/loan_detail_pane.py", "管户变更"): "one manager history row's source (singular)",
    # 参数: a parameter, in the explanation, the simulation and the scheme wizard
    ("ruralperf/reports/labels.py", "参数"): "a statement's parameters column",
    ("ruralperf/reports/simulation_report.py", "参数"): "the simulation's parameter column",
    ("ui/session/wizard_scheme.py", "参数"): "the wizard's parameter column",
    ("ui/workflow/explain.py", "参数"): "the explanation's parameters column",
    ("ui/workflow/simulation_page.py", "参数"): "the simulation's parameter column",
    # 新增: the audit's and the import's "inserted", not the loan nature
    ("ui/records/detail_table.py", "新增"): "the action: add a row",
    ("ui/records/table_page.py", "新增"): "the action: add a record",
    ("ui/trust/audit_model.py", "新增"): "the audit action insert",
    ("ui/workflow/import_counts.py", "新增"): "an import's count of inserted rows",
    # sentences (the words inside are translated with the sentence)
    **{(m, w): _SENTENCES for m, w in [
        ("ruralperf/i18n.py", "任务目标"), ("ruralperf/i18n.py", "存款日均"),
        ("ruralperf/i18n.py", "不良清收"), ("ruralperf/i18n.py", "营销分成"),
        ("ruralperf/i18n.py", "时效中止"),
        ("ruralperf/domain/parameters.py", "中间业务"), ("ruralperf/domain/parameters.py", "利息收入"),
        ("ruralperf/domain/parameters.py", "不良清收"),
        ("ruralperf/reports/deferral_ledger_pdf.py", "追索扣回"),
        ("ruralperf/reports/explain.py", "利息收入"), ("ruralperf/reports/explain.py", "营销分成"),
        ("ruralperf/reports/labels.py", "利息收入"), ("ruralperf/reports/labels.py", "任务目标"),
        ("ruralperf/reports/labels.py", "已被新版本取代"),
        ("ruralperf/reports/statement_deferral.py", "追索扣回"),
        ("ruralperf/services/simulation.py", "追索扣回"),
        ("ui/charts/chart_dialog.py", "利息收入"),
        ("ui/records/clawbacks_page.py", "追索扣回"), ("ui/records/forms/loan_form.py", "营销分成"),
        ("ui/records/loan_detail_pane.py", "时效事件"), ("ui/records/loan_detail_pane.py", "月末台账"),
        ("ui/records/loan_detail_pane.py", "营销分成"), ("ui/records/targets_page.py", "任务目标"),
        ("ui/session/wizard_data.py", "月末台账"), ("ui/session/wizard_scheme.py", "不良清收"),
        ("ui/session/wizard_scheme.py", "方案参数"),
        ("ui/workflow/deferral_ledger_page.py", "追索扣回"),
        ("ui/workflow/explain.py", "任务目标"), ("ui/workflow/explain.py", "追索扣回"),
        ("ui/workflow/home_cards.py", "已失时效"), ("ui/workflow/home_cards.py", "利息收入"),
        ("ui/workflow/home_cards.py", "月末台账"), ("ui/workflow/home_cards.py", "存款日均"),
        ("ui/workflow/home_cards.py", "任务目标"), ("ui/workflow/home_cards.py", "不良清收"),
        ("ui/workflow/home_cards.py", "中间业务"), ("ui/workflow/home_page.py", "月末台账"),
        ("ui/workflow/limitation_actions.py", "临近到期"),
        ("ui/workflow/limitation_model.py", "已失时效"),
        ("ui/workflow/limitation_output.py", "临近到期"),
        ("ui/workflow/simulation_page.py", "方案参数"),
        *[("ui/workflow/import_page.py", w) for w in (  # the help text lists the sheets
            "营销分成", "管户变更", "月末台账", "利息收入", "存款日均", "中间业务", "不良清收",
            "时效事件", "任务目标")]]},
}


def _words() -> tuple[dict[str, str], dict[str, str]]:
    """(words no literal may equal, words no literal may contain): tables' and statuses'
    names; enumeration values' words (short and common, 正常 or 企业) only as a whole literal."""
    named = {}
    for t in TABLES:
        named[t.zh] = f"table {t.key}"
        if t.title_zh:
            named[t.title_zh] = f"table {t.key}"
    for enum in (LimitationStatus, GuaranteeStatus, PayRunStatus):
        for m in enum:
            named.setdefault(m.zh, f"{enum.__name__}.{m.name}")
    whole = dict(named)
    for enum in RECORD_ENUMS.values():
        for m in enum:
            whole.setdefault(m.zh, f"{enum.__name__}.{m.name}")
    return whole, {w: what for w, what in named.items() if len(w) >= 4}


def _literals(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef,
                                       ast.AsyncFunctionDef))
                  and node.body and isinstance(node.body[0], ast.Expr)
                  and isinstance(node.body[0].value, ast.Constant)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                and id(node) not in docstrings:
            yield node.lineno, node.value.strip()


def spelled_elsewhere(root: Path = ROOT) -> list[str]:
    whole, inside = _words()
    found = []
    for path in sorted([*(root / "ruralperf").rglob("*.py"), *(root / "ui").rglob("*.py")]):
        module = path.relative_to(root).as_posix()
        if module in DECLARATION:
            continue
        for line, text in _literals(path):
            hits = {w for w in whole if text == w} | {w for w in inside if w in text}
            found += [f"{module}:{line} spells {w!r} ({whole[w]})" for w in sorted(hits)
                      if (module, w) not in ALLOWED]
    return found


def test_no_module_spells_a_declared_name():
    assert spelled_elsewhere() == []


def test_the_guard_sees_a_new_spelling(tmp_path):
    """Re-adding a violation fails: a copy of a module with 月末台账 and 已失时效 spelled."""
    (tmp_path / "ruralperf").mkdir()
    (tmp_path / "ui").mkdir()
    (tmp_path / "ruralperf" / "x.py").write_text(
        'NAMES = {"snapshots": "月末台账", "lapsed": "已失时效"}\n', encoding="utf-8")
    (tmp_path / "ui" / "y.py").write_text(
        'def f(tr):\n    """月末台账 in a docstring is prose."""\n'
        '    return tr("共 3 条月末台账"), "农户"\n', encoding="utf-8")
    assert sorted(spelled_elsewhere(tmp_path)) == [
        "ruralperf/x.py:1 spells '已失时效' (LimitationStatus.LAPSED)",
        "ruralperf/x.py:1 spells '月末台账' (table snapshots)",
        "ui/y.py:3 spells '农户' (HouseholdKind.FARM)",
        "ui/y.py:3 spells '月末台账' (table snapshots)"]


def test_the_allow_list_has_no_stale_entry():
    whole, inside = _words()
    for (module, word), reason in ALLOWED.items():
        assert reason and word in whole, (module, word)
        texts = [t for _, t in _literals(ROOT / module)]
        assert any(t == word or (word in inside and word in t) for t in texts), (module, word)


def test_the_models_agree_with_the_declaration():
    """Same tables, same columns, same text lengths; every enumeration value fits."""
    from ruralperf.db.models import HolidayRow
    from ruralperf.io.apply import MODELS

    assert set(MODELS) | {"holidays"} == set(TABLES_BY_KEY)
    assert HolidayRow.__table__.c.name.type.length == TABLES_BY_KEY["holidays"].column(
        "note").length
    for spec in TABLES:
        if spec.key == "holidays":  # stored as day / is_workday / name
            continue
        table = MODELS[spec.key].__table__
        for column in spec.columns:
            db_type = table.c[column.key].type
            if isinstance(db_type, String) and not isinstance(db_type, Text) \
                    and db_type.length is not None:
                assert column.length == db_type.length, (spec.key, column.key)
            else:
                assert column.length is None, (spec.key, column.key)
            if column.enum is not None:
                assert max(len(m.value) for m in column.enum) <= db_type.length
        if spec.natural_key:  # the natural key is the table's unique constraint
            unique = [tuple(c.name for c in u.columns) for u in table.constraints
                      if isinstance(u, UniqueConstraint)]
            assert ("branch_id", *spec.natural_key) in unique, spec.key


def test_the_import_format_is_the_declaration():
    from ruralperf.io.sheets import ENUMS, SHEETS

    assert SHEETS is TABLES
    assert set(ENUMS) == set(RECORD_ENUMS)
    for name, enum in RECORD_ENUMS.items():
        assert ENUMS[name] == {m.zh: m.value for m in enum}
    kinds = {c.kind[5:] for t in TABLES for c in t.columns if c.kind.startswith("enum:")}
    assert kinds == set(RECORD_ENUMS)


def test_the_browse_tables_agree_with_the_declaration():
    from ruralperf.services.record_tables import TABLES as BROWSE

    for key, browse in BROWSE.items():
        spec = TABLES_BY_KEY[key]
        assert browse.natural == (spec.natural_key or ()), key
        own = {f.key for f in browse.fields}
        assert {c.key for c in spec.columns} <= own, key


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_window_names_what_is_declared(monkeypatch, lang):
    monkeypatch.setenv("RURALPERF_LANG", lang)
    from ui.records.labels import column_label, enum_label, status_label, table_label

    for spec in TABLES:
        assert table_label(spec.key) == spec.title(lang)
        for column in spec.columns:
            assert column_label(spec.key, column.key) == column.title(lang)
            for member in column.enum or ():
                assert enum_label(member.value) == member.label(lang)
    assert status_label("lapsed") == LimitationStatus.LAPSED.label(lang)
    assert status_label("released") == GuaranteeStatus.RELEASED.label(lang)
