"""pytest-alembic, wired in by hand (its plugin is disabled in pyproject.toml).

``alembic_engine`` is a fresh SQLite file per test, opened the way ``upgrade_to_head`` opens it
(foreign keys off for batch mode, WAL and the other pragmas on); ``alembic_config`` points at the
repository's ``migrations`` folder whatever the working directory.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import alembic.config
import pytest
from pytest_alembic.config import Config
from pytest_alembic.plugin.fixtures import alembic_runner
from sqlalchemy import Engine

from rutan_desk.paths import migrations_dir
from rutan_desk.store.engine import Database, sqlite_url

__all__ = ["alembic_config", "alembic_engine", "alembic_runner"]


def pytest_configure(config: pytest.Config) -> None:
    # The built-in tests carry @pytest.mark.alembic, which the disabled plugin would register.
    config.addinivalue_line("markers", "alembic: pytest-alembic's built-in migration tests")


@pytest.fixture
def alembic_config() -> Config:
    # Built in code, like rutan_desk.store.migrate.alembic_config, so that neither the working
    # directory nor alembic.ini matters.
    config = alembic.config.Config()
    config.set_main_option("script_location", str(migrations_dir()))
    return Config(alembic_config=config)


@pytest.fixture
def alembic_engine(tmp_path: Path) -> Iterator[Engine]:
    database = Database(sqlite_url(tmp_path / "alembic.sqlite"), foreign_keys=False)
    try:
        yield database.engine
    finally:
        database.dispose()
