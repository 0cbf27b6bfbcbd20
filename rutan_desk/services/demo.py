"""A fictional but realistic Rutan Kelas IIB for demonstrations, training and benchmarks.

Every name is invented. Later features add their own demo data here: the roster from November
2023, the Nataru duty orders, and a month of shift handovers (December 2023) with its blocks,
equipment and standing instructions.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date, time, timedelta

from rutan_desk.domain.accounts import Permission, Role
from rutan_desk.domain.calendar import AlertPeriod
from rutan_desk.domain.documents import DocumentKind
from rutan_desk.domain.handover import (
    Acknowledger,
    Condition,
    EquipmentKind,
    Movement,
    MovementReason,
    OfficerSide,
    OfficerStatus,
    SignRole,
    acknowledger_at,
    direction_of,
    minutes_into_shift,
    tally,
)
from rutan_desk.domain.institution import (
    DEFAULT_PROFILE,
    InstitutionProfile,
    LetterheadVersion,
    PaperSize,
)
from rutan_desk.domain.nip import Gender
from rutan_desk.domain.roster import AbsenceKind
from rutan_desk.domain.staff import ExternalIdKind, StaffDraft, StaffKind
from rutan_desk.services.accounts.passwords import hash_password
from rutan_desk.services.calendar import edits as calendar_edits
from rutan_desk.services.calendar.queries import holidays_between
from rutan_desk.services.context import ActionContext, Actor
from rutan_desk.services.handover import setup as handover_setup
from rutan_desk.services.handover.forms import (
    CountLine,
    EquipmentLine,
    EventLine,
    HandoverDraft,
    OfficerLine,
)
from rutan_desk.services.handover.prefill import prefill_handover
from rutan_desk.services.handover.saving import add_addendum, save_handover, sign_handover
from rutan_desk.services.institution import add_letterhead_version, default_logo, save_profile
from rutan_desk.services.roster import generation, grid, rules, setup
from rutan_desk.services.roster.changes import record_absence
from rutan_desk.services.roster.queries import shift_types
from rutan_desk.services.staff.records import StaffRecord
from rutan_desk.services.staff.registry import create_staff
from rutan_desk.store.engine import Database
from rutan_desk.store.models.accounts import AccountRow

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
DEMO_ACTOR = Actor.system("demo")


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
# The ministry over Ditjen PAS was renamed with the cabinet of 21 October 2024: a letter of 2023
# prints the old names, one of 2025 the new (the first date is only where the demo's letterhead
# history starts).
DEMO_LETTERHEADS = (
    LetterheadVersion(
        valid_from=date(2020, 1, 1),
        ministry="KEMENTERIAN HUKUM DAN HAK ASASI MANUSIA REPUBLIK INDONESIA",
        regional_office="KANTOR WILAYAH JAWA TENGAH",
        unit_name=DEMO_PROFILE.unit_name,
    ),
    LetterheadVersion(
        valid_from=date(2024, 10, 21),
        ministry=DEMO_PROFILE.ministry,
        directorate=DEMO_PROFILE.directorate,
        regional_office=DEMO_PROFILE.regional_office,
        unit_name=DEMO_PROFILE.unit_name,
    ),
)


def populate_demo(
    db: Database,
    shape: DemoShape = DEMO_SHAPE,
    *,
    seed: int = 2023,
    with_roster: bool = True,
    with_handovers: bool = True,
    with_accounts: bool = False,
    with_kamtib: bool = False,
) -> list[StaffRecord]:
    """Fill an empty database with the demo Rutan: the people, the profile and, unless told
    otherwise, the regu, posts and a roster generated from November 2023 to this month, then
    (with the roster, unless ``with_handovers`` is False) the blocks, equipment and standing
    instructions of the handover and every handover of December 2023; ``with_accounts``: an
    account for each role (see ``DEMO_ACCOUNTS``), all with ``DEMO_PASSWORD``;
    ``with_kamtib`` (with the handovers): three years of incidents, searches and patrol
    visits (``services.demo_kamtib``), then the partners, cooperation agreements and
    coordination history, whose patrol obligation those visits are the evidence of
    (``services.demo_agreements``)."""
    ctx = ActionContext(db, DEMO_ACTOR)
    records = [create_staff(ctx, draft) for draft in demo_staff_drafts(shape, seed=seed)]
    head = records[0]
    save_profile(ctx, _with_head(head), expected_version=0)
    for letterhead in DEMO_LETTERHEADS:
        add_letterhead_version(ctx, letterhead)
    if with_accounts:
        populate_demo_accounts(ctx, records)
    if with_roster:
        populate_demo_roster(ctx, records)
        if with_handovers:
            populate_demo_handovers(ctx, records, seed=seed)
            if with_kamtib:
                from rutan_desk.services.demo_agreements import populate_demo_agreements
                from rutan_desk.services.demo_kamtib import populate_demo_kamtib

                populate_demo_kamtib(ctx, records, seed=seed)
                populate_demo_agreements(ctx, records, seed=seed)
    return records


DEMO_PASSWORD = "demo1234"  # shown on the demo's sign-in screen
DEMO_OPERATOR = "operator"  # the demo starts signed in as the clerk
# login, name, role, and the position of the person the account stands for ("" for none)
DEMO_ACCOUNTS: tuple[tuple[str, str, Role, str], ...] = (
    ("admin", "Administrator TI", Role.ADMINISTRATOR, ""),
    (DEMO_OPERATOR, "", Role.OPERATOR, "Petugas Registrasi"),
    ("karupam", "", Role.KARUPAM, "Kepala Regu Pengamanan"),
    ("kakpr", "", Role.PIMPINAN, "Kepala Kesatuan Pengamanan Rutan"),
    ("karutan", "", Role.PIMPINAN, "Kepala Rumah Tahanan Negara"),
    ("pembaca", "Tamu Pembaca", Role.PEMBACA, ""),
)


def populate_demo_accounts(ctx: ActionContext, records: list[StaffRecord]) -> None:
    """An account for each role, linked to the person it stands for, all with the demo
    password (hashed once: it is the same for all)."""
    password_hash = hash_password(DEMO_PASSWORD)
    with ctx.write(Permission.ACCOUNTS_MANAGE) as session:
        for login, name, role, position in DEMO_ACCOUNTS:
            person = next((r for r in records if position and r.position == position), None)
            session.add(
                AccountRow(
                    login=login,
                    display_name=name or (person.name if person else login),
                    role=role.value,
                    staff_id=person.id if person else None,
                    password_hash=password_hash,
                    must_change_password=False,
                    active=True,
                )
            )


ROSTER_START = date(2023, 11, 1)
DEMO_POSTS: tuple[tuple[str, dict[str, int], bool], ...] = (
    ("P2U", {"P": 2, "S": 2, "M": 2}, False),
    ("Menara", {"P": 1, "S": 1, "M": 1}, False),
    ("Blok Hunian", {"P": 2, "S": 2, "M": 2}, False),
    ("Blok Wanita", {"P": 1, "S": 1, "M": 1}, True),
    ("Kunjungan", {"P": 1, "S": 1}, False),
)


def populate_demo_roster(
    ctx: ActionContext, records: list[StaffRecord], *, until: date | None = None
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
        regu_id = setup.create_regu(ctx, name, karupam.id if karupam else None)
        for member in members:
            setup.add_regu_member(ctx, regu_id, member.id, ROSTER_START)
        setup.set_rotation(
            ctx,
            regu_id,
            "P S M L",
            anchor=ROSTER_START - timedelta(days=number),
            valid_from=ROSTER_START,
        )
    for name, minimums, needs_woman in DEMO_POSTS:
        setup.create_post(ctx, name, minimums, needs_woman=needs_woman)
    guards = [r for r in records if r.position == "Petugas Pengamanan"]
    absences = (
        (0, AbsenceKind.CUTI, date(2023, 12, 18), date(2023, 12, 22), "Surat cuti tahunan"),
        (5, AbsenceKind.SAKIT, date(2024, 1, 3), date(2024, 1, 4), "Surat keterangan dokter"),
        (9, AbsenceKind.DIKLAT, date(2024, 3, 11), date(2024, 3, 15), "Diklat teknis pengamanan"),
    )
    for index, kind, start, end, reference in absences:
        if index < len(guards):
            record_absence(ctx, guards[index].id, kind, start, end, reference=reference)
    today = until or ctx.today()
    for year in range(ROSTER_START.year, today.year + 1):
        calendar_edits.import_year(ctx, year)
    calendar_edits.save_alert_period(ctx, NATARU_2023)
    office = [r for r in records if r.unit.startswith(("Subseksi", "Urusan"))]
    rules.set_piket_pool(ctx, [r.id for r in office], ROSTER_START)
    rules.set_holiday_piket_need(ctx, {"P": 1, "S": 1})
    next_month = date(today.year + today.month // 12, today.month % 12 + 1, 1)
    # Planned ahead, as the office did (the months before today are history now), with the
    # police asked for New Year's Eve added before it came.
    planning = ctx.on_morning_of(ROSTER_START)
    generation.generate_period(planning, ROSTER_START, next_month - timedelta(days=1))
    _police_on_new_years_eve(planning, records)
    _issue_demo_orders(ctx, records)


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


def _issue_demo_orders(ctx: ActionContext, records: list[StaffRecord]) -> None:
    """The register as it stood after Nataru 2023: the New Year's Eve order, and the order for
    New Year's Day issued twice because the first named the wrong shifts; that one was cancelled
    and keeps its number."""
    # reportlab: only when demoing
    from rutan_desk.services.documents import duty_orders, register

    db = ctx.db
    settings = register.document_settings(db)
    register.save_document_settings(
        ctx,
        # The office's classification codes: each kind its own, each its own serial.
        settings.with_pattern(
            DocumentKind.SURAT_PERINTAH, "W13.PAS.PAS11-PK.01.04.01-{nomor:04d}"
        ).with_pattern(DocumentKind.SERAH_TERIMA, "W13.PAS.PAS11-PK.01.04.02-{nomor:04d}"),
    )
    written = date(2023, 12, 30)
    order = duty_orders.draft_duty_order(
        db, NEW_YEARS_EVE_2023, NEW_YEARS_EVE_2023, {"M"}, issued_on=written
    )
    duty_orders.issue_duty_order(ctx, order, "Jaga malam pergantian tahun 2023/2024")

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
    mistaken = duty_orders.issue_duty_order(ctx, wrong, new_years_day.title)
    right = duty_orders.prepare_duty_order(
        db, replace(new_years_day, shifts=frozenset({"P", "S", "M"}))
    )
    corrected = duty_orders.issue_duty_order(ctx, right, new_years_day.title)
    register.cancel_document(
        ctx,
        mistaken.id,
        f"Hanya memuat dinas malam; diganti dengan nomor {corrected.number}.",
        expected_version=mistaken.version,
    )


def _police_on_new_years_eve(ctx: ActionContext, records: list[StaffRecord]) -> None:
    officers = [r for r in records if r.is_external][:4]
    gate = next((post_id for post_id, name in grid.posts(ctx.db) if name == "P2U"), None)
    for officer in officers:
        grid.set_cell(ctx, officer.id, NEW_YEARS_EVE_2023, "M", post_id=gate)


def _with_head(head: StaffRecord) -> InstitutionProfile:
    return replace(
        DEMO_PROFILE,
        head_name=head.name,
        head_nip=head.nip,
        head_golongan=head.golongan,
        logo=default_logo(),
    )


# -- the handover month (serah terima jaga, December 2023) ----------------------------------

HANDOVER_FIRST = date(2023, 12, 1)
HANDOVER_LAST = date(2023, 12, 31)
HANDOVER_SHIFTS = ("P", "S", "M")
# Name, capacity and the people in it on the morning of 1 December 2023 (the opening balance),
# by category code (migration 0005): TL/NL men, TP/NP women; no children (AN) in a Rutan.
DEMO_BLOCKS: tuple[tuple[str, int, dict[str, int]], ...] = (
    ("Blok A (Tahanan)", 90, {"TL": 78}),
    ("Blok B (Narapidana)", 100, {"NL": 92}),
    ("Blok C", 60, {"TL": 21, "NL": 34}),
    ("Blok W (Wanita)", 25, {"TP": 6, "NP": 11}),
    ("Mapenaling", 15, {"TL": 4}),
    ("Sel Isolasi", 4, {}),
)
BLOK_A, BLOK_B, BLOK_C, BLOK_W, MAPENALING, ISOLASI = (name for name, _, _ in DEMO_BLOCKS)
DEMO_EQUIPMENT: tuple[tuple[str, EquipmentKind, int, str], ...] = (
    ("Kunci Blok A", EquipmentKind.KUNCI, 1, ""),
    ("Kunci Blok B", EquipmentKind.KUNCI, 1, ""),
    ("Kunci Blok C", EquipmentKind.KUNCI, 1, ""),
    ("Kunci Blok W", EquipmentKind.KUNCI, 1, ""),
    ("Kunci Mapenaling dan Sel Isolasi", EquipmentKind.KUNCI, 1, ""),
    ("Kunci Pintu Utama (P2U)", EquipmentKind.KUNCI, 1, ""),
    ("Gembok cadangan", EquipmentKind.GEMBOK, 10, ""),
    ("Senjata laras panjang SS1-V1 No. 1", EquipmentKind.SENJATA, 1, "SS1-V1 0512347"),
    ("Senjata laras panjang SS1-V1 No. 2", EquipmentKind.SENJATA, 1, "SS1-V1 0512391"),
    ("Revolver kaliber .38", EquipmentKind.SENJATA, 1, "RG-38 771204"),
    ("Amunisi 5,56 mm (butir)", EquipmentKind.AMUNISI, 60, ""),
    ("Amunisi kaliber .38 (butir)", EquipmentKind.AMUNISI, 12, ""),
    ("HT Motorola", EquipmentKind.HT, 8, ""),
    ("Borgol", EquipmentKind.BORGOL, 6, ""),
    ("Senter", EquipmentKind.SENTER, 4, ""),
    ("Buku laporan jaga", EquipmentKind.BUKU, 1, ""),
    ("Buku kunjungan patroli sambang", EquipmentKind.BUKU, 1, ""),
)
RADIO, TORCH = "HT Motorola", "Senter"
RADIO_BROKEN = (date(2023, 12, 9), "S")  # from this handover on, the radios are "rusak"
RADIO_NOTE = "1 unit HT (No. 05) tidak dapat memancar, antena patah; dilaporkan ke Ka KPR."
TORCH_MISSING = (date(2023, 12, 16), "P")  # one torch short at this handover only
TORCH_NOTE = "1 senter dibawa petugas P2U untuk pemeriksaan kendaraan, belum kembali."
DIFFERENCE_AT = (date(2023, 12, 27), "S")  # one man of Blok B counted in the isolation cell
DIFFERENCE_EXPLANATION = (
    "Blok B kurang 1 dan Sel Isolasi lebih 1: 1 WBP narapidana Blok B dipindahkan ke Sel Isolasi "
    "pukul 17.30 WIB atas perintah Ka KPR setelah perkelahian di kamar B-3, sehingga dihitung di "
    "Sel Isolasi, bukan di bloknya. Jumlah isi Rutan seluruhnya tetap sesuai."
)
LATE_OFFICER = (date(2023, 12, 7), "M")  # an incoming officer came late to this handover
NOT_ACKNOWLEDGED = {(date(2023, 12, 2), "S"), (date(2023, 12, 17), "M"), (date(2023, 12, 31), "S")}
REPORTED = (date(2023, 12, 31), "M")  # New Year's Eve: its report is issued into the register
ADDENDUM_AT = (date(2023, 12, 12), "M")
COURT = "Sidang PN Blora, dikawal petugas Kejari Blora"


@dataclass(frozen=True)
class _Move:
    at: time
    reason: MovementReason
    block: str
    category: str  # code
    count: int
    note: str = ""


# What happened beyond the daily routine, by (day, outgoing shift).
_DEMO_MOVES: dict[tuple[date, str], tuple[_Move, ...]] = {
    (date(2023, 12, 5), "S"): (
        _Move(time(15, 20), MovementReason.BARU, MAPENALING, "TL", 2, "Pelimpahan tahap II Kejari"),
    ),
    (date(2023, 12, 8), "P"): (
        _Move(time(9, 15), MovementReason.BEBAS, BLOK_B, "NL", 1, "Bebas murni (ekspirasi)"),
    ),
    (date(2023, 12, 11), "P"): (
        _Move(time(10), MovementReason.PINDAH, BLOK_B, "NL", 2, "Ke Lapas Kelas I Semarang"),
    ),
    (date(2023, 12, 12), "M"): (
        _Move(time(1, 40), MovementReason.RUMAH_SAKIT, BLOK_C, "NL", 1, "Rujukan RSUD Blora"),
    ),
    (date(2023, 12, 13), "S"): (
        _Move(time(15, 30), MovementReason.KEMBALI_RS, BLOK_C, "NL", 1, "Rawat jalan"),
    ),
    (date(2023, 12, 14), "S"): (
        _Move(time(16, 10), MovementReason.BARU, BLOK_W, "TP", 1, "Titipan Polres Blora"),
    ),
    (date(2023, 12, 19), "S"): (
        _Move(time(14, 40), MovementReason.BARU, MAPENALING, "TL", 3, "Titipan Kejari Blora"),
    ),
    (date(2023, 12, 22), "P"): (
        _Move(time(9), MovementReason.BEBAS, BLOK_B, "NL", 1, "Pembebasan bersyarat"),
    ),
    (date(2023, 12, 25), "P"): (
        _Move(time(10, 30), MovementReason.BEBAS, BLOK_C, "NL", 1, "Remisi Khusus Natal 2023"),
    ),
    (date(2023, 12, 28), "S"): (
        _Move(time(15, 45), MovementReason.BARU, MAPENALING, "TL", 1, "Titipan Polres Blora"),
    ),
}
_DEMO_EVENTS: dict[tuple[date, str], tuple[tuple[time, str], ...]] = {
    (date(2023, 12, 1), "P"): (
        (time(7, 15), "Buku serah terima jaga dibuka; isi awal sesuai register tahanan."),
    ),
    (date(2023, 12, 9), "S"): (
        (time(16, 45), "HT No. 05 tidak dapat memancar saat kontrol keliling; lapor Ka KPR."),
    ),
    (date(2023, 12, 12), "M"): (
        (time(1, 30), "1 WBP Blok C sesak napas; diperiksa petugas kesehatan, dirujuk ke RSUD."),
    ),
    (date(2023, 12, 15), "P"): (
        (
            time(8, 30),
            "Penggeledahan rutin kamar Blok A bersama Polres Blora: 1 HP dan 2 charger "
            "diamankan untuk dimusnahkan.",
        ),
    ),
    (date(2023, 12, 16), "P"): (
        (time(11, 20), "1 senter dibawa petugas P2U untuk pemeriksaan kendaraan pengunjung."),
    ),
    (date(2023, 12, 16), "S"): ((time(13, 40), "Senter yang dibawa P2U dikembalikan ke pos."),),
    (date(2023, 12, 20), "P"): (
        (
            time(8),
            "Apel siaga Nataru 2023/2024 dipimpin Karutan; SE Dirjen PAS Nomor "
            "PAS-2077.PK.08.05 Tahun 2023 dibacakan.",
        ),
    ),
    (date(2023, 12, 24), "S"): (
        (time(16), "Ibadah malam Natal WBP Nasrani di aula, dijaga 2 petugas; selesai tertib."),
    ),
    (date(2023, 12, 25), "P"): (
        (time(9), "Penyerahan Remisi Khusus Natal 2023 kepada 6 WBP oleh Karutan."),
    ),
    (date(2023, 12, 27), "S"): (
        (
            time(17, 30),
            "Perkelahian 2 WBP di kamar B-3 dilerai; 1 WBP dipindahkan ke Sel Isolasi atas "
            "perintah Ka KPR.",
        ),
    ),
    (date(2023, 12, 31), "M"): (
        (time(22), "Pengamanan malam pergantian tahun bersama 4 personel Polres Blora."),
        (time(0), "Pergantian tahun 2023/2024: situasi aman, tidak ada gangguan kamtib."),
        (time(0, 30), "Patroli sambang Kapolsek Blora Kota; pintu utama dan tembok luar dicek."),
    ),
}
_ROUTINE: dict[str, tuple[tuple[time, str], ...]] = {
    "P": (
        (time(7), "Apel pagi dan pembagian pos jaga oleh Karupam."),
        (time(7, 30), "Pembukaan kamar hunian dan penghitungan pagi; jumlah sesuai."),
        (time(10), "Kontrol keliling blok hunian dan tembok luar; situasi aman."),
        (time(12), "Pembagian ransum siang WBP; tertib."),
    ),
    "S": (
        (time(13), "Apel siang dan pembagian pos jaga."),
        (time(14, 30), "Kontrol keliling blok hunian; situasi aman."),
        (time(16, 30), "Penghitungan dan penguncian kamar hunian; jumlah sesuai."),
        (time(18, 30), "Kontrol keliling; lampu penerangan tembok menyala."),
    ),
    "M": (
        (time(19), "Apel malam, pembagian pos jaga dan pemeriksaan senjata."),
        (time(21), "Kontrol keliling blok hunian; situasi aman."),
        (time(1), "Kontrol keliling dan pengecekan gembok kamar; situasi aman terkendali."),
        (time(4, 30), "Kontrol keliling menjelang pergantian jaga; situasi aman."),
    ),
}
DEMO_INSTRUCTIONS: tuple[tuple[str, str, date, date | None], ...] = (
    (
        "Selama perbaikan atap Blok C, kontrol keliling Blok C setiap jam dan pekerja bangunan "
        "selalu didampingi petugas.",
        "Ka KPR",
        date(2023, 12, 1),
        date(2023, 12, 16),  # the roof was finished: removed from the 16th on
    ),
    (
        "Barang bawaan pengunjung dan makanan titipan diperiksa seluruhnya; HP petugas "
        "dititipkan di P2U selama jam dinas.",
        "Karutan",
        date(2023, 12, 1),
        None,
    ),
)


def populate_demo_handovers(
    ctx: ActionContext, records: list[StaffRecord], *, seed: int = 2023
) -> None:
    """The blocks, inmate counts, equipment and standing instructions of the demo Rutan, then
    every handover of December 2023 (P→S, S→M, M→next P) through the services: prefilled from
    the roster, counted, saved, handed over and received by the Karupam (or a member of the
    regu standing in), and mostly acknowledged. The first is the opening balance; one count
    difference is explained, a radio is reported broken from the 9th on, a torch is missing for
    one shift, and the report of New Year's Eve is issued into the register."""
    from rutan_desk.services.handover.report import issue_handover_report

    db = ctx.db

    rng = random.Random(seed * 31 + 12)
    blocks = {name: handover_setup.save_block(ctx, name, cap) for name, cap, _ in DEMO_BLOCKS}
    categories = {c.code: c.id for c in handover_setup.list_categories(db)}
    opening = {
        (blocks[name], categories[code]): number
        for name, _, people in DEMO_BLOCKS
        for code, number in people.items()
    }
    items = {
        name: handover_setup.save_equipment_item(ctx, name, kind, expected, serial=serial)
        for name, kind, expected, serial in DEMO_EQUIPMENT
    }
    instructions = [
        (handover_setup.add_instruction(ctx, text, by, start), by, removed)
        for text, by, start, removed in DEMO_INSTRUCTIONS
    ]
    shifts = {shift.code: shift for shift in shift_types(db)}
    holidays = {h.day for h in holidays_between(db, HANDOVER_FIRST, date(2024, 1, 1))}
    ka_kpr = next(r.id for r in records if r.position == "Kepala Kesatuan Pengamanan Rutan")
    guards = [r.id for r in records if r.unit.startswith("Regu ")]
    # The duty officers outside office hours: the senior office staff, else the Karutan.
    officers = [
        r.id
        for r in records
        if r.unit.startswith(("Subseksi", "Urusan")) and r.golongan in ("III/b", "III/c", "III/d")
    ] or [records[0].id]
    moves = dict(_DEMO_MOVES)
    events = {key: list(lines) for key, lines in _DEMO_EVENTS.items()}
    _court_days(moves, events, holidays, rng)

    day = HANDOVER_FIRST
    while day <= HANDOVER_LAST:
        for instruction_id, by, removed in instructions:
            if removed == day:
                handover_setup.remove_instruction(ctx, instruction_id, day, by, expected_version=1)
        for code in HANDOVER_SHIFTS:
            key = (day, code)
            draft = prefill_handover(db, day, code)
            shift_start, change_at = shifts[code].interval(day)
            movements = tuple(
                Movement(
                    m.at,
                    direction_of(m.reason),
                    m.reason,
                    blocks[m.block],
                    categories[m.category],
                    m.count,
                    m.note,
                )
                for m in moves.get(key, ())
            )
            lines = [*_ROUTINE[code], *events.get(key, ()), *_visits(day, code, holidays, rng)]
            lines += _police_patrol(day, code, rng)
            lines.sort(key=lambda line: minutes_into_shift(line[0], shift_start.time()))
            draft = replace(
                draft,
                movements=movements,
                events=tuple(EventLine(at, text) for at, text in lines),
                officers=_late_officer(draft) if key == LATE_OFFICER else draft.officers,
                equipment=_checked_equipment(draft, key, items),
            )
            draft = _counted(draft, opening, shift_start.time(), blocks, categories)
            handover_id = save_handover(ctx, draft)
            giver = _signer(draft, OfficerSide.OUTGOING, guards, set())
            taker = _signer(draft, OfficerSide.INCOMING, guards, {giver})
            handed = change_at + timedelta(minutes=rng.randint(3, 9))
            sign_handover(ctx, handover_id, SignRole.HAND_OVER, giver, handed)
            received = handed + timedelta(minutes=rng.randint(2, 6))
            sign_handover(ctx, handover_id, SignRole.RECEIVE, taker, received)
            if key not in NOT_ACKNOWLEDGED:
                at = received + timedelta(minutes=rng.randint(20, 50))
                who = acknowledger_at(at, holiday=at.date() in holidays)
                signer = ka_kpr if who == Acknowledger.KA_KPR else officers[day.day % len(officers)]
                sign_handover(ctx, handover_id, SignRole.ACKNOWLEDGE, signer, at)
            if key == ADDENDUM_AT:
                add_addendum(
                    ctx,
                    handover_id,
                    "Pengawalan rujukan belum dicatat",
                    "WBP Blok C yang dirujuk ke RSUD dikawal 2 petugas regu jaga malam; "
                    "pengawal kembali ke Rutan pukul 05.10 WIB.",
                    author_id=giver,  # the Karupam who handed over forgot to record it
                )
            if key == REPORTED:
                issue_handover_report(ctx, handover_id)
        day += timedelta(days=1)


