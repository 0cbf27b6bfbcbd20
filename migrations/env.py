"""Alembic environment for Rutan Desk.

The app passes its own connection (``config.attributes["connection"]``) so the whole upgrade runs
in the transaction it opened. From the command line the URL comes from ``-x db_url=...`` or the
``sqlalchemy.url`` option.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, Engine

from rutan_desk.store.engine import Database
from rutan_desk.store.models import load_all_models

config = context.config
target_metadata = load_all_models()

# The full-text search's own objects (FTS5's table and its shadow tables on SQLite, the GIN
# index on PostgreSQL) are made by migration 0010 for one kind of database, not by the models.
SEARCH_OBJECTS = ("incident_fts", "ix_incident_text_search")


def _include_name(name: str | None, type_: str, parent_names: object) -> bool:
    return not (name or "").startswith(SEARCH_OBJECTS)


def _configure_and_run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        include_name=_include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_offline() -> None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if isinstance(connection, Engine):
        # pytest-alembic hands over an Engine, not a Connection.
        with connection.begin() as engine_connection:
            _configure_and_run(engine_connection)
        return
    if connection is not None:
        _configure_and_run(connection)
        return
    url = context.get_x_argument(as_dictionary=True).get("db_url") or config.get_main_option(
        "sqlalchemy.url"
    )
    if not url:
        raise SystemExit("give the database with -x db_url=URL")
    database = Database(url, foreign_keys=False)
    try:
        with database.engine.begin() as connection:
            _configure_and_run(connection)
    finally:
        database.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
