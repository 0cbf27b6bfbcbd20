"""The letterhead as printed: every line centred on the text column whether or not there is a
logo, the logo at the left without pushing the text, and the contact lines labelled as the
rules for official letters label them ("Laman", "Pos-el")."""

from __future__ import annotations

from dataclasses import replace

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from rutan_desk.domain.institution import InstitutionProfile, PaperSize
from rutan_desk.paths import resources_dir
from rutan_desk.reports.fonts import SERIF
from rutan_desk.reports.page import (
    LOGO_INTO_MARGIN,
    LOGO_SIZE,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    build_pdf,
    letterhead_lines,
    styles,
)
from rutan_desk.services.demo import DEMO_PROFILE
from tests.reports.pdf_pages import Placed, pages, placed

LOGO = (resources_dir() / "default-logo.png").read_bytes()


def printed(profile: InstitutionProfile, *, landscape: bool = False) -> tuple[list[Placed], int]:
    pdf = build_pdf(
        [Paragraph("Isi surat.", styles()["body"])],
        profile,
        paper=profile.paper_size,
        landscape=landscape,
    )
    page = pages(pdf)[0]
    return placed(page), len(page.images)


def letterhead_runs(profile: InstitutionProfile, runs: list[Placed]) -> list[Placed]:
    texts = [text for text, _font, _size in letterhead_lines(profile)]
    found = [run for run in runs if run.text in texts]
    assert [run.text for run in found] == texts
    return found


@pytest.mark.parametrize("paper", list(PaperSize))
@pytest.mark.parametrize("logo", [None, LOGO], ids=["without logo", "with logo"])
def test_every_line_is_centred_on_the_text_column(paper: PaperSize, logo: bytes | None) -> None:
    profile = replace(DEMO_PROFILE, paper_size=paper, logo=logo)
    runs, images = printed(profile)
    assert images == (1 if logo else 0)
    width = paper.millimetres[0] * 72 / 25.4
    column_middle = MARGIN_LEFT + (width - MARGIN_LEFT - MARGIN_RIGHT) / 2
    logo_right = MARGIN_LEFT - LOGO_INTO_MARGIN + LOGO_SIZE
    fonts = {text: font for text, font, _size in letterhead_lines(profile)}
    for run in letterhead_runs(profile, runs):
        run_width = stringWidth(run.text, fonts[run.text], run.size)
        assert abs(run.x + run_width / 2 - column_middle) < 0.5, run
        if logo:
            assert run.x > logo_right, run  # set smaller when long, never over the logo
        assert run.size >= 7


def test_the_same_lines_stand_at_the_same_place_with_or_without_logo() -> None:
    """A long line may be set smaller beside the logo; its middle does not move."""
    without, _ = printed(replace(DEMO_PROFILE, logo=None))
    with_logo, _ = printed(replace(DEMO_PROFILE, logo=LOGO))
    for plain, beside_logo in zip(
        letterhead_runs(DEMO_PROFILE, without),
        letterhead_runs(DEMO_PROFILE, with_logo),
        strict=True,
    ):
        assert plain.y == pytest.approx(beside_logo.y)
        assert beside_logo.size <= plain.size


def test_the_contact_lines_say_telp_laman_and_pos_el() -> None:
    runs, _ = printed(DEMO_PROFILE)
    texts = [run.text for run in runs]
    assert "Jl. Pemuda No. 1, Blora, Jawa Tengah 58214  Telp. (0296) 531000" in texts
    assert "Laman: rutanblora.contoh.go.id  Pos-el: rutanblora@contoh.go.id" in texts
    only_mail = replace(DEMO_PROFILE, address="", phone="", website="")
    assert letterhead_lines(only_mail)[-1] == ("Pos-el: rutanblora@contoh.go.id", SERIF, 8.5)


def test_landscape_pages_centre_the_letterhead_too() -> None:
    profile = replace(DEMO_PROFILE, paper_size=PaperSize.A4, logo=LOGO)
    runs, _ = printed(profile, landscape=True)
    width = 297 * 72 / 25.4  # A4 turned
    column_middle = MARGIN_LEFT + (width - MARGIN_LEFT - MARGIN_RIGHT) / 2
    unit = next(run for run in runs if run.text == profile.unit_name)
    middle = unit.x + stringWidth(unit.text, f"{SERIF}-Bold", unit.size) / 2
    assert abs(middle - column_middle) < 0.5
