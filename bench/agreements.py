"""Ten years of cooperation agreements for the benchmark dataset: the partners, the agreements
with their obligations and evidence, the meetings with the partners, and the patrol visits that
count as the evidence of a patrol obligation.

``set_up_agreements`` writes, as bulk statements of the audited store (one audit entry per
statement, as for the incidents):

- the visit book: the Samapta of the Polres calling most weeks and the Polsek every ten days or
  so, at night, with a month now and then when nobody came (the Polsek's last complete month
  among them, a gap the warnings show);
- some 300 partners (bench/agreement_stories.py) with their contact persons;
- 2,000 agreements: a few framework MoU (some until revoked) that the PKS of their kind of
  partner implement, lines of PKS and MoU renewed one after the other (the renewal follows its
  predecessor from the day after its last day), a few revoked, addenda that move the last day
  of the agreement they amend (``ends_on`` is set as services/agreements/status.end_of sets
  it), drafts (new agreements, renewals and addenda under way); their parties with their own
  document numbers and signatories, their scope. On the dataset's last day most have ended or
  were renewed, a few dozen are in force and a handful end within the 90-day window;
- 20,000 obligations (one-off, standing and recurring; those a renewal carried over name the
  one they came from), their evidence (entered for the periods most were carried out in, a few
  linking a patrol visit), the patrol obligations of the Polres and the Polsek naming the agency
  of their visits;
- 10,000 meetings and visits with partners, a third about an agreement in force that day, with
  attendees (staff of the registry and the partner's people by name) and follow-ups, nearly all
  done in time.

Then, through the services, the signed scans of the agreements in force and a few pieces of
evidence with a file, as the clerk attaches them.
"""

from __future__ import annotations

import io
import random
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from bench.agreement_stories import (
    ARMY,
    COMMON_DUTIES,
    COMMON_SCOPE,
    EVIDENCE_NOTES,
    FOLLOW_UPS,
    FORMER_HEADS,
    GOVERNMENT,
    HEALTH,
    JOINT_OWNER,
    KINDS,
    NARCOTICS,
    OUTCOMES,
    OWN_OWNERS,
    PLACES,
    POLICE,
    POLRES,
    POLSEK,
    RELIGION,
    REVOKE_REASONS,
    Duty,
    PartnerKind,
)
from rutan_desk.domain.accounts import Permission
from rutan_desk.domain.agreements import (
    RECURRING,
    AgreementFacts,
    AgreementKind,
    AgreementStatus,
    Recurrence,
    agreement_status,
    last_day_after,
    periods_between,
)
from rutan_desk.domain.patrols import VisitKind
from rutan_desk.domain.stored_values import name_key
from rutan_desk.services.agreements.forms import EvidenceDraft
from rutan_desk.services.agreements.obligations import add_evidence
from rutan_desk.services.agreements.saving import attach_agreement_scan
from rutan_desk.services.context import ActionContext, FixedClock
from rutan_desk.services.demo import FEMALE_NAMES, MALE_NAMES, MALE_SECOND_NAMES
from rutan_desk.store.models.agreements import (
    AgreementPartyRow,
    AgreementRow,
    AgreementScopeRow,
    CoordinationActionRow,
    CoordinationAttendeeRow,
    CoordinationPartnerRow,
    CoordinationRow,
    ObligationEvidenceRow,
    ObligationRow,
    PartnerContactRow,
    PartnerRow,
)
from rutan_desk.store.models.patrols import PatrolOfficerRow, PatrolVisitRow
from rutan_desk.store.models.roster import ReguRow
from rutan_desk.store.models.staff import StaffRow

AGREEMENT_COUNT = 2_000
OBLIGATION_COUNT = 20_000
COORDINATION_COUNT = 10_000
IN_FORCE_LINES = 40  # of them, ending within the warning window on the last day:
ENDING_SOON_LINES = 6
RENEWAL_DRAFTS = 3  # of the ending ones, a renewal begun
NEW_DRAFTS = 14
ADDENDUM_DRAFTS = 3
WIB = timedelta(hours=7)
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_STREETS = (
    "Jl. Pemuda",
    "Jl. Gatot Subroto",
    "Jl. Ahmad Yani",
    "Jl. Reksodiputro",
    "Jl. Pramuka",
    "Jl. Halmahera",
    "Jl. Jenderal Sudirman",
    "Jl. Nusantara",
    "Jl. Alun-Alun Selatan",
    "Jl. Kolonel Sunandar",
)
_STAFF_POSITIONS = ("Kepala Bagian Umum", "Kasi Humas", "Kasubbag Perencanaan", "Staf Umum")


@dataclass(frozen=True)
class AgreementsMade:
    partners: int
    agreements: int
    obligations: int
    evidence: int
    coordination: int
    follow_ups: int
    patrol_visits: int
    statuses: dict[str, int]  # on the last day, of the agreements that are not addenda
    audit_entries: int  # bulk statements recorded


@dataclass
class _Partner:
    id: int
    name: str
    short: str
    kind: PartnerKind
    head: str  # who signs for it
    head_position: str
    head_id: str  # NIP or NRP
    people: list[tuple[str, str]]  # (name, position) of its contact persons


