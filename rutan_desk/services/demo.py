"""A fictional but realistic Rutan Kelas IIB for demonstrations, training and benchmarks.

Every name is invented. Later features add their own demo data here.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date, timedelta

from rutan_desk.domain.calendar import AlertPeriod
from rutan_desk.domain.institution import DEFAULT_PROFILE, InstitutionProfile, PaperSize
from rutan_desk.domain.nip import Gender
from rutan_desk.domain.roster import AbsenceKind
from rutan_desk.domain.staff import ExternalIdKind, StaffDraft, StaffKind
from rutan_desk.services import calendar, roster, roster_grid
from rutan_desk.services.institution import save_profile
from rutan_desk.services.roster_changes import record_absence
from rutan_desk.services.staff import StaffRecord, create_staff
from rutan_desk.store.engine import Database

MALE_NAMES = (
    "Agus",
    "Bambang",
    "Budi",
    "Dwi",
    "Eko",
    "Fajar",
    "Hadi",
    "Heru",
    "Imam",
    "Joko",
    "Kukuh",
    "Lukman",
    "Mulyono",
    "Nur",
    "Prasetyo",
    "Rahmat",
    "Slamet",
    "Sugeng",
    "Teguh",
    "Wahyu",
    "Yudi",
    "Arif",
    "Bayu",
    "Dimas",
    "Gilang",
    "Hendra",
    "Irfan",
    "Rizky",
    "Taufik",
    "Yoga",
)
FEMALE_NAMES = (
    "Ani",
    "Dewi",
    "Endang",
    "Fitri",
    "Indah",
    "Kartika",
    "Lestari",
    "Nining",
    "Ratna",
    "Sari",
    "Siti",
    "Tri",
    "Wulan",
    "Yuni",
    "Anisa",
    "Citra",
    "Diah",
    "Ika",
    "Novi",
    "Rina",
)
# Javanese names have no family name: the second name is a given name, male or female.
MALE_SECOND_NAMES = (
    "Santoso",
    "Wibowo",
    "Setiawan",
    "Saputra",
    "Nugroho",
    "Hartono",
    "Purnomo",
    "Wijaya",
    "Susanto",
    "Kurniawan",
    "Pratama",
    "Hidayat",
    "Utomo",
    "Suryadi",
    "Gunawan",
    "Haryanto",
    "Sulistyo",
    "Prabowo",
    "Mardiyanto",
    "Cahyono",
    "Hermawan",
    "Sutrisno",
    "Riyadi",
    "Kusuma",
)
FEMALE_SECOND_NAMES = (
    "Rahayu",
    "Wahyuni",
    "Lestari",
    "Maharani",
    "Handayani",
    "Permatasari",
    "Susanti",
    "Puspitasari",
    "Anggraini",
    "Rahmawati",
    "Kusumawati",
    "Safitri",
    "Oktaviani",
    "Purwanti",
)
DEGREES = ("", "", "", "S.H.", "A.Md.P.", "S.Sos.", "S.Kom.", "S.E.")
REGU_NAMES = ("Regu I", "Regu II", "Regu III", "Regu IV")
ADMIN_POSITIONS = (
    ("Subseksi Pelayanan Tahanan", "Pengelola Data Tahanan"),
    ("Subseksi Pelayanan Tahanan", "Petugas Registrasi"),
    ("Subseksi Pengelolaan", "Pengelola Bahan Makanan"),
    ("Subseksi Pengelolaan", "Pengadministrasi Umum"),
    ("Urusan Tata Usaha", "Pengadministrasi Kepegawaian"),
    ("Urusan Tata Usaha", "Bendahara Pengeluaran"),
    ("Subseksi Pelayanan Tahanan", "Petugas Kunjungan"),
    ("Subseksi Pengelolaan", "Petugas Perawatan Kesehatan"),
)
POLRES_OFFICERS = (
    ("Bripka", "Samapta Polres Blora"),
    ("Aipda", "Samapta Polres Blora"),
    ("Briptu", "Sat Intelkam Polres Blora"),
    ("Bripka", "Sat Reskrim Polres Blora"),
    ("Brigpol", "Samapta Polres Blora"),
    ("Iptu", "Samapta Polres Blora"),
)


@dataclass(frozen=True)
class DemoShape:
    guards_per_regu: tuple[int, ...] = (10, 10, 9, 11)
    p2u_officers: int = 5
    admin_staff: int = 17
    external_officers: int = 6
    women_share: float = 0.18


DEMO_SHAPE = DemoShape()
DEMO_ACTOR = "demo"


class _People:
    """Invents unique names and valid NIPs, repeatably for a seed."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.names: set[str] = set()
        self.nips: set[str] = set()
        self.nrps: set[str] = set()

    def name(self, gender: Gender) -> str:
        male = gender == Gender.MALE
        first_names = MALE_NAMES if male else FEMALE_NAMES
        second_names = MALE_SECOND_NAMES if male else FEMALE_SECOND_NAMES
        while True:
            base = f"{self.rng.choice(first_names)} {self.rng.choice(second_names)}"
            degree = self.rng.choice(DEGREES)
            name = f"{base}, {degree}" if degree else base
            if base not in self.names:
                self.names.add(base)
                return name

    def nip(self, gender: Gender, *, born_from: int = 1968, born_to: int = 2000) -> str:
        while True:
            birth = date(
                self.rng.randint(born_from, born_to),
                self.rng.randint(1, 12),
                self.rng.randint(1, 28),
            )
            appointed = min(birth.year + self.rng.randint(20, 28), 2024)
            digit = "1" if gender == Gender.MALE else "2"
            nip = (
                f"{birth:%Y%m%d}{appointed}{self.rng.randint(1, 12):02d}{digit}"
                f"{self.rng.randint(1, 999):03d}"
            )
            if nip not in self.nips:
                self.nips.add(nip)
                return nip

    def nrp(self) -> str:
        while True:
            # An NRP starts with the birth year and month (YYMM), then a serial.
            year, month, serial = (
                self.rng.randint(75, 99),
                self.rng.randint(1, 12),
                self.rng.randint(0, 9999),
            )
            nrp = f"{year:02d}{month:02d}{serial:04d}"
            if nrp not in self.nrps:
                self.nrps.add(nrp)
                return nrp

    def gender(self, women_share: float) -> Gender:
        return Gender.FEMALE if self.rng.random() < women_share else Gender.MALE

    def golongan(self, senior: bool) -> str:
        pool = ("III/b", "III/c", "III/d") if senior else ("II/a", "II/b", "II/c", "II/d", "III/a")
        return self.rng.choice(pool)


