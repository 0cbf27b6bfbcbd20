"""The Rekapitulasi Gangguan Kamtib of one month: printed without a number, and issued once
with the next number of its own kind."""

from __future__ import annotations

import calendar
from collections import defaultdict
from dataclasses import asdict, replace
from datetime import date

from rutan_desk.domain.documents import DocumentKind
from rutan_desk.domain.formatting import month_year
from rutan_desk.domain.searches import FindingFate, FindingItem, item_words
from rutan_desk.reports.kamtib_recap import FindingTotal, KamtibRecap, render_kamtib_recap
from rutan_desk.services.context import ActionContext
from rutan_desk.services.documents.register import IssuedDocument
from rutan_desk.services.incidents.recap import incident_recap
from rutan_desk.services.incidents.report import SEVERITY_LABELS
from rutan_desk.services.institution import get_profile
from rutan_desk.services.kamtib_reports.issuing import issue_once, issued_with_title
from rutan_desk.services.kamtib_reports.lines import (
    incident_lines,
    office_signers,
    search_lines,
    visit_lines,
)
from rutan_desk.services.roster.queries import shift_types_in
from rutan_desk.services.searches.queries import findings_between
from rutan_desk.store.engine import Database

KIND = DocumentKind.REKAP_KAMTIB
NO_SHIFT = "Di luar jadwal jaga"


def month_days(year: int, month: int) -> tuple[date, date]:
    """The first and the last day of the month."""
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def recap_title(year: int, month: int) -> str:
    """The title it is registered under (one per month)."""
    return f"Rekapitulasi Gangguan Kamtib {month_year(year, month)}"


def _finding_totals(db: Database, first: date, last: date) -> list[FindingTotal]:
    """The findings added up by what was found (and its unit), in the order found."""
    totals: dict[tuple[str, str], dict[FindingFate, int]] = defaultdict(
        lambda: dict.fromkeys(FindingFate, 0)
    )
    for finding in findings_between(db, first, last):
        # By kind of item; a "lain-lain" item is only known by its description.
        description = finding.description if finding.item == FindingItem.LAIN_LAIN else ""
        what = item_words(finding.item, description)
        totals[(what, finding.unit)][finding.disposition.fate] += finding.quantity
    return [
        FindingTotal(
            item,
            unit,
            sum(fates.values()),
            fates[FindingFate.DISIMPAN],
            fates[FindingFate.DIMUSNAHKAN],
            fates[FindingFate.DISERAHKAN],
        )
        for (item, unit), fates in totals.items()
    ]


def kamtib_recap(
    db: Database, year: int, month: int, *, number: str = "", dated: date | None = None
) -> KamtibRecap:
    """Everything the recap of the month shows."""
    first, last = month_days(year, month)
    profile = get_profile(db, dated or last)
    counted = incident_recap(db, first, last)
    with db.read() as session:
        shifts = {shift.code: shift.name for shift in shift_types_in(session)}
    by_type = [
        (kind, sum(m.get(kind, 0) for m in counted.per_month.values())) for kind in counted.kinds
    ]
    return KamtibRecap(
        year=year,
        month=month,
        by_type=by_type,
        by_place=counted.per_place,
        by_shift=[
            (shifts.get(code, code) if code else NO_SHIFT, n) for code, n in counted.per_shift
        ],
        by_severity=[(SEVERITY_LABELS[s.value], n) for s, n in counted.per_severity],
        incidents=incident_lines(db, first, last),
        searches=search_lines(db, first, last),
        findings=_finding_totals(db, first, last),
        visits=visit_lines(db, first, last),
        signatures=office_signers(profile),
        dated=dated,
        number=number,
        city=profile.city,
        paper=profile.paper_size,
    )


def kamtib_recap_pdf(db: Database, year: int, month: int) -> bytes:
    """A print of the month's recap as the records stand now, without a number."""
    return render_kamtib_recap(
        kamtib_recap(db, year, month), get_profile(db, month_days(year, month)[1])
    )


def issued_kamtib_recap(db: Database, year: int, month: int) -> tuple[IssuedDocument, bytes] | None:
    """The issued recap of the month and its exact bytes, or None."""
    return issued_with_title(db, KIND, recap_title(year, month))


def issue_kamtib_recap(ctx: ActionContext, year: int, month: int) -> IssuedDocument:
    """Number the month's recap from the Rekapitulasi pattern, dated today, and keep its exact
    file in the register. Refused when the month's recap is issued already (not cancelled)."""
    db = ctx.db
    today = ctx.today()
    profile = get_profile(db, today)
    recap = kamtib_recap(db, year, month, dated=today)

    def render(number: str, code: str) -> bytes:
        return render_kamtib_recap(replace(recap, number=number, audit_code=code), profile)

    return issue_once(
        ctx,
        kind=KIND,
        title=recap_title(year, month),
        on=today,
        source=asdict(recap),
        render=render,
        field="month",
        code="kamtib_recap_already_issued",
    )
