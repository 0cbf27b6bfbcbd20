from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rutan_desk.domain.errors import ValidationError
from rutan_desk.domain.handover import (
    REASON_LABELS,
    REASONS,
    Acknowledger,
    Condition,
    CountKey,
    Direction,
    EquipmentCheck,
    EquipmentKind,
    HandoverStatus,
    Movement,
    MovementReason,
    SignRole,
    Tally,
    acknowledger_at,
    differences,
    direction_of,
    equipment_summary,
    equipment_warnings,
    minutes_into_shift,
    moment_in_shift,
    next_shift,
    shift_span_short,
    shift_span_text,
    status_after,
    tally,
    within_shift,
)
from rutan_desk.domain.shifts import DEFAULT_SHIFT_TYPES, ShiftType

NIGHT_START = time(19)
KEYS: list[CountKey] = [(block, category) for block in (1, 2, 3) for category in (10, 20)]


def move(
    at: time,
    reason: MovementReason,
    count: int,
    key: CountKey = (1, 10),
    note: str = "",
) -> Movement:
    return Movement(at, direction_of(reason), reason, key[0], key[1], count, note)


def clock(minutes_after_start: int, start: time = NIGHT_START) -> time:
    moment = datetime.combine(date(2024, 1, 1), start) + timedelta(minutes=minutes_after_start)
    return moment.time()


# -- vocabulary ---------------------------------------------------------------------------


def test_every_reason_has_one_direction_and_an_indonesian_label() -> None:
    masuk, keluar = set(REASONS[Direction.MASUK]), set(REASONS[Direction.KELUAR])
    assert masuk | keluar == set(MovementReason) and not masuk & keluar
    assert {r.value for r in masuk} == {
        "baru",
        "kembali_sidang",
        "kembali_rs",
        "kembali_cuti",
        "pindahan_masuk",
    }
    assert set(REASON_LABELS) == set(MovementReason)
    assert REASON_LABELS[MovementReason.SIDANG] == "Ke sidang"
    assert direction_of(MovementReason.KEMBALI_SIDANG) == Direction.MASUK
    assert direction_of(MovementReason.MENINGGAL) == Direction.KELUAR


# -- the arithmetic -----------------------------------------------------------------------


def test_a_night_shift_adds_up_per_block_and_category() -> None:
    opening = {(1, 10): 40, (2, 20): 12}
    movements = [
        move(time(2, 0), MovementReason.KEMBALI_RS, 1, (1, 10)),
        move(time(20, 15), MovementReason.SIDANG, 3, (1, 10), "Surat PN Blora 12/2024"),
        move(time(23, 0), MovementReason.BARU, 2, (2, 20)),
        move(time(23, 30), MovementReason.KEMBALI_SIDANG, 3, (1, 10)),
        move(time(6, 0), MovementReason.BARU, 1, (3, 10)),
    ]
    result = tally(opening, movements, NIGHT_START)
    assert result == {
        (1, 10): Tally(opening=40, came_in=4, went_out=3, closing=41),
        (2, 20): Tally(opening=12, came_in=2, went_out=0, closing=14),
        (3, 10): Tally(opening=0, came_in=1, went_out=0, closing=1),
    }


def test_after_midnight_comes_after_the_evening_of_a_night_shift() -> None:
    # 3 arrive at 21.00 and go to hospital at 02.00: fine in shift order, not in clock order.
    movements = [
        move(time(2, 0), MovementReason.RUMAH_SAKIT, 3),
        move(time(21, 0), MovementReason.BARU, 3),
    ]
    assert tally({(1, 10): 0}, movements, NIGHT_START)[(1, 10)] == Tally(0, 3, 3, 0)
    with pytest.raises(ValidationError) as raised:
        tally({(1, 10): 0}, movements, time(0, 0))
    assert raised.value.codes() == {"movements": "movement_exceeds_count"}


def test_more_out_than_there_is_refused_naming_block_category_and_time() -> None:
    movements = [
        move(time(8, 0), MovementReason.BARU, 1),
        move(time(9, 30), MovementReason.SIDANG, 4),
    ]
    with pytest.raises(ValidationError) as raised:
        tally({(1, 10): 2}, movements, time(7))
    (error,) = raised.value.errors
    assert (error.field, error.code) == ("movements", "movement_exceeds_count")
    assert error.params == {
        "row": 1,
        "block": 1,
        "category": 10,
        "time": "09.30",
        "count": 4,
        "present": 3,
    }


