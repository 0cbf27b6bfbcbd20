from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import select

from rutan_desk.domain.accounts import Permission, Role
from rutan_desk.domain.errors import NotFoundError, ValidationError
from rutan_desk.domain.handover import (
    Acknowledger,
    Condition,
    CountKey,
    EquipmentKind,
    HandoverStatus,
    Movement,
    MovementReason,
    OfficerSide,
    OfficerStatus,
    SignRole,
    Tally,
    direction_of,
)
from rutan_desk.domain.nip import Gender
from rutan_desk.domain.roster import AbsenceKind
from rutan_desk.domain.staff import ExternalIdKind, StaffDraft, StaffKind
from rutan_desk.services.accounts import admin
from rutan_desk.services.attachments import PaperSignature, file_bytes
from rutan_desk.services.context import ActionContext, Actor, ActorKind
from rutan_desk.services.errors import PermissionDeniedError, StaleRecordError
from rutan_desk.services.handover import setup
from rutan_desk.services.handover.forms import EventLine, HandoverDraft
from rutan_desk.services.handover.prefill import prefill_handover
from rutan_desk.services.handover.queries import list_handovers, load_handover
from rutan_desk.services.handover.report import handover_report
from rutan_desk.services.handover.saving import add_addendum, save_handover, sign_handover
from rutan_desk.services.roster import generation
from rutan_desk.services.roster import setup as roster_setup
from rutan_desk.services.roster.changes import record_absence
from rutan_desk.services.roster.grid import set_cell
from rutan_desk.services.staff.registry import create_staff
from rutan_desk.store.engine import Database
from rutan_desk.store.models.accounts import AccountRow
from rutan_desk.store.models.audit import AuditEntry
from tests.conftest import ACTOR, ROSTER_TESTS_BEGIN, audit_check

START = date(2024, 1, 1)
JAN_31 = date(2024, 1, 31)
FEB_1 = date(2024, 2, 1)
REGU = ("Regu I", "Regu II", "Regu III", "Regu IV")


@dataclass
class Rutan:
    """Four regu of three on P-S-M-L (the first member leads), one police officer, two blocks,
    the five default categories, and a firearm, its ammunition and two radios to check."""

    regu: dict[str, int]
    members: dict[str, list[int]]
    police: int
    blocks: list[int]
    categories: list[int]
    firearm: int
    ammunition: int
    radios: int

    def karupam(self, regu: str) -> int:
        return self.members[regu][0]


def make_rutan(ctx: ActionContext) -> Rutan:
    db = ctx.db
    members: dict[str, list[int]] = {}
    regu_ids: dict[str, int] = {}
    serial = 1
    for number, name in enumerate(REGU):
        ids = []
        for position in range(3):
            record = create_staff(
                ctx,
                StaffDraft(
                    kind=StaffKind.INTERNAL,
                    name=f"{name} Anggota {position}",
                    nip=f"19850{number + 1}1{position}2010031{serial:03d}",
                    golongan="II/c",
                    position="Kepala Regu Pengamanan" if position == 0 else "Petugas Pengamanan",
                    unit=name,
                    status_since=date(2020, 1, 1),
                ),
            )
            serial += 1
            ids.append(record.id)
        regu_ids[name] = roster_setup.create_regu(ctx, name, ids[0])
        for staff_id in ids:
            roster_setup.add_regu_member(ctx, regu_ids[name], staff_id, START)
        # Regu I works P on 1 January, Regu II S, Regu III M, Regu IV has L.
        roster_setup.set_rotation(
            ctx,
            regu_ids[name],
            "P S M L",
            anchor=START - timedelta(days=number),
            valid_from=START,
        )
        members[name] = ids
    police = create_staff(
        ctx,
        StaffDraft(
            kind=StaffKind.EXTERNAL,
            name="Agus Wibowo",
            gender=Gender.MALE,
            agency="Polres Blora",
            unit="Sat Samapta",
            external_id_kind=ExternalIdKind.NRP_POLRI,
            external_id="87053286",
            external_rank="Bripka",
            status_since=date(2020, 1, 1),
        ),
    ).id
    blocks = [setup.save_block(ctx, name, 60) for name in ("Blok A", "Blok B")]
    categories = [c.id for c in setup.list_categories(db)]
    firearm = setup.save_equipment_item(
        ctx, "Senjata laras panjang", EquipmentKind.SENJATA, 1, serial="SS1-123456"
    )
    ammunition = setup.save_equipment_item(ctx, "Amunisi 5,56 mm", EquipmentKind.AMUNISI, 60)
    radios = setup.save_equipment_item(ctx, "HT Motorola", EquipmentKind.HT, 2)
    return Rutan(regu_ids, members, police, blocks, categories, firearm, ammunition, radios)


@pytest.fixture
def rutan(ctx: ActionContext) -> Rutan:
    return make_rutan(ctx)


def planned(ctx: ActionContext) -> None:
    generation.generate_period(
        ctx.on_morning_of(ROSTER_TESTS_BEGIN), date(2024, 1, 25), date(2024, 2, 5)
    )