def _court_days(
    moves: dict[tuple[date, str], tuple[_Move, ...]],
    events: dict[tuple[date, str], list[tuple[time, str]]],
    holidays: set[date],
    rng: random.Random,
) -> None:
    """Court hearings on Tuesdays and Thursdays: men of Blok A (and now and then a woman or a
    man of Blok C) out in the morning and back the same day, before or after 13.00."""
    day = HANDOVER_FIRST
    while day <= HANDOVER_LAST:
        if day.weekday() in (1, 3) and day not in holidays and day < date(2023, 12, 29):
            trips = [(BLOK_A, "TL", rng.randint(2, 5))]
            if rng.random() < 0.4:
                trips.append((BLOK_W, "TP", 1))
            if rng.random() < 0.4:
                trips.append((BLOK_C, "TL", rng.randint(1, 2)))
            out = time(8, rng.choice((0, 15, 30)))
            for block, category, count in trips:
                back_in_morning = rng.random() < 0.5
                back = (
                    time(12, rng.choice((10, 25, 40)))
                    if back_in_morning
                    else time(rng.randint(14, 16), rng.choice((0, 20, 45)))
                )
                morning = (day, "P")
                moves[morning] = (
                    *moves.get(morning, ()),
                    _Move(out, MovementReason.SIDANG, block, category, count, COURT),
                )
                returned = morning if back_in_morning else (day, "S")
                moves[returned] = (
                    *moves.get(returned, ()),
                    _Move(back, MovementReason.KEMBALI_SIDANG, block, category, count),
                )
            events.setdefault((day, "P"), []).append(
                (time(7, 45), "Penggeledahan badan WBP yang akan bersidang di PN Blora.")
            )
        day += timedelta(days=1)


