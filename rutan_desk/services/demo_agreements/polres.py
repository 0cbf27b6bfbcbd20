"""The PKS with the Polres Blora signed at the Mapolres on 27 January 2026 (seed 002), with its
signed scan and its obligations: the CCTV of the outer wall linked to the Polres' monitor, the
alarm button at the main gate, the monthly patrol (its evidence the visit book's patrols of the
Polres) and the quarterly exchange of information.

The visit book shows a Polres patrol nearly every week, except in the Lebaran month of 2026,
when the Samapta was on the posts of the Operasi Ketupat and the Polsek patrolled instead
(``demo_kamtib.patrols.OPERASI_KETUPAT_2026``): the patrol obligation shows that month missed."""

from __future__ import annotations

from datetime import date, timedelta

from rutan_desk.domain.agreements import (
    AgreementKind,
    ObligationStatus,
    Recurrence,
    last_day_after,
)
from rutan_desk.domain.formatting import long_date
from rutan_desk.services.agreements.forms import AgreementDraft, EvidenceDraft
from rutan_desk.services.agreements.obligations import add_evidence
from rutan_desk.services.agreements.saving import attach_agreement_scan, save_agreement
from rutan_desk.services.demo_agreements.desk import KARUTAN_TITLE, PLACE, Desk
from rutan_desk.services.demo_agreements.partners import (
    KAPOLRES,
    KASAT_SAMAPTA,
    POLRES,
    called,
)
from rutan_desk.services.demo_agreements.scans import Signer, signed_paper_pdf
from rutan_desk.services.demo_agreements.writing import (
    evidence_each_period,
    obligation,
    own_number,
    partner_party,
)

SIGNED_ON = date(2026, 1, 27)
YEARS = 5
TITLE = (
    "Sinergi Pengamanan, Penanganan Gangguan Keamanan dan Ketertiban, serta Dukungan Tugas "
    "Kepolisian"
)
SCOPE = (
    "Pengamanan Rutan Blora dan lingkungannya",
    "Penanganan gangguan keamanan dan ketertiban",
    "Dukungan tugas kepolisian dan masyarakat",
)
OWN_NUMBER = own_number(4)
POLRES_NUMBER = "B/PKS/3/I/2026/Res Blora"
KAPOLRES_NRP = "78051127"
CCTV = "CCTV area steril sepanjang tembok luar terhubung ke layar monitor Polres Blora"
ALARM = "Tombol alarm di pintu utama (P2U) terhubung ke Polres Blora"
PATROL = "Patroli sambang rutin ke Rutan Blora"
INFORMATION = "Pertukaran informasi keamanan dan ketertiban"


def write_polres_pks(desk: Desk) -> int:
    """The PKS, its scan and its obligations; returns its id."""
    valid_to = last_day_after(SIGNED_ON, YEARS)
    agreement_id = save_agreement(
        desk.ctx,
        AgreementDraft(
            kind=AgreementKind.PKS,
            title=TITLE,
            parties=(
                desk.own_party(OWN_NUMBER),
                partner_party(desk, POLRES, POLRES_NUMBER, KAPOLRES, KAPOLRES_NRP),
            ),
            place_signed=PLACE,
            signed_on=SIGNED_ON,
            valid_from=SIGNED_ON,
            valid_to=valid_to,
            scope=SCOPE,
            note="Ditandatangani di Mapolres Blora; Karutan didampingi Kasubsi Pengelolaan "
            "dan Ka KPR.",
        ),
        finalise=True,
    )
    attach_agreement_scan(
        desk.ctx,
        agreement_id,
        "PKS Rutan Blora - Polres Blora 2026.pdf",
        _scan(desk, valid_to),
        caption="Naskah PKS yang ditandatangani kedua pihak",
    )
    _obligations(desk, agreement_id)
    return agreement_id