def demo_staff_drafts(shape: DemoShape = DEMO_SHAPE, *, seed: int = 2023) -> list[StaffDraft]:
    people = _People(seed)
    since = date(2023, 1, 2)
    drafts: list[StaffDraft] = []

    def internal(
        gender: Gender,
        unit: str,
        position: str,
        golongan: str,
        born_from: int = 1968,
        born_to: int = 2000,
    ) -> None:
        drafts.append(
            StaffDraft(
                kind=StaffKind.INTERNAL,
                name=people.name(gender),
                nip=people.nip(gender, born_from=born_from, born_to=born_to),
                golongan=golongan,
                position=position,
                unit=unit,
                phone=f"08{people.rng.randint(11, 99)}{people.rng.randint(10000000, 99999999)}",
                status_since=since,
            )
        )

    internal(Gender.MALE, "Pimpinan", "Kepala Rumah Tahanan Negara", "III/d", 1970, 1980)
    internal(Gender.MALE, "KPR", "Kepala Kesatuan Pengamanan Rutan", "III/c", 1972, 1985)
    for number, size in enumerate(shape.guards_per_regu):
        regu = REGU_NAMES[number % len(REGU_NAMES)]
        if number >= len(REGU_NAMES):
            regu = f"Regu {number + 1}"
        internal(Gender.MALE, regu, "Kepala Regu Pengamanan", people.golongan(True), 1970, 1988)
        for _ in range(size - 1):
            internal(
                people.gender(shape.women_share),
                regu,
                "Petugas Pengamanan",
                people.golongan(False),
                1985,
                2002,
            )
    for _ in range(shape.p2u_officers):
        internal(
            people.gender(shape.women_share),
            "P2U",
            "Petugas Pengamanan Pintu Utama",
            people.golongan(False),
            1985,
            2000,
        )
    for index in range(shape.admin_staff):
        unit, position = ADMIN_POSITIONS[index % len(ADMIN_POSITIONS)]
        internal(people.gender(0.45), unit, position, people.golongan(index % 4 == 0))
    for index in range(shape.external_officers):
        rank, unit = POLRES_OFFICERS[index % len(POLRES_OFFICERS)]
        drafts.append(
            StaffDraft(
                kind=StaffKind.EXTERNAL,
                name=people.name(Gender.MALE),
                gender=Gender.MALE,
                agency="Polres Blora",
                unit=unit,
                position="Anggota Polri",
                external_id_kind=ExternalIdKind.NRP_POLRI,
                external_id=people.nrp(),
                external_rank=rank,
                status_since=since,
            )
        )
    return drafts


