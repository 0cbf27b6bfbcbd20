"""Ten years of security incidents for the benchmark dataset, and the inmates they name.

``set_up_incidents`` writes, in ONE transaction of the audited store, a few thousand inmates
(plausible names, register numbers such as ``A.II/123/2023`` or ``B.I/45/2021``, a block, the
dates in and out) and 100,000 incidents spread over ten years: every kind of the incident
settings, the three severities, in a block (a room of it) or another place, who was on duty
from the roster, a summary and a chronology of two to six sentences, the people involved
(inmates present at the time, officers, visitors), actions, notifications up the ladder,
evidence with its custody, follow-up tasks; mostly closed, many approved, some with
supplements or reopened.

Going through ``save_incident`` 100,000 times would take the better part of an hour, so the
rows are written as bulk statements, a year at a time, in the shape the services give them
(numbers from the pattern of the settings, serials per year in the order of the events,
versions as the workflow raises them). The store records each statement as one audit entry
with its row count and SHA-256, as for the handovers and the roster. The words of the search
(``incident_text``, not audited: derived from the record) are written with the text
``search.incident_body`` makes, and SQLite's triggers fill ``incident_fts``; a sample is
checked against ``incident_body`` before the transaction commits.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from datetime import time as clock
from functools import lru_cache
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from bench.incident_stories import (
    COMMON_SENTENCES,
    HOUR_WEIGHTS,
    HOW,
    INMATE_MALE_NAMES,
    KANWIL_AFTER,
    KANWIL_BEFORE,
    KANWIL_CHANGED,
    MORE_MALE_NAMES,
    OPENINGS,
    PLACE_WORDS,
    REGISTER_KINDS,
    REOPEN_REASONS,
    ROOMS,
    SCENARIOS,
    SUPPLEMENTS,
    WHAT_HAPPENED,
    WORDS,
    Scenario,
)
from rutan_desk.domain.accounts import Permission
from rutan_desk.domain.formatting import long_date
from rutan_desk.domain.incidents import IncidentStatus, Severity
from rutan_desk.domain.numbering import format_number
from rutan_desk.services.context import ActionContext
from rutan_desk.services.demo import (
    FEMALE_NAMES,
    FEMALE_SECOND_NAMES,
    MALE_NAMES,
    MALE_SECOND_NAMES,
)
from rutan_desk.services.incidents.queries import IncidentQuery
from rutan_desk.services.incidents.search import incident_body, search_words
from rutan_desk.services.incidents.setup import number_pattern_in
from rutan_desk.services.roster.queries import shift_types_in
from rutan_desk.store.engine import Database
from rutan_desk.store.models.handover import CellBlockRow
from rutan_desk.store.models.incidents import (
    EvidenceCustodyRow,
    IncidentActionRow,
    IncidentEvidenceRow,
    IncidentNotificationRow,
    IncidentPersonRow,
    IncidentReopeningRow,
    IncidentRow,
    IncidentSupplementRow,
    IncidentTaskRow,
    IncidentTextRow,
    IncidentTypeRow,
)
from rutan_desk.store.models.inmates import InmateRow
from rutan_desk.store.models.roster import ReguMemberRow, ReguRow
from rutan_desk.store.models.staff import StaffRow

INCIDENT_COUNT = 100_000
INMATE_COUNT = 5_000
WIB = timedelta(hours=7)
BODY_SAMPLE = 200  # incidents whose search words are compared with incident_body's


# -- people --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Inmate:
    id: int
    name: str
    register_number: str
    block_id: int
    admitted_on: date
    released_on: date | None


@dataclass(frozen=True)
class Officer:
    id: int
    name: str


@dataclass
class Staffing:
    """The staff the incidents name: guards by regu, the Karupam of each regu, the leaders."""

    guards: list[Officer]
    regu_members: dict[int, list[Officer]]
    karupam: dict[int, Officer]
    ka_kpr: Officer
    karutan: Officer
    duty_officers: list[Officer]  # senior office staff, perwira piket outside office hours
    identity: dict[int, tuple[str, str]]  # NIP and external ID, words the search finds them by

    @classmethod
    def read(cls, session: Session) -> Staffing:
        rows = session.execute(
            select(
                StaffRow.id,
                StaffRow.name,
                StaffRow.position,
                StaffRow.unit,
                StaffRow.nip,
                StaffRow.external_id,
            ).order_by(StaffRow.id)
        ).all()
        people = {row.id: (Officer(row.id, row.name), row.position, row.unit) for row in rows}

        def holding(position: str) -> list[Officer]:
            return [officer for officer, held, _ in people.values() if held == position]

        members: dict[int, list[Officer]] = {}
        for regu_id, staff_id in session.execute(
            select(ReguMemberRow.regu_id, ReguMemberRow.staff_id).order_by(ReguMemberRow.id)
        ):
            members.setdefault(regu_id, []).append(people[staff_id][0])
        karupam = {
            regu_id: people[karupam_id][0]
            for regu_id, karupam_id in session.execute(select(ReguRow.id, ReguRow.karupam_id))
            if karupam_id is not None
        }
        office = [
            officer
            for officer, _, unit in people.values()
            if unit.startswith(("Subseksi", "Urusan"))
        ]
        return cls(
            guards=holding("Petugas Pengamanan"),
            regu_members=members,
            karupam=karupam,
            ka_kpr=holding("Kepala Kesatuan Pengamanan Rutan")[0],
            karutan=holding("Kepala Rumah Tahanan Negara")[0],
            duty_officers=office or holding("Petugas Pengamanan"),
            identity={row.id: (row.nip or "", row.external_id or "") for row in rows},
        )


class _Names:
    """Plausible inmate names (with ``bin``/``binti`` now and then), repeatable for a seed."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def make(self, female: bool) -> str:
        rng = self.rng
        first = rng.choice(FEMALE_NAMES if female else INMATE_MALE_NAMES)
        second = rng.choice(FEMALE_SECOND_NAMES if female else MALE_SECOND_NAMES)
        shape = rng.random()
        if shape < 0.12:
            return first if female else rng.choice(MORE_MALE_NAMES)
        if shape < 0.3:
            return f"{first} {'binti' if female else 'bin'} {rng.choice(INMATE_MALE_NAMES)}"
        return f"{first} {second}"


