"""Searches of the demo: a routine one every month and an incidental one now and then, with
the team on duty and what they find; the incidents some findings open, the drugs handed to
the Polres the next morning, and twice a year everything seized and kept destroyed together
under one berita acara."""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from rutan_desk.domain.incidents import PersonKind
from rutan_desk.domain.numbering import format_number
from rutan_desk.domain.searches import Disposition, FindingFate, FindingItem, SearchKind
from rutan_desk.services.demo import BLOK_A, BLOK_B, BLOK_C, BLOK_W, MAPENALING, ROSTER_START
from rutan_desk.services.demo_kamtib.filing import (
    Story,
    Task,
    act,
    carry_through,
    stage_of,
    task_lines,
    version,
)
from rutan_desk.services.demo_kamtib.office import (
    HOUSING,
    KODIM,
    ROOMS,
    Office,
    Timeline,
    block_of,
    next_month,
)
from rutan_desk.services.incidents.forms import CustodyLine
from rutan_desk.services.incidents.queries import load_incident
from rutan_desk.services.incidents.saving import save_incident
from rutan_desk.services.incidents.workflow import add_custody
from rutan_desk.services.searches.forms import FindingLine, MemberLine, PlaceLine, SearchDraft
from rutan_desk.services.searches.incident import incident_from_finding
from rutan_desk.services.searches.queries import findings_between, load_search
from rutan_desk.services.searches.saving import save_search, set_findings_fate

RESNARKOBA = "Sat Resnarkoba Polres Blora"
RESKRIM = "Sat Reskrim Polres Blora"
TNI_MEMBERS = (
    ("Lettu Inf", "Bambang Supriyadi"),
    ("Serka", "Dwi Haryono"),
    ("Sertu", "Agus Riyanto"),
    ("Koptu", "Slamet Widodo"),
)
# What searches find: the usual descriptions, how many (low, high) and in what unit.
FINDS: dict[FindingItem, tuple[tuple[str, ...], tuple[int, int], str]] = {
    FindingItem.ROKOK_KOREK: (("korek api gas",), (1, 6), "buah"),
    FindingItem.SENJATA_TAJAM: (
        ("sendok makan yang diasah runcing", "potongan seng diasah", "paku 10 cm dibungkus kain"),
        (1, 2),
        "buah",
    ),
    FindingItem.LAIN_LAIN: (
        ("kabel listrik rakitan (colokan liar)", "kompor rakitan dari kaleng", "gunting kuku"),
        (1, 3),
        "buah",
    ),
    FindingItem.CHARGER: (
        ("charger HP dengan kabel", "charger rakitan dari adaptor radio"),
        (1, 3),
        "buah",
    ),
    FindingItem.KABEL_DATA: (("kabel data USB",), (1, 3), "buah"),
    FindingItem.HP: (
        ("Android merek Samsung warna hitam", "Nokia kecil", "Android merek Oppo tanpa kartu SIM"),
        (1, 2),
        "unit",
    ),
    FindingItem.UANG: (("pecahan Rp 50.000", "pecahan Rp 100.000"), (2, 10), "lembar"),
    FindingItem.OBAT_TERLARANG: (
        ("pil putih berlogo Y (dugaan obat keras daftar G)",),
        (5, 20),
        "butir",
    ),
    FindingItem.MINUMAN_KERAS: (("ciu dalam botol air mineral 600 ml",), (1, 2), "botol"),
    FindingItem.NARKOBA: (
        ("kristal putih dalam plastik klip (dugaan sabu) ±0,2 gram",),
        (1, 1),
        "paket",
    ),
}
# How often each is found: lighters and sharpened spoons often, drugs seldom.
FIND_WEIGHTS: dict[FindingItem, int] = {
    FindingItem.ROKOK_KOREK: 20,
    FindingItem.SENJATA_TAJAM: 14,
    FindingItem.LAIN_LAIN: 14,
    FindingItem.CHARGER: 12,
    FindingItem.KABEL_DATA: 8,
    FindingItem.HP: 12,
    FindingItem.UANG: 8,
    FindingItem.OBAT_TERLARANG: 2,
    FindingItem.MINUMAN_KERAS: 2,
    FindingItem.NARKOBA: 2,
}
DRUGS = (FindingItem.NARKOBA, FindingItem.OBAT_TERLARANG)


