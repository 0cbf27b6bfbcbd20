"""UI fixtures: an AppContext over the per-test database, with settings in the test folder."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings

from rutan_desk.paths import AppPaths
from rutan_desk.store.engine import Database
from rutan_desk.ui.context import AppContext, AppEvents
from tests.conftest import ACTOR, before_the_roster


@pytest.fixture(autouse=True)
def english_number_format(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tests run as on a PC whose regional format writes 1,234.5 (CSV files separated by
    commas), whatever the machine's locale; a test of another format says so."""
    monkeypatch.setattr("rutan_desk.ui.widgets.table_export.system_decimal_point", lambda: ".")


@pytest.fixture
def ctx(qapp: object, db: Database, app_paths: AppPaths) -> Iterator[AppContext]:
    settings = QSettings(str(app_paths.settings_file), QSettings.Format.IniFormat)
    yield AppContext(db=db, paths=app_paths, actor=ACTOR, events=AppEvents(), settings=settings)
    settings.sync()


def in_the_roster_era(ctx: AppContext) -> AppContext:
    """``ctx`` on the morning the roster tests' first month began: the months they plan and
    edit are still ahead (see ``tests.conftest.before_the_roster``)."""
    ctx.clock = before_the_roster(ctx.db).clock
    return ctx


def follow_changes(ctx: AppContext, content: object, key: str) -> None:
    """Hand ``content`` (a tab shown on its own) the change sets the main window would: those
    touching the areas its entry in the tab registry listens to."""
    from rutan_desk.domain.changes import ChangeSet
    from rutan_desk.ui.tabs import TABS

    spec = next(spec for spec in TABS if spec.key == key)

    def forward(changes: ChangeSet) -> None:
        if changes.touches(spec.listens_to):
            content.apply_changes(changes)  # type: ignore[attr-defined]

    ctx.events.changed.connect(forward)
