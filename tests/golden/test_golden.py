"""Issue 3 acceptance: the golden branch reproduced exactly through the real CLI entry point,
compared with the rules of ../shared/tools/golden_diff.py.

Both are compared with the second edition's files (../shared/golden2): the pay run (issue 16) and
the limitation list (issue 17). The first edition's files retired with them."""
from __future__ import annotations

import contextlib
import importlib.util
import io
import json

import pytest

from ruralperf.cli import main
from tests import pg_databases as pg
from tests.conftest import GOLDEN, GOLDEN_WORKBOOK, SHARED

GOLDEN_DIFF = SHARED / "tools" / "golden_diff.py"
GOLDEN2 = GOLDEN  # the second edition

def _golden_diff():
    spec = importlib.util.spec_from_file_location("golden_diff", GOLDEN_DIFF)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.diff


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    """(payrun JSON, limitation JSON) printed by the CLI on a new database."""
    mp = pytest.MonkeyPatch()
    home = tmp_path_factory.mktemp("golden-cli")
    mp.setenv("RURALPERF_LOG", str(home / "ruralperf.log"))
    mp.setenv("XDG_DATA_HOME", str(home / "data"))
    mp.delenv("RURALPERF_DB", raising=False)
    db = pg.create() if pg.ON_POSTGRES else str(home / "golden.db")
    def run(*argv):
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            code = main(["--db", db, *argv])
        return code, out.getvalue()

    try:
        code, _ = run("import", str(GOLDEN_WORKBOOK))
        assert code == 0
        code, payrun = run("payrun", "2025Q3", "--json")
        assert code == 0
        code, limitation = run("limitation", "--as-of", "2025-09-30", "--json")
        assert code == 0
    finally:
        mp.undo()
    return json.loads(payrun), json.loads(limitation)


def test_golden2_pay_run_reproduced(outputs):
    expected = json.loads((GOLDEN2 / "expected_payrun_2025Q3.json").read_text(encoding="utf-8"))
    differences: list[str] = []
    _golden_diff()(expected, outputs[0], "$", differences)
    assert differences == []


def test_golden2_limitation_reproduced(outputs):
    expected = json.loads((GOLDEN2 / "expected_limitation_2025-09-30.json")
                          .read_text(encoding="utf-8"))
    differences: list[str] = []
    _golden_diff()(expected, outputs[1], "$", differences)
    assert differences == []


def test_golden_diff_detects_a_difference(outputs):
    """The comparison is live: a one-fen change is reported."""
    expected = json.loads((GOLDEN / "expected_payrun_2025Q3.json").read_text(encoding="utf-8"))
    actual = json.loads(json.dumps(outputs[0]))
    actual["staff"][-1]["net"] = "0.01" if actual["staff"][-1]["net"] != "0.01" else "0.02"
    differences: list[str] = []
    _golden_diff()(expected, actual, "$", differences)
    assert len(differences) == 1 and differences[0].startswith("$.staff[")