@dataclass(frozen=True)
class Found:
    item: FindingItem
    description: str
    quantity: int
    unit: str
    room: str
    owned: bool = False  # whose it was is known
    opens_incident: bool = False
    to_police: str = ""  # handed to this unit of the Polres the next morning


@dataclass(frozen=True)
class SearchPlan:
    started: datetime
    kind: SearchKind
    blocks: tuple[str, ...] = ()
    rooms: tuple[str, ...] = ()  # the rooms searched; up to three of each block when empty
    agencies: tuple[str, ...] = ()
    findings: tuple[Found, ...] | None = None  # what chance finds when None
    police_officers: int = 2  # of the registry's external personnel, when joint with Polri
    soldiers: int = 0  # of the Kodim, written by name
    others: tuple[MemberLine, ...] = ()
    note: str = ""
    duration: timedelta = timedelta(hours=2)
    led_by_ka_kpr: bool = False  # else by the Karupam on duty


def plan_searches(office: Office, timeline: Timeline) -> None:
    """A routine search every month (but the handover month, which has its own), and now and
    then an incidental one on information."""
    rng = office.rng
    month = office.first_day
    while month <= office.now.date():
        if month != date(2023, 12, 1):
            plans = [_routine(office, month, rng)]
            if rng.random() < 0.2:
                plans.append(_incidental(office, month, rng))
            for plan in plans:
                if plan.started + plan.duration <= office.now - timedelta(hours=2):
                    timeline.at(plan.started, search_writer(office, plan, rng, timeline))
        month = next_month(month)


def _search_day(office: Office, month: date, rng: random.Random) -> date:
    while True:
        day = month.replace(day=rng.randint(3, 26))
        if day.weekday() != 6 and day not in office.holidays:
            return day


def _routine(office: Office, month: date, rng: random.Random) -> SearchPlan:
    day = _search_day(office, month, rng)
    night = rng.random() < 0.3
    started = datetime.combine(day, time(20, 30) if night else time(8, rng.choice((0, 30))))
    return SearchPlan(
        started,
        SearchKind.RUTIN,
        blocks=tuple(rng.sample((*HOUSING, BLOK_W, MAPENALING), rng.randint(1, 2))),
        agencies=("Polri",) if rng.random() < 0.25 else (),
        note="Penggeledahan rutin kamar hunian sesuai jadwal bulanan KPR.",
        duration=timedelta(minutes=rng.choice((90, 120, 150))),
        led_by_ka_kpr=not night,
    )


def _incidental(office: Office, month: date, rng: random.Random) -> SearchPlan:
    block = rng.choice(HOUSING)
    return SearchPlan(
        datetime.combine(_search_day(office, month, rng), time(rng.choice((6, 14, 21)))),
        SearchKind.INSIDENTIL,
        blocks=(block,),
        note=f"Penggeledahan insidentil atas informasi adanya HP di {block}.",
        duration=timedelta(minutes=rng.choice((45, 60, 90))),
    )


def search_writer(
    office: Office, plan: SearchPlan, rng: random.Random, timeline: Timeline
) -> Callable[[], None]:
    """Write the search when its turn comes, with its own dice."""
    dice = random.Random(rng.getrandbits(32))

    def write() -> None:
        write_search(office, plan, dice, timeline)

    return write


def write_search(office: Office, plan: SearchPlan, rng: random.Random, timeline: Timeline) -> int:
    """Save the search, open the incidents of its findings and plan their hand-over."""
    at = plan.started
    rooms = plan.rooms or tuple(
        room
        for block in plan.blocks
        for room in rng.sample(ROOMS[block], min(3, len(ROOMS[block])))
    )
    found = plan.findings if plan.findings is not None else _by_chance(rooms, rng)
    leader = office.ka_kpr if plan.led_by_ka_kpr else office.karupam(at)
    search_id = save_search(
        office.ctx,
        SearchDraft(
            kind=plan.kind,
            started_at=at,
            ended_at=at + plan.duration,
            leader_id=leader.id,
            agencies=plan.agencies,
            note=plan.note,
            team=_team(office, plan, leader.id, rng),
            places=tuple(PlaceLine(office.blocks[block_of(room)], room) for room in rooms),
            findings=tuple(_finding_line(office, at, f, rng) for f in found),
        ),
    )
    office.count["searches"] += 1
    office.count["findings"] += len(found)
    saved = load_search(office.db, search_id).draft.findings
    handed: dict[str, list[tuple[int, int | None]]] = defaultdict(list)
    for finding, line in zip(found, saved, strict=True):
        assert line.id is not None
        incident_id = None
        if finding.opens_incident:
            incident_id = _incident_of_finding(office, line.id, plan, finding, rng)
        if finding.to_police:
            handed[finding.to_police].append((line.id, incident_id))
    morning = datetime.combine(at.date() + timedelta(days=1), time(10))
    for unit, items in handed.items():
        if morning <= office.now:
            timeline.at(morning, _hand_over_writer(office, items, unit, morning))
    return search_id