def _visits(
    day: date, code: str, holidays: set[date], rng: random.Random
) -> list[tuple[time, str]]:
    """Visiting hours in the morning, Monday to Saturday except holidays."""
    if code != "P" or day.weekday() == 6 or day in holidays:
        return []
    visitors = rng.randint(25, 45) + (15 if day >= NATARU_2023.start else 0)
    return [(time(9), f"Layanan kunjungan WBP dibuka: {visitors} pengunjung, titipan diperiksa.")]


def _police_patrol(day: date, code: str, rng: random.Random) -> list[tuple[time, str]]:
    """The Polres patrol (patroli sambang) calls most nights; nightly during Nataru."""
    if code != "M" or day == NEW_YEARS_EVE_2023:
        return []
    if day < NATARU_2023.start and rng.random() < 0.4:
        return []
    at = time(rng.choice((22, 23, 0, 1)), rng.choice((0, 15, 30, 45)))
    return [(at, "Patroli sambang Samapta Polres Blora: pintu utama dan tembok luar dicek, aman.")]


def _late_officer(draft: HandoverDraft) -> tuple[OfficerLine, ...]:
    late = [
        i
        for i, o in enumerate(draft.officers)
        if o.side == OfficerSide.INCOMING
        and o.status == OfficerStatus.HADIR
        and o.staff_id != draft.incoming_karupam_id
    ]
    if not late:
        return draft.officers
    officers = list(draft.officers)
    officers[late[-1]] = replace(
        officers[late[-1]],
        status=OfficerStatus.TERLAMBAT,
        reason="Datang 25 menit terlambat, ban sepeda motor bocor",
    )
    return tuple(officers)


