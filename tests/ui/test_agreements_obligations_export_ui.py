"""The obligations of the agreements the Kerja Sama list shows go to Excel beside the list: one
row per obligation with its agreement, read back from the .xlsx and the .csv the button wrote
(dates as dates, numbers typed as text kept whole, a BOM for Excel)."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from rutan_desk.domain.agreements import AgreementKind, ObligationStatus, Recurrence, Responsible
from rutan_desk.services.agreements.forms import (
    AgreementDraft,
    EvidenceDraft,
    ObligationDraft,
    PartnerDraft,
    PartyLine,
)
from rutan_desk.services.agreements.obligations import (
    add_evidence,
    save_obligation,
    set_obligation_status,
)
from rutan_desk.services.agreements.partners import save_partner
from rutan_desk.services.agreements.saving import save_agreement
from rutan_desk.ui.agreements.agreements_page import TITLE, AgreementsPage
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.widgets.table_export import exporter_of
from tests.ui.test_kamtib_ui import shown
from tests.ui.test_table_export_ui import SaveDialog, xlsx_rows

NUMBER = "0012345678901234567"  # the partner's letter number: digits, a leading zero
HEADER = (
    "Agreement",
    "Document numbers",
    "Partners",
    "Obligation",
    "Responsible",
    "Person in charge",
    "Schedule",
    "Due",
    "Status",
    "Overdue",
    "Last done",
)


def an_agreement(ctx: AppContext, title: str, partner: int, number: str) -> int:
    signed = ctx.today() - timedelta(days=90)
    return save_agreement(
        ctx.action(),
        AgreementDraft(
            AgreementKind.PKS,
            title,
            parties=(
                PartyLine(None, "W13.PAS.PAS11-HM.05.01-12", "Kukuh Nugroho", "Karutan"),
                PartyLine(partner, number, "Wawan Andi Susanto", "Pimpinan mitra"),
            ),
            place_signed="Blora",
            signed_on=signed,
            valid_from=signed,
            valid_to=signed + timedelta(days=5 * 365),
        ),
        finalise=True,
    )


def an_obligation(ctx: AppContext, agreement: int, text: str, due: date, **more: object) -> int:
    draft = ObligationDraft(agreement, text, recurrence=Recurrence.ONCE, due_on=due)
    return save_obligation(ctx.action(), replace(draft, **more))  # type: ignore[arg-type]


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext) -> AgreementsPage:
    """Two agreements in force: the PKS with the Polres (three obligations: one late, one
    done, one still ahead) and the MoU with the Pemda (one)."""
    polres = save_partner(
        ctx.action(), PartnerDraft(name="Kepolisian Resor Blora", short_name="Polres Blora")
    )
    pemda = save_partner(
        ctx.action(), PartnerDraft(name="Pemerintah Kabupaten Blora", short_name="Pemda Blora")
    )
    today = ctx.today()
    pks = an_agreement(ctx, "PKS Pengamanan Rutan", polres, NUMBER)
    mou = an_agreement(ctx, "MoU Pelayanan Kesehatan", pemda, "100/45/2026")
    an_obligation(ctx, pks, "CCTV tembok luar terhubung ke Polres", today - timedelta(days=10))
    alarm = an_obligation(
        ctx,
        pks,
        "Tombol alarm di P2U",
        today - timedelta(days=20),
        responsible=Responsible.PARTNER,
        partner_id=polres,
        owner="Kasat Samapta",
    )
    add_evidence(ctx.action(), alarm, EvidenceDraft(done_on=today - timedelta(days=25), note="A"))
    add_evidence(ctx.action(), alarm, EvidenceDraft(done_on=today - timedelta(days=5), note="B"))
    set_obligation_status(ctx.action(), alarm, ObligationStatus.SELESAI, expected_version=3)
    an_obligation(ctx, pks, "=Latihan bersama", today + timedelta(days=40))
    an_obligation(ctx, mou, "Pemeriksaan kesehatan berkala", today + timedelta(days=60))

    widget = AgreementsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1400, 700)
    shown(qtbot, widget)
    widget.reload()
    return widget


def test_the_obligations_of_the_agreements_found_go_to_excel_one_row_each(
    qtbot: QtBot,
    ctx: AppContext,
    page: AgreementsPage,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    today = ctx.today()
    assert page.obligations_export_button.text() == "Export obl&igations…"
    page.search_edit.setText("Polres")
    page.reload()  # the pause after typing, cut short
    assert [a.title for a in page.shown_agreements()] == ["PKS Pengamanan Rutan"]

    dialog = SaveDialog(monkeypatch, tmp_path / "kewajiban")
    qtbot.mouseClick(page.obligations_export_button, Qt.MouseButton.LeftButton)

    assert Path(dialog.asked[0][0]).name == f"kewajiban-pks-{today.isoformat()}.xlsx"
    path = tmp_path / "kewajiban.xlsx"
    sheet = load_workbook(path).active
    assert sheet.title == "Obligations"
    assert (sheet["A1"].value, sheet["A2"].value) == (
        "KEWAJIBAN PERJANJIAN KERJA SAMA",
        f"Keadaan {today:%d-%m-%Y}",
    )
    rows = xlsx_rows(path, header_row=4)
    assert rows[0] == HEADER
    midnight = datetime.min.time()
    # Only the PKS found: the MoU's obligation is not in the file.
    assert rows[1:] == [
        (
            "PKS Pengamanan Rutan",
            f"W13.PAS.PAS11-HM.05.01-12; {NUMBER}",
            "Polres Blora",
            "CCTV tembok luar terhubung ke Polres",
            "Rutan",
            None,
            "Sekali",
            datetime.combine(today - timedelta(days=10), midnight),
            "Belum dilaksanakan",
            "ya",
            None,
        ),
        (
            "PKS Pengamanan Rutan",
            f"W13.PAS.PAS11-HM.05.01-12; {NUMBER}",
            "Polres Blora",
            "Tombol alarm di P2U",
            "Polres Blora",
            "Kasat Samapta",
            "Sekali",
            datetime.combine(today - timedelta(days=20), midnight),
            "Selesai",
            "tidak",
            datetime.combine(today - timedelta(days=5), midnight),  # the latest evidence
        ),
        (
            "PKS Pengamanan Rutan",
            f"W13.PAS.PAS11-HM.05.01-12; {NUMBER}",
            "Polres Blora",
            "=Latihan bersama",  # text, never a formula
            "Rutan",
            None,
            "Sekali",
            datetime.combine(today + timedelta(days=40), midnight),
            "Belum dilaksanakan",
            "tidak",
            None,
        ),
    ]
    due, numbers, formula = sheet["H5"], sheet["B5"], sheet["D7"]
    assert due.is_date and due.number_format == "DD-MM-YYYY"
    assert numbers.data_type == "s" and numbers.number_format == "@"
    assert formula.data_type == "s"


def test_the_obligations_go_to_csv_in_the_order_the_list_is_sorted(
    qtbot: QtBot, ctx: AppContext, page: AgreementsPage, tmp_path: Path
) -> None:
    page.table.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)  # the MoU first, then the PKS
    assert exporter_of(page.obligations_export_button).export(tmp_path / "kewajiban.csv")

    data = (tmp_path / "kewajiban.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    with (tmp_path / "kewajiban.csv").open(encoding="utf-8-sig", newline="") as stream:
        lines = list(csv.reader(stream))
    assert lines[0] == list(HEADER)
    assert [(line[0], line[3]) for line in lines[1:]] == [
        ("MoU Pelayanan Kesehatan", "Pemeriksaan kesehatan berkala"),
        ("PKS Pengamanan Rutan", "CCTV tembok luar terhubung ke Polres"),
        ("PKS Pengamanan Rutan", "Tombol alarm di P2U"),
        ("PKS Pengamanan Rutan", "'=Latihan bersama"),  # defused for Excel
    ]
    today = ctx.today()
    cctv = lines[2]
    assert cctv[1] == f"W13.PAS.PAS11-HM.05.01-12; {NUMBER}"  # every digit, the leading zero
    assert (cctv[7], cctv[9]) == ((today - timedelta(days=10)).isoformat(), "ya")
    assert lines[3][10] == (today - timedelta(days=5)).isoformat()


def test_an_empty_list_exports_the_header_alone(
    qtbot: QtBot, page: AgreementsPage, tmp_path: Path
) -> None:
    page.search_edit.setText("tidak ada perjanjian seperti ini")
    page.reload()
    assert exporter_of(page.obligations_export_button).export(tmp_path / "kosong.xlsx")
    assert xlsx_rows(tmp_path / "kosong.xlsx", header_row=4) == [HEADER]