def counted_as_expected(draft: HandoverDraft, **explicit: int) -> HandoverDraft:
    """Every count filled in with the opening, except ``explicit`` ones ("b<block>c<cat>")."""
    return replace(
        draft,
        counts=tuple(
            replace(
                line, counted=explicit.get(f"b{line.block_id}c{line.category_id}", line.opening)
            )
            for line in draft.counts
        ),
    )


def opening_balance(draft: HandoverDraft, numbers: dict[CountKey, int]) -> HandoverDraft:
    """The very first handover: the opening numbers typed in, counted the same."""
    return replace(
        draft,
        counts=tuple(
            replace(
                line,
                opening=numbers.get((line.block_id, line.category_id), 0),
                counted=numbers.get((line.block_id, line.category_id), 0),
            )
            for line in draft.counts
        ),
    )


def movement(
    at: time, reason: MovementReason, count: int, block: int, category: int, note: str = ""
) -> Movement:
    return Movement(at, direction_of(reason), reason, block, category, count, note)


def with_counted(draft: HandoverDraft, numbers: dict[CountKey, int]) -> HandoverDraft:
    return replace(
        draft,
        counts=tuple(
            replace(line, counted=numbers.get((line.block_id, line.category_id), line.opening))
            for line in draft.counts
        ),
    )


def received(ctx: ActionContext, handover_id: int, rutan: Rutan) -> None:
    record = load_handover(ctx.db, handover_id)
    giver = record.draft.outgoing_karupam_id
    taker = record.draft.incoming_karupam_id
    assert giver is not None and taker is not None
    sign_handover(ctx, handover_id, SignRole.HAND_OVER, giver, record.change_at)
    sign_handover(ctx, handover_id, SignRole.RECEIVE, taker, record.change_at)


def audit_entries(db: Database, entity: str) -> list[AuditEntry]:
    with db.read() as session:
        return list(
            session.scalars(
                select(AuditEntry).where(AuditEntry.entity == entity).order_by(AuditEntry.id)
            )
        )


# -- prefill ------------------------------------------------------------------------------


def test_the_night_of_31_january_hands_over_to_the_morning_of_1_february(
    ctx: ActionContext, rutan: Rutan
) -> None:
    sick = rutan.members["Regu I"][2]
    record_absence(ctx, sick, AbsenceKind.SAKIT, JAN_31, JAN_31, reference="surat dokter")
    planned(ctx)
    set_cell(ctx.on_morning_of(ROSTER_TESTS_BEGIN), rutan.police, JAN_31, "M")
    setup.add_instruction(ctx, "Razia kamar Blok A setiap malam", "Karutan", JAN_31)

    draft = prefill_handover(ctx.db, JAN_31, "M")

    assert (draft.day, draft.outgoing_shift) == (JAN_31, "M")
    assert (draft.incoming_day, draft.incoming_shift) == (FEB_1, "P")
    assert (draft.outgoing_regu_id, draft.incoming_regu_id) == (
        rutan.regu["Regu I"],
        rutan.regu["Regu II"],
    )
    assert draft.outgoing_karupam_id == rutan.karupam("Regu I")
    assert draft.incoming_karupam_id == rutan.karupam("Regu II")
    officers = [(o.side, o.staff_id, o.status, o.reason) for o in draft.officers]
    regu_one, regu_two = rutan.members["Regu I"], rutan.members["Regu II"]
    assert officers == [
        (OfficerSide.OUTGOING, regu_one[0], OfficerStatus.HADIR, ""),  # the Karupam first
        (OfficerSide.OUTGOING, regu_one[1], OfficerStatus.HADIR, ""),
        (OfficerSide.OUTGOING, sick, OfficerStatus.TIDAK_HADIR, "sakit (surat dokter)"),
        (OfficerSide.INCOMING, regu_two[0], OfficerStatus.HADIR, ""),
        (OfficerSide.INCOMING, regu_two[1], OfficerStatus.HADIR, ""),
        (OfficerSide.INCOMING, regu_two[2], OfficerStatus.HADIR, ""),
        (OfficerSide.EXTERNAL, rutan.police, OfficerStatus.HADIR, ""),
    ]
    assert draft.officers[-1].name == "Agus Wibowo"
    # No handover before: the opening balance is to be typed, for every block and category.
    assert draft.opening_balance and draft.previous_id is None and not draft.previous_unsigned
    assert [(c.block_id, c.category_id) for c in draft.counts] == [
        (block, category) for block in rutan.blocks for category in rutan.categories
    ]
    assert {(c.opening, c.counted) for c in draft.counts} == {(0, None)}
    assert [(e.item_id, e.quantity, e.condition) for e in draft.equipment] == [
        (rutan.firearm, 1, Condition.BAIK),
        (rutan.ammunition, 60, Condition.BAIK),
        (rutan.radios, 2, Condition.BAIK),
    ]
    assert draft.equipment[0].serial == "SS1-123456"
    assert [i.text for i in draft.instructions] == ["Razia kamar Blok A setiap malam"]


