"""Setting up regu and posts: what the setup dialog reads, and the changes it makes."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from rutan_desk.domain.errors import NotFoundError, ValidationError
from rutan_desk.domain.staff import StaffKind
from rutan_desk.services.context import ActionContext, Actor
from rutan_desk.services.errors import StaleRecordError
from rutan_desk.services.roster import generation, queries
from rutan_desk.services.roster import setup as roster_setup
from rutan_desk.services.staff.records import StaffRecord
from rutan_desk.services.staff.registry import set_staff_active
from rutan_desk.store.engine import Database
from rutan_desk.store.models.audit import AuditEntry
from tests.conftest import ACTOR, audit_check, before_the_roster
from tests.services.test_roster_service import START, setup_rutan


@pytest.fixture
def ctx(db: Database, actor: Actor) -> ActionContext:
    """On the morning the roster's first month began (see ``before_the_roster``)."""
    return before_the_roster(db, actor)


TODAY = date(2024, 1, 15)


def audit_count(db: Database) -> int:
    return audit_check(db).entries


def last_entry(db: Database) -> AuditEntry:
    with db.read() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert entry is not None
    return entry


def regu_named(db: Database, name: str) -> roster_setup.ReguInfo:
    return next(r for r in roster_setup.list_regu(db, on=TODAY) if r.name == name)


def regu_by_id(db: Database, regu_id: int) -> roster_setup.ReguInfo:
    return next(r for r in roster_setup.list_regu(db, on=TODAY) if r.id == regu_id)


def post_named(db: Database, name: str) -> roster_setup.PostInfo:
    return next(p for p in roster_setup.list_posts(db) if p.name == name)


def own_staff_outside_regu(people: list[StaffRecord]) -> list[StaffRecord]:
    return [p for p in people if p.kind == StaffKind.INTERNAL and not p.unit.startswith("Regu ")]


def test_list_regu_reflects_the_writes(ctx: ActionContext) -> None:
    db = ctx.db
    people, _ = setup_rutan(ctx)
    clerk, other = own_staff_outside_regu(people)[:2]
    regu_id = roster_setup.create_regu(ctx, "Regu V")
    roster_setup.add_regu_member(ctx, regu_id, clerk.id, date(2024, 1, 1))
    member_id = roster_setup.add_regu_member(ctx, regu_id, other.id, date(2024, 1, 1))
    roster_setup.set_rotation(
        ctx, regu_id, "p-s-m-l", anchor=date(2024, 1, 1), valid_from=date(2024, 1, 1)
    )
    roster_setup.set_rotation(
        ctx, regu_id, "P P S S M L L", anchor=date(2024, 2, 1), valid_from=date(2024, 2, 1)
    )
    opened = regu_by_id(db, regu_id)
    roster_setup.rename_regu(ctx, regu_id, "  Regu   Lima ", expected_version=opened.version)
    renamed = regu_by_id(db, regu_id)
    assert renamed.version == opened.version + 1
    roster_setup.set_karupam(ctx, regu_id, clerk.id, expected_version=renamed.version, on=TODAY)

    regu = regu_named(db, "Regu Lima")
    assert regu.id == regu_id
    assert regu.active
    assert regu.karupam == roster_setup.StaffRef(clerk.id, clerk.name, clerk.nip)
    assert {(m.staff_id, m.name, m.nip, m.start, m.end) for m in regu.members} == {
        (clerk.id, clerk.name, clerk.nip, date(2024, 1, 1), None),
        (other.id, other.name, other.nip, date(2024, 1, 1), None),
    }
    assert [(r.valid_from, r.anchor, r.cycle) for r in regu.rotations] == [
        (date(2024, 1, 1), date(2024, 1, 1), "P S M L"),
        (date(2024, 2, 1), date(2024, 2, 1), "P P S S M L L"),
    ]
    # A membership that ended before the day asked about is no longer listed.
    member = next(m for m in regu.members if m.id == member_id)
    roster_setup.end_regu_membership(
        ctx, member_id, date(2024, 1, 10), expected_version=member.version
    )
    assert [m.staff_id for m in regu_named(db, "Regu Lima").members] == [clerk.id]
    earlier = roster_setup.list_regu(db, on=date(2024, 1, 10))
    assert {m.staff_id for r in earlier if r.id == regu_id for m in r.members} == {
        clerk.id,
        other.id,
    }
    # The four regu of the set-up are there too, by name, each with its ten people.
    names = [r.name for r in roster_setup.list_regu(db, on=TODAY)]
    assert names == ["Regu I", "Regu II", "Regu III", "Regu IV", "Regu Lima"]
    regu_one = regu_named(db, "Regu I")
    assert regu_one.karupam is not None
    assert regu_one.karupam.id in {m.staff_id for m in regu_one.members}
    assert [(r.valid_from, r.cycle) for r in regu_one.rotations] == [(START, "P S M L")]


