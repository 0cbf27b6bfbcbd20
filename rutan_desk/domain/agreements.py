"""Cooperation agreements (Perjanjian Kerja Sama, Nota Kesepahaman and their addenda): their
status from the dates and what happened to them, and the periods of a recurring obligation
with the ones that show no evidence.

An agreement is valid from its first day to its last day, both included; "until revoked"
(no last day) never expires. An addendum may set a new last day for the agreement it amends;
the latest addendum signed decides. Once a renewal is finalised the old agreement reads as
renewed (diperpanjang), whatever its dates.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from rutan_desk.domain.errors import FieldError
from rutan_desk.domain.formatting import month_year

DEFAULT_WARNING_DAYS = 90
MIN_WARNING_DAYS = 1
MAX_WARNING_DAYS = 730


class AgreementKind(StrEnum):
    PKS = "pks"  # Perjanjian Kerja Sama: the working agreement of two units
    MOU = "mou"  # Nota Kesepahaman: the framework a PKS implements
    ADDENDUM = "addendum"  # changes an agreement (its parent)


KIND_LABELS: dict[AgreementKind, str] = {
    AgreementKind.PKS: "Perjanjian Kerja Sama",
    AgreementKind.MOU: "Nota Kesepahaman",
    AgreementKind.ADDENDUM: "Adendum",
}
KIND_SHORT_LABELS: dict[AgreementKind, str] = {
    AgreementKind.PKS: "PKS",
    AgreementKind.MOU: "MoU",
    AgreementKind.ADDENDUM: "Adendum",
}


class AgreementStatus(StrEnum):
    DRAFT = "draft"  # not yet signed and finalised
    BERLAKU = "berlaku"
    SEGERA_BERAKHIR = "segera_berakhir"  # valid, and its last day falls within the window
    BERAKHIR = "berakhir"  # after its last valid day
    DIPERPANJANG = "diperpanjang"  # a finalised renewal follows it
    DICABUT = "dicabut"  # revoked


STATUS_LABELS: dict[AgreementStatus, str] = {
    AgreementStatus.DRAFT: "Draf",
    AgreementStatus.BERLAKU: "Berlaku",
    AgreementStatus.SEGERA_BERAKHIR: "Segera berakhir",
    AgreementStatus.BERAKHIR: "Berakhir",
    AgreementStatus.DIPERPANJANG: "Diperpanjang",
    AgreementStatus.DICABUT: "Dicabut",
}


@dataclass(frozen=True)
class Amendment:
    """An addendum as it bears on its parent's dates: the day it was signed and the last day
    it sets (None: it leaves the end as it was)."""

    signed_on: date
    valid_to: date | None


def effective_end(valid_to: date | None, amendments: Iterable[Amendment] = ()) -> date | None:
    """The last valid day once the addenda are applied: the one set by the latest addendum
    that sets one (an addendum can extend or shorten), else the agreement's own (None: until
    revoked)."""
    setting = [a for a in amendments if a.valid_to is not None]
    if not setting:
        return valid_to
    return max(setting, key=lambda a: a.signed_on).valid_to


def last_day_after(valid_from: date, years: int) -> date:
    """The last valid day of an agreement that runs ``years`` years from ``valid_from``: the
    day before the same date ``years`` later (from 29 February, the day before 1 March)."""
    year = valid_from.year + years
    if valid_from.month == 2 and valid_from.day == 29 and not calendar.isleap(year):
        anniversary = date(year, 3, 1)
    else:
        anniversary = valid_from.replace(year=year)
    return anniversary - timedelta(days=1)


@dataclass(frozen=True)
class AgreementFacts:
    """What the status is computed from. ``valid_to`` is the effective last day (after the
    addenda; None: until revoked); ``renewed``: a finalised renewal follows it."""

    draft: bool
    valid_to: date | None
    revoked_on: date | None = None
    renewed: bool = False


def agreement_status(
    facts: AgreementFacts, today: date, warning_days: int = DEFAULT_WARNING_DAYS
) -> AgreementStatus:
    """The status on ``today``. The last valid day is still berlaku (or segera berakhir, when it
    falls within ``warning_days`` days); a revocation takes effect on its day."""
    if facts.draft:
        return AgreementStatus.DRAFT
    if facts.revoked_on is not None and facts.revoked_on <= today:
        return AgreementStatus.DICABUT
    if facts.renewed:
        return AgreementStatus.DIPERPANJANG
    end = facts.valid_to
    if facts.revoked_on is not None:  # revoked from a later day: valid until the day before
        day_before = facts.revoked_on - timedelta(days=1)
        end = day_before if end is None else min(end, day_before)
    if end is None:
        return AgreementStatus.BERLAKU
    if today > end:
        return AgreementStatus.BERAKHIR
    if end <= today + timedelta(days=warning_days):
        return AgreementStatus.SEGERA_BERAKHIR
    return AgreementStatus.BERLAKU


def days_left(valid_to: date | None, today: date) -> int | None:
    """Days from ``today`` to the last valid day (0 on that day, negative after it; None:
    until revoked)."""
    return None if valid_to is None else (valid_to - today).days


def agreement_date_errors(
    signed_on: date | None,
    valid_from: date | None,
    valid_to: date | None,
    until_revoked: bool,
    today: date,
    *,
    final: bool,
    end_required: bool = True,
) -> list[FieldError]:
    """The dates of the form: not signed in the future, the end not before the start; a
    finalised agreement has its signing day, its first day and a last day or "until
    revoked" (an addendum's last day is optional: the new end it sets for its parent)."""
    errors: list[FieldError] = []
    if signed_on is not None and signed_on > today:
        errors.append(FieldError("signed_on", "date_in_future", {"today": today}))
    elif signed_on is None and final:
        errors.append(FieldError("signed_on", "date_required"))
    if valid_from is None and final:
        errors.append(FieldError("valid_from", "date_required"))
    if until_revoked and valid_to is not None:
        errors.append(FieldError("valid_to", "agreement_end_or_until_revoked"))
    elif valid_to is None and not until_revoked and final and end_required:
        errors.append(FieldError("valid_to", "agreement_end_required"))
    elif valid_to is not None and valid_from is not None and valid_to < valid_from:
        errors.append(FieldError("valid_to", "end_before_start"))
    return errors


