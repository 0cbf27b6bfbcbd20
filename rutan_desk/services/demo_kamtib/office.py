"""The demo Rutan as its Kamtib records need it: who is who, who was on duty at a moment,
the ladder an incident is reported up, the inmates the stories name, and the timeline the
records are written in."""

from __future__ import annotations

import heapq
import itertools
import random
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from rutan_desk.domain.formatting import clock, long_date
from rutan_desk.domain.handover import Acknowledger, acknowledger_at
from rutan_desk.domain.incidents import NotifyLevel, Severity
from rutan_desk.domain.inmates import InmateDraft
from rutan_desk.domain.shifts import ShiftType
from rutan_desk.services.calendar.queries import holidays_between
from rutan_desk.services.context import ActionContext
from rutan_desk.services.demo import (
    BLOK_A,
    BLOK_B,
    BLOK_C,
    BLOK_W,
    HANDOVER_FIRST,
    ISOLASI,
    MAPENALING,
    ROSTER_START,
)
from rutan_desk.services.handover import setup as handover_setup
from rutan_desk.services.incidents.forms import NotificationLine
from rutan_desk.services.incidents.setup import list_incident_types
from rutan_desk.services.inmates.records import InmateRecord
from rutan_desk.services.inmates.registry import create_inmate
from rutan_desk.services.roster.queries import entries_between, shift_types
from rutan_desk.services.staff.records import StaffRecord, head_of_security


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


KARUTAN = "Kepala Rumah Tahanan Negara"
KARUPAM = "Kepala Regu Pengamanan"
# The day the ministry over Ditjen PAS changed (DOMAIN.md): the Kanwil is named as it was then.
NEW_MINISTRY = date(2024, 10, 21)
RSUD = "RSUD dr. R. Soetijono Blora"
POLRES = "Polres Blora"
POLSEK = "Polsek Blora Kota"
KODIM = "Kodim 0721/Blora"
HOUSING = (BLOK_A, BLOK_B, BLOK_C)  # the men's blocks most stories happen in
# The rooms of each block (``A-1`` … ``A-8``); the isolation cells are numbered only.
ROOMS: dict[str, tuple[str, ...]] = {
    BLOK_A: tuple(f"A-{n}" for n in range(1, 9)),
    BLOK_B: tuple(f"B-{n}" for n in range(1, 11)),
    BLOK_C: tuple(f"C-{n}" for n in range(1, 7)),
    BLOK_W: ("W-1", "W-2", "W-3"),
    MAPENALING: ("M-1", "M-2"),
    ISOLASI: ("1", "2", "3", "4"),
}
_ROOM_BLOCKS = {"A": BLOK_A, "B": BLOK_B, "C": BLOK_C, "W": BLOK_W, "M": MAPENALING}

# Inmates have other names than the staff, and now and then "bin"/"binti" and the father's.
MEN = _words(
    "Ahmad Andi Anton Ari Bagus Darsono Dedi Edi Feri Galih Ilham Jumadi Karyono Mujiono Parno "
    "Reza Rohmat Rudi Sigit Sukirno Suparman Sutarno Suyatno Tono Wagiman Yanto Agung Aditya "
    "Angga Supri"
)
MEN_SECOND = _words(
    "Prayitno Susilo Sutopo Saputro Firmansyah Ramadhan Setiadi Triyono Wibisono Maulana "
    "Syahputra Nugraha Kurniadi Subagyo Suwarno Jatmiko Wicaksono Handoko Hariyadi Mulyadi"
)
WOMEN = _words("Sri Sumiati Wartini Yati Lina Eka Desi Rini Sulastri")
WOMEN_SECOND = _words("Wulandari Astuti Ningsih Yuliana Fitriani Susilowati")
FATHERS = _words("Karto Sumo Darmo Paimin Rakimin Sukardi Marno Kasiman Sarju")
POLSEK_RANKS = ("Bripka", "Aipda", "Brigpol", "Briptu", "Aiptu")


def next_month(day: date) -> date:
    return (day.replace(day=1) + timedelta(days=32)).replace(day=1)


def block_of(room: str) -> str:
    """The block a room is in: ``B-3`` is in Blok B; a bare number is an isolation cell."""
    return _ROOM_BLOCKS.get(room.split("-")[0], ISOLASI)


def base_name(name: str) -> str:
    """The name without its degree: ``Agus Santoso`` of ``Agus Santoso, S.H.``."""
    return name.split(",")[0].strip()


def first_name(name: str) -> str:
    """What a chronology calls someone the second time: ``Sutarno``."""
    return base_name(name).split()[0]