def test_the_morning_hands_over_to_the_afternoon_of_the_same_day(
    ctx: ActionContext, rutan: Rutan
) -> None:
    planned(ctx)
    draft = prefill_handover(ctx.db, JAN_31, "P")
    assert (draft.incoming_day, draft.incoming_shift) == (JAN_31, "S")
    assert (draft.outgoing_regu_id, draft.incoming_regu_id) == (
        rutan.regu["Regu III"],
        rutan.regu["Regu IV"],
    )


def test_a_karupam_not_on_the_shift_is_left_for_the_clerk_to_choose(
    ctx: ActionContext, rutan: Rutan
) -> None:
    planned(ctx)
    set_cell(ctx.on_morning_of(ROSTER_TESTS_BEGIN), rutan.karupam("Regu I"), JAN_31, None)
    draft = prefill_handover(ctx.db, JAN_31, "M")
    assert draft.outgoing_regu_id == rutan.regu["Regu I"]  # the regu of most of its people
    assert draft.outgoing_karupam_id is None


def test_a_shift_without_hours_cannot_hand_over(ctx: ActionContext, rutan: Rutan) -> None:
    with pytest.raises(ValidationError) as raised:
        prefill_handover(ctx.db, JAN_31, "L")
    assert raised.value.codes() == {"outgoing_shift": "shift_not_working"}


# -- the chain of counts ------------------------------------------------------------------


def test_opening_counts_chain_across_days_and_the_month_end(
    ctx: ActionContext, rutan: Rutan
) -> None:
    planned(ctx)
    a, b = rutan.blocks
    tl, tp = rutan.categories[:2]
    first = opening_balance(prefill_handover(ctx.db, JAN_31, "S"), {(a, tl): 40, (b, tp): 8})
    first = replace(
        first,
        movements=(
            movement(time(15), MovementReason.SIDANG, 3, a, tl, "Sidang PN Blora"),
            movement(time(18, 30), MovementReason.KEMBALI_SIDANG, 2, a, tl),
            movement(time(16), MovementReason.BARU, 1, b, tp),
        ),
    )
    first = with_counted(first, {(a, tl): 39, (b, tp): 9})
    first_id = save_handover(ctx, first)
    received(ctx, first_id, rutan)
    saved = load_handover(ctx.db, first_id)
    assert saved.draft.opening_balance and saved.draft.previous_id is None
    assert saved.tallies[(a, tl)] == Tally(40, 2, 3, 39)
    assert saved.tallies[(b, tp)] == Tally(8, 1, 0, 9)
    assert saved.differences == {}

    night = prefill_handover(ctx.db, JAN_31, "M")
    assert night.previous_id == first_id and not night.opening_balance
    assert {(c.block_id, c.category_id): c.opening for c in night.counts if c.opening} == {
        (a, tl): 39,
        (b, tp): 9,
    }
    night = replace(night, movements=(movement(time(2, 15), MovementReason.RUMAH_SAKIT, 1, a, tl),))
    # A changed opening is not taken: the opening is always the previous count.
    night = with_counted(night, {(a, tl): 38})
    tampered = {(b, tp): 99, (a, tp): 5}
    night = replace(
        night,
        counts=tuple(
            replace(c, opening=tampered.get((c.block_id, c.category_id), c.opening))
            for c in night.counts
        ),
    )
    night_id = save_handover(ctx, night)
    received(ctx, night_id, rutan)
    tallies = load_handover(ctx.db, night_id).tallies
    assert (tallies[(b, tp)], tallies[(a, tp)]) == (Tally(9, 0, 0, 9), Tally(0, 0, 0, 0))

    morning = prefill_handover(ctx.db, FEB_1, "P")
    assert morning.previous_id == night_id and not morning.previous_unsigned
    openings = {(c.block_id, c.category_id): c.opening for c in morning.counts}
    assert (openings[(a, tl)], openings[(b, tp)]) == (38, 9)
    morning_id = save_handover(ctx, counted_as_expected(morning))
    record = load_handover(ctx.db, morning_id)
    assert record.draft.previous_id == night_id
    assert sum(t.closing for t in record.tallies.values()) == 47


def test_people_in_a_block_no_longer_listed_are_still_carried(
    ctx: ActionContext, rutan: Rutan
) -> None:
    a, b = rutan.blocks
    tl = rutan.categories[0]
    first = opening_balance(prefill_handover(ctx.db, JAN_31, "S"), {(b, tl): 5})
    save_handover(ctx, first)
    draft = prefill_handover(ctx.db, JAN_31, "M")
    # The form drops Blok B; its five people cannot vanish with it.
    draft = replace(
        draft,
        counts=tuple(c for c in draft.counts if c.block_id == a),
        unsigned_previous_reason="buku belum ditandatangani",
    )
    with pytest.raises(ValidationError) as raised:
        save_handover(ctx, counted_as_expected(draft))
    assert raised.value.codes() == {"counts": "count_required"}
    assert raised.value.errors[0].params == {"block": "Blok B", "category": "Tahanan Laki-laki"}


# -- starting over an unsigned handover ---------------------------------------------------


