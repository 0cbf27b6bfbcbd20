"""The coordination history of the demo: the three meetings the seeds tell of (the Karutan's
visit to the Polres of 6 November 2023, the visit to the Pemda about the PTSP building of 16
April 2024, the signing of the PKS with the Polres of 27 January 2026), and the last twelve
months with about two meetings or visits a month. Follow-ups are done by their due date, but
two that are late whenever the demo is built (the Pemda's schedule for the PTSP building, the
fibre line for the CCTV), and those not yet due."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from rutan_desk.services.agreements.coordination import save_coordination
from rutan_desk.services.agreements.forms import (
    AttendeeLine,
    ContactLine,
    CoordinationDraft,
    FollowUpLine,
)
from rutan_desk.services.demo_agreements.desk import Desk
from rutan_desk.services.demo_agreements.partners import (
    BNNK,
    DANRAMIL,
    DINKES,
    INTELKAM,
    KA_IGD,
    KABAG_PEMERINTAHAN,
    KABID_P2P,
    KAPOLRES,
    KASAT_SAMAPTA,
    KASI_REHAB,
    KEPALA_BNNK,
    KODIM,
    PEMDA,
    POLRES,
    RSUD,
    SEKDA,
    outsider,
)

# Who of the Rutan attends, by the demo's positions.
KARUTAN = "Kepala Rumah Tahanan Negara"
KA_KPR = "Kepala Kesatuan Pengamanan Rutan"
KARUPAM = "Kepala Regu Pengamanan"
WORKS = "Pengadministrasi Umum"  # of the Subseksi Pengelolaan
HEALTH = "Petugas Perawatan Kesehatan"
REGISTRY = "Petugas Registrasi"
PTSP_VISIT = date(2024, 4, 16)
PTSP_SUBJECT = (
    "Kunjungan kerja ke Pemda Kabupaten Blora: pembangunan gedung PTSP dan penataan kios di "
    "tembok luar Rutan"
)
MONTHS = 12


@dataclass(frozen=True)
class FollowUp:
    text: str
    owner: str  # a position of ours (as above), else written as it is
    due_in_days: int


@dataclass(frozen=True)
class Meeting:
    partners: tuple[str, ...]
    place: str
    subject: str
    outcome: str
    agreement: str  # the demo's key of the agreement it concerns ("": none)
    ours: tuple[str, ...]  # positions
    theirs: tuple[ContactLine, ...]
    follow_ups: tuple[FollowUp, ...] = ()


# The meetings of a usual year, repeated in the order the dice give.
ROUTINE: tuple[Meeting, ...] = (
    Meeting(
        (POLRES,),
        "Mapolres Blora",
        "Rapat koordinasi pengamanan dan patroli sambang",
        "Jadwal patroli sambang disepakati; Polres meminta daftar titik rawan di sekitar tembok "
        "luar Rutan.",
        "polres",
        (KA_KPR, KARUPAM),
        (KASAT_SAMAPTA,),
        (FollowUp("Menyerahkan daftar titik rawan tembok luar kepada Sat Samapta", KA_KPR, 14),),
    ),
    Meeting(
        (POLRES,),
        "Aula Rutan Blora",
        "Pertukaran informasi kamtib bersama Sat Intelkam",
        "Informasi upaya penyelundupan barang terlarang melalui titipan makanan dibahas; "
        "pemeriksaan titipan di P2U diperketat.",
        "polres",
        (KA_KPR,),
        (INTELKAM,),
        (FollowUp("Memperketat pemeriksaan titipan makanan di P2U", KA_KPR, 7),),
    ),
    Meeting(
        (KODIM,),
        "Makodim 0721/Blora",
        "Koordinasi bantuan pengamanan dalam situasi kontinjensi",
        "Kodim siap mengirim satu regu dalam keadaan darurat; latihan bersama dijadwalkan.",
        "kodim",
        (KA_KPR,),
        (DANRAMIL,),
        (FollowUp("Menyusun skenario latihan penanganan kerusuhan", KA_KPR, 30),),
    ),
    Meeting(
        (POLRES, KODIM),
        "Rutan Blora",
        "Simulasi penanganan gangguan kamtib bersama Polres dan Kodim",
        "Simulasi berjalan baik; bantuan Polres tiba 12 menit setelah tombol alarm di pintu "
        "utama ditekan.",
        "polres",
        (KARUTAN, KA_KPR, KARUPAM),
        (KASAT_SAMAPTA, DANRAMIL),
        (FollowUp("Evaluasi waktu tanggap dan jalur evakuasi", KA_KPR, 21),),
    ),
    Meeting(
        (BNNK,),
        "Kantor BNNK Blora",
        "Koordinasi asesmen dan rehabilitasi WBP pengguna narkotika",
        "BNNK menjadwalkan asesmen 10 WBP baru; hasilnya dikirim ke Rutan.",
        "bnnk",
        (HEALTH, REGISTRY),
        (KASI_REHAB,),
        (FollowUp("Mengirim daftar WBP calon asesmen kepada BNNK", REGISTRY, 10),),
    ),
    Meeting(
        (BNNK, POLRES),
        "Aula Rutan Blora",
        "Tes urine dan razia gabungan bersama BNNK dan Polres",
        "Tes urine 30 petugas dan 50 WBP: negatif seluruhnya; razia kamar hunian nihil.",
        "bnnk",
        (KA_KPR, HEALTH),
        (KEPALA_BNNK, INTELKAM),
    ),
    Meeting(
        (DINKES,),
        "Klinik Rutan Blora",
        "Skrining TB dan HIV bersama Dinkes dan Puskesmas Blora",
        "150 WBP diskrining; 2 suspek TB dirujuk untuk pemeriksaan dahak.",
        "dinkes",
        (HEALTH,),
        (KABID_P2P,),
        (FollowUp("Memantau pengobatan WBP suspek TB", HEALTH, 30),),
    ),
    Meeting(
        (RSUD,),
        "RSUD dr. R. Soetijono Blora",
        "Evaluasi rujukan dan pengawalan WBP ke RSUD",
        "Alur rujukan malam hari melalui IGD disepakati; kamar rawat inap yang dapat dijaga "
        "disiapkan.",
        "rsud",
        (KA_KPR, HEALTH),
        (KA_IGD,),
        (FollowUp("Menyusun SOP pengawalan WBP rawat inap", KA_KPR, 30),),
    ),
    Meeting(
        (PEMDA,),
        "Kantor Setda Kabupaten Blora",
        "Koordinasi pelayanan publik dan penataan lingkungan Rutan",
        "Satpol PP menertibkan kembali kios yang mendekat ke tembok luar Rutan.",
        "pemda",
        (WORKS,),
        (KABAG_PEMERINTAHAN,),
        (FollowUp("Pengecekan area steril tembok luar bersama Satpol PP", KA_KPR, 14),),
    ),
    Meeting(
        (KODIM,),
        "Aula Rutan Blora",
        "Pembinaan wawasan kebangsaan bagi WBP",
        "Materi bela negara disampaikan kepada 60 WBP.",
        "kodim",
        (KARUPAM,),
        (DANRAMIL,),
    ),
)


def write_coordination(desk: Desk) -> int:
    """The meetings, oldest first; returns how many."""
    written = 0
    for day, meeting, done in _plan(desk):
        _write(desk, day, meeting, done=done)
        written += 1
    return written


def _plan(desk: Desk) -> list[tuple[date, Meeting, bool]]:
    """Each meeting with its day and whether its follow-ups due by today were done."""
    today = desk.today
    plan = [(day, meeting, True) for day, meeting in _told(desk)]
    plan += [(today - timedelta(days=ago), meeting, False) for ago, meeting in LATE]
    order = list(ROUTINE)
    desk.rng.shuffle(order)
    month = _months_after(today.replace(day=1), 1 - MONTHS)
    slots = 0
    while month <= today:
        for low, high in ((3, 13), (15, 27)):
            day = month.replace(day=desk.rng.randint(low, high))
            if day <= today:
                plan.append((day, order[slots % len(order)], True))
                slots += 1
        month = _months_after(month, 1)
    return sorted(plan, key=lambda entry: entry[0])


def _months_after(first: date, months: int) -> date:
    """The first day of the month ``months`` after (or, negative, before) ``first``'s."""
    index = first.year * 12 + first.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _write(desk: Desk, day: date, meeting: Meeting, *, done: bool) -> None:
    follow_ups = []
    for follow_up in meeting.follow_ups:
        due = day + timedelta(days=follow_up.due_in_days)
        finished = None
        if done and due < desk.today:
            finished = max(day, due - timedelta(days=desk.rng.randint(0, 5)))
        follow_ups.append(
            FollowUpLine(follow_up.text, _owner(desk, follow_up.owner), due, finished)
        )
    save_coordination(
        desk.ctx,
        CoordinationDraft(
            held_on=day,
            subject=meeting.subject,
            partner_ids=tuple(desk.partners[name] for name in meeting.partners),
            place=meeting.place,
            outcome=meeting.outcome,
            agreement_id=desk.agreements.get(meeting.agreement),
            attendees=_attendees(desk, meeting.ours, meeting.theirs),
            follow_ups=tuple(follow_ups),
        ),
    )