def when(at: datetime) -> str:
    """``Pada hari Selasa, 27 Januari 2026 sekitar pukul 10.15 WIB``."""
    return f"Pada hari {long_date(at.date())} sekitar pukul {clock(at)}"


def who(inmate: InmateRecord) -> str:
    """``Sutarno bin Karto (B.I/45/2023)``."""
    return f"{inmate.name} ({inmate.register_number})"


def nik(rng: random.Random) -> str:
    """A resident's identity number of Kabupaten Blora (3316…)."""
    return "3316" + "".join(str(rng.randint(0, 9)) for _ in range(12))


def minutes_after(at: datetime, low: int, high: int, rng: random.Random) -> datetime:
    return at + timedelta(minutes=rng.randint(low, high))


class Timeline:
    """What is to be written, in the order it happened; writing one thing may plan another
    (the findings of a search handed to the Polres the next morning)."""

    def __init__(self) -> None:
        self._heap: list[tuple[datetime, int, Callable[[], None]]] = []
        self._order = itertools.count()

    def at(self, moment: datetime, write: Callable[[], None]) -> None:
        heapq.heappush(self._heap, (moment, next(self._order), write))

    def run(self) -> None:
        while self._heap:
            _, _, write = heapq.heappop(self._heap)
            write()


@dataclass(frozen=True)
class Duty:
    day: date
    code: str
    karupam: StaffRecord | None
    guards: tuple[StaffRecord, ...]


