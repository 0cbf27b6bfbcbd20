"""The Laporan Harian Kamtib of one day: printed without a number, issued once with the next
number of its own kind, and written out as plain text for the message to the Kanwil."""

from __future__ import annotations

from dataclasses import asdict, replace
from datetime import date

from rutan_desk.domain.documents import DocumentKind
from rutan_desk.domain.formatting import clock, full_date, long_date
from rutan_desk.reports.daily_kamtib import DailyKamtib, difference_text, render_daily_kamtib
from rutan_desk.reports.kamtib_parts import NIHIL
from rutan_desk.services.context import ActionContext
from rutan_desk.services.documents.register import IssuedDocument
from rutan_desk.services.institution import get_profile
from rutan_desk.services.kamtib_reports.issuing import issue_once, issued_with_title
from rutan_desk.services.kamtib_reports.lines import (
    count_lines,
    incident_lines,
    office_signers,
    search_lines,
    visit_lines,
)
from rutan_desk.store.engine import Database

KIND = DocumentKind.LAPORAN_HARIAN_KAMTIB


def daily_title(day: date) -> str:
    """The title it is registered under (one per day)."""
    return f"Laporan Harian Kamtib {full_date(day)}"


def daily_kamtib(
    db: Database, day: date, *, number: str = "", dated: date | None = None
) -> DailyKamtib:
    """Everything the report of ``day`` shows. ``dated``: the date beside the signatures
    (dotted, to be written by hand, when None)."""
    profile = get_profile(db, dated or day)
    return DailyKamtib(
        day=day,
        counts=count_lines(db, day, day),
        incidents=incident_lines(db, day, day),
        searches=search_lines(db, day, day),
        visits=visit_lines(db, day, day),
        signatures=office_signers(profile),
        dated=dated,
        number=number,
        city=profile.city,
        paper=profile.paper_size,
    )


def daily_kamtib_pdf(db: Database, day: date) -> bytes:
    """A print of the report of ``day`` as the records stand now, without a number."""
    return render_daily_kamtib(daily_kamtib(db, day), get_profile(db, day))


def issued_daily_kamtib(db: Database, day: date) -> tuple[IssuedDocument, bytes] | None:
    """The issued report of ``day`` and its exact bytes, or None."""
    return issued_with_title(db, KIND, daily_title(day))


def issue_daily_kamtib(ctx: ActionContext, day: date) -> IssuedDocument:
    """Number the report of ``day`` from the Laporan Harian Kamtib pattern, dated today, and
    keep its exact file in the register. Refused when the day's report is issued already (and
    not cancelled)."""
    db = ctx.db
    today = ctx.today()
    profile = get_profile(db, today)
    report = daily_kamtib(db, day, dated=today)

    def render(number: str, code: str) -> bytes:
        return render_daily_kamtib(replace(report, number=number, audit_code=code), profile)

    return issue_once(
        ctx,
        kind=KIND,
        title=daily_title(day),
        on=today,
        source=asdict(report),
        render=render,
        field="day",
        code="daily_kamtib_already_issued",
    )


def daily_kamtib_text(db: Database, day: date) -> str:
    """The report of ``day`` as a short message (WhatsApp) to the Kanwil: a line per item,
    "NIHIL" under a heading with nothing."""
    report = daily_kamtib(db, day)
    profile = get_profile(db, day)
    lines = [
        "*LAPORAN HARIAN KAMTIB*",
        profile.unit_name,
        long_date(day),
        "",
        "*I. JUMLAH PENGHUNI*",
    ]
    for count in report.counts:
        lines += [
            f"- {count.change} ({count.regu}):",
            f"  {count.counted} orang, {difference_text(count).lower()}",
        ]
    if not report.counts:
        lines.append(NIHIL)
    lines += ["", "*II. GANGGUAN KAMTIB*"]
    for incident in report.incidents:
        lines += [
            f"- {clock(incident.at)} {incident.kind} ({incident.severity}), {incident.place}:",
            f"  {incident.summary} [{incident.status}]",
        ]
    if not report.incidents:
        lines.append(NIHIL)
    lines += ["", "*III. PENGGELEDAHAN*"]
    for search in report.searches:
        joint = f" bersama {search.joint_with}" if search.joint_with else ""
        lines += [
            f"- {clock(search.at)} {search.kind}{joint}, {search.places}",
            f"  Temuan: {search.findings or NIHIL}",
        ]
    if not report.searches:
        lines.append(NIHIL)
    lines += ["", "*IV. KUNJUNGAN PATROLI*"]
    for visit in report.visits:
        lines.append(f"- {clock(visit.at)} {visit.kind}, {visit.agency}")
    if not report.visits:
        lines.append(NIHIL)
    lines += ["", "Demikian dilaporkan."]
    return "\n".join(lines)
