from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from rutan_desk.domain.calendar import AlertPeriod, HolidayKind
from rutan_desk.domain.errors import ValidationError
from rutan_desk.domain.roster_rules import Rule
from rutan_desk.services.calendar import edits, queries
from rutan_desk.services.context import ActionContext
from rutan_desk.services.errors import StaleRecordError
from rutan_desk.services.roster import checks, generation
from rutan_desk.services.roster.grid import load_month
from rutan_desk.store.engine import Database
from rutan_desk.store.models.audit import AuditEntry
from tests.conftest import ACTOR, ROSTER_TESTS_BEGIN, audit_check
from tests.services.test_roster_service import setup_rutan

YEAR_2024 = (date(2024, 1, 1), date(2024, 12, 31))


def audit_since(db: Database, after_id: int) -> list[AuditEntry]:
    with db.read() as session:
        return list(
            session.scalars(
                select(AuditEntry).where(AuditEntry.id > after_id).order_by(AuditEntry.id)
            )
        )


def test_importing_a_year_twice_adds_nothing_the_second_time(ctx: ActionContext) -> None:
    added = edits.import_year(ctx, 2024)
    assert added == len(queries.holidays_between(ctx.db, *YEAR_2024)) >= 25
    assert edits.import_year(ctx, 2024) == 0


def test_a_corrected_date_and_a_removal_survive_a_new_import(ctx: ActionContext) -> None:
    edits.import_year(ctx, 2027)
    estimated = next(
        h
        for h in queries.holidays_between(ctx.db, date(2027, 1, 1), date(2027, 12, 31))
        if h.estimated and "Idul Fitri" in h.name
    )
    moved = edits.correct_holiday(
        ctx,
        estimated.id,
        date(2027, 3, 11),
        "Hari Raya Idul Fitri 1448 H",
        expected_version=estimated.version,
    )
    assert moved.moved_from == estimated.day
    assert moved.version == estimated.version + 1
    imlek = next(
        h
        for h in queries.holidays_between(ctx.db, date(2027, 1, 1), date(2027, 12, 31))
        if h.name == "Tahun Baru Imlek"
    )
    edits.remove_holiday(ctx, imlek.id, expected_version=imlek.version)
    assert edits.import_year(ctx, 2027) == 0
    names = [h.name for h in queries.holidays_between(ctx.db, date(2027, 1, 1), date(2027, 12, 31))]
    assert "Tahun Baru Imlek" not in names
    assert "Hari Raya Idul Fitri 1448 H" in names


def test_local_holidays_can_be_added_and_removed(ctx: ActionContext) -> None:
    local = edits.add_holiday(ctx, date(2024, 12, 11), "Hari Jadi Kabupaten Blora")
    assert local.kind is HolidayKind.LOCAL and not local.from_package
    edits.remove_holiday(ctx, local.id, expected_version=local.version)
    assert queries.holidays_between(ctx.db, *YEAR_2024) == []
    with pytest.raises(ValidationError):
        edits.add_holiday(ctx, date(2024, 12, 11), "  ")


def test_alert_period_with_its_circular_and_extra_guards(ctx: ActionContext) -> None:
    period = AlertPeriod(
        "Siaga Nataru 2023/2024",
        date(2023, 12, 20),
        date(2024, 1, 5),
        "PAS-2077.PK.08.05 Tahun 2023",
        "Peningkatan Kewaspadaan Pengamanan menjelang Natal dan Tahun Baru",
        {"M": 3, "P": 1},
    )
    saved = edits.save_alert_period(ctx, period)
    (found,) = queries.alert_periods_between(ctx.db, date(2023, 12, 31), date(2023, 12, 31))
    assert found.period == period
    assert found.version == saved.version
    start = audit_check(ctx.db).entries
    changed = edits.save_alert_period(
        ctx,
        AlertPeriod(period.name, period.start, period.end, extra={"M": 4}),
        saved.id,
        expected_version=saved.version,
    )
    assert queries.alert_periods_between(ctx.db, period.start, period.end)[0].period.extra == {
        "M": 4
    }
    # One entry for the period with its extras: what changed in it, the lines included.
    (entry,) = audit_since(ctx.db, start)
    assert (entry.entity, entry.entity_id, entry.action, entry.actor) == (
        "alert_period",
        str(saved.id),
        "update",
        ACTOR.audit_name,
    )
    before, after = json.loads(entry.before or "{}"), json.loads(entry.after or "{}")
    assert (before["circular_number"], after["circular_number"]) == (period.circular_number, "")
    assert sorted((e["shift_code"], e["extra"]) for e in before["alert_extra"]) == [
        ("M", 3),
        ("P", 1),
    ]
    assert [(e["shift_code"], e["extra"]) for e in after["alert_extra"]] == [("M", 4)]
    with pytest.raises(StaleRecordError):  # the form was opened before the change
        edits.delete_alert_period(ctx, changed.id, expected_version=saved.version)
    edits.delete_alert_period(ctx, changed.id, expected_version=changed.version)
    assert queries.alert_periods_between(ctx.db, period.start, period.end) == []
    (removed,) = audit_since(ctx.db, start + 1)
    assert (removed.entity, removed.action, removed.after) == ("alert_period", "delete", None)
    assert [e["shift_code"] for e in json.loads(removed.before or "{}")["alert_extra"]] == ["M"]


def test_alert_period_dates_and_codes_are_checked(ctx: ActionContext) -> None:
    with pytest.raises(ValidationError) as raised:
        edits.save_alert_period(
            ctx, AlertPeriod("", date(2024, 1, 5), date(2024, 1, 1), extra={"X": 1})
        )
    assert raised.value.codes() == {
        "name": "field_required",
        "end": "end_before_start",
        "extra": "cycle_unknown_code",
    }


def test_alert_extra_strength_shows_as_an_understaffed_shift(ctx: ActionContext) -> None:
    setup_rutan(ctx)
    generation.generate_period(
        ctx.on_morning_of(ROSTER_TESTS_BEGIN), date(2023, 12, 30), date(2023, 12, 31)
    )
    edits.save_alert_period(
        ctx,
        AlertPeriod("Malam tahun baru", date(2023, 12, 31), date(2023, 12, 31), extra={"M": 6}),
    )
    conflicts = checks.check_period(ctx.db, date(2023, 12, 31), date(2023, 12, 31))
    (short,) = [c for c in conflicts if c.rule is Rule.UNDERSTAFFED]
    # the posts need 5 on M and the alert 6 more; Regu III, on M that night, has 9 people
    assert (short.shift, short.post_id, short.params) == ("M", None, {"present": 9, "needed": 11})


def test_the_grid_knows_the_holidays_and_alert_days(ctx: ActionContext) -> None:
    edits.import_year(ctx, 2023)
    edits.save_alert_period(ctx, AlertPeriod("Siaga Nataru", date(2023, 12, 20), date(2024, 1, 5)))
    grid = load_month(ctx.db, 2023, 12)
    assert grid.holidays[date(2023, 12, 25)] == "Hari Raya Natal"
    assert date(2023, 12, 24) not in grid.holidays or "Cuti" in grid.holidays[date(2023, 12, 24)]
    assert grid.alerts[date(2023, 12, 20)] == "Siaga Nataru"
    assert date(2023, 12, 19) not in grid.alerts