def test_out_and_back_in_the_same_minute_counts_the_arrival_first() -> None:
    movements = [
        move(time(9, 0), MovementReason.PINDAH, 1),
        move(time(9, 0), MovementReason.PINDAHAN_MASUK, 1),
    ]
    assert tally({}, movements, time(7))[(1, 10)] == Tally(0, 1, 1, 0)


def test_negative_and_zero_counts_are_refused() -> None:
    with pytest.raises(ValidationError) as raised:
        tally({(1, 10): -1}, [], time(7))
    assert raised.value.codes() == {"opening": "count_negative"}
    for count in (0, -3):
        with pytest.raises(ValidationError) as raised:
            tally({(1, 10): 5}, [move(time(8), MovementReason.BEBAS, count)], time(7))
        assert raised.value.codes() == {"movements": "movement_count_positive"}


def test_a_reason_must_fit_its_direction() -> None:
    wrong = Movement(time(8), Direction.MASUK, MovementReason.BEBAS, 1, 10, 1)
    with pytest.raises(ValidationError) as raised:
        tally({(1, 10): 5}, [wrong], time(7))
    assert raised.value.codes() == {"movements": "movement_reason_direction"}


def test_differences_are_counted_minus_closing() -> None:
    tallies = {(1, 10): Tally(10, 2, 1, 11), (2, 10): Tally(5, 0, 0, 5)}
    assert differences(tallies, {(1, 10): 11, (2, 10): 5}) == {}
    assert differences(tallies, {(1, 10): 10, (2, 10): 6, (3, 10): 1}) == {
        (1, 10): -1,
        (2, 10): 1,
        (3, 10): 1,
    }


@st.composite
def shift_of_movements(draw: st.DrawFn) -> tuple[dict[CountKey, int], list[Movement]]:
    """An opening count and a night of movements that never takes a block below zero,
    handed over in a random list order."""
    opening = {key: draw(st.integers(0, 30)) for key in KEYS}
    present = dict(opening)
    minutes = sorted(draw(st.lists(st.integers(0, 12 * 60 - 1), max_size=40)))
    movements = []
    for minute in minutes:
        key = draw(st.sampled_from(KEYS))
        if present[key] > 0 and draw(st.booleans()):
            reason = draw(st.sampled_from(REASONS[Direction.KELUAR]))
            count = draw(st.integers(1, present[key]))
            present[key] -= count
        else:
            reason = draw(st.sampled_from(REASONS[Direction.MASUK]))
            count = draw(st.integers(1, 10))
            present[key] += count
        movements.append(move(clock(minute), reason, count, key))
    return opening, draw(st.permutations(movements))


@given(shift_of_movements())
def test_random_movements_always_add_up(
    shift: tuple[dict[CountKey, int], list[Movement]],
) -> None:
    opening, movements = shift
    result = tally(opening, movements, NIGHT_START)
    came_in: dict[CountKey, int] = defaultdict(int)
    went_out: dict[CountKey, int] = defaultdict(int)
    for m in movements:
        (came_in if m.direction == Direction.MASUK else went_out)[m.key] += m.count
    assert set(result) == set(opening)
    for key, counted in result.items():
        assert counted.opening == opening[key]
        assert (counted.came_in, counted.went_out) == (came_in[key], went_out[key])
        assert counted.closing == counted.opening + counted.came_in - counted.went_out
        assert counted.closing >= 0
    assert differences(result, {key: t.closing for key, t in result.items()}) == {}


@given(
    opening=st.integers(0, 20),
    counts=st.lists(
        st.tuples(st.integers(0, 24 * 60 - 1), st.booleans(), st.integers(1, 15)), max_size=30
    ),
)
def test_a_block_never_goes_below_zero(opening: int, counts: list[tuple[int, bool, int]]) -> None:
    movements = [
        move(
            clock(minute, time(7)),
            MovementReason.BARU if arriving else MovementReason.RUMAH_SAKIT,
            count,
        )
        for minute, arriving, count in counts
    ]
    total_in = sum(count for _, arriving, count in counts if arriving)
    total_out = sum(count for _, arriving, count in counts if not arriving)
    try:
        result = tally({(1, 10): opening}, movements, time(7))
    except ValidationError as refused:
        assert {e.code for e in refused.errors} == {"movement_exceeds_count"}
        return
    assert total_out <= opening + total_in  # never more out than there was plus what came in
    assert result[(1, 10)].closing == opening + total_in - total_out >= 0


@given(opening=st.integers(0, 20), extra=st.integers(1, 20))
def test_taking_out_more_than_ever_was_there_is_always_refused(opening: int, extra: int) -> None:
    movements = [
        move(time(8), MovementReason.BARU, 2),
        move(time(9), MovementReason.BEBAS, opening + 2 + extra),
    ]
    with pytest.raises(ValidationError):
        tally({(1, 10): opening}, movements, time(7))