@dataclass
class _Agreement:
    id: int
    kind: AgreementKind
    title: str
    partners: list[_Partner]
    signed_on: date | None
    valid_from: date | None
    valid_to: date | None
    until_revoked: bool = False
    ends_on: date | None = None
    parent_id: int | None = None
    predecessor_id: int | None = None
    draft: bool = False
    revoked_on: date | None = None
    revoked_reason: str = ""
    scope: list[str] = field(default_factory=list)
    renewed: bool = False  # a finalised renewal follows it
    addendum_of: _Agreement | None = None

    @property
    def last_day(self) -> date | None:
        """The last day its obligations run (its end, or the day before its revocation)."""
        last = self.ends_on
        if self.revoked_on is not None:
            before = self.revoked_on - timedelta(days=1)
            last = before if last is None else min(last, before)
        return last


def _years_back(day: date, years: int) -> date:
    return day.replace(year=day.year - years)


def _slug(text: str) -> str:
    return re.sub("[^a-z0-9]", "", text.lower())


class _Writer:
    """Makes the rows; holds what they draw on."""

    def __init__(self, session: Session, rng: random.Random, first: date, last: date) -> None:
        self.rng = rng
        self.first, self.last = first, last
        staff = session.execute(
            select(StaffRow.id, StaffRow.unit, StaffRow.position).order_by(StaffRow.id)
        ).all()
        self.office = [s.id for s in staff if s.unit.startswith(("Subseksi", "Urusan"))] or [
            s.id for s in staff
        ]
        self.karupam = [k for k in session.scalars(select(ReguRow.karupam_id)) if k is not None]
        head = session.execute(
            select(StaffRow.name, StaffRow.nip).where(
                StaffRow.position == "Kepala Rumah Tahanan Negara"
            )
        ).first()
        self.heads = [*FORMER_HEADS, (2025, head.name, head.nip or "")] if head else FORMER_HEADS
        self.next_ids = {
            model: 1 + (session.scalar(select(func.max(model.__table__.c.id))) or 0)
            for model in (
                PatrolVisitRow,
                PartnerRow,
                AgreementRow,
                ObligationRow,
                CoordinationRow,
            )
        }
        self.rows: dict[type[Any], list[dict[str, Any]]] = {}
        self.partners: list[_Partner] = []
        self.by_kind: dict[str, list[_Partner]] = {}
        self.agreements: list[_Agreement] = []
        self.own_serials: Counter[int] = Counter()

    def new_id(self, model: type[Any]) -> int:
        value = self.next_ids[model]
        self.next_ids[model] = value + 1
        return value

    def add(self, model: type[Any], values: dict[str, Any]) -> None:
        self.rows.setdefault(model, []).append(values)

    def person(self) -> str:
        rng = self.rng
        if rng.random() < 0.2:
            return f"{rng.choice(FEMALE_NAMES)} {rng.choice(MALE_SECOND_NAMES)}"
        return f"{rng.choice(MALE_NAMES)} {rng.choice(MALE_SECOND_NAMES)}"

    def identity(self, kind: PartnerKind) -> str:
        rng = self.rng
        if kind.id_kind == "nrp":
            return f"{rng.randint(60, 89)}{rng.randint(0, 12):02d}{rng.randint(1000, 9999)}"
        if kind.id_kind == "nip":
            born = date(rng.randint(1965, 1985), rng.randint(1, 12), rng.randint(1, 28))
            return f"{born:%Y%m%d}{born.year + 24}{rng.randint(1, 12):02d}1{rng.randint(1, 9):03d}"
        return ""

    def created(self, day: date) -> datetime:
        """A record written in the office that day (stored as UTC)."""
        return datetime.combine(day, clock(self.rng.randint(8, 15), self.rng.randrange(60))) - WIB

    # -- the visit book ---------------------------------------------------------------------

    def patrol_visits(self) -> list[tuple[int, date, str]]:
        """The Polres most weeks, the Polsek every ten days or so; a few months without a
        visit, the Polsek's last complete month one of them. Returns (id, day, agency)."""
        rng = self.rng
        months = (self.last.year - self.first.year) * 12 + self.last.month - self.first.month
        missed = {
            POLRES: {rng.randrange(months - 3) for _ in range(3)},
            POLSEK: {rng.randrange(months - 3) for _ in range(4)} | {months - 1},
        }
        made = []
        for agency, unit, gap in (
            (POLRES, "Sat Samapta", (5, 9)),
            (POLSEK, "Unit Sabhara", (7, 13)),
        ):
            day = self.first + timedelta(days=rng.randint(0, 6))
            while day < self.last:
                month = (day.year - self.first.year) * 12 + day.month - self.first.month
                if month not in missed[agency]:
                    arrived = datetime.combine(day, clock(rng.choice((21, 22, 23, 0, 1, 2))))
                    arrived += timedelta(minutes=rng.randrange(60))
                    if arrived.hour < 12:
                        arrived += timedelta(days=1)
                    visit_id = self.new_id(PatrolVisitRow)
                    self.add(
                        PatrolVisitRow,
                        {
                            "id": visit_id,
                            "kind": VisitKind.SAMBANG.value,
                            "arrived_at": arrived,
                            "left_at": arrived + timedelta(minutes=rng.randint(10, 30)),
                            "agency": agency,
                            "unit": unit,
                            "areas_checked": "Pintu utama (P2U) dan tembok luar",
                            "note": "Situasi aman dan terkendali; buku patroli ditandatangani.",
                            "received_by_id": rng.choice(self.karupam),
                            "created_at": arrived - WIB + timedelta(minutes=40),
                        },
                    )
                    for _ in range(rng.randint(2, 3)):
                        self.add(
                            PatrolOfficerRow,
                            {
                                "visit_id": visit_id,
                                "staff_id": None,
                                "name": self.person(),
                                "rank": rng.choice(("Bripka", "Brigpol", "Briptu", "Aipda")),
                                "nrp": self.identity(POLICE),
                            },
                        )
                    made.append((visit_id, arrived.date(), agency))
                day += timedelta(days=rng.randint(*gap))
        return made

    # -- partners ---------------------------------------------------------------------------

    def make_partners(self) -> None:
        rng = self.rng
        for kind in KINDS:
            for name, short in kind.names:
                partner_id = self.new_id(PartnerRow)
                rank = rng.choice(kind.rank) if kind.rank else ""
                head = self.person()
                people = [(head, kind.head.format(short=short))]
                people += [
                    (self.person(), rng.choice(_STAFF_POSITIONS)) for _ in range(rng.randint(0, 2))
                ]
                partner = _Partner(
                    partner_id,
                    name,
                    short,
                    kind,
                    f"{rank} {head}".strip(),
                    people[0][1],
                    self.identity(kind),
                    people,
                )
                self.partners.append(partner)
                self.by_kind.setdefault(kind.key, []).append(partner)
                domain = "blorakab.go.id" if kind in (GOVERNMENT, HEALTH) else "gmail.com"
                self.add(
                    PartnerRow,
                    {
                        "id": partner_id,
                        "name": name,
                        "name_key": name_key(name),  # a bulk insert: the model's hook is bypassed
                        "short_name": short,
                        "address": f"{rng.choice(_STREETS)} No. {rng.randint(1, 120)}, Blora",
                        "phone": f"(0296) {rng.randint(520000, 539999)}",
                        "email": f"{_slug(short)}@{domain}",
                        "note": "",
                        "retired": False,
                    },
                )
                for number, (person, position) in enumerate(people):
                    self.add(
                        PartnerContactRow,
                        {
                            "partner_id": partner_id,
                            "name": person,
                            "position": position,
                            "rank": rank if number == 0 else "",
                            "phone": f"08{rng.randint(11, 58)}-{rng.randint(1000, 9999)}-"
                            f"{rng.randint(1000, 9999)}",
                        },
                    )

    def partner_of(self, kind: PartnerKind) -> _Partner:
        """One of the kind, its first (the Polres, the Pemda, the Dinkes) most often."""
        choices = self.by_kind[kind.key]
        weights = [6.0 if n == 0 else 1.0 for n in range(len(choices))]
        return self.rng.choices(choices, weights)[0]

    def named(self, short: str) -> _Partner:
        return next(p for p in self.partners if p.short == short)

    # -- agreements -------------------------------------------------------------------------

    def agreement(
        self,
        kind: AgreementKind,
        partners: list[_Partner],
        valid_from: date | None,
        valid_to: date | None,
        *,
        title: str | None = None,
        until_revoked: bool = False,
        predecessor: _Agreement | None = None,
        draft: bool = False,
    ) -> _Agreement:
        rng = self.rng
        lead = partners[0]
        if title is None:
            title = rng.choice(lead.kind.titles).format(partner=lead.name)
        signed_on = None
        if valid_from is not None and not draft:
            signed_on = min(valid_from - timedelta(days=rng.randint(0, 40)), self.last)
        made = _Agreement(
            self.new_id(AgreementRow),
            kind,
            title,
            partners,
            signed_on,
            valid_from,
            valid_to,
            until_revoked=until_revoked,
            ends_on=valid_to,
            parent_id=predecessor.parent_id if predecessor else None,
            predecessor_id=predecessor.id if predecessor else None,
            draft=draft,
        )
        scope = list(lead.kind.scope)
        rng.shuffle(scope)
        made.scope = scope[: rng.randint(2, min(5, len(scope)))] + rng.sample(
            COMMON_SCOPE, rng.randint(0, 2)
        )
        if predecessor is not None:
            made.scope = list(predecessor.scope)
            if not draft:
                predecessor.renewed = True
        self.agreements.append(made)
        return made

    def chain(
        self, kind: AgreementKind, partners: list[_Partner], terms: list[tuple[date, int]]
    ) -> list[_Agreement]:
        """Agreements one after the other: each (first day, years) renews the one before."""
        made: list[_Agreement] = []
        title = self.rng.choice(partners[0].kind.titles).format(partner=partners[0].name)
        for valid_from, years in terms:
            made.append(
                self.agreement(
                    kind,
                    partners,
                    valid_from,
                    last_day_after(valid_from, years),
                    title=title,
                    predecessor=made[-1] if made else None,
                )
            )
        return made

    def addendum(
        self, parent: _Agreement, *, extend_months: int = 0, draft: bool = False
    ) -> _Agreement:
        """An addendum signed while ``parent`` runs; ``extend_months`` moves its last day."""
        rng = self.rng
        assert parent.valid_from is not None and parent.ends_on is not None
        span = (min(parent.ends_on, self.last) - parent.valid_from).days
        signed = parent.valid_from + timedelta(
            days=rng.randint(span // 3, max(span // 3, span - 20))
        )
        new_end = None
        if extend_months:
            month = parent.ends_on.month - 1 + extend_months
            new_end = date(parent.ends_on.year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        made = _Agreement(
            self.new_id(AgreementRow),
            AgreementKind.ADDENDUM,
            f"Adendum {parent.title}"[:300],
            parent.partners,
            None if draft else signed,
            None if draft else signed,
            new_end,
            parent_id=parent.id,
            draft=draft,
            addendum_of=parent,
        )
        made.scope = ["Perubahan jangka waktu"] if extend_months else [rng.choice(COMMON_SCOPE)]
        if new_end is not None and not draft:
            parent.ends_on = new_end  # the latest addendum signed decides (end_of)
        self.agreements.append(made)
        return made

    def make_agreements(self) -> None:
        rng = self.rng
        first, last = self.first, self.last
        # Framework MoU the PKS of their kind implement: until revoked, or five years renewed.
        pemda = self.agreement(
            AgreementKind.MOU,
            [self.named("Pemda Blora")],
            date(2017, 3, 1),
            None,
            title="Nota Kesepahaman tentang Sinergi Pelayanan Pemasyarakatan di Kabupaten Blora",
            until_revoked=True,
        )
        kemenag = self.agreement(
            AgreementKind.MOU,
            [self.named("Kemenag Blora")],
            date(2017, 8, 14),
            None,
            title="Nota Kesepahaman tentang Pembinaan Keagamaan Warga Binaan Pemasyarakatan",
            until_revoked=True,
        )
        bnn_old = self.agreement(
            AgreementKind.MOU,
            [self.named("BNNP Jateng")],
            date(2018, 2, 1),
            None,
            title="Nota Kesepahaman tentang Pencegahan Peredaran Gelap Narkotika",
            until_revoked=True,
        )
        bnn_old.revoked_on = date(2021, 6, 30)
        bnn_old.revoked_reason = REVOKE_REASONS[1]
        bnn = self.agreement(
            AgreementKind.MOU,
            [self.named("BNNP Jateng"), self.named("BNNK Blora")],
            date(2021, 7, 1),
            None,
            title="Nota Kesepahaman tentang Pencegahan, Pemberantasan dan Rehabilitasi Narkotika",
            until_revoked=True,
        )
        polres_mou = self.chain(
            AgreementKind.MOU,
            [self.named(POLRES)],
            [(date(2017, 6, 1), 5), (date(2022, 6, 1), 5)],
        )
        kodim_mou = self.chain(
            AgreementKind.MOU,
            [self.named("Kodim 0721/Blora")],
            [(date(2018, 4, 1), 5), (date(2023, 4, 1), 5)],
        )
        frameworks = {
            GOVERNMENT.key: [pemda],
            HEALTH.key: [pemda],
            RELIGION.key: [kemenag],
            NARCOTICS.key: [bnn_old, bnn],
            POLICE.key: polres_mou,
            ARMY.key: kodim_mou,
        }
        # The Polres PKS of 27 January 2026 (CCTV, alarm, patrols) and the Polsek's, in force.
        self.chain(
            AgreementKind.PKS,
            [self.named(POLRES)],
            [(date(2020, 1, 27), 3), (date(2023, 1, 27), 3), (date(2026, 1, 27), 3)],
        )
        self.chain(
            AgreementKind.PKS, [self.named(POLSEK)], [(date(2022, 9, 1), 2), (date(2024, 9, 1), 3)]
        )
        # Besides the five frameworks and the two PKS above still in force on the last day.
        soon = ENDING_SOON_LINES
        in_force = IN_FORCE_LINES - 5 - 2 - soon
        ending: list[_Agreement] = []
        while (
            len(self.agreements) < AGREEMENT_COUNT - NEW_DRAFTS - RENEWAL_DRAFTS - ADDENDUM_DRAFTS
        ):
            kind = rng.choices(KINDS, [k.weight for k in KINDS])[0]
            partners = [self.partner_of(kind)]
            if rng.random() < 0.08:
                other = rng.choice(self.partners)
                if other is not partners[0]:
                    partners.append(other)
            agreement_kind = AgreementKind.MOU if rng.random() < 0.12 else AgreementKind.PKS
            years = [
                rng.choices((1, 2, 3, 5), (3, 3, 2, 2))[0]
                for _ in range(rng.choices((1, 2, 3, 4), (55, 25, 12, 8))[0])
            ]
            if in_force > 0 or soon > 0:
                # A line still running on the last day: built back from its last agreement.
                if soon > 0:
                    end = last + timedelta(days=rng.randint(5, 85))
                    soon -= 1
                else:
                    end = last + timedelta(days=rng.randint(120, 365 * years[-1] - 30))
                    in_force -= 1
                if (end + timedelta(days=1)).month == 2 and (end + timedelta(days=1)).day == 29:
                    end += timedelta(days=1)
                start = end + timedelta(days=1)
                terms: list[tuple[date, int]] = []
                for term in reversed(years):
                    start = _years_back(start, term)
                    if start < first:
                        break
                    terms.insert(0, (start, term))
                if not terms:
                    terms = [(_years_back(end + timedelta(days=1), years[-1]), years[-1])]
                line = self.chain(agreement_kind, partners, terms)
                if end <= last + timedelta(days=90):
                    ending.append(line[-1])
            else:
                span = sum(365 * y + 1 for y in years)
                room = (last - first).days - span - 10
                if room <= 0:
                    continue
                start = first + timedelta(days=rng.randrange(room))
                if start.month == 2 and start.day == 29:
                    start += timedelta(days=1)
                terms = []
                for term in years:
                    terms.append((start, term))
                    start = last_day_after(start, term) + timedelta(days=1)
                line = self.chain(agreement_kind, partners, terms)
                if rng.random() < 0.06:  # ended early
                    final = line[-1]
                    assert final.valid_from is not None and final.ends_on is not None
                    days = (final.ends_on - final.valid_from).days
                    final.revoked_on = final.valid_from + timedelta(
                        days=rng.randint(30, max(31, days - 30))
                    )
                    final.revoked_reason = rng.choice(REVOKE_REASONS)
            for agreement in line:
                if agreement.revoked_on is None and rng.random() < 0.07:
                    # Only the last of a line may run longer (the next one starts the day
                    # after); one that ended stays ended, one ending soon still ends soon.
                    long_ago = (agreement.ends_on or date.max) < last - timedelta(days=400)
                    running = (agreement.ends_on or date.max) > last + timedelta(days=120)
                    extend = 0
                    if agreement is line[-1] and (long_ago or running):
                        extend = rng.choice((0, 6, 12))
                    self.addendum(agreement, extend_months=extend)
            for agreement in line:
                candidates = frameworks.get(kind.key, [])
                if agreement.kind is AgreementKind.PKS and candidates and rng.random() < 0.6:
                    parent = self._in_force(candidates, agreement.signed_on)
                    if parent is not None:
                        agreement.parent_id = parent.id
        # Drafts under way: renewals of ending ones, addenda, new agreements.
        for old in ending[:RENEWAL_DRAFTS]:
            assert old.ends_on is not None and old.valid_from is not None
            term = round((old.ends_on - old.valid_from).days / 365.25) or 1
            renewal_start = old.ends_on + timedelta(days=1)
            renewal = self.agreement(
                old.kind,
                old.partners,
                renewal_start,
                last_day_after(renewal_start, term),
                title=old.title,
                predecessor=old,
                draft=True,
            )
            renewal.parent_id = old.parent_id
        amendable = [
            a
            for a in self.agreements
            if a.kind is not AgreementKind.ADDENDUM
            and not a.draft
            and (a.ends_on or date.max) > last + timedelta(days=120)
            and a.revoked_on is None
            and not a.renewed
        ]
        for parent in rng.sample(amendable, ADDENDUM_DRAFTS):
            self.addendum(parent, draft=True)
        while len(self.agreements) < AGREEMENT_COUNT:
            kind = rng.choices(KINDS, [k.weight for k in KINDS])[0]
            planned = last + timedelta(days=rng.randint(10, 90)) if rng.random() < 0.6 else None
            term = rng.choice((1, 2, 3))
            self.agreement(
                AgreementKind.PKS,
                [self.partner_of(kind)],
                planned,
                last_day_after(planned, term) if planned else None,
                draft=True,
            )
        for agreement in self.agreements:
            if agreement.until_revoked:
                agreement.valid_to = agreement.ends_on = None

    def _in_force(self, candidates: list[_Agreement], day: date | None) -> _Agreement | None:
        if day is None:
            return None
        for candidate in candidates:
            assert candidate.valid_from is not None
            end = candidate.last_day or date.max
            if candidate.valid_from <= day <= end:
                return candidate
        return None

    def status(self, agreement: _Agreement) -> AgreementStatus:
        """On the last day, as list_agreements computes it (an addendum: its parent's)."""
        source = agreement
        if (
            agreement.addendum_of is not None
            and not agreement.draft
            and agreement.revoked_on is None
        ):
            source = agreement.addendum_of
        facts = AgreementFacts(source.draft, source.ends_on, source.revoked_on, source.renewed)
        return agreement_status(facts, self.last)

    def agreement_rows(self) -> None:
        rng = self.rng
        for agreement in self.agreements:
            day = agreement.signed_on or self.last - timedelta(days=rng.randint(1, 60))
            self.add(
                AgreementRow,
                {
                    "id": agreement.id,
                    "kind": agreement.kind.value,
                    "title": agreement.title,
                    "place_signed": "Blora",
                    "signed_on": agreement.signed_on,
                    "valid_from": agreement.valid_from,
                    "valid_to": agreement.valid_to,
                    "until_revoked": agreement.until_revoked,
                    "ends_on": None
                    if agreement.kind is AgreementKind.ADDENDUM
                    else agreement.ends_on,
                    "parent_id": agreement.parent_id,
                    "predecessor_id": agreement.predecessor_id,
                    "draft": agreement.draft,
                    "revoked_on": agreement.revoked_on,
                    "revoked_reason": agreement.revoked_reason,
                    "note": "",
                    "created_at": self.created(day),
                },
            )
            self._parties(agreement)
            for text in agreement.scope:
                self.add(AgreementScopeRow, {"agreement_id": agreement.id, "text": text})

    def _parties(self, agreement: _Agreement) -> None:
        rng = self.rng
        day = agreement.signed_on
        numbered = day is not None
        year = day.year if day else self.last.year
        self.own_serials[year] += numbered
        head = next((h for h in reversed(self.heads) if h[0] <= year), self.heads[0])
        own_number = f"W13.PAS.PAS11-HM.05.02-{self.own_serials[year]:04d}" if numbered else ""
        self.add(
            AgreementPartyRow,
            {
                "agreement_id": agreement.id,
                "own": True,
                "partner_id": None,
                "document_number": own_number,
                "signatory_name": head[1],
                "signatory_position": "Kepala Rumah Tahanan Negara Kelas IIB Blora",
                "signatory_id_number": head[2],
            },
        )
        for partner in agreement.partners:
            number = ""
            if day is not None:
                number = partner.kind.number.format(
                    n=rng.randint(1, 900), roman=_ROMAN[day.month - 1], year=day.year
                )
            self.add(
                AgreementPartyRow,
                {
                    "agreement_id": agreement.id,
                    "own": False,
                    "partner_id": partner.id,
                    "document_number": number,
                    "signatory_name": partner.head,
                    "signatory_position": partner.head_position,
                    "signatory_id_number": partner.head_id,
                },
            )

    # -- obligations ------------------------------------------------------------------------

    def make_obligations(self, visits: list[tuple[int, date, str]]) -> None:
        """OBLIGATION_COUNT in all, spread over the agreements by a running share (an addendum
        holds few, a draft some); a renewal starts with the open ones of its predecessor."""
        rng = self.rng
        ordered = sorted(self.agreements, key=lambda a: (a.draft, a.valid_from or date.max, a.id))
        weights = [
            0.15 if a.kind is AgreementKind.ADDENDUM else 0.5 if a.draft else rng.uniform(0.6, 1.4)
            for a in ordered
        ]
        total = sum(weights)
        made = 0
        share = 0.0
        open_of: dict[int, list[dict[str, Any]]] = {}
        self.visits_by_agency: dict[str, list[tuple[int, date]]] = {}
        for visit_id, day, agency in visits:
            self.visits_by_agency.setdefault(agency, []).append((visit_id, day))
        for number, (agreement, weight) in enumerate(zip(ordered, weights, strict=True)):
            share += weight
            target = (
                OBLIGATION_COUNT
                if number == len(ordered) - 1
                else round(OBLIGATION_COUNT * share / total)
            )
            status = self.status(agreement)
            lines: list[tuple[Duty, dict[str, Any] | None]] = []
            carried = open_of.get(agreement.predecessor_id or 0, [])
            for old in carried:
                lines.append(
                    (
                        Duty(
                            old["text"],
                            old["responsible"],
                            old["recurrence"],
                            bool(old["evidence_agency"]),
                        ),
                        old,
                    )
                )
            wanted = max(0, target - made - len(carried))
            duties = list(agreement.partners[0].kind.duties)
            common = list(COMMON_DUTIES)
            rng.shuffle(common)
            taken = {duty.text for duty, _ in lines}
            pool = [d for d in duties + common if d.text not in taken]
            round_ = 1
            while len(pool) < wanted:
                round_ += 1
                pool += [
                    Duty(f"{d.text} (tahap {_ROMAN[round_ - 1]})", d.responsible, d.recurrence)
                    for d in duties + common
                ]
            lines += [(duty, None) for duty in pool[:wanted]]
            rows = [
                self._obligation(agreement, status, sort, duty, old)
                for sort, (duty, old) in enumerate(lines, start=1)
            ]
            made += len(rows)
            open_of[agreement.id] = [r for r in rows if r["status"] in ("belum", "berjalan")]
        assert made == OBLIGATION_COUNT, made

    def _obligation(
        self,
        agreement: _Agreement,
        status: AgreementStatus,
        sort: int,
        duty: Duty,
        old: dict[str, Any] | None,
    ) -> dict[str, Any]:
        rng = self.rng
        recurrence = Recurrence(duty.recurrence)
        start, end = agreement.valid_from, agreement.last_day
        partner = rng.choice(agreement.partners)
        responsible = duty.responsible
        owner = {
            "own": rng.choice(OWN_OWNERS),
            "partner": f"Narahubung {partner.short}",
            "joint": JOINT_OWNER,
        }[responsible]
        due_on = None
        if recurrence is Recurrence.ONCE:
            due_on = (
                old["due_on"]
                if old
                else (start or self.last) + timedelta(days=rng.randint(30, 240))
            )
            if end is not None and not old:
                due_on = min(due_on, end)
        starts_on = None
        if recurrence in RECURRING and start is not None and rng.random() < 0.3 and not old:
            starts_on = (start.replace(day=1) + timedelta(days=32)).replace(day=1)
        agency = ""
        if duty.patrol and partner.short in (POLRES, POLSEK):
            agency = partner.short
        in_force = status in (AgreementStatus.BERLAKU, AgreementStatus.SEGERA_BERAKHIR)
        state = self._obligation_status(recurrence, due_on, in_force, agreement.draft)
        obligation_id = self.new_id(ObligationRow)
        row = {
            "id": obligation_id,
            "agreement_id": agreement.id,
            "sort_order": sort,
            "text": duty.text,
            "responsible": responsible,
            "partner_id": partner.id if responsible == "partner" else None,
            "owner": owner,
            "recurrence": recurrence.value,
            "due_on": due_on,
            "starts_on": starts_on,
            "status": state,
            "evidence_agency": agency,
            "note": "",
            "carried_from_id": old["id"] if old else None,
            "created_at": self.created(agreement.signed_on or self.last),
        }
        self.add(ObligationRow, row)
        if not agreement.draft and start is not None and state != "tidak_berlaku":
            self._evidence(row, recurrence, starts_on or start, end, in_force)
        return row

    def _obligation_status(
        self, recurrence: Recurrence, due_on: date | None, in_force: bool, draft: bool
    ) -> str:
        rng = self.rng
        if draft:
            return "belum"
        if in_force:
            if recurrence is Recurrence.ONCE and due_on is not None and due_on < self.last:
                return rng.choices(("selesai", "berjalan", "belum"), (93, 4, 3))[0]
            if recurrence is Recurrence.ONCE:
                return rng.choice(("belum", "berjalan"))
            if recurrence in RECURRING:
                return rng.choices(("berjalan", "tidak_berlaku"), (95, 5))[0]
            return rng.choices(("berjalan", "selesai"), (7, 3))[0]
        return rng.choices(("selesai", "tidak_berlaku", "berjalan", "belum"), (80, 8, 8, 4))[0]

    def _evidence(
        self,
        row: dict[str, Any],
        recurrence: Recurrence,
        start: date,
        end: date | None,
        in_force: bool,
    ) -> None:
        """The periods it was seen to, entered; a patrol obligation's come from the visit book
        (a few of its visits linked by hand)."""
        rng = self.rng
        last = min(end or self.last, self.last)
        if row["evidence_agency"]:
            visits = [
                v
                for v in self.visits_by_agency.get(row["evidence_agency"], [])
                if start <= v[1] <= last
            ]
            for visit_id, day in visits[-3:] if in_force else []:
                self.add(
                    ObligationEvidenceRow,
                    {
                        "obligation_id": row["id"],
                        "done_on": day,
                        "note": "Patroli sambang tercatat di buku kunjungan.",
                        "attachment_id": None,
                        "patrol_visit_id": visit_id,
                    },
                )
            return
        if recurrence is Recurrence.ONCE and row["status"] == "selesai" and rng.random() < 0.4:
            done = min(row["due_on"], self.last) - timedelta(days=rng.randint(0, 20))
            self.add(ObligationEvidenceRow, self._note(row["id"], max(done, start)))
            return
        if recurrence not in RECURRING or not (in_force or rng.random() < 0.25):
            return
        chance = 0.93 if in_force else 0.85
        for period in periods_between(recurrence, start, last):
            if rng.random() < chance:
                first = max(period.first, start)
                final = min(period.last, last)
                if final < first:
                    continue
                self.add(
                    ObligationEvidenceRow,
                    self._note(
                        row["id"], first + timedelta(days=rng.randint(0, (final - first).days))
                    ),
                )

    def _note(self, obligation_id: int, day: date) -> dict[str, Any]:
        return {
            "obligation_id": obligation_id,
            "done_on": day,
            "note": self.rng.choice(EVIDENCE_NOTES),
            "attachment_id": None,
            "patrol_visit_id": None,
        }

    # -- meetings and visits ----------------------------------------------------------------

    def make_coordination(self) -> None:
        rng = self.rng
        running: dict[tuple[int, int], list[_Agreement]] = {}
        for agreement in self.agreements:
            if (
                agreement.draft
                or agreement.kind is AgreementKind.ADDENDUM
                or agreement.valid_from is None
            ):
                continue
            day = agreement.valid_from.replace(day=1)
            end = min(agreement.last_day or self.last, self.last)
            while day <= end:
                running.setdefault((day.year, day.month), []).append(agreement)
                day = (day + timedelta(days=32)).replace(day=1)
        span = (self.last - self.first).days + 1
        days = sorted(
            self.first + timedelta(days=rng.randrange(span)) for _ in range(COORDINATION_COUNT)
        )
        for held_on in days:
            if held_on.weekday() >= 5:
                held_on -= timedelta(days=held_on.weekday() - 4)
            held_on = max(held_on, self.first)
            about = None
            candidates = running.get((held_on.year, held_on.month), [])
            if candidates and rng.random() < 0.6:
                about = rng.choice(candidates)
                partner = about.partners[0]
                if rng.random() < 0.45:
                    about = None  # with the partner, on something else
            else:
                partner = rng.choice(self.partners)
            coordination_id = self.new_id(CoordinationRow)
            self.add(
                CoordinationRow,
                {
                    "id": coordination_id,
                    "held_on": held_on,
                    "place": rng.choice(PLACES).format(short=partner.short),
                    "subject": f"{rng.choice(partner.kind.subjects)} dengan {partner.short}",
                    "outcome": rng.choice(OUTCOMES),
                    "agreement_id": about.id if about else None,
                    "created_at": self.created(held_on),
                },
            )
            partners = [partner]
            if rng.random() < 0.15:
                other = rng.choice(self.partners)
                if other is not partner:
                    partners.append(other)
            for one in partners:
                self.add(
                    CoordinationPartnerRow,
                    {"coordination_id": coordination_id, "partner_id": one.id},
                )
            for staff_id in rng.sample(self.office, rng.randint(1, 3)):
                self.add(
                    CoordinationAttendeeRow,
                    {
                        "coordination_id": coordination_id,
                        "staff_id": staff_id,
                        "name": "",
                        "position": "",
                    },
                )
            for name, position in rng.sample(partner.people, rng.randint(1, len(partner.people))):
                self.add(
                    CoordinationAttendeeRow,
                    {
                        "coordination_id": coordination_id,
                        "staff_id": None,
                        "name": name,
                        "position": position,
                    },
                )
            for _ in range(rng.choices((0, 1, 2, 3), (30, 35, 25, 10))[0]):
                due_on = held_on + timedelta(days=rng.randint(7, 60))
                done = rng.random() < (0.99 if due_on < self.last - timedelta(days=45) else 0.55)
                done_on = None
                if done:
                    done_on = min(
                        held_on + timedelta(days=rng.randint(1, (due_on - held_on).days + 20)),
                        self.last,
                    )
                self.add(
                    CoordinationActionRow,
                    {
                        "coordination_id": coordination_id,
                        "text": rng.choice(FOLLOW_UPS),
                        "owner": rng.choice(OWN_OWNERS),
                        "due_on": due_on,
                        "done_on": done_on,
                    },
                )


# The order the rows are written in: parents first.
ORDER = (
    PartnerRow,
    PartnerContactRow,
    AgreementRow,
    AgreementPartyRow,
    AgreementScopeRow,
    ObligationRow,
    ObligationEvidenceRow,
    CoordinationRow,
    CoordinationPartnerRow,
    CoordinationAttendeeRow,
    CoordinationActionRow,
)


def _insert(
    session: Session, rows: dict[type[Any], list[dict[str, Any]]], models: tuple[type[Any], ...]
) -> int:
    """Write the rows of ``models`` in order, in chunks; returns the audited statements."""
    statements = 0
    for model in models:
        lines = rows.pop(model, [])
        for start in range(0, len(lines), 20_000):
            session.execute(insert(model), lines[start : start + 20_000])
            statements += model.__audited__
    return statements


def _scan(title: str, number: str) -> bytes:
    """A one-page PDF standing for the scan of a signed agreement."""
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 770, "PERJANJIAN KERJA SAMA")
    page.drawString(72, 750, title[:95])
    page.drawString(72, 730, f"Nomor: {number}")
    page.showPage()
    page.save()
    return out.getvalue()


def set_up_agreements(
    ctx: ActionContext, first: date, last: date, *, seed: int = 13
) -> AgreementsMade:
    """The agreements of ``first`` to ``last`` (see the module's docstring): the bulk rows in
    two transactions (the visit book, then the agreements area), then the scans and a few
    pieces of evidence with a file through the services, on ``last``."""
    rng = random.Random(seed)
    with ctx.write(Permission.INCIDENTS_EDIT) as session:  # save_patrol_visit's
        writer = _Writer(session, rng, first, last)
        visits = writer.patrol_visits()
        statements = _insert(session, writer.rows, (PatrolVisitRow, PatrolOfficerRow))
    with ctx.write(Permission.AGREEMENTS_EDIT) as session:
        writer.make_partners()
        writer.make_agreements()
        writer.agreement_rows()
        writer.make_obligations(visits)
        writer.make_coordination()
        counts = {model: len(writer.rows.get(model, [])) for model in ORDER}
        statements += _insert(session, writer.rows, ORDER)
    statuses = Counter(
        writer.status(a).value for a in writer.agreements if a.kind is not AgreementKind.ADDENDUM
    )
    on_last = ActionContext(ctx.db, ctx.actor, FixedClock(datetime.combine(last, clock(3), UTC)))
    in_force = [
        a
        for a in writer.agreements
        if a.kind is not AgreementKind.ADDENDUM
        and writer.status(a) in (AgreementStatus.BERLAKU, AgreementStatus.SEGERA_BERAKHIR)
    ]
    for agreement in in_force:
        attach_agreement_scan(
            on_last,
            agreement.id,
            f"pks-{agreement.id}.pdf",
            _scan(agreement.title, str(agreement.id)),
            caption="Naskah bertanda tangan",
        )
    with ctx.db.read() as session:
        done = session.scalars(
            select(ObligationRow.id)
            .where(
                ObligationRow.agreement_id.in_([a.id for a in in_force]),
                ObligationRow.recurrence == Recurrence.ONCE.value,
                ObligationRow.status == "selesai",
            )
            .order_by(ObligationRow.id)
            .limit(10)
        ).all()
    for obligation_id in done:
        add_evidence(
            on_last,
            obligation_id,
            EvidenceDraft(
                last - timedelta(days=30),
                "Berita acara pelaksanaan",
                "berita-acara.pdf",
                _scan("Berita acara", str(obligation_id)),
            ),
        )
    return AgreementsMade(
        partners=counts[PartnerRow],
        agreements=counts[AgreementRow],
        obligations=counts[ObligationRow],
        evidence=counts[ObligationEvidenceRow] + len(done),
        coordination=counts[CoordinationRow],
        follow_ups=counts[CoordinationActionRow],
        patrol_visits=len(visits),
        statuses=dict(sorted(statuses.items())),
        audit_entries=statements + len(in_force) + len(done),
    )
