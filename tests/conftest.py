"""Shared fixtures: a fresh, migrated SQLite file per test; Qt runs offscreen."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from rutan_desk.paths import AppPaths, resolve_paths
from rutan_desk.services.audit.verification import AnchorPlaces, TrailCheck, check_audit_trail
from rutan_desk.services.context import ActionContext, Actor, ActorKind
from rutan_desk.store.engine import Database, sqlite_url
from rutan_desk.store.migrate import prepare_database

ACTOR = Actor(ActorKind.SYSTEM, "petugas.uji")

_SESSION_STATUS: list[int] = []


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    _SESSION_STATUS.append(int(exitstatus))


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """End the test process as the app ends its own (``app.run``): once everything is
    reported, without the interpreter's module-by-module teardown, in which PySide6 can crash
    ("bool_dealloc: deallocating True or False") after every test has passed."""
    if _SESSION_STATUS and "PySide6" in sys.modules:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_SESSION_STATUS[-1])


@pytest.fixture
def app_paths(tmp_path: Path) -> AppPaths:
    paths = resolve_paths(tmp_path / "data")
    paths.create()
    return paths


@pytest.fixture
def db_url(app_paths: AppPaths) -> str:
    return sqlite_url(app_paths.database_file)


@pytest.fixture
def db(db_url: str, app_paths: AppPaths) -> Iterator[Database]:
    """A new database at the head revision, made the way the app makes it."""
    prepare_database(db_url, app_paths.backups_dir)
    database = Database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def actor() -> Actor:
    return ACTOR


@pytest.fixture
def ctx(db: Database, actor: Actor) -> ActionContext:
    """Who acts in a service test, on the test's database, with the real clock."""
    return ActionContext(db, actor)


# The roster's tests live in late 2023. Planning never changes a day that has passed, so they
# act as the office did then: on the morning the roster's first month began.
ROSTER_TESTS_BEGIN = date(2023, 11, 1)


def before_the_roster(db: Database, actor: Actor = ACTOR) -> ActionContext:
    """The context of a roster test: the months it plans and edits are still ahead."""
    return ActionContext(db, actor).on_morning_of(ROSTER_TESTS_BEGIN)


def audit_check(db: Database) -> TrailCheck:
    """The check of the audit trail (chain and coverage), without anchors kept on a PC."""
    return check_audit_trail(ActionContext(db, ACTOR), AnchorPlaces())
