"""UI fixtures: an AppContext over the per-test database, with settings in the test folder."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings

from rutan_desk.paths import AppPaths
from rutan_desk.store.engine import Database
from rutan_desk.ui.context import AppContext, AppEvents
from tests.conftest import ACTOR


@pytest.fixture
def ctx(qapp: object, db: Database, app_paths: AppPaths) -> Iterator[AppContext]:
    settings = QSettings(str(app_paths.settings_file), QSettings.Format.IniFormat)
    yield AppContext(db=db, paths=app_paths, actor=ACTOR, events=AppEvents(), settings=settings)
    settings.sync()