# -- shift times --------------------------------------------------------------------------


def test_minutes_into_a_night_shift() -> None:
    assert minutes_into_shift(time(19), NIGHT_START) == 0
    assert minutes_into_shift(time(23, 59), NIGHT_START) == 299
    assert minutes_into_shift(time(0, 30), NIGHT_START) == 330
    assert minutes_into_shift(time(6, 0), None) == 360


def test_within_a_shift() -> None:
    assert within_shift(time(2), time(19), time(7))
    assert within_shift(time(7), time(19), time(7))
    assert not within_shift(time(12), time(19), time(7))
    assert within_shift(time(13), time(7), time(13))
    assert not within_shift(time(6, 59), time(7), time(13))
    assert within_shift(time(3), time(7), time(7))  # a 24-hour shift


def test_the_next_shift_follows_the_roster_hours() -> None:
    day = date(2024, 1, 31)
    assert [(d, s.code) for d, s in [next_shift(DEFAULT_SHIFT_TYPES, day, "P")]] == [(day, "S")]
    assert next_shift(DEFAULT_SHIFT_TYPES, day, "S")[1].code == "M"
    assert next_shift(DEFAULT_SHIFT_TYPES, day, "M") == (date(2024, 2, 1), DEFAULT_SHIFT_TYPES[0])
    twelve = (
        ShiftType("D", "Dinas", time(8), time(20)),
        ShiftType("N", "Malam", time(20), time(8)),
    )
    assert next_shift(twelve, day, "N") == (date(2024, 2, 1), twelve[0])
    assert next_shift(twelve, day, "D") == (day, twelve[1])
    assert next_shift(DEFAULT_SHIFT_TYPES, day, "S", incoming_code="P") == (
        date(2024, 2, 1),
        DEFAULT_SHIFT_TYPES[0],
    )
    with pytest.raises(ValidationError) as raised:
        next_shift(DEFAULT_SHIFT_TYPES, day, "L")
    assert raised.value.codes() == {"outgoing_shift": "shift_not_working"}


# -- equipment ----------------------------------------------------------------------------


def check(
    kind: EquipmentKind, expected: int, quantity: int, condition: Condition = Condition.BAIK
) -> EquipmentCheck:
    return EquipmentCheck(1, kind.value, kind, expected, quantity, condition)


def test_a_missing_firearm_or_ammunition_shortfall_is_hard_and_proposes_an_incident() -> None:
    for item in (
        check(EquipmentKind.SENJATA, 1, 0),
        check(EquipmentKind.SENJATA, 1, 1, Condition.HILANG),
        check(EquipmentKind.AMUNISI, 60, 59),
    ):
        (warning,) = equipment_warnings([item])
        assert warning.hard and warning.propose_incident
        assert warning.code in ("firearm_missing", "ammunition_short")


def test_damage_and_other_shortfalls_are_soft() -> None:
    warnings = equipment_warnings(
        [
            check(EquipmentKind.HT, 4, 3),
            check(EquipmentKind.SENJATA, 1, 1, Condition.RUSAK),
            check(EquipmentKind.KUNCI, 1, 1, Condition.HILANG),
            check(EquipmentKind.SENTER, 2, 2),
            check(EquipmentKind.AMUNISI, 60, 60),
            check(EquipmentKind.AMUNISI, 60, 55),
        ]
    )
    assert [(w.code, w.hard, w.propose_incident) for w in warnings] == [
        ("ammunition_short", True, True),  # hard ones first
        ("equipment_missing", False, False),
        ("equipment_damaged", False, False),
        ("equipment_missing", False, False),
    ]


# -- signing ------------------------------------------------------------------------------


def test_signatures_come_in_order_and_receiving_locks() -> None:
    status = HandoverStatus.DRAFT
    assert not status.locked
    status = status_after(status, SignRole.HAND_OVER)
    assert status == HandoverStatus.HANDED_OVER and not status.locked
    status = status_after(status, SignRole.RECEIVE)
    assert status == HandoverStatus.RECEIVED and status.locked
    status = status_after(status, SignRole.ACKNOWLEDGE)
    assert status == HandoverStatus.ACKNOWLEDGED and status.locked
    for current, role in [
        (HandoverStatus.DRAFT, SignRole.RECEIVE),
        (HandoverStatus.DRAFT, SignRole.ACKNOWLEDGE),
        (HandoverStatus.HANDED_OVER, SignRole.HAND_OVER),
        (HandoverStatus.HANDED_OVER, SignRole.ACKNOWLEDGE),
        (HandoverStatus.RECEIVED, SignRole.RECEIVE),
        (HandoverStatus.ACKNOWLEDGED, SignRole.ACKNOWLEDGE),
    ]:
        with pytest.raises(ValidationError) as raised:
            status_after(current, role)
        assert raised.value.codes() == {"role": "sign_out_of_order"}