def test_staff_without_regu_lists_active_own_staff_only(ctx: ActionContext) -> None:
    db = ctx.db
    people, regu_ids = setup_rutan(ctx)
    outside = own_staff_outside_regu(people)
    free = roster_setup.staff_without_regu(db, on=TODAY)
    assert {p.id for p in free} == {p.id for p in outside if p.active}
    assert [p.name for p in free] == sorted(p.name for p in free)
    member_id = roster_setup.add_regu_member(ctx, regu_ids[0], outside[0].id, date(2024, 1, 1))
    set_staff_active(
        ctx,
        outside[1].id,
        active=False,
        since=date(2024, 1, 2),
        expected_version=outside[1].version,
    )
    free_ids = {p.id for p in roster_setup.staff_without_regu(db, on=TODAY)}
    assert outside[0].id not in free_ids
    assert outside[1].id not in free_ids
    roster_setup.end_regu_membership(ctx, member_id, date(2024, 1, 31), expected_version=1)
    assert outside[0].id not in {p.id for p in roster_setup.staff_without_regu(db, on=TODAY)}
    later = roster_setup.staff_without_regu(db, on=date(2024, 2, 1))
    assert outside[0].id in {p.id for p in later}


def test_rename_regu_is_checked(ctx: ActionContext) -> None:
    _, regu_ids = setup_rutan(ctx)
    version = regu_by_id(ctx.db, regu_ids[0]).version
    with pytest.raises(ValidationError) as raised:
        roster_setup.rename_regu(ctx, regu_ids[0], "Regu II", expected_version=version)
    assert raised.value.codes() == {"name": "name_duplicate"}
    with pytest.raises(ValidationError) as raised:
        roster_setup.rename_regu(ctx, regu_ids[0], "   ", expected_version=version)
    assert raised.value.codes() == {"name": "field_required"}
    limit = roster_setup.REGU_LIMITS["name"]
    with pytest.raises(ValidationError) as raised:
        roster_setup.rename_regu(ctx, regu_ids[0], "R" * (limit + 1), expected_version=version)
    assert raised.value.codes() == {"name": "text_too_long"}
    assert raised.value.errors[0].params == {"max": limit}
    with pytest.raises(NotFoundError):
        roster_setup.rename_regu(ctx, 999, "Regu X", expected_version=1)
    entries = audit_count(ctx.db)
    # its own name: nothing changes
    roster_setup.rename_regu(ctx, regu_ids[0], "Regu I", expected_version=version)
    assert audit_count(ctx.db) == entries
    assert regu_by_id(ctx.db, regu_ids[0]).version == version
    with pytest.raises(StaleRecordError):
        roster_setup.rename_regu(ctx, regu_ids[0], "Regu Satu", expected_version=version + 1)


