"""The visit book of the demo: the patrols the night shifts of December 2023 wrote in the
handover book, then a patrol of the Polres or the Polsek every week, mostly at night, received
by the officer on duty; and the other security visits of the years (coordination before the
elections and the holidays, the Kanwil's inspections), received by the Ka KPR."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from rutan_desk.domain.patrols import VisitKind
from rutan_desk.services.demo import HANDOVER_FIRST, HANDOVER_LAST
from rutan_desk.services.demo_kamtib.office import KODIM, POLRES, POLSEK, Office, Timeline
from rutan_desk.services.handover.queries import list_handovers, load_handover
from rutan_desk.services.patrols.forms import OfficerLine, PatrolVisitDraft
from rutan_desk.services.patrols.saving import save_patrol_visit
from rutan_desk.services.staff.records import StaffRecord

AREAS = (
    "Pintu utama (P2U) dan tembok luar sisi depan",
    "Tembok luar keliling dan pos menara",
    "P2U, ruang kunjungan dan area parkir",
    "Tembok luar sisi utara dan timur; lampu penerangan tembok",
    "P2U dan pos atas; blok hunian dipantau dari pos atas",
)
NOTES = (
    "Situasi aman dan terkendali; buku patroli ditandatangani.",
    "Aman. Petugas patroli mengingatkan kewaspadaan terhadap lemparan barang dari luar tembok.",
    "Aman. Lampu sorot tembok sisi utara redup, disampaikan kepada Ka KPR.",
    "Situasi aman dan tertib; tidak ada kendaraan mencurigakan di sekitar Rutan.",
)


@dataclass(frozen=True)
class VisitPlan:
    arrived: datetime
    agency: str
    unit: str
    areas: str
    note: str
    kind: VisitKind = VisitKind.SAMBANG
    receiver: StaffRecord | None = None  # the Karupam on duty when None
    police_officers: int = 0  # of the registry's Polres Samapta
    polsek_officers: int = 0
    with_kapolsek: bool = False
    others: tuple[OfficerLine, ...] = ()
    stay: timedelta | None = None  # a quarter of an hour or so when None


def plan_patrol_visits(office: Office, timeline: Timeline) -> None:
    _plan_handover_book(office, timeline)
    _plan_weekly(office, timeline)
    latest = office.now - timedelta(hours=6)
    for plan in _security_visits(office):
        if office.first_day <= plan.arrived.date() and plan.arrived + timedelta(hours=2) <= latest:
            timeline.at(plan.arrived, _writer(office, plan, office.rng))


def _plan_handover_book(office: Office, timeline: Timeline) -> None:
    """The visits the night shifts of December 2023 wrote down, as they wrote them: the
    Samapta of the Polres, and the Kapolsek at New Year; received by the Karupam handing
    over."""
    for summary in list_handovers(office.db, HANDOVER_FIRST, HANDOVER_LAST):
        if summary.outgoing_shift != "M":
            continue
        record = load_handover(office.db, summary.id)
        start = record.outgoing_start
        for event in record.draft.events:
            if not event.text.startswith("Patroli sambang"):
                continue
            arrived = datetime.combine(start.date(), event.at)
            if arrived < start:  # after midnight
                arrived += timedelta(days=1)
            karupam_id = record.draft.outgoing_karupam_id
            kapolsek = "Kapolsek" in event.text
            plan = VisitPlan(
                arrived=arrived,
                agency=POLSEK if kapolsek else POLRES,
                unit="" if kapolsek else "Sat Samapta",
                areas="Pintu utama (P2U) dan tembok luar",
                note=event.text,
                receiver=office.staff.get(karupam_id) if karupam_id else None,
                police_officers=0 if kapolsek else 2,
                polsek_officers=2 if kapolsek else 0,
                with_kapolsek=kapolsek,
            )
            timeline.at(arrived, _writer(office, plan, office.rng))


# Idul Fitri 1447 H (20-21 March 2026): the Polres' Samapta was on the posts of the Operasi
# Ketupat all month, and the Polsek's unit made the weekly patrol (the Polres' patrol
# obligation in the agreements demo shows that month as missed).
OPERASI_KETUPAT_2026 = (date(2026, 3, 1), date(2026, 3, 31))


def _plan_weekly(office: Office, timeline: Timeline) -> None:
    """One patrol a week from the month after the handover book on: the Samapta of the
    Polres most nights, the Polsek's unit at times (every week of the Operasi Ketupat 2026),
    the Binmas by day."""
    rng = office.rng
    week = max(office.first_day, HANDOVER_LAST + timedelta(days=1))
    week -= timedelta(days=week.weekday())
    latest = office.now - timedelta(hours=6)
    while week <= latest.date():
        day = week + timedelta(days=rng.randrange(7))
        night = rng.random() < 0.8
        hour = rng.choice((20, 21, 22, 23, 0, 1)) if night else rng.choice((10, 14, 15))
        arrived = datetime.combine(day, time(hour, rng.choice((0, 10, 20, 30, 40, 50))))
        week += timedelta(days=7)
        if day <= HANDOVER_LAST or arrived > latest:
            continue
        polsek = rng.random() < 0.3
        if OPERASI_KETUPAT_2026[0] <= day <= OPERASI_KETUPAT_2026[1]:
            polsek = True
        plan = VisitPlan(
            arrived=arrived,
            agency=POLSEK if polsek else POLRES,
            unit="Unit Samapta" if polsek else ("Sat Samapta" if night else "Sat Binmas"),
            areas=rng.choice(AREAS),
            note=rng.choice(NOTES),
            police_officers=0 if polsek else rng.randint(2, 3),
            polsek_officers=rng.randint(2, 3) if polsek else 0,
        )
        timeline.at(arrived, _writer(office, plan, rng))


def _security_visits(office: Office) -> list[VisitPlan]:
    """Coordination before the elections, Lebaran and Nataru; the Kanwil's inspections."""
    kodim_unit = "Koramil Blora Kota"
    intelkam = "Sat Intelkam"
    plans = []
    for arrived, agency, unit, kind, areas, note, people in (
        (
            datetime(2024, 2, 8, 10),
            POLRES,
            intelkam,
            VisitKind.KOORDINASI,
            "Aula dan TPS lokasi khusus Rutan",
            "Koordinasi pengamanan TPS lokasi khusus Pemilu 14 Februari 2024.",
            (("Ipda", "Gunawan Adi Saputra"),),
        ),
        (
            datetime(2024, 4, 3, 9, 30),
            KODIM,
            kodim_unit,
            VisitKind.KOORDINASI,
            "P2U, tembok luar dan jalur evakuasi",
            "Koordinasi pengamanan Idul Fitri 1445 H dan layanan kunjungan Lebaran.",
            (("Kapten Inf", "Sutrisno Hadi"), ("Serma", "Warsito")),
        ),
        (
            datetime(2024, 7, 17, 9),
            "Kanwil Kemenkumham Jawa Tengah",
            "Divisi Pemasyarakatan",
            VisitKind.SIDAK,
            "Seluruh blok hunian, dapur, P2U dan ruang kontrol CCTV",
            "Inspeksi mendadak Divisi Pemasyarakatan: kamar hunian digeledah acak, hasil "
            "nihil; catatan perbaikan penerangan tembok utara.",
            (("Pembina", "Drs. Haryo Prasetyo"), ("Penata", "Rina Maharani")),
        ),
        (
            datetime(2024, 11, 20, 10),
            POLRES,
            intelkam,
            VisitKind.KOORDINASI,
            "Aula dan TPS lokasi khusus Rutan",
            "Koordinasi pengamanan TPS lokasi khusus Pilkada 27 November 2024.",
            (("Ipda", "Gunawan Adi Saputra"),),
        ),
        (
            datetime(2024, 12, 18, 10),
            KODIM,
            kodim_unit,
            VisitKind.KOORDINASI,
            "P2U dan tembok luar",
            "Koordinasi pengamanan Natal 2024 dan Tahun Baru 2025.",
            (("Kapten Inf", "Sutrisno Hadi"),),
        ),
        (
            datetime(2025, 3, 19, 9, 30),
            KODIM,
            kodim_unit,
            VisitKind.KOORDINASI,
            "P2U, tembok luar dan ruang kunjungan",
            "Koordinasi pengamanan Idul Fitri 1446 H.",
            (("Kapten Inf", "Sutrisno Hadi"), ("Serma", "Warsito")),
        ),
        (
            datetime(2025, 9, 10, 9),
            "Kanwil Ditjenpas Jawa Tengah",
            "Bidang Keamanan dan Ketertiban",
            VisitKind.SIDAK,
            "Seluruh blok hunian, P2U dan ruang kontrol CCTV",
            "Inspeksi mendadak Kanwil: penggeledahan acak 3 kamar, hasil nihil; buku kunjungan "
            "patroli diperiksa.",
            (("Pembina", "Drs. Haryo Prasetyo"),),
        ),
        (
            datetime(2026, 3, 11, 10),
            KODIM,
            kodim_unit,
            VisitKind.KOORDINASI,
            "P2U dan tembok luar",
            "Koordinasi pengamanan Idul Fitri 1447 H.",
            (("Kapten Inf", "Sutrisno Hadi"),),
        ),
    ):
        plans.append(
            VisitPlan(
                arrived=arrived,
                agency=agency,
                unit=unit,
                areas=areas,
                note=note,
                kind=kind,
                receiver=office.ka_kpr,
                others=tuple(OfficerLine(name=name, rank=rank) for rank, name in people),
                stay=timedelta(hours=1, minutes=30),
            )
        )
    return plans


