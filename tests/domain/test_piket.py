from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from rutan_desk.domain.nip import Gender
from rutan_desk.domain.piket import PiketNeed, piket_needs, plan_piket
from rutan_desk.domain.roster import Absence, AbsenceKind, Duty, Person

POOL = [Person(i, f"Staf {i:02d}", Gender.MALE if i % 3 else Gender.FEMALE) for i in range(1, 7)]
CHRISTMAS = date(2023, 12, 25)


def test_needs_come_from_holidays_and_alert_days() -> None:
    days = [date(2023, 12, 24), CHRISTMAS, date(2023, 12, 31)]
    needs = piket_needs(
        days, {CHRISTMAS}, {"P": 1, "S": 1}, {(date(2023, 12, 31), "M"): 3, (CHRISTMAS, "P"): 1}
    )
    assert needs == [
        PiketNeed(CHRISTMAS, "P", 2),
        PiketNeed(CHRISTMAS, "S", 1),
        PiketNeed(date(2023, 12, 31), "M", 3),
    ]


def test_piket_is_spread_fairly_over_the_pool() -> None:
    needs = [PiketNeed(date(2024, 1, 1) + timedelta(days=7 * week), "P", 2) for week in range(9)]
    duties = plan_piket(needs, POOL, [], [])
    counts = Counter(d.person_id for d in duties)
    assert sum(counts.values()) == 18
    assert max(counts.values()) - min(counts.values()) <= 1
    assert all(d.piket for d in duties)


def test_who_did_most_piket_this_year_goes_last() -> None:
    (duty,) = plan_piket(
        [PiketNeed(CHRISTMAS, "P", 1)],
        POOL,
        [],
        [],
        done_this_year={1: 3, 2: 3, 3: 0, 4: 3, 5: 3, 6: 3},
    )
    assert duty.person_id == 3


def test_no_piket_when_absent_busy_or_right_after_a_night() -> None:
    duties = [Duty(1, CHRISTMAS, "S"), Duty(2, CHRISTMAS - timedelta(days=1), "M")]
    absences = [Absence(3, AbsenceKind.CUTI, CHRISTMAS, CHRISTMAS)]
    planned = plan_piket([PiketNeed(CHRISTMAS, "P", 6)], POOL, duties, absences)
    assert sorted(d.person_id for d in planned) == [4, 5, 6]


def test_who_worked_the_last_new_years_eve_goes_after_the_others() -> None:
    nye = date(2024, 12, 31)
    planned = plan_piket([PiketNeed(nye, "M", 2)], POOL, [], [], worked_last_time={nye: {1, 2, 3}})
    assert sorted(d.person_id for d in planned) == [4, 5]


def test_no_piket_night_before_a_morning_duty() -> None:
    """The timing rules hold for piket as for the regu: a malam ending when the next day's
    pagi begins would be 18 hours in a row."""
    duties = [Duty(1, CHRISTMAS + timedelta(days=1), "P")]
    planned = plan_piket([PiketNeed(CHRISTMAS, "M", 6)], POOL, duties, [])
    assert sorted(d.person_id for d in planned) == [2, 3, 4, 5, 6]
