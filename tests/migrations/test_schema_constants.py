"""The revision constants start-up reads without Alembic must match the migration scripts."""

from __future__ import annotations

from alembic.script import ScriptDirectory

from rutan_desk.paths import migrations_dir
from rutan_desk.store.schema import HEAD_REVISION, KNOWN_REVISIONS


def _script() -> ScriptDirectory:
    return ScriptDirectory(str(migrations_dir()))


def test_known_revisions_are_the_history_from_base_to_head() -> None:
    newest_first = [script.revision for script in _script().walk_revisions("base", "heads")]
    assert tuple(reversed(newest_first)) == KNOWN_REVISIONS


def test_head_revision_is_the_single_head() -> None:
    assert _script().get_heads() == [HEAD_REVISION]
    assert KNOWN_REVISIONS[-1] == HEAD_REVISION


def test_each_known_revision_follows_the_one_before() -> None:
    script = _script()
    previous = None
    for revision in KNOWN_REVISIONS:
        assert script.get_revision(revision).down_revision == previous
        previous = revision
