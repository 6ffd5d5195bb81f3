"""Opening a database whose schema is current does not import Alembic (0.15 s of every start,
issue 22): the newest revision is read from the migrations' file names, which must name
Alembic's own head; anything else takes Alembic's path, which migrates."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from alembic.script import ScriptDirectory

from ruralperf.db.engine import MIGRATIONS, alembic_config, head_revision, make_engine

REPO = Path(__file__).resolve().parents[2]


def test_the_file_names_name_alembic_s_head(tmp_path):
    engine = make_engine(str(tmp_path / "x.db"))
    script = ScriptDirectory.from_config(alembic_config(engine))
    assert head_revision() == script.get_current_head()
    for revision in script.walk_revisions():  # one line, each file named by its revision
        assert Path(revision.path).name.startswith(revision.revision + "_")
    assert len(list((MIGRATIONS / "versions").glob("*.py"))) == len(list(script.walk_revisions()))


def test_opening_a_current_database_leaves_alembic_unimported(tmp_path):
    db = tmp_path / "current.db"
    code = ("import sys; from ruralperf.workspace import Workspace; "
            f"Workspace.open({str(db)!r}).close(); w = Workspace.open({str(db)!r}); "
            "print('alembic' in sys.modules)")
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           cwd=REPO, check=True)
    assert first.stdout.strip() == "True"  # the first opening created the schema
    again = subprocess.run([sys.executable, "-c", code.replace(
        f"Workspace.open({str(db)!r}).close(); ", "")], capture_output=True, text=True,
                           cwd=REPO, check=True)
    assert again.stdout.strip() == "False"
