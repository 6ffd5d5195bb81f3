"""`ruralperf statements QUARTER --out DIR` and the folder writer behind it."""
from __future__ import annotations

from pathlib import Path

from ruralperf.cli import main
from ruralperf.reports.bundle import write_statements
from ruralperf.domain.periods import Quarter
from tests.reports.conftest import needs_poppler, pdftotext


@needs_poppler
def test_cli_statements(golden_db, tmp_path):
    out = tmp_path / "out"
    assert main(["--db", str(golden_db), "statements", "2025Q3", "--out", str(out)]) == 0
    names = sorted(p.name for p in out.iterdir())
    assert names == ["2025Q3-v1_绩效工资单_E001_张伟.pdf", "2025Q3-v1_绩效工资单_E002_李娜.pdf",
                     "2025Q3-v1_绩效工资单_E003_王强.pdf", "2025Q3-v1_绩效工资单_E004_赵敏.pdf",
                     "2025Q3-v1_绩效工资单_E005_孙丽.pdf", "2025Q3-v1_绩效工资汇总表.pdf",
                     "2025Q3-v1_绩效工资汇总表.xlsx"]
    text = pdftotext(out / "2025Q3-v1_绩效工资单_E001_张伟.pdf")
    assert "4,652.92" in text and "肆仟陆佰伍拾贰元玖角贰分" in text
    assert not any(p.name.startswith(".~") for p in out.iterdir())  # no temporary files left


def test_uses_the_stored_run_or_computes_one(golden_ws, tmp_path):
    assert golden_ws.stored_pay_run(Quarter(2025, 3)) is None
    files = write_statements(golden_ws, Quarter(2025, 3), tmp_path / "a")
    stored = golden_ws.stored_pay_run(Quarter(2025, 3))
    assert stored is not None and stored.label == "2025Q3-v1"
    assert len(files) == len(stored.result.staff) + 2
    assert all(isinstance(p, Path) and p.stat().st_size > 1000 for p in files)
    seen = []
    write_statements(golden_ws, Quarter(2025, 3), tmp_path / "b", lang="en",
                     progress=lambda i, n, what: seen.append((i, n)))
    assert golden_ws.stored_pay_run(Quarter(2025, 3)).version == 1  # not computed again
    assert seen[-1] == (len(files), len(files))
