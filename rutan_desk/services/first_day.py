"""The writes of the first-day assistant that the setting-up screens do one record at a time:
every regu with its members and Karupam, a shift scheme for all regu, the usual posts and two
years of holidays, each as ONE transaction, so a page of the assistant is saved whole or not
at all. The rules are those of the roster's set-up (``roster.setup``, ``roster.rules``,
``calendar.edits``); nothing is checked twice in different ways.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from rutan_desk.domain.accounts import Permission
from rutan_desk.domain.errors import FieldError, ValidationError
from rutan_desk.domain.regu_proposal import Guard, ReguProposal, propose_regu
from rutan_desk.domain.shift_schemes import ShiftScheme
from rutan_desk.domain.shifts import ShiftType
from rutan_desk.services.calendar.edits import import_year_in
from rutan_desk.services.context import ActionContext
from rutan_desk.services.roster.rules import save_shift_type_in
from rutan_desk.services.roster.setup import (
    add_regu_member_in,
    create_post_in,
    create_regu_in,
    set_karupam_in,
    set_rotation_in,
    staff_without_regu,
)
from rutan_desk.store.engine import Database
from rutan_desk.store.models.roster import ReguRow, ShiftTypeRow
from rutan_desk.store.models.staff import StaffRow


@dataclass(frozen=True)
class PostPlan:
    name: str
    minimums: Mapping[str, int]  # working shift code → guards needed


# -- regu -----------------------------------------------------------------------------------


def proposed_regu(db: Database, *, on: date, count: int = 4) -> list[ReguProposal]:
    """Regu for the active staff who belong to none on ``on``, as their unit column names
    them (or ``count`` even regu), each with the Karupam their position names."""
    free = {person.id for person in staff_without_regu(db, on=on)}
    with db.read() as session:
        rows = session.execute(
            select(StaffRow.id, StaffRow.name, StaffRow.position, StaffRow.unit).where(
                StaffRow.id.in_(free)
            )
        )
        guards = [Guard(row.id, row.name, row.position, row.unit) for row in rows]
    return propose_regu(guards, count=count)


def set_up_regu(ctx: ActionContext, teams: Sequence[ReguProposal], start: date) -> list[int]:
    """Make every regu of ``teams`` with its members (from ``start``) and its Karupam, in one
    transaction: a refused regu leaves none of them made. Returns the new regu ids in order."""
    empty = [team.name for team in teams if not team.member_ids]
    if not teams or empty:
        raise ValidationError(
            [FieldError("members", "regu_without_members", {"regu": ", ".join(empty)})]
        )
    name = ""
    try:
        with ctx.write(Permission.ROSTER_SETUP) as session:
            made = []
            for team in teams:
                name = team.name
                regu_id = create_regu_in(session, team.name)
                for staff_id in team.member_ids:
                    add_regu_member_in(session, regu_id, staff_id, start)
                if team.karupam_id is not None:
                    row = session.get_one(ReguRow, regu_id)
                    set_karupam_in(session, row, team.karupam_id, on=start)
                made.append(regu_id)
            return made
    except IntegrityError as error:
        # Another PC made a regu of that name between our check and our write.
        raise ValidationError([FieldError("name", "name_duplicate", {"name": name})]) from error


# -- shift scheme ---------------------------------------------------------------------------


def apply_shift_scheme(
    ctx: ActionContext, scheme: ShiftScheme, regu_ids: Sequence[int], start: date
) -> None:
    """Set the hours of the scheme's shifts and give the regu (in their order) the scheme's
    cycle from ``start``, each anchored a stagger after the one before: one transaction."""
    if len(regu_ids) != scheme.regu_count:
        raise ValidationError(
            [
                FieldError(
                    "scheme",
                    "scheme_regu_count",
                    {"needed": scheme.regu_count, "count": len(regu_ids)},
                )
            ]
        )
    with ctx.write(Permission.ROSTER_SETUP) as session:
        for shift in scheme.shifts:
            row = session.scalar(select(ShiftTypeRow).where(ShiftTypeRow.code == shift.code))
            if row is None:
                save_shift_type_in(session, shift)
            else:  # the office's own name and colour for the code are kept
                kept = ShiftType(shift.code, row.name, shift.start, shift.end, row.colour)
                save_shift_type_in(
                    session, kept, replacing=shift.code, expected_version=row.version
                )
        session.flush()
        for regu_id, anchor in zip(regu_ids, scheme.anchors(start), strict=True):
            set_rotation_in(session, regu_id, scheme.cycle_text, anchor=anchor, valid_from=start)


# -- posts and holidays ---------------------------------------------------------------------


def create_posts(ctx: ActionContext, posts: Sequence[PostPlan]) -> list[int]:
    """Add the posts in their order, in one transaction; at least one must be manned."""
    if not any(any(need > 0 for need in post.minimums.values()) for post in posts):
        raise ValidationError([FieldError("posts", "posts_none_manned")])
    name = ""
    try:
        with ctx.write(Permission.ROSTER_SETUP) as session:
            made = []
            for post in posts:
                name = post.name
                made.append(create_post_in(session, post.name, post.minimums))
            return made
    except IntegrityError as error:
        raise ValidationError([FieldError("name", "name_duplicate", {"name": name})]) from error


def import_holidays(ctx: ActionContext, years: Iterable[int]) -> int:
    """Import the package's holidays of every year of ``years`` in one transaction (what was
    imported before, corrected or taken off stays so). Returns how many were added."""
    wanted = sorted(set(years))

    def once() -> int:
        with ctx.write(Permission.ROSTER_SETUP) as session:
            return sum(import_year_in(session, year) for year in wanted)

    try:
        return once()
    except IntegrityError:
        # Another PC imported the same holidays at the same moment: add what is still missing.
        return once()