def _owner(desk: Desk, owner: str) -> str:
    positions = {KARUTAN, KA_KPR, KARUPAM, WORKS, HEALTH, REGISTRY}
    return desk.first_of(owner).name if owner in positions else owner


def _attendees(
    desk: Desk, ours: Sequence[str], theirs: Sequence[ContactLine]
) -> tuple[AttendeeLine, ...]:
    people = [desk.first_of(position) for position in ours]
    return (
        *(desk.attendee(person) for person in dict.fromkeys(people)),
        *(outsider(contact) for contact in theirs),
    )


# -- the meetings the seeds tell of ---------------------------------------------------------


def _told(desk: Desk) -> list[tuple[date, Meeting]]:
    cctv_due = (desk.today + timedelta(days=60) - date(2026, 1, 27)).days
    return [
        (
            date(2023, 11, 6),
            Meeting(
                (POLRES,),
                "Mapolres Blora",
                "Kunjungan Karutan ke Polres Blora: sinergi pengamanan, CCTV area steril dan "
                "alarm pintu utama",
                "Polres Blora melanjutkan patroli sambang berkala ke Rutan. Dibahas rencana "
                "CCTV area steril sepanjang tembok luar yang terhubung ke monitor Polres dan "
                "tombol alarm di pintu utama untuk meminta bantuan pengamanan; kerja sama akan "
                "dituangkan dalam PKS.",
                "",
                (KARUTAN, KA_KPR),
                (KAPOLRES,),
                (FollowUp("Menyusun draf PKS dengan Polres Blora", KA_KPR, 120),),
            ),
        ),
        (
            PTSP_VISIT,
            Meeting(
                (PEMDA,),
                "Ruang Sekretaris Daerah, Kantor Setda Kabupaten Blora",
                PTSP_SUBJECT,
                "Karutan menyampaikan perlunya segera membangun gedung PTSP baru untuk "
                "meningkatkan pelayanan, serta penataan kios di tembok luar untuk deteksi dini "
                "pengamanan. Sekda akan melihat perkembangan dan situasi, dan segera "
                "menindaklanjutinya dalam waktu dekat.",
                "pemda",
                (KARUTAN, WORKS),
                (SEKDA,),
                (
                    FollowUp("Mengirim proposal dan gambar rencana gedung PTSP", WORKS, 30),
                    FollowUp(
                        "Penataan kios di sepanjang tembok luar Rutan",
                        "Bagian Tata Pemerintahan Setda",
                        167,
                    ),
                ),
            ),
        ),
        (
            date(2026, 1, 27),
            Meeting(
                (POLRES,),
                "Mapolres Blora",
                "Penandatanganan PKS Rutan Blora dengan Polres Blora",
                "PKS ditandatangani Karutan dan Kapolres: pengamanan, penanganan gangguan "
                "keamanan dan ketertiban, serta dukungan tugas kepolisian. Koordinasi "
                "diperkuat, terutama untuk pencegahan gangguan kamtib.",
                "polres",
                (KARUTAN, WORKS, KA_KPR),
                (KAPOLRES,),
                (
                    FollowUp(
                        "Pemasangan tombol alarm di pintu utama terhubung ke Polres", KA_KPR, 63
                    ),
                    FollowUp("Penyambungan CCTV area steril ke monitor Polres", KA_KPR, cctv_due),
                ),
            ),
        ),
    ]


