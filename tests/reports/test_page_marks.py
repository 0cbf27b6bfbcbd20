"""What every page of an official document carries, whatever the document: the page number as
the rules write it ("- 2 -" at the top centre, none on page 1), the audit code at the bottom
left, KONSEP across every page of a draft; and a cancelled letter re-printed from its archived
bytes, stamped DIBATALKAN with the date and reason, the archive untouched."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest
from reportlab.platypus import Paragraph

from rutan_desk.domain.institution import PaperSize
from rutan_desk.reports.berita_acara import DestructionDocument, render_destruction_record
from rutan_desk.reports.cancelled import NOTE_LINES, stamp_cancelled
from rutan_desk.reports.daily_kamtib import render_daily_kamtib
from rutan_desk.reports.duty_order import render_duty_order
from rutan_desk.reports.handover_report import render_handover_report
from rutan_desk.reports.incident_report import render_incident_report
from rutan_desk.reports.marks import CANCELLED_MARK, DRAFT_MARK
from rutan_desk.reports.page import (
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    audit_footer,
    build_pdf,
    page_size,
    styles,
)
from rutan_desk.services.demo import DEMO_PROFILE
from tests.reports.pdf_pages import (
    assert_numbered_as_the_rules_say,
    mark_centre,
    marks_on,
    pages,
    placed,
    size_of,
)
from tests.reports.test_duty_order import order
from tests.reports.test_handover_report import report as handover
from tests.reports.test_incident_report import long_report
from tests.reports.test_kamtib_documents import SIGNERS, a_day

FOOTER = audit_footer("RD-000123-9F3A2C1B")


def long_story(paragraphs: int = 120) -> list[Paragraph]:
    body = styles()["body"]
    return [
        Paragraph(f"Paragraf {n}: petugas mencatat keadaan blok dengan teliti.", body)
        for n in range(1, paragraphs + 1)
    ]


def page_text(pdf: bytes) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in pages(pdf)]


@pytest.mark.parametrize("paper", [PaperSize.A4, PaperSize.F4])
@pytest.mark.parametrize("landscape", [False, True])
def test_pages_are_numbered_from_the_second_at_the_top_centre(
    paper: PaperSize, landscape: bool
) -> None:
    pdf = build_pdf(long_story(), DEMO_PROFILE, paper=paper, landscape=landscape, footer=FOOTER)
    total = assert_numbered_as_the_rules_say(pdf)
    assert total >= 3
    for page in pages(pdf):
        assert size_of(page) == pytest.approx(page_size(paper, landscape=landscape))
        # The audit code stays where it was: the bottom left, in the bottom margin.
        footers = [run for run in placed(page) if run.text == FOOTER]
        assert len(footers) == 1
        assert footers[0].x == pytest.approx(MARGIN_LEFT)
        assert footers[0].y == pytest.approx(MARGIN_BOTTOM / 2)


def test_a_one_page_document_carries_no_number() -> None:
    pdf = build_pdf(long_story(3), DEMO_PROFILE, paper=PaperSize.A4)
    assert assert_numbered_as_the_rules_say(pdf) == 1


@pytest.mark.parametrize("paper", [PaperSize.A4, PaperSize.F4])
@pytest.mark.parametrize("landscape", [False, True])
def test_a_draft_says_konsep_across_every_page(paper: PaperSize, landscape: bool) -> None:
    pdf = build_pdf(long_story(), DEMO_PROFILE, paper=paper, landscape=landscape, draft=True)
    read = pages(pdf)
    assert len(read) >= 3
    for page in read:
        marks = marks_on(page, DRAFT_MARK)
        assert len(marks) == 1
        width, height = size_of(page)
        x, y = mark_centre(page, marks[0])
        assert x == pytest.approx(width / 2, abs=2) and y == pytest.approx(height / 2, abs=2)
        # The text under it is still there to read.
        assert "petugas mencatat keadaan blok" in (page.extract_text() or "")
    final = build_pdf(long_story(), DEMO_PROFILE, paper=paper, landscape=landscape)
    assert all(marks_on(page, DRAFT_MARK) == [] for page in pages(final))


def destruction(number: str) -> DestructionDocument:
    day = date(2026, 11, 24)
    return DestructionDocument(day, "", [], SIGNERS, day, number=number, city="Blora")


DRAFTS: dict[str, tuple[Callable[[], bytes], Callable[[], bytes]]] = {
    # Each document as a print before it has a number, and as issued.
    "surat perintah": (
        lambda: render_duty_order(replace(order(30), number="……", draft=True), DEMO_PROFILE),
        lambda: render_duty_order(order(30), DEMO_PROFILE),
    ),
    "laporan serah terima": (
        lambda: render_handover_report(replace(handover(movements=60), number=""), DEMO_PROFILE),
        lambda: render_handover_report(handover(movements=60), DEMO_PROFILE),
    ),
    "laporan kejadian": (
        lambda: render_incident_report(
            long_report(number="", audit_code="", draft=True), DEMO_PROFILE
        ),
        lambda: render_incident_report(long_report(), DEMO_PROFILE),
    ),
    "laporan harian kamtib": (
        lambda: render_daily_kamtib(a_day(), DEMO_PROFILE),
        lambda: render_daily_kamtib(a_day(number="W13.PAS.PAS11-PK.04.01-0001"), DEMO_PROFILE),
    ),
    "berita acara pemusnahan": (
        lambda: render_destruction_record(destruction(""), DEMO_PROFILE),
        lambda: render_destruction_record(destruction("BA-0001/XI/2026"), DEMO_PROFILE),
    ),
}


@pytest.mark.parametrize("kind", sorted(DRAFTS))
def test_every_document_printed_before_it_is_issued_is_a_konsep(kind: str) -> None:
    draft, issued = (render() for render in DRAFTS[kind])
    assert all(len(marks_on(page, DRAFT_MARK)) == 1 for page in pages(draft))
    assert all(marks_on(page, DRAFT_MARK) == [] for page in pages(issued))
    assert_numbered_as_the_rules_say(draft)


@pytest.mark.parametrize("paper", [PaperSize.A4, PaperSize.F4])
def test_a_cancelled_letter_is_its_archived_pages_stamped(paper: PaperSize) -> None:
    archived = render_duty_order(
        replace(order(30, paper=paper), audit_code="RD-1-AB"), DEMO_PROFILE
    )
    digest = hashlib.sha256(archived).hexdigest()
    reason = "Salah tanggal: diganti Surat Perintah yang baru."
    stamped = stamp_cancelled(archived, date(2024, 1, 5), reason)
    assert hashlib.sha256(archived).hexdigest() == digest  # the archive is only read
    before, after = pages(archived), pages(stamped)
    assert len(after) == len(before) >= 2
    for old, new, text in zip(before, after, page_text(stamped), strict=True):
        assert size_of(new) == size_of(old)
        marks = marks_on(new, CANCELLED_MARK)
        assert len(marks) == 1
        width, height = size_of(new)
        x, y = mark_centre(new, marks[0])
        assert x == pytest.approx(width / 2, abs=2) and y == pytest.approx(height / 2, abs=2)
        # The date under the word, and the date and reason at the foot, above the audit code.
        assert "5 Januari 2024" in [run.text for run in placed(new) if abs(run.angle) > 1]
        note = [run for run in placed(new) if run.text.startswith(CANCELLED_MARK + " tanggal")]
        assert len(note) == 1 and MARGIN_BOTTOM / 2 + 8 < note[0].y < MARGIN_BOTTOM
        assert f"DIBATALKAN tanggal 5 Januari 2024. Alasan: {reason}" in text
        # What was issued is still all there, unchanged: the stamp only adds.
        assert " ".join((old.extract_text() or "").split()) in text
    assert_numbered_as_the_rules_say(stamped)


def test_a_stamp_fits_landscape_pages_and_cuts_a_long_reason() -> None:
    archived = build_pdf(long_story(), DEMO_PROFILE, paper=PaperSize.F4, landscape=True)
    reason = "Alasan panjang yang diulang. " * 60
    stamped = stamp_cancelled(archived, None, reason)
    for page in pages(stamped):
        assert len(marks_on(page, CANCELLED_MARK)) == 1
        note = [run for run in placed(page) if abs(run.angle) < 1 and run.y < MARGIN_BOTTOM]
        assert len(note) == NOTE_LINES
        assert note[0].text.startswith("DIBATALKAN. Alasan: Alasan panjang")
        assert note[-1].text.endswith("…")