def test_the_next_handover_waits_for_the_previous_signature_unless_a_reason_is_given(
    ctx: ActionContext, rutan: Rutan
) -> None:
    planned(ctx)
    first_id = save_handover(ctx, counted_as_expected(prefill_handover(ctx.db, JAN_31, "S")))
    draft = counted_as_expected(prefill_handover(ctx.db, JAN_31, "M"))
    assert draft.previous_id == first_id and draft.previous_unsigned

    with pytest.raises(ValidationError) as raised:
        save_handover(ctx, draft)
    assert raised.value.codes() == {"unsigned_previous_reason": "previous_unsigned"}
    assert raised.value.errors[0].params == {"day": JAN_31, "shift": "S"}
    assert (
        list_handovers(ctx.db, JAN_31, FEB_1) != []
        and len(list_handovers(ctx.db, JAN_31, FEB_1)) == 1
    )

    reason = "Karupam regu III dipanggil Karutan sebelum tanda tangan"
    second_id = save_handover(ctx, replace(draft, unsigned_previous_reason=reason))
    assert load_handover(ctx.db, second_id).draft.unsigned_previous_reason == reason

    received(ctx, first_id, rutan)
    assert not prefill_handover(ctx.db, JAN_31, "M").previous_unsigned


# -- validation ---------------------------------------------------------------------------


def test_a_difference_cannot_be_saved_without_an_explanation(
    ctx: ActionContext, rutan: Rutan
) -> None:
    a = rutan.blocks[0]
    tl = rutan.categories[0]
    draft = opening_balance(prefill_handover(ctx.db, JAN_31, "S"), {(a, tl): 40})
    draft = with_counted(draft, {(a, tl): 39})
    with pytest.raises(ValidationError) as raised:
        save_handover(ctx, draft)
    assert raised.value.codes() == {"difference_explanation": "difference_needs_explanation"}

    explained = replace(draft, difference_explanation="1 WBP di poliklinik, dihitung ulang")
    record = load_handover(ctx.db, save_handover(ctx, explained))
    assert record.differences == {(a, tl): -1}
    assert record.draft.difference_explanation == "1 WBP di poliklinik, dihitung ulang"


def test_movements_and_counts_are_checked_with_names_and_times(
    ctx: ActionContext, rutan: Rutan
) -> None:
    a = rutan.blocks[0]
    tl = rutan.categories[0]
    draft = opening_balance(prefill_handover(ctx.db, JAN_31, "S"), {(a, tl): 2})
    too_many = replace(draft, movements=(movement(time(14), MovementReason.BEBAS, 3, a, tl),))
    with pytest.raises(ValidationError) as raised:
        save_handover(ctx, too_many)
    (error,) = raised.value.errors
    assert error.code == "movement_exceeds_count"
    assert error.params == {
        "row": 0,
        "block": "Blok A",
        "category": "Tahanan Laki-laki",
        "time": "14.00",
        "count": 3,
        "present": 2,
    }

    late = replace(
        with_counted(draft, {(a, tl): 3}),
        movements=(movement(time(20), MovementReason.BARU, 1, a, tl),),
        events=(EventLine(time(12), "Apel"),),
    )
    with pytest.raises(ValidationError) as raised:
        save_handover(ctx, late)
    assert [(e.field, e.code) for e in raised.value.errors] == [
        ("movements", "time_outside_shift"),
        ("events", "time_outside_shift"),
    ]

    unchecked = replace(draft, counts=(replace(draft.counts[0], counted=None), *draft.counts[1:]))
    unchecked = replace(unchecked, equipment=unchecked.equipment[1:])
    with pytest.raises(ValidationError) as raised:
        save_handover(ctx, unchecked)
    assert {(e.field, e.code) for e in raised.value.errors} == {
        ("counts", "count_required"),
        ("equipment", "equipment_not_checked"),
    }
    assert list_handovers(ctx.db, JAN_31, JAN_31) == []  # nothing was written


def test_an_absent_officer_needs_a_reason(ctx: ActionContext, rutan: Rutan) -> None:
    planned(ctx)
    draft = counted_as_expected(prefill_handover(ctx.db, JAN_31, "S"))
    absent = replace(draft.officers[1], status=OfficerStatus.TIDAK_HADIR)
    draft = replace(draft, officers=(draft.officers[0], absent, *draft.officers[2:]))
    with pytest.raises(ValidationError) as raised:
        save_handover(ctx, draft)
    assert raised.value.codes() == {"officers": "absence_reason_required"}


def test_one_handover_per_shift_change(ctx: ActionContext, rutan: Rutan) -> None:
    draft = counted_as_expected(prefill_handover(ctx.db, JAN_31, "S"))
    save_handover(ctx, draft)
    with pytest.raises(ValidationError) as raised:
        save_handover(ctx, replace(draft, unsigned_previous_reason="x"))
    assert raised.value.codes() == {"outgoing_shift": "handover_exists"}


# -- signing, locking, addenda ------------------------------------------------------------