# -- obligations ------------------------------------------------------------------------------


class Responsible(StrEnum):
    OWN = "own"  # our unit
    PARTNER = "partner"  # one partner of the agreement
    JOINT = "joint"  # all parties together


RESPONSIBLE_LABELS: dict[Responsible, str] = {
    Responsible.OWN: "Rutan",
    Responsible.PARTNER: "Mitra",
    Responsible.JOINT: "Bersama",
}


class Recurrence(StrEnum):
    NONE = "none"  # a standing commitment without a date
    ONCE = "once"  # done once, by its due date
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    YEARLY = "yearly"


RECURRENCE_LABELS: dict[Recurrence, str] = {
    Recurrence.NONE: "Tanpa tenggat",
    Recurrence.ONCE: "Sekali",
    Recurrence.MONTHLY: "Setiap bulan",
    Recurrence.QUARTERLY: "Setiap triwulan",
    Recurrence.YEARLY: "Setiap tahun",
}
RECURRING = frozenset({Recurrence.MONTHLY, Recurrence.QUARTERLY, Recurrence.YEARLY})
_MONTHS_PER_PERIOD = {Recurrence.MONTHLY: 1, Recurrence.QUARTERLY: 3, Recurrence.YEARLY: 12}


class ObligationStatus(StrEnum):
    BELUM = "belum"  # not started
    BERJALAN = "berjalan"  # under way
    SELESAI = "selesai"  # done
    TIDAK_BERLAKU = "tidak_berlaku"  # no longer applies


OBLIGATION_STATUS_LABELS: dict[ObligationStatus, str] = {
    ObligationStatus.BELUM: "Belum dilaksanakan",
    ObligationStatus.BERJALAN: "Sedang berjalan",
    ObligationStatus.SELESAI: "Selesai",
    ObligationStatus.TIDAK_BERLAKU: "Tidak berlaku",
}
OPEN_STATUSES = frozenset({ObligationStatus.BELUM, ObligationStatus.BERJALAN})
_ROMAN_QUARTERS = ("I", "II", "III", "IV")