def make_inmates(
    rng: random.Random,
    blocks: dict[str, int],
    first: date,
    last: date,
    *,
    count: int = INMATE_COUNT,
    start_id: int = 1,
) -> list[Inmate]:
    """``count`` inmates admitted between a year before ``first`` and ``last``, each with a
    register number of the year they came in (unique), a block fitting their status, and a
    release date unless still inside at ``last``."""
    names = _Names(rng)
    taken: set[str] = set()
    span = (last - date(first.year - 1, 1, 1)).days
    inmates = []
    for number in range(count):
        female = rng.random() < 0.07
        code, categories, _, (shortest, longest) = rng.choices(
            REGISTER_KINDS, [share for _, _, share, _ in REGISTER_KINDS]
        )[0]
        category = rng.choices([c for c, _ in categories], [w for _, w in categories])[0]
        admitted = date(first.year - 1, 1, 1) + timedelta(days=rng.randrange(span))
        limit = 900 if code == "A" else 400
        while True:
            text = f"{code}.{category}/{rng.randint(1, limit)}/{admitted.year}"
            if text not in taken:
                taken.add(text)
                break
        stay = int(rng.triangular(shortest, longest, shortest + (longest - shortest) / 4))
        released = admitted + timedelta(days=stay)
        if female:
            block = "Blok W (Wanita)"
        elif code == "A":
            block = rng.choices(("Blok A (Tahanan)", "Blok C", "Mapenaling"), (7, 2, 1))[0]
        else:
            block = rng.choices(("Blok B (Narapidana)", "Blok C"), (3, 1))[0]
        inmates.append(
            Inmate(
                start_id + number,
                names.make(female),
                text,
                blocks[block],
                admitted,
                released if released <= last else None,
            )
        )
    return inmates


