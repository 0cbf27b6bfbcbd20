"""Searches treat what is typed as text (issue 14, point 11): ``%`` and ``_`` find only the
rows holding them, and a control character (NUL) finds nothing and raises nothing."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rutan_desk.domain.inmates import InmateDraft
from rutan_desk.services.audit.queries import AuditQuery, browse
from rutan_desk.services.context import ActionContext, FixedClock
from rutan_desk.services.documents import register as documents
from rutan_desk.services.incidents.queries import IncidentQuery, list_incidents
from rutan_desk.services.incidents.saving import save_incident
from rutan_desk.services.inmates import records, registry
from rutan_desk.services.search_text import search_text
from rutan_desk.store.engine import Database
from tests.conftest import ACTOR
from tests.services.test_documents_service import fake_pdf
from tests.services.test_handover import Rutan
from tests.services.test_incidents import a_fight, clocked, rutan  # noqa: F401 (fixtures)

NOON = datetime(2026, 12, 2, 5, 0, tzinfo=UTC)
HOSTILE = ["\x00", "piket\x00", "\x00%", "\x1b[2J", "\ud800"]


@pytest.fixture
def clerk(db: Database) -> ActionContext:
    return ActionContext(db, ACTOR, FixedClock(NOON))


def test_wildcards_and_nul_in_the_document_register(clerk: ActionContext) -> None:
    for title in ("Piket Lebaran", "Tunjangan 50% piket", "Piket_malam"):
        documents.issue_document(
            clerk,
            kind="surat_perintah",
            title=title,
            on=date(2026, 12, 1),
            source={},
            render=fake_pdf,
        )

    def titles(search: str) -> list[str]:
        return sorted(d.title for d in documents.register(clerk.db, search=search))

    assert titles("") == ["Piket Lebaran", "Piket_malam", "Tunjangan 50% piket"]
    assert titles("%") == titles("50%") == ["Tunjangan 50% piket"]
    assert titles("_") == titles("t_m") == ["Piket_malam"]
    assert titles("piket") == ["Piket Lebaran", "Piket_malam", "Tunjangan 50% piket"]
    for typed in HOSTILE:
        assert titles(typed) == []


def test_wildcards_and_nul_in_the_inmate_search(clerk: ActionContext) -> None:
    registry.create_inmate(clerk, InmateDraft(name="Ahmad Fauzi", register_number="A.II/1/2026"))
    db = clerk.db
    assert [r.name for r in records.find_inmates(db, "fauzi")] == ["Ahmad Fauzi"]
    for typed in ["%", "_", "%/%", *HOSTILE]:
        assert records.find_inmates(db, typed) == []
        assert records.inmate_by_register_number(db, typed) is None


def test_wildcards_and_nul_in_the_audit_search(clerk: ActionContext) -> None:
    registry.create_inmate(clerk, InmateDraft(name="Ahmad Fauzi", register_number="A.II/1/2026"))
    assert len(browse(clerk, AuditQuery(text="fauzi")).entries) == 1
    for typed in ["100%", "Fauzi_", *HOSTILE]:
        assert browse(clerk, AuditQuery(text=typed)).entries == ()


def test_wildcards_and_nul_in_the_incident_search(
    clocked: ActionContext,  # noqa: F811
    rutan: Rutan,  # noqa: F811
) -> None:
    fight = save_incident(clocked, a_fight(clocked, rutan))

    def found(text: str) -> list[int]:
        return [s.id for s in list_incidents(clocked.db, IncidentQuery(text=text))]

    assert found("perkel") == found(" ") == [fight]
    # Text with no word in it is no reason to list every incident.
    for typed in ["%", "_", "%%", *HOSTILE]:
        assert found(typed) == []


@given(st.text(max_size=20))
def test_search_text_is_storable_text_or_none(typed: str) -> None:
    text = search_text(typed)
    if text is None:
        assert any(ord(c) < 32 or 127 <= ord(c) < 160 or 0xD800 <= ord(c) < 0xE000 for c in typed)
    else:
        assert text == text.strip() and "  " not in text
        assert all(c.isprintable() or c == " " for c in text if ord(c) < 160)