DEMO_PROFILE = InstitutionProfile(
    ministry=DEFAULT_PROFILE.ministry,
    directorate=DEFAULT_PROFILE.directorate,
    regional_office=DEFAULT_PROFILE.regional_office,
    unit_name="RUMAH TAHANAN NEGARA KELAS IIB BLORA",
    address="Jl. Pemuda No. 1, Blora, Jawa Tengah 58214",
    phone="(0296) 531000",
    email="rutanblora@contoh.go.id",
    website="rutanblora.contoh.go.id",
    city="Blora",
    head_title="KEPALA RUMAH TAHANAN NEGARA KELAS IIB BLORA",
    paper_size=PaperSize.F4,
)


def populate_demo(
    db: Database, shape: DemoShape = DEMO_SHAPE, *, seed: int = 2023, with_roster: bool = True
) -> list[StaffRecord]:
    """Fill an empty database with the demo Rutan: the people, the profile and, unless told
    otherwise, the regu, posts and a roster generated from November 2023 to this month."""
    records = [create_staff(db, DEMO_ACTOR, draft) for draft in demo_staff_drafts(shape, seed=seed)]
    head = records[0]
    save_profile(db, DEMO_ACTOR, _with_head(head))
    if with_roster:
        populate_demo_roster(db, records)
    return records


ROSTER_START = date(2023, 11, 1)
DEMO_POSTS: tuple[tuple[str, dict[str, int], bool], ...] = (
    ("P2U", {"P": 2, "S": 2, "M": 2}, False),
    ("Menara", {"P": 1, "S": 1, "M": 1}, False),
    ("Blok Hunian", {"P": 2, "S": 2, "M": 2}, False),
    ("Blok Wanita", {"P": 1, "S": 1, "M": 1}, True),
    ("Kunjungan", {"P": 1, "S": 1}, False),
)