class _Presence:
    """Who was inside in a month, and in which block, to pick the inmates of an incident
    from: the first anyone inside that day, the others from the same block (the women's
    block holds only women)."""

    def __init__(self, inmates: Sequence[Inmate], last: date) -> None:
        self.by_month: dict[tuple[int, int], list[Inmate]] = {}
        self.by_block: dict[tuple[int, int, int], list[Inmate]] = {}
        for inmate in inmates:
            day = inmate.admitted_on.replace(day=1)
            end = inmate.released_on or last
            while day <= end:
                self.by_month.setdefault((day.year, day.month), []).append(inmate)
                self.by_block.setdefault((day.year, day.month, inmate.block_id), []).append(inmate)
                day = (day + timedelta(days=32)).replace(day=1)

    def pick(self, rng: random.Random, day: date, count: int) -> list[Inmate]:
        if count == 0:
            return []
        first = self._inside(rng, self.by_month.get((day.year, day.month), []), day, 1)
        if not first:
            return []
        block = self.by_block[(day.year, day.month, first[0].block_id)]
        others = [i for i in self._inside(rng, block, day, count + 2) if i != first[0]]
        return first + others[: count - 1]

    @staticmethod
    def _inside(rng: random.Random, present: list[Inmate], day: date, count: int) -> list[Inmate]:
        inside = [
            i
            for i in rng.sample(present, min(len(present), count * 4))
            if i.admitted_on <= day and (i.released_on is None or i.released_on >= day)
        ]
        return inside[:count]


# -- incidents -----------------------------------------------------------------------------


@lru_cache(maxsize=8192)
def _day_text(day: date) -> str:
    """``Selasa, 27 Januari 2026`` (babel is slow: ten years are 3,650 days)."""
    return long_date(day)


@dataclass
class _Built:
    """The rows of the incidents of one year, by table, parents first."""

    rows: dict[type[Any], list[dict[str, Any]]] = field(default_factory=dict)

    def add(self, model: type[Any], values: dict[str, Any]) -> None:
        self.rows.setdefault(model, []).append(values)


ORDER = (
    IncidentRow,
    IncidentPersonRow,
    IncidentActionRow,
    IncidentNotificationRow,
    IncidentEvidenceRow,
    EvidenceCustodyRow,
    IncidentTaskRow,
    IncidentSupplementRow,
    IncidentReopeningRow,
    IncidentTextRow,
)


@dataclass(frozen=True)
class _Steps:
    status: IncidentStatus
    approved_at: datetime | None
    version: int
    reopened: bool


@dataclass(frozen=True)
class IncidentsMade:
    incidents: int
    inmates: int
    audit_entries: int  # bulk statements recorded