def _team(
    office: Office, plan: SearchPlan, leader_id: int, rng: random.Random
) -> tuple[MemberLine, ...]:
    """The Karupam and officers on duty; the Polres' officers, soldiers and others with them."""
    at = plan.started
    karupam = office.duty(at).karupam
    team: list[MemberLine] = []
    if karupam is not None and karupam.id != leader_id:
        team.append(MemberLine(staff_id=karupam.id))
    team += [MemberLine(staff_id=g.id) for g in office.guards(at, rng, rng.randint(4, 6))]
    if "Polri" in plan.agencies:
        police = rng.sample(office.police, min(plan.police_officers, len(office.police)))
        team += [MemberLine(staff_id=p.id) for p in police]
    for rank, name in TNI_MEMBERS[: plan.soldiers]:
        nrp = f"{rng.randint(11, 31)}{rng.randint(0, 99999999):08d}"
        team.append(MemberLine(name=name, rank=rank, nrp=nrp, agency=KODIM))
    return (*team, *plan.others)


def _finding_line(office: Office, at: datetime, found: Found, rng: random.Random) -> FindingLine:
    block = block_of(found.room)
    owner = office.inmates.pick(at, block, rng, reuse=0.5) if found.owned else None
    return FindingLine(
        item=found.item,
        quantity=found.quantity,
        unit=found.unit,
        description=found.description,
        block_id=office.blocks[block],
        room=found.room,
        owner_id=owner.id if owner else None,
    )


def _by_chance(rooms: Sequence[str], rng: random.Random) -> tuple[Found, ...]:
    """What a search of these rooms happens to find: often nothing, a few lines at most.
    Drugs go to the Polres and open an incident; a phone or a blade whose owner is known,
    at times."""
    count = rng.choices((0, 1, 2, 3), weights=(30, 30, 25, 15))[0]
    found: list[Found] = []
    for _ in range(count):
        item = rng.choices(list(FIND_WEIGHTS), weights=list(FIND_WEIGHTS.values()))[0]
        if any(f.item == item for f in found):
            continue
        descriptions, (low, high), unit = FINDS[item]
        drugs = item in DRUGS
        owned = drugs or rng.random() < 0.4
        opens = drugs or (
            owned
            and (
                (item == FindingItem.HP and rng.random() < 0.5)
                or (item == FindingItem.SENJATA_TAJAM and rng.random() < 0.3)
            )
        )
        found.append(
            Found(
                item,
                rng.choice(descriptions),
                rng.randint(low, high),
                unit,
                rng.choice(rooms),
                owned=owned,
                opens_incident=opens,
                to_police=RESNARKOBA if drugs else "",
            )
        )
    return tuple(found)