def test_receiving_locks_the_handover_and_corrections_become_numbered_addenda(
    ctx: ActionContext, rutan: Rutan
) -> None:
    planned(ctx)
    draft = counted_as_expected(prefill_handover(ctx.db, JAN_31, "M"))
    draft = replace(
        draft, events=(EventLine(time(3, 10), "WBP sakit perut"), EventLine(time(22), "Apel"))
    )
    handover_id = save_handover(ctx, draft)
    with pytest.raises(ValidationError) as raised:
        add_addendum(ctx, handover_id, "koreksi", "belum dikunci")
    assert raised.value.codes() == {"handover": "handover_not_locked"}

    giver, taker = rutan.karupam("Regu I"), rutan.karupam("Regu II")
    handed_at = datetime(2024, 2, 1, 7, 5)
    assert (
        sign_handover(ctx, handover_id, SignRole.HAND_OVER, giver, handed_at)
        == HandoverStatus.HANDED_OVER
    )
    status = sign_handover(ctx, handover_id, "receive", taker, handed_at + timedelta(1 / 24))
    assert status == HandoverStatus.RECEIVED

    saved = load_handover(ctx.db, handover_id)
    assert saved.locked
    edited = replace(saved.draft, events=(*saved.draft.events, EventLine(time(5), "tambahan")))
    with pytest.raises(ValidationError) as raised:
        save_handover(ctx, edited)
    assert raised.value.codes() == {"handover": "handover_locked"}

    # Written in a person's name: the one given (a clerk typing what the Karupam wrote) ...
    assert (
        add_addendum(
            ctx, handover_id, "Salah tulis", "WBP sakit gigi, bukan perut", author_id=giver
        )
        == 1
    )
    # ... else the account's person, else the account's name; never a login.
    own = ActionContext(ctx.db, Actor(ActorKind.SYSTEM, "karupam.dua", staff_id=taker))
    assert add_addendum(own, handover_id, "Tambahan", "Lampu Blok B mati") == 2
    named = ActionContext(ctx.db, Actor(ActorKind.SYSTEM, "petugas.lain", "Sri Wahyuni, S.H."))
    assert add_addendum(named, handover_id, "Tambahan", "Air kamar mandi Blok A mati") == 3
    with pytest.raises(ValidationError) as raised:
        add_addendum(ctx, handover_id, "Tambahan", "tanpa nama")
    assert raised.value.codes() == {"author": "addendum_author_unknown"}
    with pytest.raises(ValidationError) as raised:
        add_addendum(ctx, handover_id, " ", "", author_id=giver)
    assert raised.value.codes() == {"reason": "field_required", "text": "field_required"}

    record = load_handover(ctx.db, handover_id)
    assert [e.text for e in record.draft.events] == ["Apel", "WBP sakit perut"]  # shift order
    assert [(a.number, a.reason, a.author) for a in record.addenda] == [
        (1, "Salah tulis", "Regu I Anggota 0"),
        (2, "Tambahan", "Regu II Anggota 0"),
        (3, "Tambahan", "Sri Wahyuni, S.H."),
    ]
    assert record.addenda[0].author_identity == "19850110 201003 1 001"  # for the signature
    assert record.addenda[2].author_identity == ""
    assert record.handed is not None and record.received is not None
    assert (record.handed.staff_id, record.handed.at, record.handed.stand_in) == (
        giver,
        handed_at,
        False,
    )
    assert record.received.name == "Regu II Anggota 0"
    # Saved, handed over, received: one entry each, naming the status and who signed.
    entries = audit_entries(ctx.db, "handover")
    assert [(e.action, e.entity_id, e.actor) for e in entries] == [
        ("create", str(handover_id), ACTOR.audit_name),
        ("update", str(handover_id), ACTOR.audit_name),
        ("update", str(handover_id), ACTOR.audit_name),
    ]
    afters = [json.loads(e.after or "{}") for e in entries]
    assert [a["status"] for a in afters] == ["draft", "handed_over", "received"]
    assert (afters[1]["handed_by_id"], afters[1]["received_by_id"]) == (giver, None)
    assert afters[2]["received_by_id"] == taker
    addenda = audit_entries(ctx.db, "handover_addendum")
    assert [(e.action, e.actor) for e in addenda] == [
        ("create", ACTOR.audit_name),
        ("create", "sistem:karupam.dua"),
        ("create", "sistem:petugas.lain"),
    ]
    assert [json.loads(e.after or "{}")["number"] for e in addenda] == [1, 2, 3]
    assert audit_check(ctx.db).chain_break is None