class _Writer:
    """Makes the incidents of the dataset; holds what every incident draws on."""

    def __init__(
        self,
        session: Session,
        rng: random.Random,
        first: date,
        last: date,
        regu_on: Callable[[date, str], int | None],
        inmates: list[Inmate],
        bench_author: str,
    ) -> None:
        self.rng = rng
        self.first, self.last = first, last
        self.regu_on = regu_on
        self.staff = Staffing.read(session)
        self.presence = _Presence(inmates, last)
        self.blocks = {
            block_id: name
            for block_id, name in session.execute(select(CellBlockRow.id, CellBlockRow.name))
        }
        types = {
            name: type_id
            for type_id, name in session.execute(
                select(IncidentTypeRow.id, IncidentTypeRow.name).where(IncidentTypeRow.active)
            )
        }
        # Every kind the settings offer: those without a scenario of their own happen as
        # the last "Lain-lain" one does.
        fallback = next(s for s in reversed(SCENARIOS) if s.type_name == "Lain-lain")
        self.scenarios = [(s, types[s.type_name]) for s in SCENARIOS if s.type_name in types]
        known = {s.type_name for s in SCENARIOS}
        self.scenarios += [
            (fallback, type_id) for name, type_id in types.items() if name not in known
        ]
        self.type_names = {type_id: name for name, type_id in types.items()}
        self.weights = [s.weight for s, _ in self.scenarios]
        self.pattern = number_pattern_in(session)
        self.shifts = [s for s in shift_types_in(session) if s.working]
        self.author = bench_author
        self.next_ids: dict[type[Any], int] = {
            model: 1 + (session.scalar(select(func.max(model.__table__.c.id))) or 0)
            for model in ORDER
            if model is not IncidentTextRow
        }

    def new_id(self, model: type[Any]) -> int:
        value = self.next_ids[model]
        self.next_ids[model] = value + 1
        return value

    def moments(self, count: int, first: date, last: date) -> list[datetime]:
        """``count`` moments between the two days (inclusive), to the minute, in order."""
        rng = self.rng
        days = (last - first).days + 1
        hours = rng.choices(range(24), HOUR_WEIGHTS, k=count)
        return sorted(
            datetime.combine(
                first + timedelta(days=rng.randrange(days)), clock(hour, rng.randrange(60))
            )
            for hour in hours
        )

    def shift_at(self, moment: datetime) -> tuple[str, date]:
        for shift in self.shifts:
            for day in (moment.date(), moment.date() - timedelta(days=1)):
                begin, end = shift.interval(day)
                if begin <= moment < end:
                    return shift.code, day
        return "", moment.date()

    def year(self, year: int, count: int) -> _Built:
        first = max(self.first, date(year, 1, 1))
        last = min(self.last, date(year, 12, 31))
        built = _Built()
        for serial, happened_at in enumerate(self.moments(count, first, last), start=1):
            self.incident(built, serial, happened_at)
        return built

    def incident(self, built: _Built, serial: int, happened_at: datetime) -> None:
        rng = self.rng
        scenario, type_id = rng.choices(self.scenarios, self.weights)[0]
        incident_id = self.new_id(IncidentRow)
        severity = rng.choices(list(Severity), scenario.severity)[0]
        code, duty_day = self.shift_at(happened_at)
        regu_id = self.regu_on(duty_day, code) if code else None
        karupam = self.staff.karupam.get(regu_id) if regu_id is not None else None
        on_duty = self.staff.regu_members.get(regu_id, []) if regu_id is not None else []
        guards = [g for g in on_duty if karupam is None or g.id != karupam.id] or self.staff.guards
        officer = rng.choice(guards)
        named_karupam = karupam or rng.choice(list(self.staff.karupam.values()))
        wanted = sum(1 for p in scenario.people if p in ("pelaku", "korban", "saksi"))
        inmates = self.presence.pick(rng, happened_at.date(), wanted)
        roles: dict[str, Inmate] = {}
        for role in ("pelaku", "korban", "saksi"):
            if role in scenario.people and inmates:
                roles[role] = inmates.pop(0)
        anchor = roles.get("pelaku") or roles.get("korban")
        place = rng.choices([p for p, _ in scenario.places], [w for _, w in scenario.places])[0]
        block_id: int | None = None
        room = other = ""
        # The room of the pelaku (or korban), named even when it happened elsewhere.
        home = anchor.block_id if anchor else rng.choice(list(self.blocks))
        home_room = str(rng.randint(1, ROOMS.get(self.blocks[home], 6)))
        if place == "blok":
            block_id, room = home, home_room
            block_name = self.blocks[block_id]
            where = f"kamar {room} {block_name}"
        else:
            block_name = ""
            other = place
            where = PLACE_WORDS.get(place, place.lower())
        visitor = _visitor(rng) if "tamu" in scenario.people else ("", "")
        slots = {key: rng.choice(values) for key, values in WORDS.items()}
        when = _day_text(happened_at.date())
        slots.update(
            pelaku=roles["pelaku"].name if "pelaku" in roles else "seorang WBP",
            pelaku_reg=roles["pelaku"].register_number if "pelaku" in roles else "-",
            korban=roles["korban"].name if "korban" in roles else "seorang WBP",
            korban_reg=roles["korban"].register_number if "korban" in roles else "-",
            saksi=roles["saksi"].name if "saksi" in roles else "teman sekamar",
            petugas=officer.name,
            karupam=named_karupam.name,
            tamu=visitor[0],
            tempat=where,
            kamar=home_room,
            blok=block_name or self.blocks[home],
            jam=f"{happened_at.hour:02d}.{happened_at.minute:02d}",
            jam2=f"{(happened_at.hour + 2) % 24:02d}.{happened_at.minute:02d}",
        )
        slots["hari"] = when
        slots["jenis"] = WHAT_HAPPENED.get(self.type_names[type_id], "gangguan kamtib")
        summary, chronology, injuries, damage = _told(rng, scenario, slots)
        delay = rng.choice((5, 10, 15, 20, 30, 45, 60, 90)) if rng.random() < 0.95 else 60 * 26
        reported_at = min(happened_at + timedelta(minutes=delay), _end(self.last))
        steps = self.workflow(happened_at, reported_at)
        status, approved_at, version = steps.status, steps.approved_at, steps.version
        approver = self.staff.karutan if rng.random() < 0.7 else self.staff.ka_kpr
        built.add(
            IncidentRow,
            {
                "id": incident_id,
                "year": happened_at.year,
                "serial": serial,
                "number": format_number(self.pattern, serial, happened_at.date()),
                "type_id": type_id,
                "severity": severity.value,
                "happened_at": happened_at,
                "reported_at": reported_at,
                "block_id": block_id,
                "room": room,
                "other_place": other,
                "shift_code": code,
                "regu_id": regu_id,
                "karupam_id": karupam.id if karupam else None,
                "summary": summary,
                "chronology": chronology,
                "injuries": injuries,
                "damage": damage,
                "status": status.value,
                "approved_at": approved_at,
                "approved_by_id": approver.id if approved_at else None,
                "created_at": reported_at - WIB + timedelta(minutes=rng.randint(1, 20)),
                "version": version,
            },
        )
        words: list[str] = [
            built.rows[IncidentRow][-1]["number"],
            summary,
            chronology,
            injuries,
            damage,
            room,
            other,
            self.type_names[type_id],
            block_name,
        ]
        words += self.people(built, incident_id, scenario, roles, officer, visitor, slots)
        words += self.lines(
            built, incident_id, scenario, severity, happened_at, officer, named_karupam, slots
        )
        if approved_at is not None and rng.random() < 0.06:
            words += self.supplements(built, incident_id, approved_at, slots)
        if steps.reopened:
            built.add(
                IncidentReopeningRow,
                {
                    "id": self.new_id(IncidentReopeningRow),
                    "incident_id": incident_id,
                    "reason": rng.choice(REOPEN_REASONS),
                    "author": self.author,
                    "written_at": reported_at - WIB + timedelta(days=rng.randint(20, 60)),
                },
            )
        built.add(
            IncidentTextRow,
            {"incident_id": incident_id, "body": " ".join(search_words(" ".join(words)))},
        )

    def workflow(self, happened_at: datetime, reported_at: datetime) -> _Steps:
        """Status, approval and version: recent records are still open; older ones mostly
        closed and approved; a few were reopened and closed again."""
        rng = self.rng
        age = (self.last - happened_at.date()).days
        if age < 3:
            status = rng.choices(list(IncidentStatus), (3, 4, 3, 0))[0]
        elif age < 30:
            status = rng.choices(list(IncidentStatus), (0, 15, 35, 50))[0]
        else:
            status = rng.choices(list(IncidentStatus), (0, 2, 5, 93))[0]
        version = 1 + list(IncidentStatus).index(status)
        approved_at = None
        if (
            status != IncidentStatus.DRAFT
            and age >= 3
            and rng.random() < (0.75 if age >= 30 else 0.4)
        ):
            approved_at = min(
                reported_at + timedelta(days=rng.randint(1, 5), hours=rng.randint(0, 6)),
                _end(self.last),
            ).replace(second=0)
            version += 1
        reopened = status == IncidentStatus.CLOSED and age >= 90 and rng.random() < 0.005
        if reopened:
            version += 2  # reopened with a reason, then closed again
        return _Steps(status, approved_at, version, reopened)

    def people(
        self,
        built: _Built,
        incident_id: int,
        scenario: Scenario,
        roles: dict[str, Inmate],
        officer: Officer,
        visitor: tuple[str, str],
        slots: dict[str, str],
    ) -> list[str]:
        """The person lines, and the words ``incident_body`` reads from them."""
        words: list[str] = []
        lines: list[tuple[str, str, int | None, int | None, str, str, str]] = []
        for role, inmate in roles.items():
            note = f"luka: {slots['luka']}" if role == "korban" and scenario.injuries else ""
            lines.append((role, "inmate", inmate.id, None, "", "", note))
            words += [note, inmate.name, inmate.register_number]
        if visitor[0]:
            note = f"pengunjung, {slots['hubungan']} WBP"
            lines.append(("pelaku", "outsider", None, None, visitor[0], visitor[1], note))
            words += [visitor[0], visitor[1], note]
        if "petugas" in scenario.people:
            role = "korban" if scenario.staff_victim else "pelapor"
            lines.append((role, "staff", None, officer.id, "", "", ""))
            words += [officer.name, *self.staff.identity[officer.id]]
        for role, kind, inmate_id, staff_id, name, identity, note in lines:
            built.add(
                IncidentPersonRow,
                {
                    "id": self.new_id(IncidentPersonRow),
                    "incident_id": incident_id,
                    "role": role,
                    "kind": kind,
                    "inmate_id": inmate_id,
                    "staff_id": staff_id,
                    "name": name,
                    "identity": identity,
                    "note": note,
                },
            )
        return words

    def lines(
        self,
        built: _Built,
        incident_id: int,
        scenario: Scenario,
        severity: Severity,
        happened_at: datetime,
        officer: Officer,
        karupam: Officer,
        slots: dict[str, str],
    ) -> list[str]:
        """Actions, notifications, evidence with custody and tasks; the words they add."""
        rng = self.rng
        end = _end(self.last)
        words: list[str] = []
        at = happened_at
        for text in rng.sample(scenario.actions, rng.randint(1, min(4, len(scenario.actions)))):
            at = min(at + timedelta(minutes=rng.randint(2, 40)), end)
            line = _clip(_first_upper(text.format_map(slots)), 300)
            staff = rng.choice((officer, officer, karupam))
            built.add(
                IncidentActionRow,
                {
                    "id": self.new_id(IncidentActionRow),
                    "incident_id": incident_id,
                    "at": at,
                    "text": line,
                    "staff_id": staff.id,
                },
            )
            words.append(line)
        office_hours = happened_at.weekday() < 5 and 7 <= happened_at.hour < 15
        ladder = [("karupam", f"Karupam {karupam.name}")]
        if office_hours:
            ladder.append(("ka_kpr", f"Ka KPR {self.staff.ka_kpr.name}"))
        else:
            ladder.append(
                ("perwira_piket", f"Perwira piket {rng.choice(self.staff.duty_officers).name}")
            )
        if severity != Severity.RINGAN:
            ladder.append(("karutan", f"Karutan {self.staff.karutan.name}"))
        if severity == Severity.BERAT:
            kanwil = KANWIL_AFTER if happened_at >= KANWIL_CHANGED else KANWIL_BEFORE
            ladder.append(("kanwil", kanwil))
        if scenario.police and severity != Severity.RINGAN:
            ladder.append(("polres", "Polres Blora (SPKT)"))
        at = happened_at
        for level, whom in ladder:
            at = min(at + timedelta(minutes=rng.randint(3, 45)), end)
            built.add(
                IncidentNotificationRow,
                {
                    "id": self.new_id(IncidentNotificationRow),
                    "incident_id": incident_id,
                    "level": level,
                    "whom": whom,
                    "at": at,
                    "how": "surat" if level == "kanwil" and rng.random() < 0.5 else rng.choice(HOW),
                },
            )
            words.append(whom)
        if scenario.evidence and rng.random() < scenario.evidence_share:
            description = _clip(rng.choice(scenario.evidence).format_map(slots), 200)
            evidence_id = self.new_id(IncidentEvidenceRow)
            built.add(
                IncidentEvidenceRow,
                {
                    "id": evidence_id,
                    "incident_id": incident_id,
                    "description": description,
                    "quantity": 1,
                    "note": "",
                },
            )
            words.append(description)
            since = min(happened_at + timedelta(minutes=rng.randint(20, 120)), end)
            holders = [(f"Ka KPR {self.staff.ka_kpr.name}", "Ruang KPR, lemari barang bukti")]
            if scenario.to_police and severity != Severity.RINGAN:
                holders.append(("Satresnarkoba Polres Blora", "Polres Blora"))
            for holder, place in holders:
                built.add(
                    EvidenceCustodyRow,
                    {
                        "id": self.new_id(EvidenceCustodyRow),
                        "incident_id": incident_id,
                        "evidence_id": evidence_id,
                        "holder": holder,
                        "since": since,
                        "place": place,
                    },
                )
                since = min(since + timedelta(days=rng.randint(1, 3)), end)
        if scenario.tasks and rng.random() < 0.4:
            due = happened_at.date() + timedelta(days=rng.randint(3, 14))
            built.add(
                IncidentTaskRow,
                {
                    "id": self.new_id(IncidentTaskRow),
                    "incident_id": incident_id,
                    "text": _clip(rng.choice(scenario.tasks).format_map(slots), 300),
                    "owner_id": rng.choice((self.staff.ka_kpr, karupam)).id,
                    "due_on": due,
                    "status": "done" if due < self.last else "open",
                },
            )
        return words

    def supplements(
        self, built: _Built, incident_id: int, approved_at: datetime, slots: dict[str, str]
    ) -> list[str]:
        rng = self.rng
        texts = rng.sample(SUPPLEMENTS, rng.randint(1, 2))
        written_at = approved_at - WIB
        for number, text in enumerate(texts, start=1):
            written_at += timedelta(days=rng.randint(1, 20), minutes=rng.randint(0, 600))
            built.add(
                IncidentSupplementRow,
                {
                    "id": self.new_id(IncidentSupplementRow),
                    "incident_id": incident_id,
                    "number": number,
                    "text": text.format_map(slots),
                    "author": self.author,
                    "author_staff_id": self.staff.ka_kpr.id,
                    "written_at": min(written_at, _end(self.last) - WIB),
                },
            )
        return [text.format_map(slots) for text in texts]


