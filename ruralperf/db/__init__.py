"""Storage: SQLAlchemy 2 models over SQLite (or PostgreSQL), Alembic migrations."""