def test_signatures_in_order_by_different_people_with_stand_ins_recorded(
    ctx: ActionContext, rutan: Rutan
) -> None:
    planned(ctx)
    handover_id = save_handover(ctx, counted_as_expected(prefill_handover(ctx.db, JAN_31, "P")))
    giver = rutan.members["Regu III"][1]  # standing in for the Karupam of Regu III
    taker = rutan.karupam("Regu IV")
    change = datetime(2024, 1, 31, 13)
    with pytest.raises(ValidationError) as raised:
        sign_handover(ctx, handover_id, SignRole.RECEIVE, taker, change)
    assert raised.value.codes() == {"role": "sign_out_of_order"}
    with pytest.raises(ValidationError) as raised:
        sign_handover(ctx, handover_id, SignRole.HAND_OVER, giver, datetime(2024, 1, 31, 6))
    assert raised.value.codes() == {"at": "sign_time_before_shift"}

    sign_handover(ctx, handover_id, SignRole.HAND_OVER, giver, change)
    with pytest.raises(ValidationError) as raised:
        sign_handover(ctx, handover_id, SignRole.RECEIVE, giver, change)
    assert raised.value.codes() == {"staff": "sign_same_person"}
    with pytest.raises(ValidationError) as raised:
        sign_handover(ctx, handover_id, SignRole.RECEIVE, taker, change - timedelta(hours=1))
    assert raised.value.codes() == {"at": "sign_time_order"}
    sign_handover(ctx, handover_id, SignRole.RECEIVE, taker, change)
    ka_kpr = rutan.members["Regu II"][0]
    sign_handover(ctx, handover_id, SignRole.ACKNOWLEDGE, ka_kpr, datetime(2024, 1, 31, 14))
    with pytest.raises(NotFoundError):
        sign_handover(ctx, handover_id + 1, SignRole.HAND_OVER, giver, change)

    record = load_handover(ctx.db, handover_id)
    assert record.status == HandoverStatus.ACKNOWLEDGED
    assert record.handed is not None and record.handed.stand_in
    assert record.received is not None and not record.received.stand_in
    assert record.acknowledged is not None
    assert record.acknowledged.role == Acknowledger.KA_KPR.value  # a Wednesday, 14.00
    # Each signature is an update of the handover: who signed in which role, and whether it
    # was the Karupam of that side (the stand-in handing over is not).
    signatures = [json.loads(e.after or "{}") for e in audit_entries(ctx.db, "handover")[1:]]
    assert [s["status"] for s in signatures] == ["handed_over", "received", "acknowledged"]
    handed, received_, acknowledged = signatures
    assert handed["handed_by_id"] == giver != handed["outgoing_karupam_id"]  # a stand-in
    assert received_["received_by_id"] == taker == received_["incoming_karupam_id"]
    assert (acknowledged["acknowledged_by_id"], acknowledged["acknowledged_role"]) == (
        ka_kpr,
        Acknowledger.KA_KPR.value,
    )


def test_the_duty_officer_acknowledges_outside_office_hours(
    ctx: ActionContext, rutan: Rutan
) -> None:
    planned(ctx)
    handover_id = save_handover(ctx, counted_as_expected(prefill_handover(ctx.db, JAN_31, "S")))
    received(ctx, handover_id, rutan)
    officer = rutan.members["Regu II"][0]
    sign_handover(ctx, handover_id, SignRole.ACKNOWLEDGE, officer, datetime(2024, 1, 31, 20))
    record = load_handover(ctx.db, handover_id)
    assert record.acknowledged is not None
    assert record.acknowledged.role == Acknowledger.PERWIRA_PIKET.value


def test_changing_a_handed_over_draft_withdraws_the_outgoing_signature(
    ctx: ActionContext, rutan: Rutan
) -> None:
    planned(ctx)
    handover_id = save_handover(ctx, counted_as_expected(prefill_handover(ctx.db, JAN_31, "S")))
    sign_handover(
        ctx,
        handover_id,
        SignRole.HAND_OVER,
        rutan.karupam("Regu IV"),
        datetime(2024, 1, 31, 19),
    )
    draft = load_handover(ctx.db, handover_id).draft
    audited = len(audit_entries(ctx.db, "handover"))
    save_handover(ctx, draft)  # saved again unchanged: the signature stands
    assert load_handover(ctx.db, handover_id).status == HandoverStatus.HANDED_OVER
    assert len(audit_entries(ctx.db, "handover")) == audited

    save_handover(ctx, replace(draft, events=(EventLine(time(18), "Hujan deras"),)))
    record = load_handover(ctx.db, handover_id)
    assert record.status == HandoverStatus.DRAFT and record.handed is None
    assert [e.text for e in record.draft.events] == ["Hujan deras"]
    update = audit_entries(ctx.db, "handover")[-1]
    assert update.action == "update"
    before, after = json.loads(update.before or "{}"), json.loads(update.after or "{}")
    assert (before["status"], after["status"]) == ("handed_over", "draft")
    assert (before["handed_by_id"], after["handed_by_id"]) == (rutan.karupam("Regu IV"), None)
    # The lines that changed, under their table: one event added, nothing removed; the
    # counts did not change and are not repeated.
    assert "handover_event" not in before
    assert [line["text"] for line in after["handover_event"]] == ["Hujan deras"]
    assert "handover_count" not in before and "handover_count" not in after
    assert before["version"] == draft.version < after["version"]
    # The form opened before this save is out of date now.
    with pytest.raises(StaleRecordError) as raised:
        save_handover(ctx, replace(draft, events=(EventLine(time(18, 5), "Hujan reda"),)))
    assert raised.value.changed_by == ACTOR.audit_name
    assert "status" in raised.value.fields


# -- equipment ----------------------------------------------------------------------------