def test_karupam_must_be_a_current_member_of_that_regu(ctx: ActionContext) -> None:
    db = ctx.db
    people, regu_ids = setup_rutan(ctx)

    def version() -> int:
        return regu_by_id(db, regu_ids[0]).version

    in_regu_two = next(p for p in people if p.unit == "Regu II")
    with pytest.raises(ValidationError) as raised:
        roster_setup.set_karupam(
            ctx, regu_ids[0], in_regu_two.id, expected_version=version(), on=TODAY
        )
    assert raised.value.codes() == {"karupam": "karupam_not_member"}
    assert raised.value.errors[0].params == {"name": in_regu_two.name, "regu": "Regu I"}

    outsider = own_staff_outside_regu(people)[0]
    with pytest.raises(ValidationError) as raised:
        roster_setup.set_karupam(
            ctx, regu_ids[0], outsider.id, expected_version=version(), on=TODAY
        )
    assert raised.value.codes() == {"karupam": "karupam_not_member"}

    # A former member no longer qualifies.
    regu_one = regu_named(db, "Regu I")
    leaver = next(m for m in regu_one.members if m.staff_id != regu_one.karupam.id)  # type: ignore[union-attr]
    roster_setup.end_regu_membership(
        ctx, leaver.id, date(2024, 1, 14), expected_version=leaver.version
    )
    with pytest.raises(ValidationError) as raised:
        roster_setup.set_karupam(
            ctx, regu_ids[0], leaver.staff_id, expected_version=version(), on=TODAY
        )
    assert raised.value.codes() == {"karupam": "karupam_not_member"}

    with pytest.raises(NotFoundError):
        roster_setup.set_karupam(ctx, regu_ids[0], 99999, expected_version=version(), on=TODAY)
    with pytest.raises(NotFoundError):
        roster_setup.set_karupam(ctx, 999, None, expected_version=1, on=TODAY)

    member = next(m for m in regu_one.members if m.staff_id != leaver.staff_id)
    roster_setup.set_karupam(
        ctx, regu_ids[0], member.staff_id, expected_version=version(), on=TODAY
    )
    assert regu_named(db, "Regu I").karupam.id == member.staff_id  # type: ignore[union-attr]
    roster_setup.set_karupam(ctx, regu_ids[0], None, expected_version=version(), on=TODAY)
    assert regu_named(db, "Regu I").karupam is None


def test_a_karupam_who_leaves_the_regu_no_longer_leads_it(ctx: ActionContext) -> None:
    db = ctx.db
    _, regu_ids = setup_rutan(ctx)
    regu_one = regu_by_id(db, regu_ids[0])
    assert regu_one.karupam is not None
    head = next(m for m in regu_one.members if m.staff_id == regu_one.karupam.id)
    before = audit_count(db)
    roster_setup.end_regu_membership(ctx, head.id, date(2024, 1, 10), expected_version=head.version)
    assert regu_by_id(db, regu_ids[0]).karupam is None
    with db.read() as session:
        entries = list(
            session.scalars(
                select(AuditEntry).where(AuditEntry.id > before).order_by(AuditEntry.id)
            )
        )
    # One action, two records changed: the membership and the regu, one entry each.
    assert [(e.entity, e.entity_id, e.action) for e in entries] == [
        ("regu_member", str(head.id), "update"),
        ("regu", str(regu_ids[0]), "update"),
    ]
    by_entity = {
        e.entity: (json.loads(e.before or "{}"), json.loads(e.after or "{}")) for e in entries
    }
    assert by_entity["regu_member"][1]["end_date"] == "2024-01-10"
    assert (by_entity["regu"][0]["karupam_id"], by_entity["regu"][1]["karupam_id"]) == (
        head.staff_id,
        None,
    )


def test_update_post_is_checked_like_create_post(ctx: ActionContext) -> None:
    db = ctx.db
    setup_rutan(ctx)
    menara = post_named(db, "Menara")
    limit = roster_setup.POST_LIMITS["name"]
    cases = [
        ("", {"P": 1}, {"name": "field_required"}),
        ("P2U", {"P": 1}, {"name": "name_duplicate"}),
        ("Menara", {"L": 1}, {"minimums": "cycle_unknown_code"}),  # lepas is not a duty
        ("Menara", {"X": 1}, {"minimums": "cycle_unknown_code"}),
        ("Menara", {"P": -1}, {"minimums": "minimum_negative"}),
        ("Menara", {"P": roster_setup.MAX_POST_MINIMUM + 1}, {"minimums": "number_out_of_range"}),
        ("M" * (limit + 1), {"P": 1}, {"name": "text_too_long"}),
    ]
    for name, minimums, codes in cases:
        with pytest.raises(ValidationError) as raised:
            roster_setup.update_post(
                ctx, menara.id, name, minimums, False, expected_version=menara.version
            )
        assert raised.value.codes() == codes, name
    with pytest.raises(NotFoundError):
        roster_setup.update_post(ctx, 999, "Pos", {}, False, expected_version=1)
    assert post_named(db, "Menara") == menara  # nothing was written

    roster_setup.update_post(
        ctx,
        menara.id,
        " Menara  Utara ",
        {"P": 2, "S": 0, "M": 3},
        True,
        expected_version=menara.version,
    )
    post = post_named(db, "Menara Utara")
    assert (post.id, post.needs_woman, post.active) == (menara.id, True, True)
    assert post.minimums == {"P": 2, "M": 3}  # 0: not manned on siang
    assert post.version > menara.version
    # Only the minimums change: still the post's version that goes up (they are its lines).
    roster_setup.update_post(
        ctx, menara.id, "Menara Utara", {"S": 1}, True, expected_version=post.version
    )
    changed = post_named(db, "Menara Utara")
    assert changed.minimums == {"S": 1}
    assert changed.version > post.version
    with pytest.raises(StaleRecordError):
        roster_setup.update_post(
            ctx, menara.id, "Menara", {"S": 1}, True, expected_version=post.version
        )