# Two meetings whose follow-up is late whenever the demo is built (days before today).
LATE: tuple[tuple[int, Meeting], ...] = (
    (
        75,
        Meeting(
            (PEMDA,),
            "Kantor Setda Kabupaten Blora",
            "Tindak lanjut pembangunan gedung PTSP Rutan Blora",
            "Bappeda meminta DED gedung PTSP sebelum diusulkan dalam APBD perubahan.",
            "pemda",
            (KARUTAN, WORKS),
            (KABAG_PEMERINTAHAN,),
            (
                FollowUp(
                    "Pemda menyampaikan jadwal penyusunan DED gedung PTSP",
                    "Bagian Tata Pemerintahan Setda",
                    30,
                ),
            ),
        ),
    ),
    (
        40,
        Meeting(
            (POLRES,),
            "Mapolres Blora",
            "Koordinasi penyambungan CCTV area steril ke monitor Polres",
            "Jalur fiber optik dari Rutan ke Mapolres belum tersedia; Polres menyiapkan layar "
            "monitor di ruang SPKT.",
            "polres",
            (KA_KPR,),
            (KASAT_SAMAPTA,),
            (
                FollowUp(
                    "Mengajukan pemasangan jalur fiber optik kepada penyedia jaringan", KA_KPR, 21
                ),
            ),
        ),
    ),
)