def test_a_missing_firearm_is_a_hard_warning(ctx: ActionContext, rutan: Rutan) -> None:
    draft = counted_as_expected(prefill_handover(ctx.db, JAN_31, "S"))
    equipment = tuple(
        replace(line, quantity=0, condition=Condition.HILANG, note="tidak ada di gudang")
        if line.item_id == rutan.firearm
        else replace(line, condition=Condition.RUSAK, damaged=1)
        if line.item_id == rutan.radios
        else line
        for line in draft.equipment
    )
    record = load_handover(ctx.db, save_handover(ctx, replace(draft, equipment=equipment)))
    assert [(w.item_id, w.code, w.hard, w.propose_incident) for w in record.warnings] == [
        (rutan.firearm, "firearm_missing", True, True),
        (rutan.radios, "equipment_damaged", False, False),
    ]
    # The next handover starts from what this one found.
    received_draft = prefill_handover(ctx.db, JAN_31, "M")
    lines = {line.item_id: line for line in received_draft.equipment}
    assert (lines[rutan.firearm].quantity, lines[rutan.firearm].condition) == (
        0,
        Condition.HILANG,
    )
    assert (lines[rutan.radios].condition, lines[rutan.radios].damaged) == (Condition.RUSAK, 1)


def test_a_damaged_item_says_how_many_are_damaged(ctx: ActionContext, rutan: Rutan) -> None:
    draft = counted_as_expected(prefill_handover(ctx.db, JAN_31, "S"))

    def radios(**changes: object) -> HandoverDraft:
        equipment = tuple(
            replace(line, **changes) if line.item_id == rutan.radios else line  # type: ignore[arg-type]
            for line in draft.equipment
        )
        return replace(draft, equipment=equipment)

    for damaged in (0, 3):  # none, or more than the two present
        with pytest.raises(ValidationError) as raised:
            save_handover(ctx, radios(condition=Condition.RUSAK, damaged=damaged))
        assert raised.value.codes() == {"equipment": "damaged_count"}
    # Only a line marked damaged keeps a number damaged.
    handover_id = save_handover(ctx, radios(condition=Condition.BAIK, damaged=1))
    saved = load_handover(ctx.db, handover_id)
    assert next(e.damaged for e in saved.draft.equipment if e.item_id == rutan.radios) == 0
    saved_id = save_handover(
        ctx,
        replace(
            radios(condition=Condition.RUSAK, damaged=1),
            id=handover_id,
            version=saved.draft.version,
        ),
    )
    line = next(
        e for e in load_handover(ctx.db, saved_id).draft.equipment if e.item_id == rutan.radios
    )
    assert (line.quantity, line.condition, line.damaged) == (2, Condition.RUSAK, 1)


# -- history ------------------------------------------------------------------------------


def test_the_history_filters_by_dates_regu_differences_and_missing_equipment(
    ctx: ActionContext, rutan: Rutan
) -> None:
    planned(ctx)
    a = rutan.blocks[0]
    tl = rutan.categories[0]
    first = opening_balance(prefill_handover(ctx.db, JAN_31, "P"), {(a, tl): 10})
    first_id = save_handover(ctx, first)
    received(ctx, first_id, rutan)
    second = with_counted(prefill_handover(ctx.db, JAN_31, "S"), {(a, tl): 9})
    second_id = save_handover(
        ctx, replace(second, difference_explanation="1 WBP dirawat di klinik")
    )
    received(ctx, second_id, rutan)
    third = counted_as_expected(prefill_handover(ctx.db, JAN_31, "M"))
    third = replace(
        third,
        equipment=tuple(
            replace(line, quantity=50) if line.item_id == rutan.ammunition else line
            for line in third.equipment
        ),
    )
    third_id = save_handover(ctx, third)
    received(ctx, third_id, rutan)
    add_addendum(
        ctx, third_id, "Koreksi", "Amunisi dipakai latihan", author_id=rutan.karupam("Regu I")
    )

    everything = list_handovers(ctx.db, JAN_31, FEB_1)
    assert [s.id for s in everything] == [third_id, second_id, first_id]  # newest first
    newest = everything[0]
    assert (newest.outgoing_shift, newest.incoming_shift) == ("M", "P")
    assert (newest.outgoing_regu, newest.incoming_regu) == ("Regu I", "Regu II")
    assert newest.outgoing_karupam == "Regu I Anggota 0"
    assert (newest.counted, newest.addenda, newest.status) == (9, 1, HandoverStatus.RECEIVED)
    assert [s.id for s in list_handovers(ctx.db, JAN_31, FEB_1, with_differences=True)] == [
        second_id
    ]
    assert [s.id for s in list_handovers(ctx.db, JAN_31, FEB_1, with_missing_equipment=True)] == [
        third_id
    ]
    regu_four = list_handovers(ctx.db, JAN_31, FEB_1, regu_id=rutan.regu["Regu IV"])
    assert [s.id for s in regu_four] == [second_id, first_id]  # takes over, then hands over
    assert list_handovers(ctx.db, FEB_1, FEB_1) == []
    regu_one = list_handovers(ctx.db, JAN_31, JAN_31, regu_id=rutan.regu["Regu I"])
    assert regu_one == [newest, everything[1]]  # hands over at night, took over the evening


