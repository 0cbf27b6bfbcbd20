"""The status of an agreement from its dates and what happened to it, and the periods of a
recurring obligation with the ones that show no evidence."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from rutan_desk.domain.agreements import (
    STATUS_LABELS,
    AgreementFacts,
    AgreementStatus,
    Amendment,
    ObligationStatus,
    PeriodState,
    Recurrence,
    Responsible,
    agreement_date_errors,
    agreement_status,
    effective_end,
    gaps,
    last_complete_period,
    last_day_after,
    obligation_errors,
    obligation_overdue,
    period_evidence,
    period_of,
    periods_between,
    warning_days_errors,
)

PKS_SIGNED = date(2026, 1, 27)  # the PKS with Polres Blora
PKS_END = date(2031, 1, 26)  # five years
days = st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31))


def status(valid_to: date | None, today: date, **facts: object) -> AgreementStatus:
    return agreement_status(AgreementFacts(draft=False, valid_to=valid_to, **facts), today)  # type: ignore[arg-type]


def test_the_last_valid_day_is_still_valid_and_the_next_is_not() -> None:
    assert status(PKS_END, PKS_END) is AgreementStatus.SEGERA_BERAKHIR
    assert status(PKS_END, PKS_END + timedelta(days=1)) is AgreementStatus.BERAKHIR
    assert status(PKS_END, PKS_SIGNED) is AgreementStatus.BERLAKU
    # The warning window: 90 days before the last day (both ends inside).
    assert status(PKS_END, PKS_END - timedelta(days=90)) is AgreementStatus.SEGERA_BERAKHIR
    assert status(PKS_END, PKS_END - timedelta(days=91)) is AgreementStatus.BERLAKU
    facts = AgreementFacts(draft=False, valid_to=PKS_END)
    assert agreement_status(facts, PKS_END - timedelta(days=20), 14) is AgreementStatus.BERLAKU
    assert STATUS_LABELS[AgreementStatus.SEGERA_BERAKHIR] == "Segera berakhir"


def test_a_29_february_end_and_whole_years_over_leap_days() -> None:
    leap_end = date(2028, 2, 29)
    assert status(leap_end, leap_end) is AgreementStatus.SEGERA_BERAKHIR
    assert status(leap_end, date(2028, 3, 1)) is AgreementStatus.BERAKHIR
    assert last_day_after(date(2023, 3, 1), 1) == date(2024, 2, 29)
    assert last_day_after(date(2024, 2, 29), 1) == date(2025, 2, 28)
    assert last_day_after(date(2024, 2, 29), 4) == date(2028, 2, 28)
    assert last_day_after(PKS_SIGNED, 5) == PKS_END


@given(start=days, years=st.integers(min_value=1, max_value=10))
def test_whole_years_end_the_day_before_the_anniversary(start: date, years: int) -> None:
    end = last_day_after(start, years)
    following = end + timedelta(days=1)
    assert (following.month, following.year) in {
        (start.month, start.year + years),
        (3, start.year + years),
    }
    assert 365 * years - 1 <= (end - start).days <= 366 * years


def test_until_revoked_never_expires_but_a_revocation_ends_it() -> None:
    far = date(2099, 12, 31)
    assert status(None, far) is AgreementStatus.BERLAKU
    assert status(None, far, revoked_on=date(2030, 5, 1)) is AgreementStatus.DICABUT
    # Revoked from a later day: valid until the day before, warned of meanwhile.
    assert status(None, date(2030, 4, 1), revoked_on=date(2030, 5, 1)) is (
        AgreementStatus.SEGERA_BERAKHIR
    )


def test_draft_renewed_and_revoked_come_before_the_dates() -> None:
    assert agreement_status(AgreementFacts(True, None), PKS_SIGNED) is AgreementStatus.DRAFT
    assert status(PKS_END, PKS_END + timedelta(days=400), renewed=True) is (
        AgreementStatus.DIPERPANJANG
    )
    assert status(PKS_END, PKS_SIGNED, renewed=True, revoked_on=PKS_SIGNED) is (
        AgreementStatus.DICABUT
    )


@given(end=st.one_of(st.none(), days), today=days, window=st.integers(1, 730))
def test_a_valid_agreement_has_exactly_one_of_the_date_statuses(
    end: date | None, today: date, window: int
) -> None:
    found = agreement_status(AgreementFacts(False, end), today, window)
    if end is None:
        assert found is AgreementStatus.BERLAKU
    elif today > end:
        assert found is AgreementStatus.BERAKHIR
    elif (end - today).days <= window:
        assert found is AgreementStatus.SEGERA_BERAKHIR
    else:
        assert found is AgreementStatus.BERLAKU


def test_an_addendum_that_extends_the_date_changes_the_effective_end() -> None:
    extended = date(2033, 1, 26)
    assert effective_end(PKS_END) == PKS_END
    assert effective_end(PKS_END, [Amendment(date(2030, 6, 1), extended)]) == extended
    # An addendum that leaves the end as it was changes nothing; the latest one decides.
    assert effective_end(PKS_END, [Amendment(date(2028, 1, 1), None)]) == PKS_END
    assert effective_end(
        PKS_END,
        [Amendment(date(2031, 1, 2), date(2032, 1, 1)), Amendment(date(2030, 6, 1), extended)],
    ) == date(2032, 1, 1)
    assert (
        status(
            effective_end(PKS_END, [Amendment(date(2030, 6, 1), extended)]),
            PKS_END + timedelta(days=1),
        )
        is AgreementStatus.BERLAKU
    )


def test_the_dates_of_the_form() -> None:
    today = PKS_SIGNED
    ok = agreement_date_errors(PKS_SIGNED, PKS_SIGNED, PKS_END, False, today, final=True)
    assert ok == []
    codes = {
        e.field: e.code
        for e in agreement_date_errors(
            today + timedelta(days=1),
            PKS_SIGNED,
            PKS_SIGNED - timedelta(days=1),
            False,
            today,
            final=True,
        )
    }
    assert codes == {"signed_on": "date_in_future", "valid_to": "end_before_start"}
    missing = agreement_date_errors(None, None, None, False, today, final=True)
    assert {(e.field, e.code) for e in missing} == {
        ("signed_on", "date_required"),
        ("valid_from", "date_required"),
        ("valid_to", "agreement_end_required"),
    }
    assert agreement_date_errors(None, None, None, False, today, final=False) == []
    assert agreement_date_errors(None, None, None, True, today, final=False) == []
    assert [
        e.code for e in agreement_date_errors(None, None, PKS_END, True, today, final=False)
    ] == ["agreement_end_or_until_revoked"]
    # An addendum need not set a new end.
    assert (
        agreement_date_errors(today, today, None, False, today, final=True, end_required=False)
        == []
    )


# -- obligations ------------------------------------------------------------------------------


def test_periods_are_calendar_months_quarters_and_years() -> None:
    assert period_of(Recurrence.MONTHLY, date(2024, 2, 10)).last == date(2024, 2, 29)
    assert period_of(Recurrence.MONTHLY, date(2024, 2, 10)).label == "Februari 2024"
    quarter = period_of(Recurrence.QUARTERLY, date(2026, 5, 31))
    assert (quarter.first, quarter.last, quarter.label) == (
        date(2026, 4, 1),
        date(2026, 6, 30),
        "Triwulan II 2026",
    )
    assert period_of(Recurrence.YEARLY, date(2026, 12, 31)).label == "2026"
    assert last_complete_period(Recurrence.MONTHLY, date(2026, 1, 5)).label == "Desember 2025"
    assert [
        p.label for p in periods_between(Recurrence.MONTHLY, date(2025, 11, 20), date(2026, 1, 2))
    ] == [
        "November 2025",
        "Desember 2025",
        "Januari 2026",
    ]


@given(
    recurrence=st.sampled_from([Recurrence.MONTHLY, Recurrence.QUARTERLY, Recurrence.YEARLY]),
    start=days,
    length=st.integers(0, 2000),
)
def test_periods_cover_the_span_without_holes(
    recurrence: Recurrence, start: date, length: int
) -> None:
    end = start + timedelta(days=length)
    periods = periods_between(recurrence, start, end)
    assert periods[0].holds(start) and periods[-1].holds(end)
    for before, after in itertools.pairwise(periods):
        assert after.first == before.last + timedelta(days=1)


def test_a_missed_month_shows_as_a_gap() -> None:
    """The monthly patrol of the Polres since the PKS: February had no visit."""
    visits = [date(2026, 1, 30), date(2026, 3, 4), date(2026, 3, 18), date(2026, 4, 2)]
    periods = period_evidence(Recurrence.MONTHLY, PKS_SIGNED, PKS_END, visits, date(2026, 4, 10))
    assert [(p.period.label, p.state) for p in periods] == [
        ("Januari 2026", PeriodState.DONE),
        ("Februari 2026", PeriodState.GAP),
        ("Maret 2026", PeriodState.DONE),
        ("April 2026", PeriodState.DONE),
    ]
    assert periods[2].evidence == (date(2026, 3, 4), date(2026, 3, 18))
    assert [p.label for p in gaps(periods)] == ["Februari 2026"]
    # The running month without a visit yet is pending, not a gap.
    running = period_evidence(Recurrence.MONTHLY, PKS_SIGNED, None, visits[:1], date(2026, 2, 20))
    assert [p.state for p in running] == [PeriodState.DONE, PeriodState.PENDING]


@given(
    start=days,
    length=st.integers(0, 800),
    seen=st.sets(st.integers(0, 900), max_size=30),
)
def test_every_period_over_is_done_or_a_gap(start: date, length: int, seen: set[int]) -> None:
    today = start + timedelta(days=length)
    evidence = [start + timedelta(days=n) for n in seen]
    for item in period_evidence(Recurrence.MONTHLY, start, None, evidence, today):
        held = [d for d in evidence if item.period.holds(d)]
        if held:
            assert item.state is PeriodState.DONE and list(item.evidence) == sorted(held)
        elif item.period.last < today:
            assert item.state is PeriodState.GAP
        else:
            assert item.state is PeriodState.PENDING


def test_an_obligation_is_overdue_past_its_date_or_after_a_missed_period() -> None:
    open_ = ObligationStatus.BELUM
    due = date(2026, 6, 30)
    assert not obligation_overdue(open_, Recurrence.ONCE, due, None, [], due)
    assert obligation_overdue(open_, Recurrence.ONCE, due, None, [], due + timedelta(days=1))
    assert not obligation_overdue(
        ObligationStatus.SELESAI, Recurrence.ONCE, due, None, [], date(2027, 1, 1)
    )
    assert not obligation_overdue(open_, Recurrence.NONE, None, None, [], date(2027, 1, 1))
    # Monthly: on 10 March, February is the last complete month.
    march = date(2026, 3, 10)
    assert obligation_overdue(
        open_, Recurrence.MONTHLY, None, PKS_SIGNED, [date(2026, 1, 30)], march
    )
    assert not obligation_overdue(
        open_, Recurrence.MONTHLY, None, PKS_SIGNED, [date(2026, 2, 3)], march
    )
    # Nothing was due yet before the first period began.
    assert not obligation_overdue(open_, Recurrence.MONTHLY, None, date(2026, 3, 1), [], march)
    assert not obligation_overdue(
        ObligationStatus.TIDAK_BERLAKU, Recurrence.MONTHLY, None, PKS_SIGNED, [], march
    )


def test_the_checks_of_an_obligation_and_of_the_window() -> None:
    codes = {
        (e.field, e.code)
        for e in obligation_errors(" ", Recurrence.ONCE, None, Responsible.PARTNER, None)
    }
    assert codes == {
        ("text", "field_required"),
        ("due_on", "obligation_due_required"),
        ("responsible", "obligation_partner_required"),
    }
    assert obligation_errors("Tombol alarm", Recurrence.MONTHLY, None, Responsible.OWN, None) == []
    assert warning_days_errors(90) == []
    assert [e.code for e in warning_days_errors(0)] == ["number_out_of_range"]