@dataclass(frozen=True, order=True)
class Period:
    """A month, quarter or year an obligation falls due in (both days included)."""

    first: date
    last: date
    recurrence: Recurrence

    @property
    def label(self) -> str:
        """``Januari 2026``, ``Triwulan I 2026``, ``2026``."""
        if self.recurrence is Recurrence.MONTHLY:
            return month_year(self.first.year, self.first.month)
        if self.recurrence is Recurrence.QUARTERLY:
            return f"Triwulan {_ROMAN_QUARTERS[(self.first.month - 1) // 3]} {self.first.year}"
        return str(self.first.year)

    def holds(self, day: date) -> bool:
        return self.first <= day <= self.last


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def period_of(recurrence: Recurrence, day: date) -> Period:
    """The period of ``recurrence`` that holds ``day`` (calendar months, quarters, years)."""
    size = _MONTHS_PER_PERIOD[recurrence]
    first = date(day.year, (day.month - 1) // size * size + 1, 1)
    return Period(first, _add_months(first, size) - timedelta(days=1), recurrence)


def periods_between(recurrence: Recurrence, start: date, end: date) -> list[Period]:
    """The periods from the one holding ``start`` to the one holding ``end``, in order."""
    if recurrence not in RECURRING or end < start:
        return []
    periods = [period_of(recurrence, start)]
    while periods[-1].last < end:
        periods.append(period_of(recurrence, periods[-1].last + timedelta(days=1)))
    return periods


def last_complete_period(recurrence: Recurrence, today: date) -> Period:
    """The latest period that ended before ``today``: the one a missed duty shows in."""
    return period_of(recurrence, period_of(recurrence, today).first - timedelta(days=1))


class PeriodState(StrEnum):
    DONE = "done"  # evidence in the period
    GAP = "gap"  # the period is over and shows no evidence
    PENDING = "pending"  # the period is still running, no evidence yet


@dataclass(frozen=True)
class PeriodEvidence:
    period: Period
    evidence: tuple[date, ...]  # the days of evidence in the period, in order
    state: PeriodState


def period_evidence(
    recurrence: Recurrence,
    start: date,
    end: date | None,
    evidence: Iterable[date],
    today: date,
) -> list[PeriodEvidence]:
    """Each period an obligation was due in, from ``start`` to its ``end`` (None: still
    running) or ``today``, whichever comes first, with the days of evidence it shows: a
    period over without evidence is a gap (a missed month), the running one is pending."""
    last = today if end is None else min(end, today)
    days = sorted(evidence)
    result = []
    for period in periods_between(recurrence, start, last):
        held = tuple(day for day in days if period.holds(day))
        if held:
            state = PeriodState.DONE
        elif period.last < today and (end is None or period.first <= end):
            state = PeriodState.GAP
        else:
            state = PeriodState.PENDING
        result.append(PeriodEvidence(period, held, state))
    return result


def gaps(periods: Sequence[PeriodEvidence]) -> list[Period]:
    return [p.period for p in periods if p.state is PeriodState.GAP]


def obligation_overdue(
    status: ObligationStatus,
    recurrence: Recurrence,
    due_on: date | None,
    start: date | None,
    evidence: Iterable[date],
    today: date,
) -> bool:
    """Whether an open obligation is late on ``today``: a one-off past its due date; a
    recurring one whose last complete period (that began on or after ``start``) shows no
    evidence. Done or no longer applying: never."""
    if status not in OPEN_STATUSES:
        return False
    if recurrence is Recurrence.ONCE:
        return due_on is not None and due_on < today
    if recurrence not in RECURRING:
        return False
    period = last_complete_period(recurrence, today)
    if start is None or period.last < start:
        return False
    return not any(period.holds(day) for day in evidence)


def obligation_errors(
    text: str,
    recurrence: Recurrence,
    due_on: date | None,
    responsible: Responsible,
    partner_id: int | None,
) -> list[FieldError]:
    """A commitment says what, and when: a one-off has its due date; the partner responsible
    is named when it is a partner's."""
    errors: list[FieldError] = []
    if not text.strip():
        errors.append(FieldError("text", "field_required"))
    if recurrence is Recurrence.ONCE and due_on is None:
        errors.append(FieldError("due_on", "obligation_due_required"))
    if responsible is Responsible.PARTNER and partner_id is None:
        errors.append(FieldError("responsible", "obligation_partner_required"))
    return errors


def warning_days_errors(days: int) -> list[FieldError]:
    if not MIN_WARNING_DAYS <= days <= MAX_WARNING_DAYS:
        return [
            FieldError(
                "warning_days",
                "number_out_of_range",
                {"low": MIN_WARNING_DAYS, "high": MAX_WARNING_DAYS},
            )
        ]
    return []
