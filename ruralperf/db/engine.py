"""Engine setup: SQLite PRAGMAs (WAL, foreign keys, busy timeout), write transactions that take
the write lock up front (BEGIN IMMEDIATE on SQLite, a transaction-level advisory lock on
PostgreSQL), Alembic migrations on open.

One writer at a time, on both: a write transaction starts after every earlier one committed and
sees all of it, so its reads-then-writes (an import's upsert, the audit trail's next entry, a
pay run's next version) never race another client's. Readers never wait."""
from __future__ import annotations

import weakref
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
WRITE_LOCK = 0x7275_7261  # the PostgreSQL advisory lock key every write transaction takes
BUSY_TIMEOUT_MS = 10_000
# SQLite's page cache per connection (negative: KiB). The default 2 MB makes a county-size
# import spill dirty pages to the WAL mid-transaction and re-read index pages from the file.
CACHE_KIB = 16 * 1024
# engine -> a check called before every write transaction; it raises to refuse the write (a
# large file whose quick check still runs in the background, or failed: Workspace, issue 22)
_WRITE_CHECKS: "weakref.WeakKeyDictionary[Engine, Callable[[], None]]" = \
    weakref.WeakKeyDictionary()


def check_writes(engine: Engine, check: Callable[[], None] | None) -> None:
    """Call `check()` before each write transaction of `engine` (None: no more checks)."""
    if check is None:
        _WRITE_CHECKS.pop(engine, None)
    else:
        _WRITE_CHECKS[engine] = check


def url_for(db: str) -> str:
    """A SQLAlchemy URL for a path or URL given on the command line."""
    if "://" in db:
        if db.startswith("postgresql://"):
            return "postgresql+psycopg://" + db[len("postgresql://"):]
        return db
    return f"sqlite:///{Path(db).expanduser().resolve()}"


def make_engine(db: str) -> Engine:
    url = url_for(db)
    if not url.startswith("sqlite"):
        return create_engine(url, pool_pre_ping=True)
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


def head_revision() -> str | None:
    """The newest migration's revision, from the file names (`NNNN_what.py`, one line of
    revisions each naming its file: tests/db checks this is Alembic's head), without importing
    Alembic (0.15 s of every start); None when the files are not there."""
    names = [p.name[:4] for p in (MIGRATIONS / "versions").glob("[0-9][0-9][0-9][0-9]_*.py")]
    return max(names, default=None)


def current_revision(conn: Connection) -> str | None:
    """The revision the database's schema is at (Alembic's own table), or None."""
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def alembic_config(engine: Engine) -> "Config":
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    # ConfigParser treats "%" as interpolation: a percent-encoded path (Chinese user names
    # on Windows: C:\Users\张三) must be escaped.
    cfg.set_main_option("sqlalchemy.url",
                        engine.url.render_as_string(hide_password=False).replace("%", "%%"))
    cfg.attributes["engine"] = engine
    return cfg


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest migration (creates it from nothing). On PostgreSQL two
    clients starting at once take turns (the second finds the schema current)."""
    from alembic import command

    if engine.dialect.name != "postgresql":
        command.upgrade(alembic_config(engine), "head")
        return
    with engine.connect() as conn:
        conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": WRITE_LOCK})
        try:
            command.upgrade(alembic_config(engine), "head")
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": WRITE_LOCK})
            conn.commit()


def take_write_lock(conn: Connection) -> None:
    """Called first in every write transaction (SQLite took its lock with BEGIN IMMEDIATE)."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": WRITE_LOCK})


@contextmanager
def write_session(engine: Engine) -> Iterator[Session]:
    """One write transaction: committed on success, rolled back on any error; refused before
    it starts while the engine's write check says so (`check_writes`)."""
    check = _WRITE_CHECKS.get(engine)
    if check is not None:
        check()
    with engine.connect().execution_options(sqlite_begin="IMMEDIATE") as conn:
        with Session(bind=conn, expire_on_commit=False) as session:
            with session.begin():
                take_write_lock(session.connection())
                yield session


@contextmanager
def read_session(engine: Engine) -> Iterator[Session]:
    with Session(bind=engine, expire_on_commit=False) as session:
        with session.begin():
            yield session