def test_a_post_with_its_minimums_is_one_audit_entry(ctx: ActionContext) -> None:
    db = ctx.db
    post_id = roster_setup.create_post(ctx, "P2U", {"P": 2, "S": 1})
    created = last_entry(db)
    assert (created.entity, created.entity_id, created.action, created.actor) == (
        "post",
        str(post_id),
        "create",
        ACTOR.audit_name,
    )
    after = json.loads(created.after or "{}")
    assert after["name"] == "P2U"
    assert sorted((m["shift_code"], m["minimum"]) for m in after["post_minimum"]) == [
        ("P", 2),
        ("S", 1),
    ]
    before_count = audit_count(db)
    post = post_named(db, "P2U")
    roster_setup.update_post(ctx, post_id, "P2U", {"P": 3, "M": 1}, False, expected_version=1)
    assert audit_count(db) == before_count + 1
    changed = last_entry(db)
    assert (changed.entity, changed.entity_id, changed.action) == ("post", str(post_id), "update")
    before, after = json.loads(changed.before or "{}"), json.loads(changed.after or "{}")
    assert before["version"] == post.version < after["version"]
    # The lines that changed, under their table's name: P 2 → 3, S removed, M added.
    assert sorted((m["shift_code"], m["minimum"]) for m in before["post_minimum"]) == [
        ("P", 2),
        ("S", 1),
    ]
    assert sorted((m["shift_code"], m["minimum"]) for m in after["post_minimum"]) == [
        ("M", 1),
        ("P", 3),
    ]


def test_deactivated_post_is_not_planned(ctx: ActionContext) -> None:
    db = ctx.db
    setup_rutan(ctx)
    menara = post_named(db, "Menara")
    week = (date(2023, 12, 1), date(2023, 12, 7))
    generation.generate_period(ctx, *week)
    assert menara.id in {e.post_id for e in queries.entries_between(db, *week)}

    roster_setup.set_post_active(ctx, menara.id, False, expected_version=menara.version)
    inactive = post_named(db, "Menara")
    assert inactive.active is False
    generation.generate_period(ctx, *week)
    entries = queries.entries_between(db, *week)
    assert entries
    assert [e for e in entries if e.post_id == menara.id] == []

    roster_setup.set_post_active(ctx, menara.id, True, expected_version=inactive.version)
    generation.generate_period(ctx, *week)
    assert menara.id in {e.post_id for e in queries.entries_between(db, *week)}
    with pytest.raises(NotFoundError):
        roster_setup.set_post_active(ctx, 999, False, expected_version=1)