def _incident_of_finding(
    office: Office, finding_id: int, plan: SearchPlan, found: Found, rng: random.Random
) -> int:
    """Open the finding's incident in one step, then go on with it as the clerk would: what
    was done, who was told, what is to follow."""
    incident_id = incident_from_finding(office.ctx, finding_id)
    office.count["incidents"] += 1
    draft = load_incident(office.db, incident_id).draft
    at = draft.happened_at or plan.started
    reported = draft.reported_at or at
    owner = next((p.name for p in draft.people if p.kind == PersonKind.INMATE), "pemiliknya")
    drugs = found.item in DRUGS
    karupam = office.karupam(at)
    more = f" Barang bukti diamankan Ka KPR dan WBP {owner} dimintai keterangan di ruang KPR. "
    if drugs:
        more += (
            "Karena diduga narkotika atau obat terlarang, barang bukti dan pemiliknya "
            "dilaporkan ke Sat Resnarkoba Polres Blora untuk diproses; WBP ditempatkan di Sel "
            "Isolasi."
        )
    else:
        more += "WBP mengakui barang tersebut miliknya dan diusulkan hukuman disiplin."
    if found.to_police == RESKRIM:
        more += (
            " HP diduga dipakai untuk penipuan daring dan diserahkan ke Sat Reskrim Polres "
            "Blora untuk pemeriksaan digital."
        )
    story = Story(
        type_name="Penyelundupan barang terlarang",
        severity=draft.severity,
        at=at,
        reported_at=reported,
        summary=draft.summary,
        chronology=draft.chronology + more,
    )
    stage = stage_of(office, story, rng)
    tasks = [Task(f"Pemeriksaan (BAP) WBP {owner}", office.ka_kpr, 1)]
    if drugs:
        tasks.append(Task("Tes urine WBP sekamar bersama BNNK Blora", office.ka_kpr, 7))
    else:
        tasks.append(Task(f"Sidang TPP: usulan register F untuk {owner}", office.ka_kpr, 7))
    actions = [
        act(at + plan.duration / 2, "Barang bukti diamankan dan dicatat", karupam),
        act(reported + timedelta(minutes=30), f"Pemeriksaan WBP {owner}", office.ka_kpr),
    ]
    if drugs:
        actions.append(act(reported + timedelta(minutes=45), "WBP ke Sel Isolasi", karupam))
    police = f"Piket {found.to_police}" if found.to_police else ""
    custody = (CustodyLine(office.ka_kpr_words, office.past(reported), "Ruang KPR"),)
    save_incident(
        office.ctx,
        replace(
            draft,
            chronology=story.chronology,
            actions=tuple(replace(a, at=office.past(a.at)) for a in actions),
            notifications=tuple(office.ladder(reported, draft.severity, rng, police=police)),
            evidence=tuple(replace(e, custody=custody) for e in draft.evidence),
            tasks=task_lines(tasks, at, stage),
            version=version(office, incident_id),
        ),
    )
    carry_through(office, incident_id, story, stage, rng)
    return incident_id


def _hand_over_writer(
    office: Office, items: list[tuple[int, int | None]], unit: str, at: datetime
) -> Callable[[], None]:
    return lambda: _hand_over(office, items, unit, at)


def _hand_over(
    office: Office, items: Sequence[tuple[int, int | None]], unit: str, at: datetime
) -> None:
    """Findings handed together to a unit of the Polres, under one berita acara of the
    hand-over, and the custody of the evidence of the incidents they opened."""
    office.count["handed_over"] += 1
    pattern = "BA-{nomor:02d}/STB/KPR/{bulan_romawi}/{tahun}"
    number = format_number(pattern, office.count["handed_over"], at.date())
    versions = _search_versions(office, [finding_id for finding_id, _ in items])
    set_findings_fate(
        office.ctx, versions, Disposition(FindingFate.DISERAHKAN, at.date(), number, unit)
    )
    for _, incident_id in items:
        if incident_id is None:
            continue
        for evidence in load_incident(office.db, incident_id).draft.evidence:
            if evidence.id is not None:
                add_custody(office.ctx, evidence.id, unit, at, f"Ruang barang bukti {unit}")


def _search_versions(office: Office, finding_ids: Sequence[int]) -> dict[int, int]:
    """Each finding with the version of its search, as a form would show them."""
    wanted = set(finding_ids)
    return {
        f.id: f.search_version
        for f in findings_between(office.db, ROSTER_START, office.now.date())
        if f.id in wanted
    }


def plan_destructions(office: Office, timeline: Timeline) -> None:
    """Twice a year what was seized and kept (but money) is destroyed together under one
    berita acara: on the anti-drug day in June, and before the year ends."""
    serial = 0
    for year in range(office.first_day.year, office.now.year + 1):
        for day in (date(year, 6, 26), date(year, 12, 19)):
            at = datetime.combine(day, time(9))
            if office.first_day < day and at <= office.now:
                serial += 1
                pattern = "BA-{nomor:02d}/PMS/KPR/{bulan_romawi}/{tahun}"
                number = format_number(pattern, serial, day)
                timeline.at(at, _destruction_writer(office, day, number))


def _destruction_writer(office: Office, day: date, number: str) -> Callable[[], None]:
    return lambda: _destroy(office, day, number)


def _destroy(office: Office, day: date, number: str) -> None:
    kept = [
        f
        for f in findings_between(office.db, ROSTER_START, day - timedelta(days=1))
        if f.disposition.fate == FindingFate.DISIMPAN and f.item != FindingItem.UANG
    ]
    if kept:
        set_findings_fate(
            office.ctx,
            {f.id: f.search_version for f in kept},
            Disposition(FindingFate.DIMUSNAHKAN, day, number),
        )
        office.count["destructions"] += 1


