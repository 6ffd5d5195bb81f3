"""One database, several branches (a county union on PostgreSQL): each client chooses its branch
at start (`--branch CODE` or RURALPERF_BRANCH) and sees only that branch's records. An unknown
code is refused (a mistyped code never makes a new, empty branch); `init --branch CODE` adds a
branch explicitly, by an administrator, audited; a fresh database still gets its first branch."""
from __future__ import annotations

import contextlib
import io
import json

import pytest

from ruralperf.services.branches import UnknownBranch
from ruralperf.cli import main
from ruralperf.workspace import Workspace
from tests import pg_databases as pg
from tests.conftest import GOLDEN_WORKBOOK

PASSWORD = "secret-1"


def _cli(db, *argv) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--db", str(db), *argv])
    return code, out.getvalue(), err.getvalue()


def _branches(db) -> list[tuple]:
    return pg.query(db, "SELECT code, name FROM branches ORDER BY id")


@pytest.fixture
def fresh_db(tmp_path):
    """A database nothing has opened yet (no schema, no branch)."""
    return pg.create() if pg.ON_POSTGRES else tmp_path / "fresh.db"


def test_each_branch_sees_only_its_own_records(db_path, monkeypatch):
    assert _cli(db_path, "init", "--branch", "0002", "--branch-name", "城关")[0] == 0
    assert _cli(db_path, "--branch", "0002", "import", str(GOLDEN_WORKBOOK))[0] == 0
    code, text, _ = _cli(db_path, "--branch", "0002", "payrun", "2025Q3", "--json")
    assert code == 0 and len(json.loads(text)["staff"]) == 5
    code, text, _ = _cli(db_path, "payrun", "2025Q3", "--json")  # the first branch: nothing
    assert code == 0 and json.loads(text)["staff"] == []
    monkeypatch.setenv("RURALPERF_BRANCH", "0002")
    code, text, _ = _cli(db_path, "limitation", "--as-of", "2025-09-30", "--json")
    assert code == 0 and json.loads(text)["loans"]
    assert _branches(db_path) == [("0001", "本网点"), ("0002", "城关")]
    assert pg.query(db_path, "SELECT DISTINCT branch_id FROM loans") == [(2,)]


def test_an_unknown_code_is_refused_and_names_the_known_branches(db_path):
    with pytest.raises(UnknownBranch) as caught:
        Workspace.open(db_path, branch_code="0009", exclusive=True)
    assert caught.value.known == [("0001", "本网点")]
    assert "0009" in caught.value.message("zh_CN") and "0001 本网点" in caught.value.message("zh_CN")
    assert caught.value.message("en").startswith("this database has no branch with code 0009")
    assert _branches(db_path) == [("0001", "本网点")]
    Workspace.open(db_path, exclusive=True).close()  # the refused open released its lock


def test_the_command_line_refuses_an_unknown_code(db_path):
    code, out, err = _cli(db_path, "--lang", "en", "--branch", "0009", "payrun", "2025Q3",
                          "--json")
    assert code == 1 and out == ""
    assert "no branch with code 0009" in err and "0001 本网点" in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    code, _, err = _cli(db_path, "--branch", "0009", "import", str(GOLDEN_WORKBOOK))
    assert code == 1 and "0009" in err and "已有网点：0001 本网点" in err
    assert _branches(db_path) == [("0001", "本网点")]
    assert pg.query(db_path, "SELECT count(*) FROM loans") == [(0,)]


def test_an_unknown_code_in_the_variable_is_refused(db_path, monkeypatch):
    monkeypatch.setenv("RURALPERF_BRANCH", "0009")
    with pytest.raises(UnknownBranch):
        Workspace.open(db_path)
    code, _, err = _cli(db_path, "limitation", "--as-of", "2025-09-30")
    assert code == 1 and "0009" in err and "Traceback" not in err
    assert _branches(db_path) == [("0001", "本网点")]


def test_a_fresh_database_gets_its_first_branch(fresh_db, tmp_path):
    with Workspace.open(fresh_db, branch_code="0005") as ws:
        assert ws.branch == ("0005", "本网点")
    assert _branches(fresh_db) == [("0005", "本网点")]
    other = pg.create() if pg.ON_POSTGRES else tmp_path / "other.db"
    assert _cli(other, "init")[0] == 0
    assert _branches(other) == [("0001", "本网点")]


def test_init_names_the_first_branch_of_a_fresh_database(fresh_db):
    code, out, _ = _cli(fresh_db, "init", "--branch", "0003", "--branch-name", "城关")
    assert code == 0 and "数据库已就绪" in out
    assert _branches(fresh_db) == [("0003", "城关")]


def test_init_adds_a_branch_explicitly_and_audited(db_path):
    code, out, _ = _cli(db_path, "--lang", "en", "init", "--branch", "0002",
                        "--branch-name", "城关")
    assert code == 0 and "branch added: 0002 城关" in out
    assert _branches(db_path) == [("0001", "本网点"), ("0002", "城关")]
    entries = pg.query(db_path, "SELECT branch_id, action, table_name, new_values FROM audit_log"
                                " WHERE table_name = 'branches'")
    assert len(entries) == 1 and entries[0][:3] == (2, "insert", "branches")
    assert "城关" in entries[0][3]
    # Again: the branch is there, nothing added; the global option works as well.
    code, out, _ = _cli(db_path, "--branch", "0002", "init")
    assert code == 0 and "已新增" not in out
    assert len(_branches(db_path)) == 2
    with Workspace.open(db_path, branch_code="0002") as ws:
        assert ws.verify_audit().ok


def test_adding_a_branch_needs_an_administrator(db_path, monkeypatch):
    with Workspace.open(db_path) as ws:
        ws.add_user("boss", PASSWORD, "admin")
        ws.add_user("li", PASSWORD, "officer")
    monkeypatch.delenv("RURALPERF_USER", raising=False)
    monkeypatch.setenv("RURALPERF_PASSWORD", PASSWORD)
    assert _cli(db_path, "init", "--branch", "0002")[0] == 1  # nobody signed in
    code, _, err = _cli(db_path, "--user", "li", "init", "--branch", "0002")
    assert code == 1 and "li" in err
    assert len(_branches(db_path)) == 1
    assert _cli(db_path, "--user", "boss", "init", "--branch", "0002")[0] == 0
    assert pg.query(db_path, "SELECT \"user\" FROM audit_log WHERE table_name = 'branches'") \
        == [("boss",)]


def test_a_branch_name_without_a_code_is_bad_usage(db_path):
    code, _, err = _cli(db_path, "init", "--branch-name", "城关")
    assert code == 2 and "--branch" in err


def test_branch_codes_that_do_not_fit_or_are_taken_are_user_errors(db_path):
    from ruralperf.errors import UserError

    ws = Workspace.open(db_path)
    try:
        with pytest.raises(UserError) as long_code:
            ws.add_branch("X" * 21, "太长")
        assert long_code.value.code == "branch_code_invalid"
        ws.add_branch("0002", "第二网点")
        with pytest.raises(UserError) as taken:
            ws.set_branch("0001", "改名")  # the workspace now works on 0002
        assert taken.value.code == "branch_code_taken" and "本网点" in taken.value.message()
        ws.set_branch("0002", "第二网点（新名）")
        assert ws.branch == ("0002", "第二网点（新名）")
    finally:
        ws.close()
