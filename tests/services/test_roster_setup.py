"""Setting up regu and posts: what the setup dialog reads, and the changes it makes."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.exc import IntegrityError

from rutan_desk.domain.errors import NotFoundError, ValidationError
from rutan_desk.domain.staff import StaffKind
from rutan_desk.services import roster, roster_setup
from rutan_desk.services.maintenance import check_audit_trail
from rutan_desk.services.staff import StaffRecord, set_staff_active
from rutan_desk.store.engine import Database
from tests.services.test_roster_service import START, setup_rutan

TODAY = date(2024, 1, 15)


def audit_count(db: Database) -> int:
    return check_audit_trail(db).entries


def regu_named(db: Database, name: str) -> roster_setup.ReguInfo:
    return next(r for r in roster_setup.list_regu(db, on=TODAY) if r.name == name)


def post_named(db: Database, name: str) -> roster_setup.PostInfo:
    return next(p for p in roster_setup.list_posts(db) if p.name == name)


def own_staff_outside_regu(people: list[StaffRecord]) -> list[StaffRecord]:
    return [p for p in people if p.kind == StaffKind.INTERNAL and not p.unit.startswith("Regu ")]


def test_list_regu_reflects_the_writes(db: Database, actor: str) -> None:
    people, _ = setup_rutan(db, actor)
    clerk, other = own_staff_outside_regu(people)[:2]
    regu_id = roster.create_regu(db, actor, "Regu V")
    roster.add_regu_member(db, actor, regu_id, clerk.id, date(2024, 1, 1))
    member_id = roster.add_regu_member(db, actor, regu_id, other.id, date(2024, 1, 1))
    roster.set_rotation(
        db, actor, regu_id, "p-s-m-l", anchor=date(2024, 1, 1), valid_from=date(2024, 1, 1)
    )
    roster.set_rotation(
        db, actor, regu_id, "P P S S M M L L", anchor=date(2024, 2, 1), valid_from=date(2024, 2, 1)
    )
    roster_setup.rename_regu(db, actor, regu_id, "  Regu   Lima ")
    roster_setup.set_karupam(db, actor, regu_id, clerk.id, on=TODAY)

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
        (date(2024, 2, 1), date(2024, 2, 1), "P P S S M M L L"),
    ]
    # A membership that ended before the day asked about is no longer listed.
    roster.end_regu_membership(db, actor, member_id, date(2024, 1, 10))
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


def test_staff_without_regu_lists_active_own_staff_only(db: Database, actor: str) -> None:
    people, regu_ids = setup_rutan(db, actor)
    outside = own_staff_outside_regu(people)
    free = roster_setup.staff_without_regu(db, on=TODAY)
    assert {p.id for p in free} == {p.id for p in outside if p.active}
    assert [p.name for p in free] == sorted(p.name for p in free)
    member_id = roster.add_regu_member(db, actor, regu_ids[0], outside[0].id, date(2024, 1, 1))
    set_staff_active(db, actor, outside[1].id, active=False, since=date(2024, 1, 2))
    free_ids = {p.id for p in roster_setup.staff_without_regu(db, on=TODAY)}
    assert outside[0].id not in free_ids
    assert outside[1].id not in free_ids
    roster.end_regu_membership(db, actor, member_id, date(2024, 1, 31))
    assert outside[0].id not in {p.id for p in roster_setup.staff_without_regu(db, on=TODAY)}
    later = roster_setup.staff_without_regu(db, on=date(2024, 2, 1))
    assert outside[0].id in {p.id for p in later}


def test_rename_regu_is_checked(db: Database, actor: str) -> None:
    _, regu_ids = setup_rutan(db, actor)
    with pytest.raises(ValidationError) as raised:
        roster_setup.rename_regu(db, actor, regu_ids[0], "Regu II")
    assert raised.value.codes() == {"name": "name_duplicate"}
    with pytest.raises(ValidationError) as raised:
        roster_setup.rename_regu(db, actor, regu_ids[0], "   ")
    assert raised.value.codes() == {"name": "field_required"}
    with pytest.raises(ValidationError) as raised:
        roster_setup.rename_regu(db, actor, regu_ids[0], "R" * 41)
    assert raised.value.codes() == {"name": "text_too_long"}
    with pytest.raises(NotFoundError):
        roster_setup.rename_regu(db, actor, 999, "Regu X")
    roster_setup.rename_regu(db, actor, regu_ids[0], "Regu I")  # its own name: nothing changes


def test_karupam_must_be_a_current_member_of_that_regu(db: Database, actor: str) -> None:
    people, regu_ids = setup_rutan(db, actor)
    in_regu_two = next(p for p in people if p.unit == "Regu II")
    with pytest.raises(ValidationError) as raised:
        roster_setup.set_karupam(db, actor, regu_ids[0], in_regu_two.id, on=TODAY)
    assert raised.value.codes() == {"karupam": "karupam_not_member"}
    assert raised.value.errors[0].params == {"name": in_regu_two.name, "regu": "Regu I"}

    outsider = own_staff_outside_regu(people)[0]
    with pytest.raises(ValidationError) as raised:
        roster_setup.set_karupam(db, actor, regu_ids[0], outsider.id, on=TODAY)
    assert raised.value.codes() == {"karupam": "karupam_not_member"}

    # A former member no longer qualifies.
    regu_one = regu_named(db, "Regu I")
    leaver = next(m for m in regu_one.members if m.staff_id != regu_one.karupam.id)  # type: ignore[union-attr]
    roster.end_regu_membership(db, actor, leaver.id, date(2024, 1, 14))
    with pytest.raises(ValidationError) as raised:
        roster_setup.set_karupam(db, actor, regu_ids[0], leaver.staff_id, on=TODAY)
    assert raised.value.codes() == {"karupam": "karupam_not_member"}

    with pytest.raises(NotFoundError):
        roster_setup.set_karupam(db, actor, regu_ids[0], 99999, on=TODAY)
    with pytest.raises(NotFoundError):
        roster_setup.set_karupam(db, actor, 999, None, on=TODAY)

    member = next(m for m in regu_one.members if m.staff_id != leaver.staff_id)
    roster_setup.set_karupam(db, actor, regu_ids[0], member.staff_id, on=TODAY)
    assert regu_named(db, "Regu I").karupam.id == member.staff_id  # type: ignore[union-attr]
    roster_setup.set_karupam(db, actor, regu_ids[0], None, on=TODAY)
    assert regu_named(db, "Regu I").karupam is None


def test_update_post_is_checked_like_create_post(db: Database, actor: str) -> None:
    setup_rutan(db, actor)
    menara = post_named(db, "Menara")
    cases = [
        ("", {"P": 1}, {"name": "field_required"}),
        ("P2U", {"P": 1}, {"name": "name_duplicate"}),
        ("Menara", {"L": 1}, {"minimums": "cycle_unknown_code"}),  # lepas is not a duty
        ("Menara", {"X": 1}, {"minimums": "cycle_unknown_code"}),
        ("Menara", {"P": -1}, {"minimums": "minimum_negative"}),
        ("M" * 61, {"P": 1}, {"name": "text_too_long"}),
    ]
    for name, minimums, codes in cases:
        with pytest.raises(ValidationError) as raised:
            roster_setup.update_post(db, actor, menara.id, name, minimums, False)
        assert raised.value.codes() == codes, name
    with pytest.raises(NotFoundError):
        roster_setup.update_post(db, actor, 999, "Pos", {}, False)
    assert post_named(db, "Menara") == menara  # nothing was written

    roster_setup.update_post(
        db, actor, menara.id, " Menara  Utara ", {"P": 2, "S": 0, "M": 3}, True
    )
    post = post_named(db, "Menara Utara")
    assert (post.id, post.needs_woman, post.active) == (menara.id, True, True)
    assert post.minimums == {"P": 2, "M": 3}  # 0: not manned on siang
    roster_setup.update_post(db, actor, menara.id, "Menara Utara", {"S": 1}, True)
    assert post_named(db, "Menara Utara").minimums == {"S": 1}


def test_deactivated_post_is_not_planned(db: Database, actor: str) -> None:
    setup_rutan(db, actor)
    menara = post_named(db, "Menara")
    week = (date(2023, 12, 1), date(2023, 12, 7))
    roster.generate_period(db, actor, *week)
    assert menara.id in {e.post_id for e in roster.entries_between(db, *week)}

    roster_setup.set_post_active(db, actor, menara.id, False)
    assert post_named(db, "Menara").active is False
    roster.generate_period(db, actor, *week)
    entries = roster.entries_between(db, *week)
    assert entries
    assert [e for e in entries if e.post_id == menara.id] == []

    roster_setup.set_post_active(db, actor, menara.id, True)
    roster.generate_period(db, actor, *week)
    assert menara.id in {e.post_id for e in roster.entries_between(db, *week)}
    with pytest.raises(NotFoundError):
        roster_setup.set_post_active(db, actor, 999, False)


def test_every_write_adds_one_audit_entry(db: Database, actor: str) -> None:
    people, regu_ids = setup_rutan(db, actor)
    regu_one = regu_named(db, "Regu I")
    member = next(m for m in regu_one.members if m.staff_id != regu_one.karupam.id)  # type: ignore[union-attr]
    menara = post_named(db, "Menara")
    outsider = own_staff_outside_regu(people)[0]
    writes = [
        lambda: roster_setup.rename_regu(db, actor, regu_ids[0], "Regu Satu"),
        lambda: roster_setup.set_karupam(db, actor, regu_ids[0], member.staff_id, on=TODAY),
        lambda: roster_setup.set_karupam(db, actor, regu_ids[0], None, on=TODAY),
        lambda: roster_setup.update_post(db, actor, menara.id, "Menara", {"P": 2}, True),
        lambda: roster_setup.set_post_active(db, actor, menara.id, False),
        lambda: roster_setup.set_post_active(db, actor, menara.id, True),
        # The functions of the roster service the dialog calls for the rest.
        lambda: roster.create_regu(db, actor, "Regu V"),
        lambda: roster.add_regu_member(db, actor, regu_ids[1], outsider.id, TODAY),
        lambda: roster.set_rotation(
            db, actor, regu_ids[0], "P S M L", anchor=TODAY, valid_from=TODAY
        ),
        lambda: roster.create_post(db, actor, "Kunjungan", {"P": 1}),
    ]
    for write in writes:
        before = audit_count(db)
        write()
        assert audit_count(db) == before + 1
    # Saving what is already there changes nothing, and records nothing.
    unchanged = [
        lambda: roster_setup.rename_regu(db, actor, regu_ids[0], "Regu Satu"),
        lambda: roster_setup.set_karupam(db, actor, regu_ids[0], None, on=TODAY),
        lambda: roster_setup.update_post(db, actor, menara.id, "Menara", {"P": 2, "S": 0}, True),
        lambda: roster_setup.set_post_active(db, actor, menara.id, True),
    ]
    before = audit_count(db)
    for write in unchanged:
        write()
    assert audit_count(db) == before
    # A refused change records nothing either.
    with pytest.raises(ValidationError):
        roster_setup.update_post(db, actor, menara.id, "P2U", {}, False)
    assert audit_count(db) == before
    assert check_audit_trail(db).first_break is None


def test_a_name_taken_meanwhile_on_another_pc_is_a_duplicate(
    db: Database, actor: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def race(*_args: object) -> None:
        raise IntegrityError("UPDATE", {}, Exception("unique constraint"))

    monkeypatch.setattr(roster_setup, "_rename_regu", race)
    monkeypatch.setattr(roster_setup, "_update_post", race)
    with pytest.raises(ValidationError) as raised:
        roster_setup.rename_regu(db, actor, 1, "Regu II")
    assert raised.value.codes() == {"name": "name_duplicate"}
    with pytest.raises(ValidationError) as raised:
        roster_setup.update_post(db, actor, 1, "P2U", {}, False)
    assert raised.value.codes() == {"name": "name_duplicate"}