# -- the named searches ---------------------------------------------------------------------


def handover_book_search(started: datetime) -> SearchPlan:
    """15 December 2023 in the handover book: Blok A with the Polres, a phone and two
    chargers seized for destruction."""
    return SearchPlan(
        started,
        SearchKind.RUTIN,
        blocks=(BLOK_A,),
        rooms=("A-2", "A-5"),
        agencies=("Polri",),
        findings=(
            Found(FindingItem.HP, "Android merek Samsung warna hitam", 1, "unit", "A-5"),
            Found(FindingItem.CHARGER, "charger HP dengan kabel", 2, "buah", "A-2"),
        ),
        note="Penggeledahan rutin kamar hunian Blok A bersama personel Polres Blora.",
        duration=timedelta(hours=1, minutes=30),
        led_by_ka_kpr=True,
    )


def joint_night_search(started: datetime) -> SearchPlan:
    """The joint night search with the TNI and the Polri: phones, blades, money, and a packet
    of what looks like sabu; the phone of a known owner and the drugs open incidents and go to
    the Polres."""
    return SearchPlan(
        started,
        SearchKind.INSIDENTIL,
        blocks=(BLOK_B, BLOK_C),
        rooms=("B-1", "B-2", "B-4", "B-5", "B-6", "C-1", "C-2", "C-3"),
        agencies=("TNI", "Polri"),
        findings=(
            Found(
                FindingItem.HP,
                "Android merek Vivo warna hitam",
                1,
                "unit",
                "B-2",
                owned=True,
                opens_incident=True,
                to_police=RESKRIM,
            ),
            Found(FindingItem.HP, "Nokia kecil", 2, "unit", "B-5"),
            Found(FindingItem.CHARGER, "charger HP dengan kabel", 4, "buah", "B-5"),
            Found(FindingItem.KABEL_DATA, "kabel data USB", 2, "buah", "B-2"),
            Found(FindingItem.SENJATA_TAJAM, "sendok makan yang diasah runcing", 2, "buah", "B-4"),
            Found(FindingItem.ROKOK_KOREK, "korek api gas", 6, "buah", "C-2"),
            Found(FindingItem.UANG, "pecahan Rp 100.000", 12, "lembar", "C-3"),
            Found(
                FindingItem.NARKOBA,
                "kristal putih dalam plastik klip (dugaan sabu) ±0,3 gram",
                1,
                "paket",
                "C-1",
                owned=True,
                opens_incident=True,
                to_police=RESNARKOBA,
            ),
        ),
        police_officers=3,
        soldiers=4,
        note=(
            "Penggeledahan gabungan malam hari bersama Kodim 0721/Blora dan Polres Blora dalam "
            "rangka pemberantasan HP, pungli dan narkoba, atas arahan Kanwil. Pengarahan di "
            "aula pukul 21.30 WIB; kamar dibuka bergiliran dan WBP digeledah badan di selasar."
        ),
        duration=timedelta(hours=3, minutes=30),
        led_by_ka_kpr=True,
    )


def bnn_search(started: datetime) -> SearchPlan:
    """With the BNNK and the Polres on the anti-drug day: urine tests, little found."""
    return SearchPlan(
        started,
        SearchKind.INSIDENTIL,
        blocks=(BLOK_A, BLOK_W),
        agencies=("BNN", "Polri"),
        findings=(
            Found(FindingItem.ROKOK_KOREK, "korek api gas", 3, "buah", "A-3"),
            Found(FindingItem.SENJATA_TAJAM, "potongan seng diasah", 1, "buah", "A-7", owned=True),
        ),
        others=(
            MemberLine(
                name="Yuni Kartikasari",
                rank="Penata",
                nrp="198706152010122003",
                agency="BNNK Blora",
            ),
            MemberLine(
                name="Fajar Adi Nugroho",
                rank="Penata Muda",
                nrp="199203082015031001",
                agency="BNNK Blora",
            ),
        ),
        note=(
            "Penggeledahan dan tes urine acak 30 WBP bersama BNNK Blora dan Polres Blora dalam "
            "rangka Hari Anti Narkotika Internasional; seluruh hasil tes urine negatif."
        ),
        duration=timedelta(hours=2, minutes=30),
        led_by_ka_kpr=True,
    )