class Office:
    """The people, blocks, kinds of incident, roster and calendar of the demo Rutan, read
    once; the clock (``now``, WIB) every record is checked against; the dice."""

    def __init__(self, ctx: ActionContext, records: Sequence[StaffRecord], seed: int) -> None:
        db = ctx.db
        self.ctx = ctx
        self.db = db
        self.now = ctx.wib_now().replace(tzinfo=None)
        self.rng = random.Random(seed * 7919 + 11)
        # Three years back, but not before the handover month: the first whole month of the
        # roster, whose regu on duty the incidents name.
        self.first_day = max(date(self.now.year - 3, self.now.month, 1), HANDOVER_FIRST)
        self.staff = {r.id: r for r in records}
        self.karutan = next(r for r in records if r.position == KARUTAN)
        ka_kpr = head_of_security(list(records))
        assert ka_kpr is not None, "the demo has a Ka KPR"
        self.ka_kpr = ka_kpr
        self.regu_guards = [r for r in records if r.unit.startswith("Regu ")]
        self.p2u = [r for r in records if r.unit == "P2U"]
        self.health = [r for r in records if r.position == "Petugas Perawatan Kesehatan"]
        self.visits_desk = [r for r in records if r.position == "Petugas Kunjungan"]
        self.works = [r for r in records if r.position == "Pengadministrasi Umum"]
        self.kitchen = [r for r in records if r.position == "Pengelola Bahan Makanan"]
        self.police = [r for r in records if r.is_external]
        # The duty officers outside office hours, as the demo's handovers have them.
        self.piket = [
            r
            for r in records
            if r.unit.startswith(("Subseksi", "Urusan"))
            and r.golongan in ("III/b", "III/c", "III/d")
        ] or [self.karutan]
        self.blocks = {b.name: b.id for b in handover_setup.list_blocks(db)}
        self.types = {t.name: t.id for t in list_incident_types(db)}
        self.shifts: list[ShiftType] = [s for s in shift_types(db) if s.working]
        self.on_shift: dict[tuple[date, str], list[int]] = defaultdict(list)
        for entry in entries_between(db, ROSTER_START, self.now.date() + timedelta(days=1)):
            self.on_shift[(entry.day, entry.shift)].append(entry.person_id)
        self.holidays = {h.day for h in holidays_between(db, ROSTER_START, self.now.date())}
        self.inmates = Inmates(self, {base_name(r.name) for r in records})
        self.polsek = _polsek_officers(random.Random(seed * 31 + 5))
        self.count: Counter[str] = Counter()

    # -- time ----------------------------------------------------------------------------
    def past(self, moment: datetime) -> datetime:
        """``moment``, or now when it would be later: nothing is written in the future."""
        return min(moment, self.now)

    def office_hours_after(self, moment: datetime, rng: random.Random) -> datetime:
        """A moment of the next working morning or early afternoon from ``moment`` on."""
        day = moment.date()
        while True:
            if day.weekday() < 5 and day not in self.holidays:
                at = datetime.combine(day, time(rng.randint(8, 14), rng.choice((0, 15, 30, 45))))
                if at >= moment:
                    return at
            day += timedelta(days=1)

    # -- people --------------------------------------------------------------------------
    def duty(self, moment: datetime) -> Duty:
        """The shift whose hours hold ``moment`` and the regu on it, by the roster."""
        for shift in self.shifts:
            for day in (moment.date(), moment.date() - timedelta(days=1)):
                begin, end = shift.interval(day)
                if begin <= moment < end:
                    people = [
                        self.staff[i]
                        for i in self.on_shift.get((day, shift.code), ())
                        if i in self.staff and self.staff[i].unit.startswith("Regu ")
                    ]
                    karupam = next((p for p in people if p.position == KARUPAM), None)
                    guards = tuple(p for p in people if p is not karupam)
                    return Duty(day, shift.code, karupam, guards)
        return Duty(moment.date(), "", None, ())

    def guards(self, moment: datetime, rng: random.Random, count: int) -> list[StaffRecord]:
        """``count`` different officers of the regu on duty (of any regu when the roster
        names too few)."""
        pool = list(self.duty(moment).guards)
        if len(pool) < count:
            pool += [g for g in self.regu_guards if g not in pool]
        return rng.sample(pool, count)

    def guard(self, moment: datetime, rng: random.Random) -> StaffRecord:
        return self.guards(moment, rng, 1)[0]

    def karupam(self, moment: datetime) -> StaffRecord:
        """The Karupam on duty, or the senior guard standing in for him."""
        duty = self.duty(moment)
        return duty.karupam or (duty.guards[0] if duty.guards else self.ka_kpr)

    def piket_officer(self, day: date) -> StaffRecord:
        return self.piket[day.day % len(self.piket)]

    def pick(self, people: Sequence[StaffRecord], rng: random.Random) -> StaffRecord:
        return rng.choice(people) if people else self.ka_kpr

    def approver(self, severity: Severity, rng: random.Random) -> StaffRecord:
        """The Karutan approves the grave records (and some others), the Ka KPR the rest."""
        if severity == Severity.BERAT or (severity == Severity.SEDANG and rng.random() < 0.3):
            return self.karutan
        return self.ka_kpr

    @property
    def ka_kpr_words(self) -> str:
        return f"{self.ka_kpr.name} (Ka KPR)"

    @property
    def karutan_words(self) -> str:
        return f"{self.karutan.name} (Karutan)"

    def kanwil(self, day: date) -> str:
        if day < NEW_MINISTRY:
            return "Kadiv Pemasyarakatan Kanwil Kemenkumham Jawa Tengah"
        return "Kepala Kanwil Ditjenpas Jawa Tengah"

    def ladder(
        self,
        at: datetime,
        severity: Severity,
        rng: random.Random,
        *,
        karutan: bool | None = None,
        kanwil: bool | None = None,
        police: str = "",
    ) -> list[NotificationLine]:
        """Karupam → Ka KPR (office hours) or the perwira piket → Karutan → Kanwil, and the
        Polres when its help is called. The Karutan hears of what is more than ringan, the
        Kanwil of what is berat, unless told otherwise."""
        tell_karutan = severity != Severity.RINGAN if karutan is None else karutan
        tell_kanwil = severity == Severity.BERAT if kanwil is None else kanwil
        moment = minutes_after(at, 3, 8, rng)
        lines: list[NotificationLine] = []
        karupam = self.duty(at).karupam
        if karupam is not None:
            whom = f"{karupam.name} (Karupam {karupam.unit})"
            lines.append(NotificationLine(NotifyLevel.KARUPAM, whom, moment, "HT"))
        moment = minutes_after(moment, 5, 15, rng)
        if acknowledger_at(moment, holiday=moment.date() in self.holidays) == Acknowledger.KA_KPR:
            how = rng.choice(("langsung", "telepon"))
            lines.append(NotificationLine(NotifyLevel.KA_KPR, self.ka_kpr_words, moment, how))
        else:
            piket = f"{self.piket_officer(moment.date()).name} (Perwira Piket)"
            lines.append(NotificationLine(NotifyLevel.PERWIRA_PIKET, piket, moment, "telepon"))
            if severity != Severity.RINGAN:
                moment = minutes_after(moment, 5, 10, rng)
                line = NotificationLine(NotifyLevel.KA_KPR, self.ka_kpr_words, moment, "telepon")
                lines.append(line)
        if tell_karutan:
            moment = minutes_after(moment, 10, 30, rng)
            lines.append(
                NotificationLine(NotifyLevel.KARUTAN, self.karutan_words, moment, "telepon")
            )
        if police:
            moment = minutes_after(moment, 10, 25, rng)
            lines.append(NotificationLine(NotifyLevel.POLRES, police, moment, "telepon"))
        if tell_kanwil:
            moment = minutes_after(moment, 40, 120, rng)
            how = "WhatsApp, disusul laporan tertulis"
            lines.append(
                NotificationLine(NotifyLevel.KANWIL, self.kanwil(moment.date()), moment, how)
            )
        return [replace(line, at=self.past(line.at)) for line in lines]