def _visitor(rng: random.Random) -> tuple[str, str]:
    female = rng.random() < 0.6
    name = f"{rng.choice(FEMALE_NAMES if female else MALE_NAMES)} " + rng.choice(
        FEMALE_SECOND_NAMES if female else MALE_SECOND_NAMES
    )
    nik = "3316" + "".join(str(rng.randrange(10)) for _ in range(12))  # Kabupaten Blora
    return name, nik


def _told(rng: random.Random, scenario: Scenario, slots: dict[str, str]) -> tuple[str, ...]:
    """Summary, chronology, injuries and damage in the scenario's words. The chronology is an
    opening, one to four of the scenario's sentences in their order, and now and then one any
    report may have: two to six sentences."""
    summary = _clip(_first_upper(rng.choice(scenario.summaries).format_map(slots)), 200)
    sentences = scenario.sentences
    chosen = sorted(rng.sample(range(len(sentences)), min(len(sentences), rng.randint(1, 4))))
    told = [_one(rng, sentences[i]) for i in chosen]
    if rng.random() < 0.5:
        told.append(rng.choice(COMMON_SENTENCES))
    opening = rng.choice(OPENINGS).format_map(slots)
    chronology = " ".join([opening, *(_first_upper(s.format_map(slots)) for s in told)])
    injuries = (
        " ".join(s.format_map(slots) for s in scenario.injuries)
        if scenario.injuries and rng.random() < 0.8
        else ""
    )
    damage = " ".join(_first_upper(s.format_map(slots)) for s in scenario.damage)
    return summary, chronology, injuries, damage