def _scan(desk: Desk, valid_to: date) -> bytes:
    return signed_paper_pdf(
        (
            "PERJANJIAN KERJA SAMA",
            "ANTARA",
            "RUMAH TAHANAN NEGARA KELAS IIB BLORA",
            "DENGAN",
            "KEPOLISIAN RESOR BLORA",
            f"NOMOR: {OWN_NUMBER}",
            f"NOMOR: {POLRES_NUMBER}",
        ),
        (
            f"Pada hari ini, {long_date(SIGNED_ON)}, bertempat di Mapolres Blora, kami yang",
            "bertanda tangan di bawah ini sepakat mengadakan kerja sama dengan ruang lingkup:",
            *(f"{number}. {text};" for number, text in enumerate(SCOPE, start=1)),
            f"Perjanjian ini berlaku {YEARS} (lima) tahun, sampai dengan {long_date(valid_to)}.",
        ),
        (
            Signer("PIHAK KESATU", KARUTAN_TITLE, desk.karutan.name, f"NIP. {desk.karutan.nip}"),
            Signer(
                "PIHAK KEDUA",
                KAPOLRES.position,
                called(KAPOLRES),
                f"NRP {KAPOLRES_NRP}",
            ),
        ),
    )


def _obligations(desk: Desk, agreement_id: int) -> None:
    cctv = obligation(
        desk,
        agreement_id,
        CCTV,
        owner=desk.ka_kpr.name,
        recurrence=Recurrence.ONCE,
        # Still under way, and not yet late, whenever the demo is built.
        due_on=desk.today + timedelta(days=60),
        note="Jalur fiber optik ke Mapolres menunggu pemasangan oleh penyedia jaringan.",
    )
    cameras = "Enam kamera area steril tembok luar terpasang dan merekam."
    add_evidence(desk.ctx, cctv, EvidenceDraft(date(2026, 5, 20), note=cameras))
    alarm = obligation(
        desk,
        agreement_id,
        ALARM,
        owner=desk.ka_kpr.name,
        recurrence=Recurrence.ONCE,
        due_on=date(2026, 3, 31),
        status=ObligationStatus.SELESAI,
    )
    tested = date(2026, 3, 18)
    add_evidence(
        desk.ctx,
        alarm,
        EvidenceDraft(
            tested,
            note="Uji coba bersama Polres: sinyal alarm diterima di ruang SPKT Polres Blora.",
            file_name="BA uji coba tombol alarm P2U.pdf",
            file_data=_alarm_record(desk, tested),
        ),
    )
    obligation(
        desk,
        agreement_id,
        PATROL,
        partner=POLRES,
        owner=f"{called(KASAT_SAMAPTA)} (Kasat Samapta)",
        recurrence=Recurrence.MONTHLY,
        evidence_agency=POLRES,
        note="Bukti: kunjungan patroli sambang Polres Blora di buku kunjungan (tab Kamtib).",
    )
    information = obligation(
        desk,
        agreement_id,
        INFORMATION,
        joint=True,
        owner=desk.ka_kpr.name,
        recurrence=Recurrence.QUARTERLY,
    )
    evidence_each_period(
        desk,
        information,
        Recurrence.QUARTERLY,
        SIGNED_ON,
        desk.today,
        lambda quarter: (
            f"Rapat pertukaran informasi kamtib {quarter.label} di Mapolres Blora "
            "bersama Sat Intelkam."
        ),
    )


def _alarm_record(desk: Desk, tested: date) -> bytes:
    return signed_paper_pdf(
        ("BERITA ACARA", "UJI COBA TOMBOL ALARM PINTU UTAMA"),
        (
            f"Pada hari ini, {long_date(tested)}, telah dilaksanakan uji coba tombol alarm di",
            "pintu utama (P2U) Rutan Blora yang terhubung ke ruang SPKT Polres Blora.",
            "Hasil: sinyal diterima dalam 5 detik; petugas SPKT menghubungi P2U kembali.",
        ),
        (
            Signer("Ka KPR Rutan Blora", "", desk.ka_kpr.name, f"NIP. {desk.ka_kpr.nip}"),
            Signer("Kasat Samapta Polres Blora", "", KASAT_SAMAPTA.name, KASAT_SAMAPTA.rank),
        ),
    )
