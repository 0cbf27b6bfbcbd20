"""What each writing service changed, as the operation runner announces it to the tabs.

The change set is collected by the store from the rows a transaction wrote, so these tests pin
that every writing service touches the areas (and records, and roster cells) a clerk would
expect it to — the roster grid, for one, redraws exactly the cells named here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import TypeVar

import pytest

from rutan_desk.domain.calendar import AlertPeriod, HolidayKind
from rutan_desk.domain.changes import Area, ChangeSet
from rutan_desk.domain.handover import EquipmentKind, SignRole
from rutan_desk.domain.roster import AbsenceKind
from rutan_desk.domain.roster_rules import RosterSettings
from rutan_desk.domain.shifts import ShiftType
from rutan_desk.domain.staff import StaffDraft, StaffKind
from rutan_desk.services import institution
from rutan_desk.services.calendar import edits as calendar
from rutan_desk.services.context import ActionContext
from rutan_desk.services.demo import populate_demo
from rutan_desk.services.documents import duty_orders, register
from rutan_desk.services.handover import report, saving
from rutan_desk.services.handover import setup as handover_setup
from rutan_desk.services.handover.forms import CountLine
from rutan_desk.services.handover.prefill import prefill_handover
from rutan_desk.services.handover.queries import load_handover
from rutan_desk.services.roster import changes as roster_changes
from rutan_desk.services.roster import generation, grid, queries, rules, setup
from rutan_desk.services.staff import registry
from rutan_desk.services.staff.records import StaffRecord, get_staff
from rutan_desk.store.engine import Database
from tests.conftest import before_the_roster

T = TypeVar("T")


def changed(ctx: ActionContext, call: Callable[[ActionContext], T]) -> tuple[T, ChangeSet]:
    """Run ``call`` and return its result with the change set of just that call."""
    ctx.take_changes()
    result = call(ctx)
    return result, ctx.take_changes()


def test_staff_and_profile(db: Database, ctx: ActionContext) -> None:
    draft = StaffDraft(
        kind=StaffKind.INTERNAL,
        name="Eko Prasetyo",
        nip="198501012010011002",
        golongan="III/a",
        position="Petugas Pengamanan",
        unit="Regu I",
        status_since=date(2020, 1, 2),
    )
    created, announced = changed(ctx, lambda a: registry.create_staff(a, draft))
    assert announced.areas == {Area.STAFF} and announced.ids("staff") == {created.id}
    person = created
    updated, announced = changed(
        ctx,
        lambda a: registry.update_staff(
            a, person.id, replace(draft, phone="081234567890"), expected_version=person.version
        ),
    )
    assert announced.areas == {Area.STAFF} and announced.ids("staff") == {person.id}
    _, announced = changed(
        ctx,
        lambda a: registry.set_staff_active(
            a, person.id, active=False, since=date(2024, 1, 1), expected_version=updated.version
        ),
    )
    assert announced.ids("staff") == {person.id}
    current = get_staff(db, person.id)
    _, announced = changed(
        ctx, lambda a: registry.delete_staff(a, person.id, expected_version=current.version)
    )
    assert announced.areas == {Area.STAFF} and announced.ids("staff") == {person.id}

    saved = institution.saved_profile(db)
    _, announced = changed(
        ctx,
        lambda a: institution.save_profile(
            a, replace(saved.profile, city="Blora"), expected_version=saved.version
        ),
    )
    assert announced.areas == {Area.INSTITUTION}


@pytest.fixture
def demo(db: Database) -> list[StaffRecord]:
    return populate_demo(db, with_handovers=False)


def test_calendar_and_roster_setup(
    db: Database, ctx: ActionContext, demo: list[StaffRecord]
) -> None:
    _, announced = changed(ctx, lambda a: calendar.import_year(a, 2031))
    assert announced.areas == {Area.CALENDAR} and announced.ids("holiday")
    holiday, announced = changed(
        ctx,
        lambda a: calendar.add_holiday(a, date(2031, 7, 1), "Hari Bhayangkara", HolidayKind.LOCAL),
    )
    assert announced.areas == {Area.CALENDAR} and announced.ids("holiday") == {holiday.id}
    _, announced = changed(
        ctx,
        lambda a: calendar.remove_holiday(a, holiday.id, expected_version=holiday.version),
    )
    assert announced.ids("holiday") == {holiday.id}
    period = AlertPeriod("Siaga Pemilu", date(2031, 2, 10), date(2031, 2, 16), extra={"M": 2})
    alert, announced = changed(ctx, lambda a: calendar.save_alert_period(a, period))
    assert announced.areas == {Area.CALENDAR} and announced.ids("alert_period") == {alert.id}

    regu_id, announced = changed(ctx, lambda a: setup.create_regu(a, "Regu Cadangan"))
    assert announced.areas == {Area.ROSTER_SETUP} and announced.ids("regu") == {regu_id}
    post_id, announced = changed(ctx, lambda a: setup.create_post(a, "Dapur", {"P": 1}))
    assert announced.areas == {Area.ROSTER_SETUP} and announced.ids("post") == {post_id}
    (post,) = [p for p in setup.list_posts(db) if p.id == post_id]
    _, announced = changed(
        ctx,
        lambda a: setup.update_post(
            a, post_id, "Dapur", {"P": 2}, False, expected_version=post.version
        ),
    )
    assert announced.areas == {Area.ROSTER_SETUP} and announced.ids("post") == {post_id}
    rules_now = queries.roster_rules(db)
    _, announced = changed(
        ctx,
        lambda a: rules.save_roster_settings(
            a,
            RosterSettings(12, 6),
            karupam_counts_for_posts=False,
            expected_version=rules_now.version,
        ),
    )
    assert announced.areas == {Area.ROSTER_SETUP}
    _, announced = changed(
        ctx,
        lambda a: rules.save_shift_type(a, ShiftType("Tg", "Tugas luar", None, None, "#ffffff")),
    )
    assert announced.areas == {Area.ROSTER_SETUP} and announced.ids("shift_type")


def test_roster_cells(db: Database, demo: list[StaffRecord]) -> None:
    ctx = before_the_roster(db)  # December 2023 is still ahead: edited without a reason
    day = date(2023, 12, 12)
    people = [p for p in grid.load_month(db, 2023, 12).people if not p.external]
    person = people[3]
    edit, announced = changed(ctx, lambda a: grid.set_cell(a, person.id, day, "L"))
    assert announced.areas == {Area.ROSTER}
    assert announced.roster_cells == {(person.id, day)}
    _, announced = changed(ctx, lambda a: grid.restore_cell(a, edit))
    assert announced.roster_cells == {(person.id, day)}

    other = people[5]
    before = grid.load_month(db, 2023, 12).cells
    swap, announced = changed(
        ctx,
        lambda a: roster_changes.swap_duties(a, person.id, day, other.id, day, "acara keluarga"),
    )
    assert announced.areas == {Area.ROSTER}
    assert announced.roster_cells == {(person.id, day), (other.id, day)}
    assert announced.ids("roster_swap") == {swap.id}
    assert before  # the month was planned

    _, announced = changed(
        ctx,
        lambda a: roster_changes.record_absence(
            a, person.id, AbsenceKind.SAKIT, date(2023, 12, 20), date(2023, 12, 21)
        ),
    )
    assert Area.ABSENCES in announced.areas
    assert announced.roster_cells and all(
        staff_id == person.id for staff_id, _ in announced.roster_cells
    )

    # A month not planned yet: every cell of it; planned again: only what changed (nothing).
    _, announced = changed(
        ctx, lambda a: generation.generate_period(a, date(2031, 2, 1), date(2031, 2, 28))
    )
    assert announced.areas == {Area.ROSTER}
    assert announced.roster_cells is not None and len(announced.roster_cells) > 28 * 30
    assert {(day.year, day.month) for _, day in announced.roster_cells} == {(2031, 2)}
    _, announced = changed(
        ctx, lambda a: generation.generate_period(a, date(2031, 2, 1), date(2031, 2, 28))
    )
    assert announced.empty


def test_handover_and_documents(db: Database, ctx: ActionContext) -> None:
    populate_demo(db)
    block_id, announced = changed(ctx, lambda a: handover_setup.save_block(a, "Blok Isolasi", 4))
    assert announced.areas == {Area.HANDOVER_SETUP} and announced.ids("cell_block") == {block_id}
    item_id, announced = changed(
        ctx,
        lambda a: handover_setup.save_equipment_item(a, "Senter kecil", EquipmentKind.SENTER, 2),
    )
    assert announced.ids("equipment_item") == {item_id}
    (item,) = [i for i in handover_setup.list_equipment_items(db) if i.id == item_id]
    _, announced = changed(
        ctx,
        lambda a: handover_setup.set_equipment_item_active(
            a, item_id, False, expected_version=item.version
        ),
    )
    assert announced.areas == {Area.HANDOVER_SETUP}

    draft = prefill_handover(db, date(2024, 1, 1), "P")
    draft = replace(
        draft,
        counts=tuple(
            CountLine(line.block_id, line.category_id, line.opening, line.opening)
            for line in draft.counts
        ),
    )
    handover_id, announced = changed(ctx, lambda a: saving.save_handover(a, draft))
    assert announced.areas == {Area.HANDOVER} and announced.ids("handover") == {handover_id}
    saved = load_handover(db, handover_id)
    giver = saved.draft.outgoing_karupam_id or saved.draft.officers[0].staff_id
    _, announced = changed(
        ctx,
        lambda a: saving.sign_handover(a, handover_id, SignRole.HAND_OVER, giver, saved.change_at),
    )
    assert announced.areas == {Area.HANDOVER} and announced.ids("handover") == {handover_id}

    settings = register.document_settings(db)
    _, announced = changed(ctx, lambda a: register.save_document_settings(a, settings))
    assert announced.empty  # nothing different: nothing written, nothing announced
    order = duty_orders.draft_duty_order(
        db, date(2023, 12, 31), date(2023, 12, 31), {"M"}, issued_on=date(2023, 12, 30)
    )
    issued, announced = changed(ctx, lambda a: duty_orders.issue_duty_order(a, order, "Uji"))
    assert announced.areas == {Area.DOCUMENTS}
    assert announced.ids("issued_document") == {issued.id}
    _, announced = changed(
        ctx,
        lambda a: register.cancel_document(
            a, issued.id, "salah ketik", expected_version=issued.version
        ),
    )
    assert announced.ids("issued_document") == {issued.id}
    assert report.KIND == "serah_terima"