def _one(rng: random.Random, sentence: str | tuple[str, ...]) -> str:
    return sentence if isinstance(sentence, str) else rng.choice(sentence)


def _first_upper(text: str) -> str:
    return text[:1].upper() + text[1:]


def _clip(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _end(last: date) -> datetime:
    return datetime.combine(last, clock(23, 59))


def set_up_incidents(
    ctx: ActionContext,
    first: date,
    last: date,
    regu_on: Callable[[date, str], int | None],
    *,
    count: int = INCIDENT_COUNT,
    inmate_count: int = INMATE_COUNT,
    seed: int = 11,
) -> IncidentsMade:
    """``count`` incidents from ``first`` to ``last`` and the inmates they name, written in
    one transaction as bulk statements (see the module's docstring). ``regu_on(day, code)`` is
    the regu the roster has on that shift (None before the roster starts)."""
    rng = random.Random(seed)
    with ctx.write(Permission.INCIDENTS_EDIT) as session:
        blocks = {
            name: block_id
            for block_id, name in session.execute(select(CellBlockRow.id, CellBlockRow.name))
        }
        start_id = 1 + (session.scalar(select(func.max(InmateRow.id))) or 0)
        inmates = make_inmates(rng, blocks, first, last, count=inmate_count, start_id=start_id)
        session.execute(
            insert(InmateRow),
            [
                {
                    "id": i.id,
                    "name": i.name,
                    "register_number": i.register_number,
                    "block_id": i.block_id,
                    "admitted_on": i.admitted_on,
                    "released_on": i.released_on,
                    "note": "",
                    "created_at": datetime.combine(i.admitted_on, clock(3)),
                }
                for i in inmates
            ],
        )
        writer = _Writer(session, rng, first, last, regu_on, inmates, ctx.actor.audit_name)
        days = (last - first).days + 1
        years = range(first.year, last.year + 1)
        shares = [
            ((min(last, date(y, 12, 31)) - max(first, date(y, 1, 1))).days + 1) for y in years
        ]
        counts = [count * share // days for share in shares]
        counts[-1] += count - sum(counts)
        statements = 1  # the inmates
        written: list[int] = []
        for year, year_count in zip(years, counts, strict=True):
            built = writer.year(year, year_count)
            written += [row["id"] for row in built.rows.get(IncidentRow, [])]
            for model in ORDER:
                rows = built.rows.pop(model, [])
                if rows:
                    session.execute(insert(model), rows)
                    if model.__audited__:
                        statements += 1
        _check_bodies(session, rng.sample(written, min(BODY_SAMPLE, len(written))))
    return IncidentsMade(len(written), len(inmates), statements)


def _check_bodies(session: Session, incident_ids: list[int]) -> None:
    """The words written in bulk are the words the services would have written."""
    for incident_id in incident_ids:
        stored = session.get(IncidentTextRow, incident_id)
        expected = sorted(incident_body(session, incident_id).split())
        if stored is None or sorted(stored.body.split()) != expected:
            raise RuntimeError(f"incident {incident_id}: its search words are not incident_body's")


# -- what the benchmarks look for ----------------------------------------------------------


def typed_queries(db: Database, *, seed: int = 5) -> list[IncidentQuery]:
    """What a clerk types into the search of the incident list, paused at some point of a
    word (the list follows after each pause): the start of one to three words of a summary,
    an inmate's name, a register number whole or up to its serial, an officer's name; a
    third of them with a filter (a year, a kind, a severity, a block, a status). Taken from
    the incidents of the dataset, so every one finds something."""
    rng = random.Random(seed)
    with db.read() as session:
        top = session.scalar(select(func.max(IncidentRow.id))) or 0
        sample = [
            session.get(IncidentRow, incident_id)
            for incident_id in rng.sample(range(1, top + 1), 60)
        ]
        incidents = [row for row in sample if row is not None]
        inmates = session.execute(
            select(IncidentPersonRow.incident_id, InmateRow.name, InmateRow.register_number)
            .join(InmateRow, InmateRow.id == IncidentPersonRow.inmate_id)
            .where(IncidentPersonRow.incident_id.in_([row.id for row in incidents]))
        ).all()
        officers = session.execute(
            select(IncidentPersonRow.incident_id, StaffRow.name)
            .join(StaffRow, StaffRow.id == IncidentPersonRow.staff_id)
            .where(IncidentPersonRow.incident_id.in_([row.id for row in incidents]))
        ).all()
    by_id = {row.id: row for row in incidents}

    def typed(words: list[str]) -> str:
        """The words as typed so far: the last one cut anywhere after its first letter."""
        last = words[-1]
        return " ".join([*words[:-1], last[: rng.randint(1, len(last))]])

    texts: list[tuple[str, int]] = []  # what is typed, and the incident it comes from
    for row in incidents[:14]:
        words = row.summary.split()
        start = rng.randrange(len(words))
        texts.append((typed(words[start : start + rng.randint(1, 3)]), row.id))
    for incident_id, name, _ in rng.sample(inmates, 8):
        texts.append((name if rng.random() < 0.4 else typed(name.split()), incident_id))
    for incident_id, _, number in rng.sample(inmates, 8):
        texts.append((number if rng.random() < 0.5 else number.rsplit("/", 1)[0], incident_id))
    for incident_id, name in rng.sample(officers, 6):
        texts.append((typed(name.split(",")[0].split()), incident_id))
    return [
        IncidentQuery(text=text, **(_filter_like(by_id[incident_id], n // 3) if n % 3 == 0 else {}))
        for n, (text, incident_id) in enumerate(texts)
    ]


def _filter_like(source: IncidentRow, turn: int) -> dict[str, Any]:
    """A filter the incident ``source`` passes, in turn: its year, its kind, its severity in
    its year, its block (or kind), its status."""
    year = {
        "first": date(source.happened_at.year, 1, 1),
        "last": date(source.happened_at.year, 12, 31),
    }
    options: list[dict[str, Any]] = [
        year,
        {"type_id": source.type_id},
        {**year, "severity": Severity(source.severity)},
        {"block_id": source.block_id} if source.block_id else {"type_id": source.type_id},
        {"status": IncidentStatus(source.status)},
    ]
    return options[turn % len(options)]