def _writer(office: Office, plan: VisitPlan, rng: random.Random) -> Callable[[], None]:
    dice = random.Random(rng.getrandbits(32))

    def write() -> None:
        write_visit(office, plan, dice)

    return write


def write_visit(office: Office, plan: VisitPlan, rng: random.Random) -> int:
    samapta = [p for p in office.police if "Samapta" in p.unit] or office.police
    chosen = rng.sample(samapta, min(plan.police_officers, len(samapta)))
    officers = [OfficerLine(staff_id=p.id) for p in chosen]
    kapolsek, *members = office.polsek
    polsek = [kapolsek] if plan.with_kapolsek else []
    polsek += rng.sample(members, max(0, plan.polsek_officers - len(polsek)))
    officers += [OfficerLine(name=name, rank=rank, nrp=nrp) for rank, name, nrp in polsek]
    stay = plan.stay or timedelta(minutes=rng.choice((15, 20, 25, 30, 40)))
    receiver = plan.receiver or office.karupam(plan.arrived)
    visit_id = save_patrol_visit(
        office.ctx,
        PatrolVisitDraft(
            arrived_at=plan.arrived,
            agency=plan.agency,
            received_by_id=receiver.id,
            kind=plan.kind,
            left_at=office.past(plan.arrived + stay),
            unit=plan.unit,
            areas_checked=plan.areas,
            note=plan.note,
            officers=(*officers, *plan.others),
        ),
    )
    office.count["visits"] += 1
    return visit_id