def _checked_equipment(
    draft: HandoverDraft, key: tuple[date, str], items: dict[str, int]
) -> tuple[EquipmentLine, ...]:
    """As the previous handover left it (the prefill), with this shift's findings."""
    lines = []
    for line in draft.equipment:
        if line.item_id == items[RADIO] and key == RADIO_BROKEN:
            line = replace(line, condition=Condition.RUSAK, damaged=1, note=RADIO_NOTE)
        elif line.item_id == items[TORCH] and key == TORCH_MISSING:
            line = replace(line, quantity=line.expected - 1, note=TORCH_NOTE)
        elif line.item_id == items[TORCH] and line.quantity < line.expected:
            line = replace(line, quantity=line.expected, note="")  # brought back
        lines.append(line)
    return tuple(lines)


def _counted(
    draft: HandoverDraft,
    opening: dict[tuple[int, int], int],
    shift_start: time,
    blocks: dict[str, int],
    categories: dict[str, int],
) -> HandoverDraft:
    """The count at the handover: what should be there, but for the one explained difference."""
    if draft.opening_balance:
        draft = replace(
            draft,
            counts=tuple(
                replace(line, opening=opening.get((line.block_id, line.category_id), 0))
                for line in draft.counts
            ),
        )
    start = {(line.block_id, line.category_id): line.opening for line in draft.counts}
    closing = {key: t.closing for key, t in tally(start, draft.movements, shift_start).items()}
    explanation = ""
    if (draft.day, draft.outgoing_shift) == DIFFERENCE_AT:
        fighter = (blocks[BLOK_B], categories["NL"])
        cell = (blocks[ISOLASI], categories["NL"])
        closing[fighter] -= 1
        closing[cell] = closing.get(cell, 0) + 1
        explanation = DIFFERENCE_EXPLANATION
    counts: list[CountLine] = [
        replace(line, counted=closing.get((line.block_id, line.category_id), 0))
        for line in draft.counts
    ]
    return replace(draft, counts=tuple(counts), difference_explanation=explanation)


def _signer(draft: HandoverDraft, side: OfficerSide, guards: list[int], taken: set[int]) -> int:
    """The side's Karupam, else a member of its regu present (standing in), else any guard."""
    karupam = (
        draft.outgoing_karupam_id if side == OfficerSide.OUTGOING else draft.incoming_karupam_id
    )
    present = [
        o.staff_id
        for o in draft.officers
        if o.side == side and o.status != OfficerStatus.TIDAK_HADIR and o.staff_id in guards
    ]
    for staff_id in (karupam, *present, *guards):
        if staff_id is not None and staff_id not in taken:
            return staff_id
    raise ValueError("no one to sign the handover")