def _polsek_officers(rng: random.Random) -> list[tuple[str, str, str]]:
    """The Polsek's officers who call (rank, name, NRP); the first is the Kapolsek."""
    names = [
        f"{a} {b}"
        for a in ("Heri", "Sunarto", "Eko", "Yusuf", "Ridwan", "Candra", "Wawan")
        for b in ("Priyanto", "Setyawan", "Purnama", "Santosa", "Widianto")
    ]
    chosen = rng.sample(names, 6)
    ranks = ("AKP", *(rng.choice(POLSEK_RANKS) for _ in range(5)))
    return [(rank, name, _nrp(rng)) for rank, name in zip(ranks, chosen, strict=True)]


def _nrp(rng: random.Random) -> str:
    """An NRP starts with the year and month of birth (YYMM), then a serial."""
    return f"{rng.randint(70, 99):02d}{rng.randint(1, 12):02d}{rng.randint(0, 9999):04d}"


class Inmates:
    """The inmates the stories name, entered when first named and named again now and then
    (the same man found with a phone twice)."""

    def __init__(self, office: Office, taken_names: set[str]) -> None:
        self.office = office
        self.known: list[InmateRecord] = []
        self.names = set(taken_names)
        self.serials: dict[tuple[str, int], int] = {}

    def pick(
        self,
        at: datetime,
        block: str,
        rng: random.Random,
        *,
        avoid: Sequence[InmateRecord] = (),
        reuse: float = 0.3,
    ) -> InmateRecord:
        """Someone of ``block`` in custody at ``at``: at times one already entered, else new."""
        block_id = self.office.blocks[block]
        taken = {i.id for i in avoid}
        here = [
            i
            for i in self.known
            if i.block_id == block_id and i.in_custody_on(at.date()) and i.id not in taken
        ]
        if here and rng.random() < reuse:
            return rng.choice(here)
        return self.new(at, block, rng)

    def new(
        self,
        at: datetime,
        block: str,
        rng: random.Random,
        *,
        sentenced: bool | None = None,
        released_on: date | None = None,
        note: str = "",
    ) -> InmateRecord:
        """A new inmate of ``block`` in custody at ``at``: a tahanan in Blok A and Mapenaling,
        a narapidana in Blok B, either elsewhere; released since, when that day has passed."""
        day = at.date()
        if sentenced is None:
            sentenced = block == BLOK_B or (
                block not in (BLOK_A, MAPENALING) and rng.random() < 0.5
            )
        if block == MAPENALING:
            admitted = day - timedelta(days=rng.randint(1, 12))
        elif sentenced:
            admitted = day - timedelta(days=rng.randint(90, 900))
        else:
            admitted = day - timedelta(days=rng.randint(10, 150))
        if sentenced:
            prefix = rng.choices(("B.I", "B.IIa", "B.IIb"), weights=(80, 15, 5))[0]
            year = min(day.year, admitted.year + rng.randint(0, 1))
            leaves = day + timedelta(days=rng.randint(30, 900))
        else:
            prefix = rng.choices(("A.I", "A.II", "A.III", "A.IV"), weights=(10, 45, 40, 5))[0]
            year = admitted.year
            leaves = max(admitted + timedelta(days=rng.randint(60, 240)), day + timedelta(days=5))
        if released_on is None and leaves < self.office.now.date():
            released_on = leaves
        serial = self.serials.get((prefix, year), rng.randint(5, 40)) + rng.randint(1, 9)
        self.serials[(prefix, year)] = serial
        record = create_inmate(
            self.office.ctx,
            InmateDraft(
                name=self._name(block == BLOK_W, rng),
                register_number=f"{prefix}/{serial}/{year}",
                block_id=self.office.blocks[block],
                admitted_on=admitted,
                released_on=released_on,
                note=note,
            ),
        )
        self.known.append(record)
        return record

    def _name(self, woman: bool, rng: random.Random) -> str:
        first, second = (WOMEN, WOMEN_SECOND) if woman else (MEN, MEN_SECOND)
        while True:
            name = f"{rng.choice(first)} {rng.choice(second)}"
            if rng.random() < 0.35:
                name += f" {'binti' if woman else 'bin'} {rng.choice(FATHERS)}"
            if name not in self.names:
                self.names.add(name)
                return name