def test_the_ka_kpr_acknowledges_in_office_hours_the_duty_officer_outside() -> None:
    tuesday = date(2024, 1, 30)
    assert acknowledger_at(datetime.combine(tuesday, time(8))) == Acknowledger.KA_KPR
    assert acknowledger_at(datetime.combine(tuesday, time(7))) == Acknowledger.PERWIRA_PIKET
    assert acknowledger_at(datetime.combine(tuesday, time(19))) == Acknowledger.PERWIRA_PIKET
    saturday = datetime(2024, 2, 3, 9)
    assert acknowledger_at(saturday) == Acknowledger.PERWIRA_PIKET
    holiday = datetime.combine(tuesday, time(9))
    assert acknowledger_at(holiday, holiday=True) == Acknowledger.PERWIRA_PIKET


# -- when a handover's shift ran ----------------------------------------------------------

NIGHT = ShiftType("M", "Malam", time(19), time(7))
MORNING = ShiftType("P", "Pagi", time(7), time(13))


def test_a_night_shift_across_new_year_names_both_days() -> None:
    assert shift_span_text(date(2025, 12, 31), NIGHT) == (
        "Malam, Rabu 31 Desember 2025 19.00 – Kamis 1 Januari 2026 07.00 WIB"
    )
    assert shift_span_short(date(2025, 12, 31), NIGHT) == (
        "Rab 31-12-2025 19.00 – Kam 01-01-2026 07.00"
    )


def test_a_shift_within_one_day_names_its_day_once() -> None:
    assert shift_span_text(date(2025, 12, 31), MORNING) == (
        "Pagi, Rabu 31 Desember 2025 07.00–13.00 WIB"
    )
    assert shift_span_short(date(2025, 12, 31), MORNING) == "Rab 31-12-2025 07.00–13.00"
    assert shift_span_text(date(2025, 12, 31), ShiftType("L", "Libur")) == (
        "Libur, Rabu 31 Desember 2025"
    )


@given(st.dates(date(2000, 1, 1), date(2100, 1, 1)), st.integers(0, 24 * 60 - 1))
def test_a_moment_of_a_shift_lies_within_a_day_after_its_start(day: date, minutes: int) -> None:
    start = datetime.combine(day, NIGHT_START)
    at = (start + timedelta(minutes=minutes)).time()
    moment = moment_in_shift(start, at)
    assert moment == start + timedelta(minutes=minutes)
    assert moment.date() == (day if at >= NIGHT_START else day + timedelta(days=1))


@pytest.mark.parametrize(
    ("expected", "quantity", "condition", "damaged", "text"),
    [
        (8, 8, Condition.BAIK, 0, "8 unit: 8 baik"),
        (8, 8, Condition.RUSAK, 1, "8 unit: 7 baik, 1 rusak"),
        (1, 1, Condition.RUSAK, 1, "1 unit: 1 rusak"),
        (8, 7, Condition.BAIK, 0, "8 unit: 7 baik, 1 tidak ada"),
        (8, 6, Condition.RUSAK, 2, "8 unit: 4 baik, 2 rusak, 2 tidak ada"),
        (1, 0, Condition.HILANG, 0, "1 unit: 1 hilang"),
        (6, 5, Condition.HILANG, 0, "6 unit: 5 baik, 1 hilang"),
        (8, 8, Condition.RUSAK, 0, "8 unit: rusak"),  # marked before the count was kept
    ],
)
def test_an_equipment_line_reads_as_units_by_condition(
    expected: int, quantity: int, condition: Condition, damaged: int, text: str
) -> None:
    assert equipment_summary(expected, quantity, condition, damaged) == text


@given(st.integers(0, 50), st.integers(0, 50), st.data())
def test_the_parts_of_an_equipment_line_add_up(
    expected: int, quantity: int, data: st.DataObject
) -> None:
    damaged = data.draw(st.integers(0, quantity))
    condition = Condition.RUSAK if damaged else Condition.BAIK
    text = equipment_summary(expected, quantity, condition, damaged)
    total, parts = text.split(" unit: ")
    counted = sum(int(part.split()[0]) for part in parts.split(", "))
    assert int(total) == counted == max(expected, quantity)
