"""Create the large benchmark database: a Rutan with years of data (300 staff, five years of
roster, the blocks, equipment and five years of shift handovers, three a day, ten years of
security incidents, 100,000 of them, with the inmates they name, and ten years of cooperation
agreements: 2,000 agreements with 20,000 obligations, 10,000 meetings with partners and the
patrol visits; later features add their own records here).

    python bench/make_dataset.py [--out DIR] [--force]

The database is written as ``DIR/rutan-desk.sqlite`` so that ``rutan-desk --data-dir DIR`` opens
it. Everything is written through the audited store in the name of ``sistem:bench``: the set-up
through the services, the handovers, the incidents (bench/incidents.py) and the agreements
(bench/agreements.py) as bulk statements (one audit entry per statement). An existing dataset
at the current schema revision and of the current ``DATASET_VERSION`` (written beside it in
``dataset-version.txt``) is reused unless --force is given.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import time
from collections.abc import Sequence
from contextlib import closing
from datetime import date, timedelta
from datetime import time as clock
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert, select  # noqa: E402

from bench.agreements import AgreementsMade, set_up_agreements  # noqa: E402
from bench.incidents import IncidentsMade, set_up_incidents  # noqa: E402
from rutan_desk.domain.accounts import Permission  # noqa: E402
from rutan_desk.domain.handover import (  # noqa: E402
    Acknowledger,
    MovementReason,
    acknowledger_at,
    direction_of,
    minutes_into_shift,
)
from rutan_desk.paths import resolve_paths  # noqa: E402
from rutan_desk.services.context import ActionContext, Actor  # noqa: E402
from rutan_desk.services.database import remove_sqlite_file  # noqa: E402
from rutan_desk.services.demo import (  # noqa: E402
    DEMO_BLOCKS,
    DEMO_EQUIPMENT,
    DEMO_INSTRUCTIONS,
    DemoShape,
    populate_demo,
)
from rutan_desk.services.handover import setup as handover_setup  # noqa: E402
from rutan_desk.services.roster import generation, setup  # noqa: E402
from rutan_desk.services.roster.queries import shift_types  # noqa: E402
from rutan_desk.services.staff.records import StaffRecord  # noqa: E402
from rutan_desk.store.backup import read_revision  # noqa: E402
from rutan_desk.store.engine import Database, sqlite_url  # noqa: E402
from rutan_desk.store.migrate import prepare_database  # noqa: E402
from rutan_desk.store.models.handover import (  # noqa: E402
    HandoverCountRow,
    HandoverEquipmentRow,
    HandoverEventRow,
    HandoverInstructionRow,
    HandoverMovementRow,
    HandoverOfficerRow,
    HandoverRow,
)
from rutan_desk.store.models.roster import ReguMemberRow, ReguRow  # noqa: E402
from rutan_desk.store.schema import HEAD_REVISION  # noqa: E402

DEFAULT_DIR = ROOT / "bench" / "data" / "large"
BENCH_ACTOR = Actor.system("bench")  # who writes the dataset, in its audit trail
# 4 regu of 60, 20 at the main gate, 34 in the offices, 6 police officers: 300 people.
LARGE_SHAPE = DemoShape(
    guards_per_regu=(60, 60, 60, 60), p2u_officers=20, admin_staff=34, external_officers=6
)
# 8 posts on 3 shifts.
BENCH_POSTS: tuple[tuple[str, dict[str, int], bool], ...] = (
    ("P2U", {"P": 3, "S": 3, "M": 3}, False),
    ("Menara 1", {"P": 1, "S": 1, "M": 1}, False),
    ("Menara 2", {"P": 1, "S": 1, "M": 1}, False),
    ("Blok A", {"P": 4, "S": 4, "M": 4}, False),
    ("Blok B", {"P": 4, "S": 4, "M": 4}, False),
    ("Blok Wanita", {"P": 2, "S": 2, "M": 2}, True),
    ("Kunjungan", {"P": 4, "S": 4}, False),
    ("Dapur", {"P": 2, "S": 2, "M": 1}, False),
)
# Five years of roster, ending with the last month the benchmarks open.
ROSTER_FIRST = date(2021, 12, 1)
ROSTER_LAST = date(2026, 11, 30)
# Bumped whenever what the dataset holds changes, so that a cached older dataset is rebuilt.
# 2: blocks, equipment, standing instructions and five years of handovers.
# 3: record versions; written through the audited store (bulk entries for the handovers).
# 5: 100,000 incidents over ten years and 5,000 inmates (bench/incidents.py).
# 7: ten years of agreements: 291 partners, 2,000 agreements, 20,000 obligations, 10,000
#    meetings, the patrol visits of the Polres and the Polsek (bench/agreements.py).
DATASET_VERSION = 7
VERSION_FILE = "dataset-version.txt"
# A handover for every shift change up to the night of the day before ROSTER_LAST: the form of
# ROSTER_LAST's morning is new (handover_open_s), and that day's previous morning is the
# received handover whose report is printed (handover_pdf_s: 10 movements, 10 events).
HANDOVER_LAST = ROSTER_LAST - timedelta(days=1)
PDF_HANDOVER = (HANDOVER_LAST, "P")
CODES = ("P", "S", "M", "L")  # the regu rotation of set_up_roster
# Ten years of incidents, to the same last day as the handovers (the roster's last day has no
# record yet: its forms are the new ones the benchmarks open).
INCIDENTS_FIRST = date(2016, 12, 1)
INCIDENTS_LAST = HANDOVER_LAST
# Ten years of agreements to the same day: the "today" their statuses and warnings are read on.
AGREEMENTS_FIRST = INCIDENTS_FIRST
AGREEMENTS_LAST = HANDOVER_LAST


def regu_on_duty(regu_ids: Sequence[int], day: date, code: str) -> int:
    """The regu working shift ``code`` on ``day`` under set_up_roster's rotation (regu I, II,
    III, IV in ``regu_ids``), whose anchors are one day apart from ROSTER_FIRST."""
    return regu_ids[(CODES.index(code) - (day - ROSTER_FIRST).days) % len(CODES)]


def set_up_roster(ctx: ActionContext, people: list[StaffRecord], start: date) -> None:
    """Four regu on P-S-M-L one day apart, from ``start``, and the eight posts."""
    for number, name in enumerate(("Regu I", "Regu II", "Regu III", "Regu IV")):
        members = [p for p in people if p.unit == name]
        karupam = next(p for p in members if p.position == "Kepala Regu Pengamanan")
        regu_id = setup.create_regu(ctx, name, karupam.id)
        for member in members:
            setup.add_regu_member(ctx, regu_id, member.id, start)
        setup.set_rotation(
            ctx, regu_id, "P S M L", anchor=start - timedelta(days=number), valid_from=start
        )
    for name, minimums, needs_woman in BENCH_POSTS:
        setup.create_post(ctx, name, minimums, needs_woman=needs_woman)


# -- five years of handovers --------------------------------------------------------------

COURT_NOTE = "Sidang PN Blora, dikawal petugas Kejari Blora"
ROUTINE_EVENTS: dict[str, tuple[tuple[clock, str], ...]] = {
    "P": (
        (clock(7), "Apel pagi dan pembagian pos jaga oleh Karupam."),
        (clock(7, 30), "Pembukaan kamar hunian dan penghitungan pagi; jumlah sesuai."),
        (clock(10), "Kontrol keliling blok hunian dan tembok luar; situasi aman."),
        (clock(12), "Pembagian ransum siang WBP; tertib."),
    ),
    "S": (
        (clock(13), "Apel siang dan pembagian pos jaga."),
        (clock(14, 30), "Kontrol keliling blok hunian; situasi aman."),
        (clock(16, 30), "Penghitungan dan penguncian kamar hunian; jumlah sesuai."),
        (clock(18, 30), "Kontrol keliling; lampu penerangan tembok menyala."),
    ),
    "M": (
        (clock(19), "Apel malam, pembagian pos jaga dan pemeriksaan senjata."),
        (clock(21), "Kontrol keliling blok hunian; situasi aman."),
        (clock(1), "Kontrol keliling dan pengecekan gembok kamar; situasi aman terkendali."),
        (clock(4, 30), "Kontrol keliling menjelang pergantian jaga; situasi aman."),
    ),
}
EXTRA_EVENTS: dict[str, tuple[tuple[clock, str], ...]] = {
    "P": (
        (clock(7, 45), "Penggeledahan badan WBP yang akan bersidang di PN Blora."),
        (clock(8, 45), "Pemeriksaan barang titipan keluarga di ruang kunjungan."),
        (clock(9), "Layanan kunjungan WBP dibuka; titipan diperiksa."),
        (clock(9, 30), "Kunjungan petugas kesehatan ke blok hunian."),
        (clock(11), "Kontrol keliling tembok luar dan menara; situasi aman."),
        (clock(11, 30), "Penerimaan bahan makanan di dapur, diperiksa petugas."),
    ),
    "S": (
        (clock(15), "Kegiatan olahraga WBP di lapangan, diawasi petugas."),
        (clock(17, 45), "Pengecekan gembok kamar setelah penguncian."),
    ),
    "M": (
        (clock(23), "Patroli sambang Samapta Polres Blora: pintu utama dan tembok luar aman."),
        (clock(3), "Kontrol keliling blok hunian; situasi aman."),
    ),
}


class _Population:
    """Who is where: picks blocks for arrivals and departures so that the count stays near its
    starting size, never below zero."""

    def __init__(self, numbers: dict[tuple[int, int], int], rng: random.Random) -> None:
        self.current = dict(numbers)
        self.start = dict(numbers)
        self.target = sum(numbers.values())
        self.rng = rng

    def total(self) -> int:
        return sum(self.current.values())

    def leaving(self, count: int) -> tuple[int, int] | None:
        keys = [key for key, n in self.current.items() if n >= count]
        if not keys:
            return None
        return self.rng.choices(keys, weights=[self.current[key] for key in keys])[0]

    def arriving(self) -> tuple[int, int]:
        keys = [key for key, n in self.start.items() if n > 0]
        return self.rng.choices(keys, weights=[self.start[key] for key in keys])[0]


def _movements_of(
    code: str, day: date, people: _Population, rng: random.Random, *, busy: bool
) -> list[tuple[clock, MovementReason, tuple[int, int], int, str]]:
    """The movements of one shift, in time order, applied to ``people`` as they happen. A
    ``busy`` morning has exactly ten: three court trips out and back, a release, a transfer
    and a hospital visit."""
    moves: list[tuple[clock, MovementReason, tuple[int, int], int, str]] = []

    def move(
        at: clock, reason: MovementReason, key: tuple[int, int], count: int, note: str
    ) -> None:
        moves.append((at, reason, key, count, note))
        sign = 1 if direction_of(reason).value == "masuk" else -1
        people.current[key] += sign * count

    weekday = day.weekday() < 5
    if code == "P" and (busy or weekday):
        trips = 3 if busy else rng.randint(0, 2)
        away = []
        for number in range(trips):
            count = rng.randint(1, 4)
            key = people.leaving(count)
            if key is None:
                continue
            move(clock(8, 10 * number), MovementReason.SIDANG, key, count, COURT_NOTE)
            away.append((key, count))
        if busy or rng.random() < 0.2:
            key = people.leaving(1)
            if key is not None:
                move(clock(9, 15), MovementReason.BEBAS, key, 1, "Bebas")
        if busy or rng.random() < 0.08:
            key = people.leaving(1)
            if key is not None:
                move(clock(10), MovementReason.PINDAH, key, 1, "Ke Lapas Kelas I Semarang")
        if busy or rng.random() < 0.03:
            key = people.leaving(1)
            if key is not None:
                move(clock(10, 30), MovementReason.RUMAH_SAKIT, key, 1, "Rujukan RSUD Blora")
                move(clock(12, 30), MovementReason.KEMBALI_RS, key, 1, "Rawat jalan")
        for number, (key, count) in enumerate(away):
            move(clock(12, 10 + 10 * number), MovementReason.KEMBALI_SIDANG, key, count, "")
    elif code == "S":
        chance = 0.35 if people.total() < people.target else 0.05
        if rng.random() < chance:
            move(clock(15, 20), MovementReason.BARU, people.arriving(), 1, "Titipan Kejari Blora")
    return moves


def _events_of(code: str, rng: random.Random, *, busy: bool) -> list[tuple[clock, str]]:
    extra = EXTRA_EVENTS[code]
    chosen = list(extra) if busy else rng.sample(extra, rng.randint(0, len(extra)))
    return [*ROUTINE_EVENTS[code], *chosen]


def set_up_handovers(ctx: ActionContext, people: list[StaffRecord], *, seed: int = 7) -> None:
    """The demo's blocks, equipment and standing instructions, then a received handover for
    every shift change from ROSTER_FIRST to the night of HANDOVER_LAST, three a day: officers of
    both regu, counts chained from the opening balance, movements, equipment, events, the
    instructions in force, signatures. Written in one transaction with bulk inserts, a month at
    a time: the store records each statement as one audit entry (rows and SHA-256), not an
    entry per handover, which keeps a benchmark dataset quick to make."""
    db = ctx.db
    rng = random.Random(seed)
    blocks = {
        name: handover_setup.save_block(ctx, name, capacity * 2)
        for name, capacity, _ in DEMO_BLOCKS
    }
    categories = {c.code: c.id for c in handover_setup.list_categories(db)}
    # A Rutan twice the demo's size, like its staff.
    opening = {
        (blocks[name], category_id): 2 * people_in.get(code, 0)
        for name, _, people_in in DEMO_BLOCKS
        for code, category_id in categories.items()
    }
    items = [
        (
            handover_setup.save_equipment_item(ctx, name, kind, expected, serial=serial),
            expected,
        )
        for name, kind, expected, serial in DEMO_EQUIPMENT
    ]
    instructions = []
    for number, (text, given_by, _, _) in enumerate(DEMO_INSTRUCTIONS):
        instruction_id = handover_setup.add_instruction(ctx, text, given_by, ROSTER_FIRST)
        removed = date(2024, 6, 1) if number == 0 else None
        if removed is not None:
            handover_setup.remove_instruction(
                ctx, instruction_id, removed, given_by, expected_version=1
            )
        instructions.append((instruction_id, removed))
    shifts = {shift.code: shift for shift in shift_types(db)}
    ka_kpr = next(p.id for p in people if p.position == "Kepala Kesatuan Pengamanan Rutan")
    senior = ("III/b", "III/c", "III/d", "IV/a")  # the duty officers outside office hours
    officers_on_duty = [
        p.id for p in people if p.unit.startswith(("Subseksi", "Urusan")) and p.golongan in senior
    ] or [people[0].id]
    population = _Population(opening, rng)

    with ctx.write(Permission.ROSTER_EDIT) as session:
        regu = {
            name: (regu_id, karupam)
            for regu_id, name, karupam in session.execute(
                select(ReguRow.id, ReguRow.name, ReguRow.karupam_id)
            )
        }
        regu_ids = [regu[name][0] for name in ("Regu I", "Regu II", "Regu III", "Regu IV")]
        karupam = {regu_id: karupam_id for regu_id, karupam_id in regu.values()}
        members: dict[int, list[int]] = {regu_id: [] for regu_id in regu_ids}
        for regu_id, staff_id in session.execute(
            select(ReguMemberRow.regu_id, ReguMemberRow.staff_id).order_by(ReguMemberRow.id)
        ):
            members[regu_id].append(staff_id)

        def regu_on(day: date, code: str) -> int:
            return regu_on_duty(regu_ids, day, code)

        rows: dict[Any, list[dict[str, Any]]] = {}
        handover_id = 0
        previous: int | None = None
        day = ROSTER_FIRST
        while day <= HANDOVER_LAST:
            for code, (incoming_day, incoming_code) in (
                ("P", (day, "S")),
                ("S", (day, "M")),
                ("M", (day + timedelta(days=1), "P")),
            ):
                handover_id += 1
                busy = (day, code) == PDF_HANDOVER
                outgoing_start, change_at = shifts[code].interval(day)
                out_regu, in_regu = regu_on(day, code), regu_on(incoming_day, incoming_code)
                before = dict(population.current)
                moves = _movements_of(code, day, population, rng, busy=busy)
                came_in: dict[tuple[int, int], int] = {}
                went_out: dict[tuple[int, int], int] = {}
                for _, reason, key, count, _ in moves:
                    into = came_in if direction_of(reason).value == "masuk" else went_out
                    into[key] = into.get(key, 0) + count
                handed_at = change_at + timedelta(minutes=5)
                received_at = handed_at + timedelta(minutes=3)
                acknowledged_at = received_at + timedelta(minutes=35)
                acknowledged = day < HANDOVER_LAST  # the last day's are not yet acknowledged
                role = acknowledger_at(acknowledged_at)
                rows.setdefault(HandoverRow, []).append(
                    {
                        "id": handover_id,
                        "day": day,
                        "outgoing_shift": code,
                        "outgoing_start": outgoing_start,
                        "change_at": change_at,
                        "incoming_day": incoming_day,
                        "incoming_shift": incoming_code,
                        "outgoing_regu_id": out_regu,
                        "incoming_regu_id": in_regu,
                        "outgoing_karupam_id": karupam[out_regu],
                        "incoming_karupam_id": karupam[in_regu],
                        "previous_id": previous,
                        "opening_balance": previous is None,
                        "status": "acknowledged" if acknowledged else "received",
                        "difference_explanation": "",
                        "unsigned_previous_reason": "",
                        "handed_by_id": karupam[out_regu],
                        "handed_at": handed_at,
                        "received_by_id": karupam[in_regu],
                        "received_at": received_at,
                        "acknowledged_by_id": (
                            None
                            if not acknowledged
                            else ka_kpr
                            if role == Acknowledger.KA_KPR
                            else officers_on_duty[day.toordinal() % len(officers_on_duty)]
                        ),
                        "acknowledged_at": acknowledged_at if acknowledged else None,
                        "acknowledged_role": role.value if acknowledged else None,
                        "document_id": None,
                        "created_at": handed_at - timedelta(hours=7, minutes=10),
                        "created_by": BENCH_ACTOR.label,
                    }
                )
                previous = handover_id
                rows.setdefault(HandoverOfficerRow, []).extend(
                    {
                        "handover_id": handover_id,
                        "staff_id": staff_id,
                        "side": side,
                        "status": "hadir",
                        "reason": "",
                    }
                    for side, regu_id in (("outgoing", out_regu), ("incoming", in_regu))
                    for staff_id in members[regu_id]
                )
                rows.setdefault(HandoverCountRow, []).extend(
                    {
                        "handover_id": handover_id,
                        "block_id": key[0],
                        "category_id": key[1],
                        "opening": number,
                        "came_in": came_in.get(key, 0),
                        "went_out": went_out.get(key, 0),
                        "closing": population.current[key],
                        "counted": population.current[key],
                    }
                    for key, number in before.items()
                )
                rows.setdefault(HandoverMovementRow, []).extend(
                    {
                        "handover_id": handover_id,
                        "at": at,
                        "direction": direction_of(reason).value,
                        "reason": reason.value,
                        "block_id": key[0],
                        "category_id": key[1],
                        "count": count,
                        "note": note,
                    }
                    for at, reason, key, count, note in moves
                )
                rows.setdefault(HandoverEquipmentRow, []).extend(
                    {
                        "handover_id": handover_id,
                        "item_id": item_id,
                        "expected": expected,
                        "quantity": expected,
                        "condition": "baik",
                        "note": "",
                    }
                    for item_id, expected in items
                )
                events = sorted(
                    _events_of(code, rng, busy=busy),
                    key=lambda event: minutes_into_shift(event[0], outgoing_start.time()),
                )
                rows.setdefault(HandoverEventRow, []).extend(
                    {"handover_id": handover_id, "at": at, "text": text, "sort": number}
                    for number, (at, text) in enumerate(events)
                )
                rows.setdefault(HandoverInstructionRow, []).extend(
                    {"handover_id": handover_id, "instruction_id": instruction_id}
                    for instruction_id, removed in instructions
                    if removed is None or removed > day
                )
            if day.day == 1:  # a month at a time, parents first
                _insert(session, rows)
            day += timedelta(days=1)
        _insert(session, rows)


def _insert(session: Any, rows: dict[Any, list[dict[str, Any]]]) -> None:
    for model in (
        HandoverRow,
        HandoverOfficerRow,
        HandoverCountRow,
        HandoverMovementRow,
        HandoverEquipmentRow,
        HandoverEventRow,
        HandoverInstructionRow,
    ):
        lines = rows.pop(model, [])
        if lines:
            session.execute(insert(model), lines)


def set_up_dataset_incidents(ctx: ActionContext) -> IncidentsMade:
    """The ten years of incidents, on duty the regu of the roster from ROSTER_FIRST on (none
    before: the Rutan kept no roster in the app then)."""
    with ctx.db.read() as session:
        by_name = {
            name: regu_id for name, regu_id in session.execute(select(ReguRow.name, ReguRow.id))
        }
    regu_ids = [by_name[name] for name in ("Regu I", "Regu II", "Regu III", "Regu IV")]

    def regu_on(day: date, code: str) -> int | None:
        if not ROSTER_FIRST <= day <= ROSTER_LAST or code not in CODES:
            return None
        return regu_on_duty(regu_ids, day, code)

    return set_up_incidents(ctx, INCIDENTS_FIRST, INCIDENTS_LAST, regu_on)


def set_up_dataset_agreements(ctx: ActionContext) -> AgreementsMade:
    """The ten years of agreements, meetings and patrol visits."""
    return set_up_agreements(ctx, AGREEMENTS_FIRST, AGREEMENTS_LAST)


def dataset_is_current(path: Path) -> bool:
    marker = path.with_name(VERSION_FILE)
    if not path.exists() or not marker.exists():
        return False
    if marker.read_text(encoding="utf-8").strip() != str(DATASET_VERSION):
        return False
    with closing(sqlite3.connect(path)) as connection:
        return read_revision(connection) == HEAD_REVISION


def make_dataset(out: Path = DEFAULT_DIR, *, force: bool = False) -> Path:
    paths = resolve_paths(out)
    paths.create()
    database_file = paths.database_file
    if not force and dataset_is_current(database_file):
        return database_file
    marker = database_file.with_name(VERSION_FILE)
    marker.unlink(missing_ok=True)
    remove_sqlite_file(database_file)
    url = sqlite_url(database_file)
    prepare_database(url, paths.backups_dir)
    db = Database(url)
    ctx = ActionContext(db, BENCH_ACTOR)
    try:
        # The demo's accounts too (password DEMO_PASSWORD): start-up ends at the sign-in.
        people = populate_demo(db, LARGE_SHAPE, seed=7, with_roster=False, with_accounts=True)
        set_up_roster(ctx, people, ROSTER_FIRST)
        year_start = ROSTER_FIRST
        while year_start <= ROSTER_LAST:  # a year per transaction, as a clerk would
            year_end = min(
                date(year_start.year + 1, year_start.month, 1) - timedelta(days=1), ROSTER_LAST
            )
            # Each year planned before it began, as the office did it.
            generation.generate_period(ctx.on_morning_of(year_start), year_start, year_end)
            year_start = year_end + timedelta(days=1)
        set_up_handovers(ctx, people)
        started = time.perf_counter()
        made = set_up_dataset_incidents(ctx)
        print(
            f"{made.incidents} incidents, {made.inmates} inmates written in "
            f"{time.perf_counter() - started:.1f} s ({made.audit_entries} audit entries)",
            file=sys.stderr,
        )
        started = time.perf_counter()
        agreements = set_up_dataset_agreements(ctx)
        print(
            f"{agreements.agreements} agreements ({agreements.statuses}), "
            f"{agreements.obligations} obligations, {agreements.evidence} evidence, "
            f"{agreements.coordination} meetings, {agreements.patrol_visits} patrol visits "
            f"written in {time.perf_counter() - started:.1f} s "
            f"({agreements.audit_entries} audit entries)",
            file=sys.stderr,
        )
    finally:
        db.dispose()
    marker.write_text(f"{DATASET_VERSION}\n", encoding="utf-8")
    return database_file


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--force", action="store_true")
    args = parser.parse_args()
    started = time.perf_counter()
    path = make_dataset(args.out, force=args.force)
    print(f"{path} ready in {time.perf_counter() - started:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