# -- standing instructions ----------------------------------------------------------------


def test_instructions_are_carried_until_removed_and_kept_by_the_handovers_that_had_them(
    ctx: ActionContext, rutan: Rutan
) -> None:
    kept = setup.add_instruction(ctx, "Siaga Nataru: senjata selalu siap", "Ka KPR", JAN_31)
    short = setup.add_instruction(ctx, "Kunjungan ditiadakan", "Karutan", JAN_31)
    handover_id = save_handover(ctx, counted_as_expected(prefill_handover(ctx.db, JAN_31, "S")))
    setup.remove_instruction(ctx, short, FEB_1, "Karutan", expected_version=1)

    assert [i.id for i in prefill_handover(ctx.db, JAN_31, "M").instructions] == [kept, short]
    assert [i.id for i in prefill_handover(ctx.db, FEB_1, "P").instructions] == [kept]
    assert [i.id for i in load_handover(ctx.db, handover_id).draft.instructions] == [kept, short]


# -- accounts and signatures on paper -----------------------------------------------------

PNG_SCAN = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64  # what the check of a scan looks at


def account(ctx: ActionContext, login: str, role: Role, staff_id: int | None) -> ActionContext:
    """An account made by the Administrator, acting (its first-sign-in password aside)."""
    created = admin.create_account(
        ctx, login, login.title(), role, "Sementara-2024", staff_id=staff_id
    )
    with ctx.db.write("sistem:uji") as session:  # as if it had chosen its own password
        row = session.get(AccountRow, created.id)
        assert row is not None
        row.must_change_password = False
    return ActionContext(ctx.db, created.actor())


def test_the_clerk_records_an_acknowledgement_given_on_paper(
    ctx: ActionContext, rutan: Rutan
) -> None:
    """The Ka KPR signs the printed report; the clerk may not acknowledge in the app in her
    name, but records the paper signature with its scan, and the record says on paper."""
    planned(ctx)
    handover_id = save_handover(ctx, counted_as_expected(prefill_handover(ctx.db, JAN_31, "P")))
    received(ctx, handover_id, rutan)
    ka_kpr = rutan.members["Regu II"][0]
    clerk = account(ctx, "operator", Role.OPERATOR, rutan.members["Regu IV"][2])
    at = datetime(2024, 1, 31, 14)

    with pytest.raises(PermissionDeniedError) as denied:
        sign_handover(clerk, handover_id, SignRole.ACKNOWLEDGE, ka_kpr, at)
    assert denied.value.permission is Permission.HANDOVER_ACKNOWLEDGE
    with pytest.raises(ValidationError) as raised:
        sign_handover(
            clerk,
            handover_id,
            SignRole.ACKNOWLEDGE,
            ka_kpr,
            at,
            paper=PaperSignature(at.date(), b"not a scan", "ttd.txt"),
        )
    assert raised.value.codes() == {"scan": "file_not_scan"}
    assert load_handover(ctx.db, handover_id).acknowledged is None  # nothing half-saved

    status = sign_handover(
        clerk,
        handover_id,
        SignRole.ACKNOWLEDGE,
        ka_kpr,
        at,
        paper=PaperSignature(at.date(), PNG_SCAN, "ttd-kakpr.png"),
    )

    assert status == HandoverStatus.ACKNOWLEDGED
    signed = load_handover(ctx.db, handover_id).acknowledged
    assert signed is not None and signed.staff_id == ka_kpr
    assert signed.on_paper == at.date() and signed.scan_id is not None
    assert file_bytes(ctx.db, signed.scan_id) == ("ttd-kakpr.png", "image/png", PNG_SCAN)
    (entry,) = audit_entries(ctx.db, "paper_signature")
    assert entry.actor == "akun:operator"
    line = next(
        s for s in handover_report(ctx.db, handover_id).signatures if s.role == "Mengetahui"
    )
    assert line.on_paper == at.date()


def test_an_account_signs_in_the_app_only_as_its_own_person(
    ctx: ActionContext, rutan: Rutan
) -> None:
    planned(ctx)
    handover_id = save_handover(ctx, counted_as_expected(prefill_handover(ctx.db, JAN_31, "P")))
    giver = rutan.karupam("Regu III")
    karupam = account(ctx, "karupam3", Role.KARUPAM, giver)
    other = account(ctx, "karupam4", Role.KARUPAM, rutan.karupam("Regu IV"))
    change = datetime(2024, 1, 31, 13)

    with pytest.raises(ValidationError) as raised:
        sign_handover(other, handover_id, SignRole.HAND_OVER, giver, change)
    assert raised.value.codes() == {"staff": "sign_as_yourself"}
    with pytest.raises(PermissionDeniedError):  # a Karupam does not record paper signatures
        sign_handover(
            other,
            handover_id,
            SignRole.HAND_OVER,
            giver,
            change,
            paper=PaperSignature(change.date(), PNG_SCAN, "ttd.png"),
        )
    assert sign_handover(karupam, handover_id, SignRole.HAND_OVER, giver, change) == (
        HandoverStatus.HANDED_OVER
    )
