"""Service tests run on SQLite and on PostgreSQL, the shared server of several PCs: services
must not use SQL that only one of them understands."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from rutan_desk.paths import AppPaths
from rutan_desk.store.engine import Database, sqlite_url
from rutan_desk.store.migrate import prepare_database

PG_URL_VARIABLE = "RUTAN_DESK_TEST_PG_URL"


def _reset_postgres(url: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(text("DROP SCHEMA public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
    finally:
        engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db(request: pytest.FixtureRequest, app_paths: AppPaths) -> Iterator[Database]:
    """The same test on SQLite and on the shared-server database (PostgreSQL).

    CI starts a server and sets RUTAN_DESK_TEST_PG_URL (see .ci/postgres.sh); without it the
    PostgreSQL variant is skipped on a developer's machine."""
    if request.param == "sqlite":
        url = sqlite_url(app_paths.database_file)
    else:
        url = os.environ.get(PG_URL_VARIABLE, "")
        if not url:
            pytest.skip(f"{PG_URL_VARIABLE} is not set")
        _reset_postgres(url)
    prepare_database(url, app_paths.backups_dir)
    database = Database(url)
    yield database
    database.dispose()
