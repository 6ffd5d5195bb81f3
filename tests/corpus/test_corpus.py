"""Every malformed workbook of the corpus is rejected with a message in the user's language
and leaves the database exactly as it was."""
from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.corpus.make_corpus import build

ZIP_BOMB_LIMIT = 32 << 20  # the real limit is 2 GiB; the corpus bomb inflates to 64 MiB


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[Path]:
    return build(tmp_path_factory.mktemp("corpus"))


def dump(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def test_corpus_is_large_enough(corpus):
    assert len(corpus) >= 50


def test_every_malformed_workbook_is_rejected_and_changes_nothing(corpus, golden_ws, golden_db,
                                                                  monkeypatch):
    monkeypatch.setattr("ruralperf.io.reader.MAX_UNCOMPRESSED", ZIP_BOMB_LIMIT)
    before = dump(golden_db)
    accepted, silent = [], []
    for path in corpus:
        report = golden_ws.import_workbook(path)
        if report.ok:
            accepted.append(path.name)
            continue
        for problem in report.errors:
            zh, en = problem.message("zh_CN"), problem.message("en")
            if not zh or not en or "Traceback" in zh or zh == en:
                silent.append((path.name, zh))
    assert accepted == []
    assert silent == []
    assert dump(golden_db) == before


def test_cli_rejects_with_exit_1_and_no_traceback(corpus, golden_db):
    for name in ("random_bytes.xlsx", "truncated_50pct.xlsx", "loan_amount_text.xlsx"):
        path = next(p for p in corpus if p.name == name)
        out = subprocess.run([sys.executable, "-m", "ruralperf", "--db", str(golden_db),
                              "import", str(path)], capture_output=True, text=True, timeout=120)
        assert out.returncode == 1, (name, out.stderr)
        assert "Traceback" not in out.stderr and out.stderr.strip()
