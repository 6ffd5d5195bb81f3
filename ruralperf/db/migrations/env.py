"""Alembic environment: online migrations on the application's engine, batch mode for SQLite."""
from alembic import context
from sqlalchemy import create_engine

from ruralperf.db.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_offline() -> None:
    context.configure(url=config.get_main_option("sqlalchemy.url"),
                      target_metadata=target_metadata, literal_binds=True,
                      render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    engine = config.attributes.get("engine") or create_engine(_url())
    with engine.connect().execution_options(sqlite_begin="IMMEDIATE") as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            # Batch migrations rebuild tables: foreign keys must be off (outside a transaction)
            # or dropping a parent table would cascade.
            _raw_pragma(connection, "PRAGMA foreign_keys=OFF")
        context.configure(connection=connection, target_metadata=target_metadata,
                          render_as_batch=True, compare_type=True)
        with context.begin_transaction():
            context.run_migrations()
        if connection.in_transaction():
            connection.commit()
        if sqlite:
            _raw_pragma(connection, "PRAGMA foreign_keys=ON")


def _url() -> str:
    url = config.get_main_option("sqlalchemy.url")
    if url is None:
        raise RuntimeError("migrations: neither an engine nor sqlalchemy.url was given")
    return url


def _raw_pragma(connection, sql: str) -> None:
    cursor = connection.connection.dbapi_connection.cursor()
    cursor.execute(sql)
    cursor.close()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
