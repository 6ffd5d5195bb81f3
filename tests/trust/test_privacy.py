"""Personal data: ID numbers masked for everyone but administrators (pages, forms, audit view
and its export); every export of personal data recorded in the audit trail."""
from __future__ import annotations

from ruralperf.reports.bundle import write_statements
from ruralperf.security.privacy import keep_unmasked, mask_id_number, mask_in_json
from ruralperf.services.audit_view import AuditFilter
from ruralperf.services.export import ExportColumn, export_view
from ruralperf.domain.periods import Quarter

PASSWORD = "secret-123"
ID = "330102199001011234"


def _accounts(ws):
    ws.add_user("boss", PASSWORD, "admin", "王主任")
    ws.login("boss", PASSWORD)
    ws.add_user("li", PASSWORD, "officer", "李娜", staff_no="E002")
    ws.add_user("audit", PASSWORD, "auditor", "审计员")


def _household(ws):
    # H02: all its loans are managed by li (E002), so he may edit it (issue 14.1)
    return ws.browse.find("households", household_no="H02")


def test_mask_rules():
    assert mask_id_number(ID) == "3301**********1234"
    assert mask_id_number("12345678") == "********" and mask_id_number(None) is None
    assert keep_unmasked("3301**********1234", ID) == ID
    assert keep_unmasked("330102199001019999", ID) == "330102199001019999"
    assert mask_in_json('{"id_number":"' + ID + '","name":"张三"}') == \
        '{"id_number":"3301**********1234","name":"张三"}'


def test_id_numbers_are_masked_except_for_administrators(golden_ws):
    _accounts(golden_ws)
    first = _household(golden_ws)
    golden_ws.records.save("households", {**{k: first[k] for k in ("household_no", "name",
                                                                      "kind")},
                                          "id_number": ID}, row_id=first["id"])
    assert _household(golden_ws)["id_number"] == ID  # the administrator sees it whole
    golden_ws.login("li", PASSWORD)
    shown = _household(golden_ws)
    assert shown["id_number"] == "3301**********1234"
    # the officer saves the household back with the masked number untouched: kept
    values = {k: shown[k] for k in ("household_no", "name", "kind", "id_number")}
    result = golden_ws.records.save("households", {**values, "name": shown["name"] + "甲"},
                                    row_id=shown["id"], expected=values)
    assert result.ok, result
    golden_ws.login("boss", PASSWORD)
    assert _household(golden_ws)["id_number"] == ID
    # the audit trail shows the number masked to the auditor, in the view and the export
    golden_ws.login("audit", PASSWORD)
    rows, _ = golden_ws.audit_view.page(AuditFilter(table="households"))
    assert rows and not any(ID in (r["old_values"] or "") + (r["new_values"] or "")
                            for r in rows)
    assert any("3301**********1234" in (r["new_values"] or "") for r in rows)


def test_every_export_of_personal_data_is_recorded(golden_ws, tmp_path):
    _accounts(golden_ws)
    golden_ws.login("audit", PASSWORD)
    export_view(golden_ws, "households", tmp_path / "households.xlsx",
                [ExportColumn("household_no", "客户号", "text"),
                 ExportColumn("id_number", "证件号码", "text")])
    golden_ws.audit_view.export_xlsx(tmp_path / "audit.xlsx")
    golden_ws.login("boss", PASSWORD)
    write_statements(golden_ws, Quarter(2025, 3), tmp_path / "out", workers=1)
    rows, _ = golden_ws.audit_view.page(AuditFilter(action="export"))
    seen = {(r["user"], r["table_name"], r["record_key"]) for r in rows}
    assert ("audit", "view:households", "households.xlsx") in seen
    assert ("audit", "audit", "audit.xlsx") in seen
    assert ("boss", "statements:2025Q3-v1", "out") in seen
    assert golden_ws.verify_audit().ok
