"""Checking the roster against its rules (see ``domain.roster_rules``): a period for the grid's
conflict list, and the days around one edited cell for the refusal of a hard rule."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, timedelta

from sqlalchemy.orm import Session

from rutan_desk.domain.roster_rules import (
    Conflict,
    RosterFacts,
    check_people,
    check_roster,
    check_shifts,
)
from rutan_desk.services.calendar.queries import alert_strength_in
from rutan_desk.services.roster.queries import (
    absences_in,
    duties_in,
    people_in,
    posts_in,
    settings_in,
    shift_types_in,
)
from rutan_desk.store.engine import Database
from rutan_desk.store.models.roster import RosterEntryRow

RULE_MARGIN = timedelta(days=14)  # duties around the checked days that the rules look at


class HardRuleError(Exception):
    """The edit would break a hard rule; nothing was written. Retry with a reason to override."""

    def __init__(self, conflicts: list[Conflict]) -> None:
        super().__init__(", ".join(c.rule.value for c in conflicts))
        self.conflicts = conflicts


def facts_in(session: Session, first: date, last: date) -> RosterFacts:
    """What the rules need besides the duties, for checking the days ``first`` to ``last``."""
    settings, _ = settings_in(session)
    return RosterFacts(
        shift_types={s.code: s for s in shift_types_in(session)},
        people=people_in(session),
        posts={p.id: p for p in posts_in(session)},
        absences=absences_in(session, first - RULE_MARGIN, last + RULE_MARGIN),
        settings=settings,
        extra_strength=alert_strength_in(session, first, last),
    )


def conflicts_in(session: Session, first: date, last: date) -> list[Conflict]:
    """Every conflict of the roster on the days ``first`` to ``last`` (the duties a few days
    around them are read too, for the rest and consecutive-day rules)."""
    facts = facts_in(session, first, last)
    duties = duties_in(session, first - RULE_MARGIN, last + RULE_MARGIN)
    return check_roster(duties, facts, days=(first, last))


def check_period(db: Database, first: date, last: date) -> list[Conflict]:
    with db.read() as session:
        return conflicts_in(session, first, last)


def reach_of(session: Session, day: date) -> tuple[date, date]:
    """The days whose conflicts a change of ``day`` can alter: the day before (a night shift
    running into it), and the days after up to the longest run of days in a row or the
    longest rest the rules ask for, whichever reaches further."""
    settings, _ = settings_in(session)
    ahead = max(settings.max_consecutive_days, settings.rule_reach.days + 1) + 1
    return day - timedelta(days=1), day + timedelta(days=ahead)


def person_conflicts_in(
    session: Session,
    staff_ids: Collection[int],
    first: date,
    last: date,
    facts: RosterFacts | None = None,
) -> list[Conflict]:
    """The person rules' conflicts of these people on ``first`` to ``last``, read from their
    own duties only (a cell edit checks one person, not the three hundred). ``facts`` may be
    given when the caller has read them for these days already."""
    facts = facts or facts_in(session, first, last)
    duties = duties_in(
        session,
        first - RULE_MARGIN,
        last + RULE_MARGIN,
        only=RosterEntryRow.staff_id.in_(sorted(staff_ids)),
    )
    return check_people(duties, facts, days=(first, last))


def shift_conflicts_in(
    session: Session, days: Collection[date], facts: RosterFacts | None = None
) -> list[Conflict]:
    """The shift rules' conflicts of these days, read from those days' duties only."""
    if not days:
        return []
    first, last = min(days), max(days)
    facts = facts or facts_in(session, first, last)
    duties = duties_in(session, first, last, only=RosterEntryRow.day.in_(sorted(set(days))))
    return check_shifts(duties, facts, days=days)


def conflicts_around_in(session: Session, staff_id: int, day: date) -> list[Conflict]:
    """The conflicts a change of this person's ``day`` can cause for them: their own rules on
    the days those reach, and the day's shift rules that name them."""
    first, last = reach_of(session, day)
    facts = facts_in(session, first, last)
    own = person_conflicts_in(session, {staff_id}, first, last, facts)
    shared = [c for c in shift_conflicts_in(session, {day}, facts) if staff_id in c.person_ids]
    return sorted([*own, *shared], key=lambda c: (c.day, c.shift or "", c.rule.value))


def refuse_hard_conflicts(conflicts: list[Conflict], override_reason: str) -> list[Conflict]:
    """The hard conflicts, when the clerk gave a reason to override them; without a reason they
    end the transaction (HardRuleError rolls it back, so nothing is written)."""
    hard = [c for c in conflicts if c.hard]
    if hard and not override_reason.strip():
        raise HardRuleError(hard)
    return hard
