"""`ruralperf import` on the command line (CLI.md): exit 0 on success, 1 when the workbook is
rejected, 2 on bad usage; errors on stderr in the user's language, never a traceback."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from ruralperf.cli import main
from tests.conftest import GOLDEN_WORKBOOK, REPO
from tests.io_import.helpers import dump, minimal, set_cell, write_workbook


def run_cli(*args, env=None):
    """The real command in a child process (as an administrator's script would run it)."""
    environment = {**os.environ, "PYTHONPATH": str(REPO), **(env or {})}
    environment.pop("RURALPERF_LANG", None)
    return subprocess.run([sys.executable, "-m", "ruralperf", *args], cwd=REPO, env=environment,
                          capture_output=True, text=True, timeout=120)


def test_golden_import_then_second_import_reports_no_changes(tmp_path, capsys):
    db = tmp_path / "new.db"
    assert main(["--db", str(db), "import", str(GOLDEN_WORKBOOK)]) == 0
    first = capsys.readouterr()
    assert first.out.splitlines()[0] == "导入完成：新增 204 条，更新 0 条，未变 0 条"
    assert first.err == ""
    tables = dump(db)

    assert main(["--db", str(db), "import", str(GOLDEN_WORKBOOK)]) == 0
    second = capsys.readouterr()
    assert second.out.splitlines()[0] == "导入完成：新增 0 条，更新 0 条，未变 204 条"
    assert second.out.splitlines()[-1] == "没有变化"
    assert dump(db) == tables


def test_rejected_workbook_exits_1_with_located_errors(tmp_path, base_db, capsys):
    sheets = minimal()
    set_cell(sheets, "贷款", 3, "贷款金额", 1.234)
    set_cell(sheets, "存款日均", 2, "工号", "S9")
    path = write_workbook(tmp_path / "bad.xlsx", sheets)
    before = dump(base_db)

    assert main(["--db", str(base_db), "import", str(path)]) == 1
    out = capsys.readouterr()
    assert out.err.splitlines() == ["贷款, 第 3 行, 贷款金额: 金额最多两位小数：1.234",
                                    "存款日均, 第 2 行, 工号: 工号不存在：S9",  # the same pass
                                    "导入被拒绝：共 2 处错误，数据库未作任何修改"]
    assert out.out == ""

    set_cell(sheets, "贷款", 3, "贷款金额", 120000)
    write_workbook(path, sheets)
    assert main(["--db", str(base_db), "--lang", "en", "import", str(path)]) == 1
    assert capsys.readouterr().err.splitlines() == [
        "存款日均, row 2, 工号: unknown staff number: S9",
        "import rejected: 1 errors; nothing was changed"]
    assert dump(base_db) == before


def test_the_real_command_rejects_a_non_workbook_with_exit_1_and_no_traceback(tmp_path,
                                                                              db_path):
    fake = tmp_path / "ledger.xlsx"
    fake.write_text("this is a CSV export, renamed\n")
    result = run_cli("--db", str(db_path), "import", str(fake))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines()[0] == \
        "ledger.xlsx: 无法读取该文件，不是有效的 Excel 工作簿（.xlsx）：ledger.xlsx"


@pytest.mark.parametrize("args", [
    ["import"], ["import", "a.xlsx", "--bogus"], ["--lang", "fr", "import", "a.xlsx"],
    ["importe", "a.xlsx"],
])
def test_bad_usage_exits_2(db_path, capsys, args):
    assert main(["--db", str(db_path), *args]) == 2
    err = capsys.readouterr().err
    assert "usage:" in err and "Traceback" not in err


@pytest.mark.parametrize("lang, summary, sheet_line", [
    (None, "试导入（未写入）：将新增 1 条，更新 1 条，未变 29 条", "  员工: +0 ~1 =2"),
    ("en", "dry run (nothing written): 1 new, 1 updated, 29 unchanged", "  staff: +0 ~1 =2"),
])
def test_dry_run_prints_counts_and_writes_nothing(tmp_path, base_db, capsys, lang, summary,
                                                  sheet_line):
    sheets = minimal()
    set_cell(sheets, "员工", 2, "姓名", "张三丰")
    sheets["调整"].append(["S2", "2025Q3", 10, "奖励"])
    path = write_workbook(tmp_path / "change.xlsx", sheets)
    before = dump(base_db)
    args = ["--db", str(base_db), *(["--lang", lang] if lang else []), "import", str(path),
            "--dry-run"]
    assert main(args) == 0
    out = capsys.readouterr()
    lines = out.out.splitlines()
    assert lines[0] == summary and sheet_line in lines
    assert out.err == ""
    assert dump(base_db) == before


def test_warnings_go_to_stderr_and_the_import_succeeds(tmp_path, base_db, capsys):
    sheets = minimal()
    sheets["备注"] = [["说明"], ["x"]]
    path = write_workbook(tmp_path / "extra.xlsx", sheets)
    assert main(["--db", str(base_db), "import", str(path)]) == 0
    out = capsys.readouterr()
    assert out.err.splitlines() == ["备注: 未知工作表，已忽略"]
    assert "没有变化" in out.out


def test_missing_file_exits_1(tmp_path, db_path, capsys):
    assert main(["--db", str(db_path), "--lang", "en", "import", str(tmp_path / "no.xlsx")]) == 1
    err = capsys.readouterr().err
    assert err.splitlines()[0].startswith("no.xlsx: file not found: ")
    assert "Traceback" not in err
