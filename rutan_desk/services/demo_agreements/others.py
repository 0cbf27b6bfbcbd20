"""The demo's other agreements, each showing one thing the tab does: the MoU with the Pemda on
public service and the PTSP building, ending within the warning window whenever the demo is
built (with a commitment of the Pemda that is late); the PKS with the BNNK that expired and
was renewed (a chain of two); the PKS with the Kodim whose addendum moved its last day; the
Dinkes' MoU "until revoked" with the RSUD's PKS under it; the PKS with a training centre that
closed, revoked (and the centre retired from the partners)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from rutan_desk.domain.agreements import (
    AgreementKind,
    ObligationStatus,
    Period,
    Recurrence,
    last_day_after,
)
from rutan_desk.services.agreements.forms import AgreementDraft, EvidenceDraft
from rutan_desk.services.agreements.obligations import add_evidence
from rutan_desk.services.agreements.queries import load_agreement
from rutan_desk.services.agreements.renewal import renew_agreement, start_addendum
from rutan_desk.services.agreements.saving import revoke_agreement, save_agreement
from rutan_desk.services.demo_agreements.desk import PLACE, Desk
from rutan_desk.services.demo_agreements.partners import (
    BNNK,
    DANDIM,
    DINKES,
    DIREKTUR_RSUD,
    KADINKES,
    KEPALA_BNNK,
    KEPALA_LPK,
    KODIM,
    LPK,
    PEMDA,
    RSUD,
    SEKDA,
    retire_partner,
)
from rutan_desk.services.demo_agreements.writing import (
    evidence_each_period,
    finalise_draft,
    obligation,
    own_number,
    partner_party,
    version_of,
)

PEMDA_DAYS_LEFT = 60  # within the default warning window of 90 days
PEMDA_YEARS = 3
PTSP_TITLE = "Peningkatan Pelayanan Publik dan Pembangunan Gedung PTSP Rutan Blora"
BNNK_TITLE = "Rehabilitasi Warga Binaan Pengguna Narkotika dan Pencegahan Peredaran Gelap Narkotika"
BNNK_SIGNED = date(2023, 8, 28)
BNNK_FROM = date(2023, 9, 1)
BNNK_RENEWED = date(2025, 8, 26)
KODIM_FROM = date(2024, 7, 1)
KODIM_ADDENDUM_SIGNED = date(2026, 6, 15)
KODIM_NEW_END = date(2027, 6, 30)


def _noted(template: str) -> Callable[[Period], str]:
    """The note of a period's evidence: ``template`` with the period's ``{label}``."""

    def note(period: Period) -> str:
        return template.format(label=period.label)

    return note


# -- the Pemda: ending within the window -------------------------------------------------------


def _pemda_dates(today: date) -> tuple[date, date]:
    """First and last day of three whole years ending ``PEMDA_DAYS_LEFT`` days from today
    (a day later when the anniversary would be a 29 February)."""
    end = today + timedelta(days=PEMDA_DAYS_LEFT)
    following = end + timedelta(days=1)
    if (following.month, following.day) == (2, 29):
        end, following = following, following + timedelta(days=1)
    return following.replace(year=following.year - PEMDA_YEARS), end


def write_pemda_mou(desk: Desk) -> int:
    valid_from, valid_to = _pemda_dates(desk.today)
    signed_on = valid_from - timedelta(days=3)
    agreement_id = save_agreement(
        desk.ctx,
        AgreementDraft(
            kind=AgreementKind.MOU,
            title=PTSP_TITLE,
            parties=(
                desk.own_party(own_number(2)),
                partner_party(
                    desk, PEMDA, f"180/012/{signed_on.year}", SEKDA, "196904121995031004"
                ),
            ),
            place_signed=PLACE,
            signed_on=signed_on,
            valid_from=valid_from,
            valid_to=valid_to,
            scope=(
                "Peningkatan pelayanan publik Rutan Blora",
                "Pembangunan gedung Pelayanan Terpadu Satu Pintu (PTSP)",
                "Penataan lingkungan dan kios di sepanjang tembok luar Rutan",
                "Pembinaan kemandirian WBP menjelang bebas",
            ),
            note="Ditandatangani Sekretaris Daerah atas nama Bupati Blora.",
        ),
        finalise=True,
    )
    obligation(
        desk,
        agreement_id,
        "Penyediaan anggaran dan penyusunan DED gedung PTSP Rutan Blora",
        partner=PEMDA,
        owner="Bagian Tata Pemerintahan Setda Kabupaten Blora",
        recurrence=Recurrence.ONCE,
        due_on=desk.today - timedelta(days=40),  # late whenever the demo is built
        note="Dijanjikan Sekda saat kunjungan Karutan; masih menunggu pembahasan anggaran.",
    )
    kiosks = obligation(
        desk,
        agreement_id,
        "Penataan kios di sepanjang tembok luar Rutan",
        joint=True,
        owner=desk.ka_kpr.name,
        recurrence=Recurrence.ONCE,
        due_on=valid_from + timedelta(days=240),
        status=ObligationStatus.SELESAI,
    )
    add_evidence(
        desk.ctx,
        kiosks,
        EvidenceDraft(
            desk.past(valid_from + timedelta(days=255)),
            note="Kios dipindahkan 5 meter dari tembok luar bersama Satpol PP; area steril "
            "kembali terlihat dari pos menara.",
        ),
    )
    review = obligation(
        desk,
        agreement_id,
        "Rapat evaluasi pelaksanaan kesepahaman",
        joint=True,
        owner="Kasubsi Pengelolaan",
        recurrence=Recurrence.YEARLY,
    )
    evidence_each_period(
        desk,
        review,
        Recurrence.YEARLY,
        valid_from,
        valid_to,
        lambda year: f"Rapat evaluasi tahun {year.label} di ruang rapat Setda.",
    )
    return agreement_id


# -- the BNNK: expired and renewed -------------------------------------------------------------


def write_bnnk_chain(desk: Desk) -> tuple[int, int]:
    """The PKS of 2023–2025, renewed for 2025–2027; returns both ids, oldest first."""
    old_to = last_day_after(BNNK_FROM, 2)
    old_id = save_agreement(
        desk.ctx,
        AgreementDraft(
            kind=AgreementKind.PKS,
            title=BNNK_TITLE,
            parties=(
                desk.own_party(own_number(11)),
                partner_party(
                    desk, BNNK, "PKS/05/VIII/KA/PB.00/2023/BNNK-BLR", KEPALA_BNNK, "75080963"
                ),
            ),
            place_signed=PLACE,
            signed_on=BNNK_SIGNED,
            valid_from=BNNK_FROM,
            valid_to=old_to,
            scope=(
                "Asesmen dan rehabilitasi rawat jalan WBP pengguna narkotika",
                "Tes urine petugas dan WBP",
                "Pencegahan dan pemberantasan penyalahgunaan dan peredaran gelap narkotika (P4GN)",
            ),
        ),
        finalise=True,
    )
    # The recurring obligations: who sees to them (a partner's short name, else all parties
    # together), how often, and the note of each period's evidence.
    recurring = {
        "Asesmen dan rehabilitasi rawat jalan WBP pengguna narkotika": (
            BNNK,
            "Seksi Rehabilitasi BNNK Blora",
            Recurrence.QUARTERLY,
            "Asesmen dan konseling rawat jalan {label}: WBP dari Blok A dan Blok B.",
        ),
        "Tes urine massal petugas dan WBP": (
            "",
            "Ka KPR dan Seksi P2M BNNK Blora",
            Recurrence.YEARLY,
            "Tes urine massal tahun {label}: hasil negatif seluruhnya.",
        ),
    }
    for text, (partner, owner, recurrence, note) in recurring.items():
        duty = obligation(
            desk,
            old_id,
            text,
            partner=partner,
            joint=not partner,
            owner=owner,
            recurrence=recurrence,
        )
        evidence_each_period(desk, duty, recurrence, BNNK_FROM, old_to, _noted(note))
    outreach = obligation(
        desk,
        old_id,
        "Sosialisasi P4GN bagi WBP dan petugas",
        partner=BNNK,
        owner="Seksi P2M BNNK Blora",
        recurrence=Recurrence.ONCE,
        due_on=date(2023, 11, 30),
        status=ObligationStatus.SELESAI,
    )
    add_evidence(
        desk.ctx,
        outreach,
        EvidenceDraft(date(2023, 11, 22), note="Sosialisasi di aula Rutan, 120 WBP hadir."),
    )
    # The renewal carries the parties, the scope and the two open obligations over; their
    # periods start again with it.
    new_id = renew_agreement(desk.ctx, old_id, expected_version=version_of(desk, old_id))
    finalise_draft(
        desk,
        new_id,
        (own_number(19), "PKS/09/VIII/KA/PB.00/2025/BNNK-BLR"),
        BNNK_RENEWED,
        note="Perpanjangan PKS tahun 2023 untuk dua tahun.",
    )
    renewed = load_agreement(desk.ctx.db, new_id, desk.today)
    assert renewed.draft.valid_from is not None and renewed.ends_on is not None
    for carried in renewed.obligations:
        _, _, recurrence, note = recurring[carried.text]
        evidence_each_period(
            desk,
            carried.id,
            recurrence,
            renewed.draft.valid_from,
            renewed.ends_on,
            _noted(note),
        )
    return old_id, new_id


# -- the Kodim: an addendum moves the last day ---------------------------------------------


def write_kodim_pks(desk: Desk) -> tuple[int, int]:
    """The PKS of 2024–2026 and its addendum extending it to mid-2027; returns both ids."""
    agreement_id = save_agreement(
        desk.ctx,
        AgreementDraft(
            kind=AgreementKind.PKS,
            title="Pengamanan Rutan dan Pembinaan Kesadaran Bela Negara bagi Warga Binaan",
            parties=(
                desk.own_party(own_number(7)),
                partner_party(desk, KODIM, "PKS/14/VI/2024", DANDIM, "11040021560182"),
            ),
            place_signed=PLACE,
            signed_on=KODIM_FROM - timedelta(days=3),
            valid_from=KODIM_FROM,
            valid_to=last_day_after(KODIM_FROM, 2),
            scope=(
                "Bantuan pengamanan Rutan dalam keadaan darurat",
                "Pembinaan kesadaran bela negara dan wawasan kebangsaan bagi WBP",
                "Pertukaran informasi intelijen teritorial",
            ),
        ),
        finalise=True,
    )
    obligation(
        desk,
        agreement_id,
        "Bantuan personel pengamanan dalam situasi kontinjensi",
        partner=KODIM,
        owner="Danramil 01/Blora Kota",
    )
    training = obligation(
        desk,
        agreement_id,
        "Pelatihan baris-berbaris dan wawasan kebangsaan bagi WBP",
        partner=KODIM,
        owner="Danramil 01/Blora Kota",
        recurrence=Recurrence.YEARLY,
    )
    for year in range(KODIM_FROM.year, desk.today.year + 1):
        day = date(year, 8, 12)  # before the Independence Day ceremony
        if day <= desk.today:
            note = f"Latihan PBB bagi 40 WBP petugas upacara HUT RI {year}."
            add_evidence(desk.ctx, training, EvidenceDraft(day, note=note))
    addendum_id = start_addendum(
        desk.ctx, agreement_id, expected_version=version_of(desk, agreement_id)
    )
    finalise_draft(
        desk,
        addendum_id,
        (own_number(23), "ADD/PKS/14/VI/2026"),
        KODIM_ADDENDUM_SIGNED,
        note="Diperpanjang satu tahun sambil menunggu pedoman kerja sama Kodam IV/Diponegoro.",
        dates=(KODIM_ADDENDUM_SIGNED, KODIM_NEW_END),
        scope=(f"Perpanjangan jangka waktu kerja sama sampai dengan {KODIM_NEW_END:%d-%m-%Y}",),
    )
    return agreement_id, addendum_id


# -- health: an MoU until revoked and a PKS under it ----------------------------------------


def write_health(desk: Desk) -> tuple[int, int]:
    """The Dinkes' MoU (until revoked) and the RSUD's PKS implementing it; returns both ids."""
    signed = date(2022, 3, 14)
    mou = save_agreement(
        desk.ctx,
        AgreementDraft(
            kind=AgreementKind.MOU,
            title="Pelayanan Kesehatan dan Penanggulangan Penyakit Menular bagi Warga Binaan",
            parties=(
                desk.own_party(own_number(5)),
                partner_party(desk, DINKES, "440/1187/2022", KADINKES, "197205141998032006"),
            ),
            place_signed=PLACE,
            signed_on=signed,
            valid_from=signed,
            until_revoked=True,
            scope=(
                "Skrining tuberkulosis dan HIV bagi WBP",
                "Imunisasi dan pengendalian penyakit menular",
                "Pembinaan tenaga kesehatan Rutan",
            ),
        ),
        finalise=True,
    )
    screening = obligation(
        desk,
        mou,
        "Skrining TB dan HIV bagi WBP",
        partner=DINKES,
        owner="Bidang P2P Dinkes Blora",
        recurrence=Recurrence.YEARLY,
    )
    evidence_each_period(
        desk,
        screening,
        Recurrence.YEARLY,
        signed,
        desk.today,
        lambda year: f"Skrining TB dan HIV {year.label} bersama Puskesmas Blora.",
    )
    obligation(
        desk,
        mou,
        "Laporan kasus penyakit menular WBP ke Dinkes melalui Puskesmas",
        owner=desk.first_of("Petugas Perawatan Kesehatan").name,
    )
    rsud_from = date(2024, 1, 2)
    pks = save_agreement(
        desk.ctx,
        AgreementDraft(
            kind=AgreementKind.PKS,
            title="Rujukan dan Pelayanan Kesehatan Lanjutan bagi Warga Binaan",
            parties=(
                desk.own_party(own_number(1)),
                partner_party(
                    desk, RSUD, "445/021/PKS/I/2024", DIREKTUR_RSUD, "197809102005011003"
                ),
            ),
            place_signed=PLACE,
            signed_on=rsud_from,
            valid_from=rsud_from,
            valid_to=last_day_after(rsud_from, 5),
            scope=(
                "Rujukan WBP ke IGD dan rawat inap",
                "Pelayanan bagi WBP peserta JKN",
                "Visum dan pemeriksaan kesehatan atas permintaan Rutan",
            ),
            parent_id=mou,
        ),
        finalise=True,
    )
    obligation(
        desk,
        pks,
        "Pengawalan WBP rujukan oleh petugas regu jaga",
        owner=desk.ka_kpr.name,
    )
    obligation(
        desk,
        pks,
        "Layanan IGD 24 jam bagi WBP rujukan",
        partner=RSUD,
        owner="Instalasi Gawat Darurat",
    )
    return mou, pks


# -- revoked: the training centre that closed -------------------------------------------------


def write_revoked(desk: Desk) -> int:
    signed = date(2024, 2, 5)
    agreement_id = save_agreement(
        desk.ctx,
        AgreementDraft(
            kind=AgreementKind.PKS,
            title="Pelatihan Keterampilan Kerja Las dan Otomotif bagi Warga Binaan",
            parties=(
                desk.own_party(own_number(3)),
                partner_party(desk, LPK, "012/LPK-KM/II/2024", KEPALA_LPK),
            ),
            place_signed=PLACE,
            signed_on=signed,
            valid_from=signed,
            valid_to=last_day_after(signed, 3),
            scope=("Pelatihan las listrik bagi WBP", "Pelatihan servis sepeda motor bagi WBP"),
        ),
        finalise=True,
    )
    course = obligation(
        desk,
        agreement_id,
        "Pelatihan las listrik angkatan I (20 WBP)",
        partner=LPK,
        owner=KEPALA_LPK.name,
        recurrence=Recurrence.ONCE,
        due_on=date(2024, 6, 30),
        status=ObligationStatus.SELESAI,
    )
    add_evidence(
        desk.ctx,
        course,
        EvidenceDraft(date(2024, 6, 21), note="18 WBP lulus uji kompetensi las listrik."),
    )
    revoke_agreement(
        desk.ctx,
        agreement_id,
        revoked_on=date(2025, 7, 31),
        reason="LPK Karya Mandiri berhenti beroperasi; izin operasionalnya tidak diperpanjang.",
        expected_version=version_of(desk, agreement_id),
    )
    retire_partner(desk, LPK)
    return agreement_id