def populate_demo_roster(
    db: Database, records: list[StaffRecord], *, until: date | None = None
) -> None:
    """Four regu on P-S-M-L one day apart, the usual posts, a few absences and the generated
    roster from 1 November 2023 to the end of ``until``'s month (this month by default)."""
    regu_names = sorted(
        {r.unit for r in records if r.unit.startswith("Regu ")},
        key=lambda name: REGU_NAMES.index(name) if name in REGU_NAMES else 99,
    )
    for number, name in enumerate(regu_names):
        members = [r for r in records if r.unit == name]
        karupam = next((r for r in members if r.position == "Kepala Regu Pengamanan"), None)
        regu_id = roster.create_regu(db, DEMO_ACTOR, name, karupam.id if karupam else None)
        for member in members:
            roster.add_regu_member(db, DEMO_ACTOR, regu_id, member.id, ROSTER_START)
        roster.set_rotation(
            db,
            DEMO_ACTOR,
            regu_id,
            "P S M L",
            anchor=ROSTER_START - timedelta(days=number),
            valid_from=ROSTER_START,
        )
    for name, minimums, needs_woman in DEMO_POSTS:
        roster.create_post(db, DEMO_ACTOR, name, minimums, needs_woman=needs_woman)
    guards = [r for r in records if r.position == "Petugas Pengamanan"]
    absences = (
        (0, AbsenceKind.CUTI, date(2023, 12, 18), date(2023, 12, 22), "Surat cuti tahunan"),
        (5, AbsenceKind.SAKIT, date(2024, 1, 3), date(2024, 1, 4), "Surat keterangan dokter"),
        (9, AbsenceKind.DIKLAT, date(2024, 3, 11), date(2024, 3, 15), "Diklat teknis pengamanan"),
    )
    for index, kind, start, end, reference in absences:
        if index < len(guards):
            record_absence(db, DEMO_ACTOR, guards[index].id, kind, start, end, reference=reference)
    today = until or date.today()
    for year in range(ROSTER_START.year, today.year + 1):
        calendar.import_year(db, DEMO_ACTOR, year)
    calendar.save_alert_period(db, DEMO_ACTOR, NATARU_2023)
    office = [r for r in records if r.unit.startswith(("Subseksi", "Urusan"))]
    roster.set_piket_pool(db, DEMO_ACTOR, [r.id for r in office], ROSTER_START)
    roster.set_holiday_piket_need(db, DEMO_ACTOR, {"P": 1, "S": 1})
    next_month = date(today.year + today.month // 12, today.month % 12 + 1, 1)
    roster.generate_period(db, DEMO_ACTOR, ROSTER_START, next_month - timedelta(days=1))
    _police_on_new_years_eve(db, records)
    _issue_demo_orders(db, records)


# The circular of DOMAIN.md: on New Year's Eve 2023 it brought staff on piket and four officers
# of the Polres to Rutan Blora.
NATARU_2023 = AlertPeriod(
    name="Siaga Nataru 2023/2024",
    start=date(2023, 12, 20),
    end=date(2024, 1, 5),
    circular_number="PAS-2077.PK.08.05 Tahun 2023",
    circular_title=(
        "Peningkatan Kewaspadaan dan Kesiapsiagaan Pengamanan Menjelang Perayaan Natal 2023 "
        "dan Tahun Baru 2024"
    ),
    extra={"P": 1, "S": 1, "M": 3},
)
NEW_YEARS_EVE_2023 = date(2023, 12, 31)
NEW_YEARS_DAY_2024 = date(2024, 1, 1)


def _issue_demo_orders(db: Database, records: list[StaffRecord]) -> None:
    """The register as it stood after Nataru 2023: the New Year's Eve order, and the order for
    New Year's Day issued twice because the first named the wrong shifts; that one was cancelled
    and keeps its number."""
    from rutan_desk.services import documents, duty_orders  # reportlab: only when demoing

    documents.save_document_settings(
        db, DEMO_ACTOR, documents.DocumentSettings("W13.PAS.PAS11-PK.01.04.01-{nomor:04d}")
    )
    written = date(2023, 12, 30)
    order = duty_orders.draft_duty_order(
        db, NEW_YEARS_EVE_2023, NEW_YEARS_EVE_2023, {"M"}, issued_on=written
    )
    duty_orders.issue_duty_order(db, DEMO_ACTOR, order, "Jaga malam pergantian tahun 2023/2024")

    ka_kpr = next(r for r in records if r.position == "Kepala Kesatuan Pengamanan Rutan")
    new_years_day = duty_orders.DutyOrderRequest(
        first=NEW_YEARS_DAY_2024,
        last=NEW_YEARS_DAY_2024,
        shifts=frozenset({"M"}),
        issued_on=written,
        title="Jaga Tahun Baru 1 Januari 2024",
        considering=(
            "bahwa dalam rangka Siaga Nataru 2023/2024 pada hari libur nasional Tahun Baru "
            "perlu ditetapkan petugas jaga dan piket;",
        ),
        tasks=duty_orders.ALERT_TASKS,
        signing=duty_orders.Signing.ON_BEHALF,
        signer_id=ka_kpr.id,
    )
    wrong = duty_orders.prepare_duty_order(db, new_years_day)
    mistaken = duty_orders.issue_duty_order(db, DEMO_ACTOR, wrong, new_years_day.title)
    right = duty_orders.prepare_duty_order(
        db, replace(new_years_day, shifts=frozenset({"P", "S", "M"}))
    )
    corrected = duty_orders.issue_duty_order(db, DEMO_ACTOR, right, new_years_day.title)
    documents.cancel_document(
        db,
        DEMO_ACTOR,
        mistaken.id,
        f"Hanya memuat dinas malam; diganti dengan nomor {corrected.number}.",
    )


def _police_on_new_years_eve(db: Database, records: list[StaffRecord]) -> None:
    officers = [r for r in records if r.is_external][:4]
    gate = next((post_id for post_id, name in roster_grid.posts(db) if name == "P2U"), None)
    for officer in officers:
        roster_grid.set_cell(db, DEMO_ACTOR, officer.id, NEW_YEARS_EVE_2023, "M", post_id=gate)


def _with_head(head: StaffRecord) -> InstitutionProfile:
    return replace(
        DEMO_PROFILE, head_name=head.name, head_nip=head.nip, head_golongan=head.golongan
    )
