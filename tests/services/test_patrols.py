"""Patrol visits (patroli sambang) through the services, on SQLite and PostgreSQL: a visit
with its officers, the checks of the form, stale forms, deleting, who may write, the lists of
a period."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from rutan_desk.domain.accounts import Role
from rutan_desk.domain.errors import ValidationError
from rutan_desk.domain.patrols import VisitKind
from rutan_desk.services.context import ActionContext, FixedClock
from rutan_desk.services.errors import PermissionDeniedError, StaleRecordError
from rutan_desk.services.patrols.forms import OfficerLine, PatrolVisitDraft
from rutan_desk.services.patrols.queries import (
    list_patrol_visits,
    load_patrol_visit,
    visits_between,
)
from rutan_desk.services.patrols.saving import delete_patrol_visit, save_patrol_visit
from tests.conftest import audit_check
from tests.services.test_handover import Rutan, make_rutan
from tests.services.test_incidents import account, audit_of

NOW = datetime(2024, 2, 1, 9, 0)  # WIB
ARRIVED = datetime(2024, 2, 1, 1, 15)


@pytest.fixture
def clocked(ctx: ActionContext) -> ActionContext:
    """The service context at 1 February 2024, 09.00 WIB."""
    return ActionContext(
        ctx.db, ctx.actor, FixedClock((NOW - timedelta(hours=7)).replace(tzinfo=UTC))
    )


@pytest.fixture
def rutan(clocked: ActionContext) -> Rutan:
    return make_rutan(clocked)


def a_visit(rutan: Rutan, **changes: object) -> PatrolVisitDraft:
    """The night patrol of the Polres: Bripka Agus (in the registry) and a colleague."""
    draft = PatrolVisitDraft(
        arrived_at=ARRIVED,
        left_at=datetime(2024, 2, 1, 1, 40),
        agency="Polres Blora",
        unit="Sat Samapta",
        received_by_id=rutan.karupam("Regu I"),
        officers=(
            OfficerLine(staff_id=rutan.police),
            OfficerLine(name="Dwi Santoso", rank="Brigpol", nrp="94120456"),
        ),
        areas_checked="P2U, tembok luar sisi timur, pos atas",
        note="Situasi aman dan kondusif.",
    )
    return replace(draft, **changes)  # type: ignore[arg-type]


def test_a_visit_is_saved_with_its_officers(clocked: ActionContext, rutan: Rutan) -> None:
    visit_id = save_patrol_visit(clocked, a_visit(rutan))

    record = load_patrol_visit(clocked.db, visit_id)
    assert record.received_by_name == "Regu I Anggota 0"
    assert record.kind_label == "Patroli sambang"
    assert [(o.staff_id, o.name, o.rank, o.nrp) for o in record.draft.officers] == [
        (rutan.police, "Agus Wibowo", "Bripka", "87053286"),  # from the registry
        (None, "Dwi Santoso", "Brigpol", "94120456"),
    ]
    (entry,) = audit_of(clocked, "patrol_visit")
    assert len(json.loads(entry.after or "{}")["patrol_officer"]) == 2
    (summary,) = list_patrol_visits(clocked.db)
    assert summary.agency_unit == "Polres Blora / Sat Samapta"
    assert summary.officers == ("Bripka Agus Wibowo", "Brigpol Dwi Santoso")


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"arrived_at": None}, {"arrived_at": "visit_time_required"}),
        (
            {"arrived_at": NOW + timedelta(minutes=30), "left_at": None},
            {"arrived_at": "visit_time_future"},
        ),
        ({"left_at": datetime(2024, 2, 1, 1, 0)}, {"left_at": "end_before_start"}),
        ({"left_at": datetime(2024, 2, 1, 14, 0)}, {"left_at": "visit_time_future"}),
        ({"agency": "  "}, {"agency": "field_required"}),
        ({"received_by_id": None}, {"received_by": "staff_not_chosen"}),
        ({"officers": (OfficerLine(rank="Brigpol"),)}, {"officers": "member_name_required"}),
        (
            {"officers": (OfficerLine(name="Dwi"), OfficerLine(name="dwi"))},
            {"officers": "line_duplicate"},
        ),
        ({"unit": "S" * 121}, {"unit": "text_too_long"}),
    ],
)
def test_a_form_with_a_mistake_saves_nothing(
    clocked: ActionContext, rutan: Rutan, changes: dict[str, object], expected: dict[str, str]
) -> None:
    with pytest.raises(ValidationError) as raised:
        save_patrol_visit(clocked, a_visit(rutan, **changes))
    assert raised.value.codes() == expected
    assert list_patrol_visits(clocked.db) == []


def test_a_form_opened_before_anothers_change_is_refused(
    clocked: ActionContext, rutan: Rutan
) -> None:
    visit_id = save_patrol_visit(clocked, a_visit(rutan, left_at=None))
    opened = load_patrol_visit(clocked.db, visit_id).draft
    save_patrol_visit(clocked, replace(opened, left_at=datetime(2024, 2, 1, 1, 45)))
    with pytest.raises(StaleRecordError):
        save_patrol_visit(clocked, replace(opened, note="Diubah lagi"))
    with pytest.raises(StaleRecordError):
        delete_patrol_visit(clocked, visit_id, expected_version=opened.version)
    # Only an officer line changed: the visit's version still goes up.
    current = load_patrol_visit(clocked.db, visit_id).draft
    save_patrol_visit(clocked, replace(current, officers=current.officers[:1]))
    with pytest.raises(StaleRecordError):
        save_patrol_visit(clocked, replace(current, note="Dari versi lama"))
    assert load_patrol_visit(clocked.db, visit_id).draft.left_at == datetime(2024, 2, 1, 1, 45)


def test_a_visit_entered_by_mistake_is_deleted_with_its_officers(
    clocked: ActionContext, rutan: Rutan
) -> None:
    visit_id = save_patrol_visit(clocked, a_visit(rutan))
    delete_patrol_visit(clocked, visit_id, expected_version=1)
    assert list_patrol_visits(clocked.db) == []
    assert [e.action for e in audit_of(clocked, "patrol_visit")] == ["create", "delete"]
    assert audit_check(clocked.db).intact


def test_a_reader_cannot_write_visits(clocked: ActionContext, rutan: Rutan) -> None:
    visit_id = save_patrol_visit(clocked, a_visit(rutan))
    reader = account(clocked, "pembaca", Role.PEMBACA, None)
    with pytest.raises(PermissionDeniedError):
        save_patrol_visit(reader, a_visit(rutan))
    with pytest.raises(PermissionDeniedError):
        delete_patrol_visit(reader, visit_id, expected_version=1)
    assert [v.id for v in list_patrol_visits(clocked.db)] == [visit_id]
    # An Operator (and a Karupam) may.
    clerk = account(clocked, "operator", Role.OPERATOR, rutan.members["Regu II"][2])
    save_patrol_visit(clerk, a_visit(rutan, arrived_at=datetime(2024, 2, 1, 3, 0), left_at=None))
    assert len(list_patrol_visits(clocked.db)) == 2


def test_the_lists_are_by_period(clocked: ActionContext, rutan: Rutan) -> None:
    weekly = [
        save_patrol_visit(
            clocked,
            a_visit(
                rutan,
                arrived_at=datetime(2024, 1, day, 23, 50),
                left_at=datetime(2024, 1, day + 1, 0, 20),  # past midnight
            ),
        )
        for day in (10, 17, 24)
    ]
    coordination = save_patrol_visit(
        clocked,
        a_visit(
            rutan,
            kind=VisitKind.KOORDINASI,
            agency="Kodim 0721/Blora",
            unit="",
            arrived_at=datetime(2024, 2, 1, 8, 0),
            left_at=None,
            officers=(),
        ),
    )

    assert [v.id for v in list_patrol_visits(clocked.db)] == [coordination, *reversed(weekly)]
    january = visits_between(clocked.db, date(2024, 1, 1), date(2024, 1, 31))
    assert [v.id for v in january] == weekly  # in the order they came
    assert [v.id for v in list_patrol_visits(clocked.db, date(2024, 1, 17), date(2024, 1, 17))] == [
        weekly[1]
    ]
    (today,) = visits_between(clocked.db, date(2024, 2, 1), date(2024, 2, 1))
    assert (today.kind_label, today.agency_unit, today.officers) == (
        "Kunjungan koordinasi",
        "Kodim 0721/Blora",
        (),
    )