def test_every_write_adds_one_audit_entry(ctx: ActionContext) -> None:
    db = ctx.db
    people, regu_ids = setup_rutan(ctx)
    regu_one = regu_named(db, "Regu I")
    member = next(m for m in regu_one.members if m.staff_id != regu_one.karupam.id)  # type: ignore[union-attr]
    menara = post_named(db, "Menara")
    outsider = own_staff_outside_regu(people)[0]

    def regu_version() -> int:
        return regu_by_id(db, regu_ids[0]).version

    def post_version() -> int:
        return post_named(db, "Menara").version

    writes = [
        lambda: roster_setup.rename_regu(
            ctx, regu_ids[0], "Regu Satu", expected_version=regu_version()
        ),
        lambda: roster_setup.set_karupam(
            ctx, regu_ids[0], member.staff_id, expected_version=regu_version(), on=TODAY
        ),
        lambda: roster_setup.set_karupam(
            ctx, regu_ids[0], None, expected_version=regu_version(), on=TODAY
        ),
        lambda: roster_setup.update_post(
            ctx, menara.id, "Menara", {"P": 2}, True, expected_version=post_version()
        ),
        lambda: roster_setup.set_post_active(
            ctx, menara.id, False, expected_version=post_version()
        ),
        lambda: roster_setup.set_post_active(ctx, menara.id, True, expected_version=post_version()),
        lambda: roster_setup.create_regu(ctx, "Regu V"),
        lambda: roster_setup.add_regu_member(ctx, regu_ids[1], outsider.id, TODAY),
        lambda: roster_setup.set_rotation(
            ctx, regu_ids[0], "P S M L", anchor=TODAY, valid_from=TODAY
        ),
        lambda: roster_setup.create_post(ctx, "Kunjungan", {"P": 1}),
    ]
    for write in writes:
        before = audit_count(db)
        write()
        assert audit_count(db) == before + 1
        assert last_entry(db).actor == ACTOR.audit_name
    # Saving what is already there changes nothing, and records nothing.
    unchanged = [
        lambda: roster_setup.rename_regu(
            ctx, regu_ids[0], "Regu Satu", expected_version=regu_version()
        ),
        lambda: roster_setup.set_karupam(
            ctx, regu_ids[0], None, expected_version=regu_version(), on=TODAY
        ),
        lambda: roster_setup.update_post(
            ctx, menara.id, "Menara", {"P": 2, "S": 0}, True, expected_version=post_version()
        ),
        lambda: roster_setup.set_post_active(ctx, menara.id, True, expected_version=post_version()),
    ]
    before = audit_count(db)
    for write in unchanged:
        write()
    assert audit_count(db) == before
    # A refused change records nothing either.
    with pytest.raises(ValidationError):
        roster_setup.update_post(ctx, menara.id, "P2U", {}, False, expected_version=post_version())
    assert audit_count(db) == before
    assert audit_check(db).chain_break is None


def test_a_name_taken_meanwhile_on_another_pc_is_a_duplicate(
    ctx: ActionContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check passed (the other PC had not committed yet), and the database's unique
    constraint refuses the write: the clerk sees the same "name taken" as from the check."""
    _, regu_ids = setup_rutan(ctx)
    menara = post_named(ctx.db, "Menara")
    monkeypatch.setattr(roster_setup, "_regu_name_errors", lambda *_args, **_kw: [])
    monkeypatch.setattr(roster_setup, "post_errors_in", lambda *_args, **_kw: [])
    entries = audit_count(ctx.db)
    with pytest.raises(ValidationError) as raised:
        roster_setup.rename_regu(
            ctx, regu_ids[0], "Regu II", expected_version=regu_by_id(ctx.db, regu_ids[0]).version
        )
    assert raised.value.codes() == {"name": "name_duplicate"}
    with pytest.raises(ValidationError) as raised:
        roster_setup.update_post(ctx, menara.id, "P2U", {}, False, expected_version=menara.version)
    assert raised.value.codes() == {"name": "name_duplicate"}
    with pytest.raises(ValidationError) as raised:
        roster_setup.create_regu(ctx, "Regu III")
    assert raised.value.codes() == {"name": "name_duplicate"}
    assert audit_count(ctx.db) == entries
    assert regu_by_id(ctx.db, regu_ids[0]).name == "Regu I"


def test_a_pattern_that_breaks_the_rest_after_a_night_is_refused(ctx: ActionContext) -> None:
    _, regu_ids = setup_rutan(ctx)
    with pytest.raises(ValidationError) as raised:
        roster_setup.set_rotation(
            ctx, regu_ids[0], "M M L L", anchor=START, valid_from=date(2024, 2, 1)
        )
    (error,) = raised.value.errors
    assert (error.field, error.code) == ("cycle", "cycle_rest_after_night")
    assert error.params == {"shift": "M", "other": "M", "hours": 12, "minimum": 24}
    # Nothing was written: the regu keeps the pattern it had.
    regu = regu_by_id(ctx.db, regu_ids[0])
    assert [r.cycle for r in regu.rotations] == ["P S M L"]
