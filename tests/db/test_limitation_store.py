"""Stored limitation lists (ruralperf.services.limitation_store, issues 17 and 22): shown again while
nothing the list reads has changed, computed again after any change (the triggers of migration
0009 move the data version on whoever writes), identical to a fresh computation."""
from __future__ import annotations

from datetime import date

from sqlalchemy import text

from ruralperf.services import limitation_store as store
from ruralperf.db.engine import read_session, write_session
from ruralperf.services.limitation_report import limitation_report
from ruralperf.workspace import Workspace

AS_OF = date(2025, 9, 30)


def _version(ws) -> int:
    with read_session(ws.engine) as s:
        return store.data_version(s)


def _stored(ws) -> list:
    with read_session(ws.engine) as s:
        return s.execute(text("SELECT as_of, version FROM limitation_results")).all()


def test_the_stored_list_is_the_computed_one_and_survives_a_restart(golden_db):
    with Workspace.open(golden_db) as ws:
        fresh = limitation_report(ws.engine, ws.branch_id, AS_OF)
        assert ws.limitation(AS_OF) == fresh
        assert len(_stored(ws)) == 1
        assert store.decode(store.encode(fresh)) == fresh
    with Workspace.open(golden_db) as ws:  # the next start: read, not computed
        computed = []
        ws_report = store.cached(ws.engine, ws.branch_id, AS_OF,
                                 lambda: computed.append(1), {})
        assert ws_report == fresh and computed == []


def test_every_table_the_list_reads_moves_the_version_on(golden_db):
    with Workspace.open(golden_db) as ws:
        before = ws.limitation(AS_OF)
        changes = [
            "UPDATE snapshots SET balance = balance + 1 WHERE id = (SELECT min(id) FROM snapshots)",
            "UPDATE loans SET amount = amount WHERE id = (SELECT min(id) FROM loans)",
            "DELETE FROM limitation_events WHERE id = (SELECT min(id) FROM limitation_events)",
            "INSERT INTO guarantees (branch_id, contract_no, guarantor, kind, period_months) "
            "SELECT branch_id, contract_no, '保证人甲', 'joint_several', 6 FROM loans "
            "WHERE maturity_on < '2025-09-01' LIMIT 1",
            "DELETE FROM reassignments WHERE id = (SELECT min(id) FROM reassignments)",
            "DELETE FROM holidays WHERE day = (SELECT min(day) FROM holidays)",
            "INSERT INTO calendar_years (year) VALUES (1999)",
        ]
        for sql in changes:
            version = _version(ws)
            with write_session(ws.engine) as s:  # a hand-made fix, not through the facade
                s.execute(text(sql))
            assert _version(ws) > version, sql
        again = ws.limitation(AS_OF)
        assert again == limitation_report(ws.engine, ws.branch_id, AS_OF)
        assert again != before


def test_a_receipt_shows_at_once(golden_db):
    with Workspace.open(golden_db) as ws:
        first = ws.limitation(AS_OF)
        warning = next(r for r in first.loans if r.status == "warning")
        result = ws.record_receipt(warning.contract_no, AS_OF, "本人")
        assert result.ok
        row = next(r for r in ws.limitation(AS_OF).loans
                   if r.contract_no == warning.contract_no)
        assert row.status != "warning"


def test_other_rules_or_an_unreadable_body_compute_again(golden_db, monkeypatch):
    with Workspace.open(golden_db) as ws:
        fresh = ws.limitation(AS_OF)
        with write_session(ws.engine) as s:
            s.execute(text("UPDATE limitation_results SET body = :b"), {"b": b"garbage"})
        assert store.cached(ws.engine, ws.branch_id, AS_OF, lambda: "computed", {}) == \
            "computed"
        with write_session(ws.engine) as s:
            store.save(s, ws.branch_id, fresh, _version(ws))
        monkeypatch.setattr(store, "RULES", "other rules")
        assert store.cached(ws.engine, ws.branch_id, AS_OF, lambda: "computed", {}) == \
            "computed"


def _summary_from(report, as_of):
    """services.overview's summary of a whole list, computed apart (what the card shows)."""
    class Whole:
        def limitation(self, *_a, **_k):
            return report
    from ruralperf.services.overview import Overview
    return Overview(Whole()).limitation_summary(as_of)


def test_the_home_summary_reads_its_stored_part_only_and_is_the_same(golden_db, monkeypatch):
    """Issue 22: the summary's rows are stored apart from the whole list; the next start
    decodes them alone, and the summary they give is the one of the whole list."""
    from ruralperf.services.overview import DUE_BUCKETS

    assert max(DUE_BUCKETS) == store.SUMMARY_DAYS
    dates = [date(2024, 12, 31), AS_OF, date(2026, 3, 31), date(2027, 6, 30)]
    with Workspace.open(golden_db) as ws:
        wholes = {d: ws.limitation(d) for d in dates}
        first = {d: ws.overview.limitation_summary(d) for d in dates}
    with Workspace.open(golden_db) as ws:  # the next start: the parts, never the whole lists
        parts = []
        real = store._decode
        monkeypatch.setattr(store, "_decode", lambda blob: parts.append(len(blob)) or real(blob))
        again = {d: ws.overview.limitation_summary(d) for d in dates}
    assert len(parts) == len(dates)
    for d in dates:
        whole = wholes[d]
        assert again[d] == first[d] == _summary_from(whole, d), d
        part = store.summary_part(whole)
        assert store.decode(store.encode(whole), summary=True) == part
        assert len(part.loans) < len(whole.loans) or not whole.loans


def test_the_summary_part_keeps_every_row_the_summary_reads(golden_db):
    """Every row a summary lists is in the part, whatever its status (generated statuses)."""
    from dataclasses import replace

    with Workspace.open(golden_db) as ws:
        whole = ws.limitation(AS_OF)
    statuses = ["closed", "execution", "execution_lapsed", "judgment", "litigation",
                "beyond_maximum", "lapsed", "suspended", "restored", "warning", "running"]
    rows = []
    for i, row in enumerate(whole.loans * 4):
        status = statuses[i % len(statuses)]
        counts = status in ("warning", "running", "restored") or i % 3
        rows.append(replace(row, contract_no=f"X{i:04d}", status=status,
                            days_left=(i * 7) % 200 - 20 if counts else None,
                            accountability=i % 5 == 0))
    big = replace(whole, loans=tuple(rows))
    part = store.decode(store.encode(big), summary=True)
    assert _summary_from(part, AS_OF) == _summary_from(big, AS_OF)
