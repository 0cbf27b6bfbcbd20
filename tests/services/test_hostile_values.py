"""Hostile values through the writing services (issue 14, "Checks"): over-long text, control
characters, lone surrogates, digits of other scripts, SQL fragments, far dates, huge and
negative numbers. Each call either stores the value, read back through the service's own
reader, in its documented form, or refuses it with a message for every error; nothing else
is raised, a refusal writes nothing, and the audit chain stays intact.

The documented forms: one-line text is ``tidy``-ed (trimmed, each run of ordinary white space
made one space; the control characters Python also calls white space, U+001C–U+001F, NEL, VT
and FF, are kept and so refused), multi-line text is trimmed, identifiers are folded to ASCII
(domain/identifiers.py). The numbers with a range of their own (alert extras, places in the
handover lists, the codes of a rotation cycle) are stored exactly when inside it.

Each test builds its office once per database; the examples share it and so never rely on a
name being free (a name already taken is a refusal with a message like any other).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from rutan_desk.domain.accounts import Role
from rutan_desk.domain.calendar import MAX_ALERT_EXTRA, AlertPeriod, HolidayKind
from rutan_desk.domain.documents import DocumentKind
from rutan_desk.domain.errors import ValidationError
from rutan_desk.domain.handover import MAX_SORT_ORDER
from rutan_desk.domain.identifiers import fold_identifier
from rutan_desk.domain.incidents import PersonKind, PersonRole
from rutan_desk.domain.roster import AbsenceKind
from rutan_desk.domain.rotation import MAX_CYCLE_LENGTH
from rutan_desk.domain.staff import StaffDraft, tidy
from rutan_desk.services.accounts import admin
from rutan_desk.services.accounts.records import get_account
from rutan_desk.services.agreements.forms import ContactLine, PartnerDraft
from rutan_desk.services.agreements.partners import load_partner, save_partner
from rutan_desk.services.agreements.queries import load_agreement
from rutan_desk.services.agreements.saving import save_agreement
from rutan_desk.services.calendar.edits import add_holiday, save_alert_period
from rutan_desk.services.calendar.queries import alert_periods_between, holidays_between
from rutan_desk.services.context import ActionContext, FixedClock
from rutan_desk.services.documents.duty_orders import (
    DutyOrderRequest,
    issue_duty_order,
    prepare_duty_order,
)
from rutan_desk.services.documents.register import (
    document_source,
    issue_document,
    issued_document,
)
from rutan_desk.services.handover import setup as handover_setup
from rutan_desk.services.handover.forms import EventLine
from rutan_desk.services.handover.prefill import prefill_handover
from rutan_desk.services.handover.queries import list_handovers, load_handover
from rutan_desk.services.handover.saving import save_handover
from rutan_desk.services.incidents.forms import PersonLine
from rutan_desk.services.incidents.queries import load_incident
from rutan_desk.services.incidents.saving import save_incident
from rutan_desk.services.patrols.forms import OfficerLine
from rutan_desk.services.patrols.queries import load_patrol_visit
from rutan_desk.services.patrols.saving import save_patrol_visit
from rutan_desk.services.roster import setup as roster_setup
from rutan_desk.services.roster.changes import absences_between, record_absence
from rutan_desk.services.searches.forms import MemberLine
from rutan_desk.services.searches.queries import load_search
from rutan_desk.services.searches.saving import save_search
from rutan_desk.services.staff.records import get_staff
from rutan_desk.services.staff.registry import create_staff, update_staff
from rutan_desk.services.validation import max_length
from rutan_desk.store.engine import Database
from rutan_desk.store.models.accounts import AccountRow
from rutan_desk.store.models.agreements import (
    AgreementRow,
    AgreementScopeRow,
    PartnerContactRow,
    PartnerRow,
)
from rutan_desk.store.models.audit import AuditEntry
from rutan_desk.store.models.calendar import HolidayRow
from rutan_desk.store.models.documents import IssuedDocumentRow
from rutan_desk.store.models.incidents import (
    EvidenceCustodyRow,
    IncidentActionRow,
    IncidentEvidenceRow,
    IncidentPersonRow,
    IncidentRow,
)
from rutan_desk.store.models.patrols import PatrolOfficerRow, PatrolVisitRow
from rutan_desk.store.models.roster import AbsenceRow, PostRow, ReguRow
from rutan_desk.store.models.searches import FindingRow, SearchMemberRow
from rutan_desk.store.models.staff import StaffRow
from rutan_desk.ui.messages import known_codes, message_for
from tests.conftest import ACTOR, audit_check
from tests.services.test_agreements import the_pks
from tests.services.test_handover import JAN_31, Rutan, make_rutan, opening_balance, planned
from tests.services.test_incidents import a_fight
from tests.services.test_patrols import a_visit
from tests.services.test_searches import a_search
from tests.services.test_value_guard import officer as an_officer

# A few dozen examples per service keep the file within a minute on both databases.
HOSTILE = settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

NOON = datetime(2024, 2, 1, 5, 0, tzinfo=UTC)  # 12.00 WIB, 1 February 2024

SQL_FRAGMENTS = ("'; DROP TABLE staff;--", "%", "_", "100%_", "' OR '1'='1", "\\")
CONTROLS = ("a\x00b", "\x1b[31mmerah", "hapus\x7f", "c1\x85c1", "\x9b", "\x0c", "\r", "a\x1fb")
SURROGATES = ("\ud800", "awal\udfffakhir")
OTHER_DIGITS = ("١٢٣٤٥", "１２３４５", "¹²³", "۱۲۳", "①")
PLAIN = ("Budi Santoso", "  spasi  di  tepi  ", "baris\nbaru", "tab\tdi tengah", "")

# The characters random text is made of: ordinary ones and every kind of hostile one.
ALPHABET = st.sampled_from(
    [
        *"aZ09 -/.'%_;\\\n\t\r",
        "\x00",
        "\x1b",
        "\x7f",
        "\x85",
        "\x9f",
        "\ud800",
        "\u00a0",
        "٣",
        "３",
        "²",
        "é",
        "\u200b",
    ]
)


def texts(limit: int | None) -> st.SearchStrategy[str]:
    """Hostile text for a column of ``limit`` characters (None: unlimited)."""
    lengths = [10_000] if limit is None else [limit - 1, limit, limit + 1, 10_000]
    return st.one_of(
        st.sampled_from(SQL_FRAGMENTS + CONTROLS + SURROGATES + OTHER_DIGITS + PLAIN),
        st.sampled_from(lengths).map(lambda n: "x" * n),
        st.text(ALPHABET, max_size=24),
    )


def column_texts(column: Any) -> st.SearchStrategy[str]:
    return texts(max_length(column))


NUMBERS = st.one_of(
    st.sampled_from([2**63, 2**63 - 1, 2**31, 2**31 - 1, 10**9, -1, -(2**63) - 1, 0, 1]),
    st.integers(),
)
FAR_DAYS = st.sampled_from([date(1, 1, 1), date(9999, 12, 31), date(2024, 2, 29)])


def one_line(text: str) -> str:
    return tidy(text)


def multi_line(text: str) -> str:
    return text.strip()


def audit_entries(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry)) or 0


def stored_or_refused(
    db: Database, write: Callable[[], object], expected: object = None, *, stored: bool = True
) -> bool:
    """Run ``write``; it returns what the service's reader gives back. True when it was
    stored (and equals ``expected``), False when it was refused with a message for every
    error and nothing was written. Any other exception fails the test."""
    before = audit_entries(db)
    try:
        found = write()
    except ValidationError as refused:
        assert refused.errors
        for error in refused.errors:
            assert error.code in known_codes(), error
            worded = message_for(error)
            assert worded != error.code and "{" not in worded, error
        assert audit_entries(db) == before, "a refusal wrote something"
        return False
    else:
        if stored:
            assert found == expected
        return True
    finally:
        assert audit_check(db).intact


@pytest.fixture
def clerk(db: Database) -> ActionContext:
    return ActionContext(db, ACTOR, FixedClock(NOON))


# -- staff, regu, posts, the calendar, absences, accounts ---------------------------------------

STAFF_TEXTS = {
    "name": StaffRow.name,
    "position": StaffRow.position,
    "unit": StaffRow.unit,
    "phone": StaffRow.phone,
    "note": StaffRow.note,
}


@HOSTILE
@given(
    field=st.sampled_from(sorted(STAFF_TEXTS)),
    data=st.data(),
    nip=st.one_of(st.just("198501102010031001"), texts(max_length(StaffRow.nip))),
)
def test_staff_text_and_nip(
    clerk: ActionContext, field: str, data: st.DataObject, nip: str
) -> None:
    db = clerk.db
    value = data.draw(column_texts(STAFF_TEXTS[field]), label=field)
    staff_id = an_officer(clerk) if not _staff_ids(db) else _staff_ids(db)[0]
    record = get_staff(db, staff_id)
    draft = StaffDraft(
        kind=record.kind,
        name=record.name,
        nip=record.nip,
        golongan=record.golongan,
        position=record.position,
        unit=record.unit,
        status_since=record.status_since,
    )
    normal = multi_line if field == "note" else one_line

    def updated() -> str:
        changed = replace(draft, **{field: value})  # type: ignore[arg-type]
        saved = update_staff(clerk, staff_id, changed, expected_version=record.version)
        assert saved == get_staff(db, staff_id)
        return str(getattr(saved, field))

    stored_or_refused(db, updated, normal(value))

    def created() -> str:
        return get_staff(
            db, create_staff(clerk, replace(draft, name="Siti Aminah", nip=nip)).id
        ).nip

    stored_or_refused(db, created, fold_identifier(nip).replace(" ", "").replace(".", ""))


def _staff_ids(db: Database) -> list[int]:
    with db.read() as session:
        return list(session.scalars(select(StaffRow.id).order_by(StaffRow.id)))


@HOSTILE
@given(name=column_texts(ReguRow.name), rename=column_texts(ReguRow.name))
def test_regu_create_and_rename(clerk: ActionContext, name: str, rename: str) -> None:
    db = clerk.db

    def names() -> dict[int, tuple[str, int]]:
        return {r.id: (r.name, r.version) for r in roster_setup.list_regu(db, on=date(2024, 2, 1))}

    created: list[int] = []

    def create() -> str:
        created.append(roster_setup.create_regu(clerk, name))
        return names()[created[0]][0]

    if stored_or_refused(db, create, one_line(name)):
        version = names()[created[0]][1]

        def renamed() -> str:
            roster_setup.rename_regu(clerk, created[0], rename, expected_version=version)
            return names()[created[0]][0]

        stored_or_refused(db, renamed, one_line(rename))


@HOSTILE
@given(name=column_texts(PostRow.name), minimum=NUMBERS, women=NUMBERS)
def test_post_create_and_update(clerk: ActionContext, name: str, minimum: int, women: int) -> None:
    db = clerk.db

    def posts() -> dict[int, roster_setup.PostInfo]:
        return {p.id: p for p in roster_setup.list_posts(db)}

    created: list[int] = []

    def create() -> tuple[str, dict[str, int]]:
        created.append(roster_setup.create_post(clerk, name, {"P": minimum}))
        post = posts()[created[0]]
        return post.name, post.minimums

    manned = {"P": minimum} if minimum else {}  # 0: the post is not manned on P
    if stored_or_refused(db, create, (one_line(name), manned)):
        post = posts()[created[0]]

        def updated() -> tuple[bool, int]:
            roster_setup.update_post(
                clerk,
                post.id,
                post.name,
                post.minimums,
                needs_woman=True,
                min_women=women,
                expected_version=post.version,
            )
            again = posts()[post.id]
            return again.needs_woman, again.min_women

        stored_or_refused(db, updated, (True, women))


@HOSTILE
@given(name=column_texts(HolidayRow.name), day=st.one_of(FAR_DAYS, st.dates()))
def test_holiday_add(clerk: ActionContext, name: str, day: date) -> None:
    db = clerk.db

    def added() -> tuple[date, str]:
        record = add_holiday(clerk, day, name, HolidayKind.LOCAL)
        (found,) = [h for h in holidays_between(db, day, day) if h.id == record.id]
        return found.day, found.name

    stored_or_refused(db, added, (day, one_line(name)))


@HOSTILE
@given(
    reference=column_texts(AbsenceRow.reference),
    start=st.one_of(FAR_DAYS, st.dates()),
    days=st.integers(-1, 3),
)
def test_absence_record(clerk: ActionContext, reference: str, start: date, days: int) -> None:
    db = clerk.db
    staff_id = _staff_ids(db)[0] if _staff_ids(db) else an_officer(clerk)
    end = date.fromordinal(min(max(start.toordinal() + days, 1), date.max.toordinal()))

    def recorded() -> tuple[date, date, str]:
        absence_id, _gaps = record_absence(
            clerk, staff_id, AbsenceKind.CUTI, start, end, reference=reference
        )
        (found,) = [a for a in absences_between(db, start, end) if a.id == absence_id]
        return found.start, found.end, found.reference

    stored_or_refused(db, recorded, (start, end, reference.strip()))


@HOSTILE
@given(
    login=column_texts(AccountRow.login),
    display_name=column_texts(AccountRow.display_name),
    password=st.one_of(st.just("Sandi-Sementara-2024"), texts(200)),
)
def test_account_create(clerk: ActionContext, login: str, display_name: str, password: str) -> None:
    db = clerk.db

    def created() -> tuple[str, str]:
        record = admin.create_account(clerk, login, display_name, Role.OPERATOR, password)
        found = get_account(db, record.id)
        return found.login, found.display_name

    stored_or_refused(db, created, (login.strip().casefold(), one_line(display_name)))


# -- the Kamtib records: handover, incidents, searches, patrol visits ---------------------------

FAR_MOMENTS = st.sampled_from(
    [datetime(1, 1, 1), datetime(9999, 12, 31, 23, 59), datetime(2024, 1, 31, 21, 40)]
)


@pytest.fixture
def office(clerk: ActionContext) -> Rutan:
    found = make_rutan(clerk)
    planned(clerk)
    return found


@HOSTILE
@given(text=texts(None), explanation=texts(None), number=NUMBERS)
def test_handover_save(
    clerk: ActionContext, office: Rutan, text: str, explanation: str, number: int
) -> None:
    db = clerk.db
    (block, category) = (office.blocks[0], office.categories[0])
    saved = list_handovers(db, JAN_31, JAN_31)
    if saved:
        handover_id = saved[0].id
    else:
        first = opening_balance(prefill_handover(db, JAN_31, "M"), {(block, category): 10})
        handover_id = save_handover(clerk, first)
    draft = load_handover(db, handover_id).draft
    changed = opening_balance(
        replace(draft, events=(EventLine(time(22, 0), text),), difference_explanation=explanation),
        {(block, category): number},
    )

    def written() -> tuple[str, int | None]:
        again = load_handover(db, save_handover(clerk, changed)).draft
        (line,) = [c for c in again.counts if (c.block_id, c.category_id) == (block, category)]
        events = [e.text for e in again.events]
        return (events[0] if events else "", line.counted)

    stored_or_refused(db, written, (multi_line(text), number))


@HOSTILE
@given(
    summary=column_texts(IncidentRow.summary),
    chronology=texts(None),
    room=column_texts(IncidentRow.room),
    evidence=column_texts(IncidentEvidenceRow.description),
    quantity=NUMBERS,
    happened_at=FAR_MOMENTS,
    outsider=st.tuples(
        column_texts(IncidentPersonRow.name),
        column_texts(IncidentPersonRow.identity),
        column_texts(IncidentPersonRow.note),
    ),
    action=column_texts(IncidentActionRow.text),
    custody=st.tuples(
        column_texts(EvidenceCustodyRow.holder), column_texts(EvidenceCustodyRow.place)
    ),
)
def test_incident_save(
    clerk: ActionContext,
    office: Rutan,
    summary: str,
    chronology: str,
    room: str,
    evidence: str,
    quantity: int,
    happened_at: datetime,
    outsider: tuple[str, str, str],
    action: str,
    custody: tuple[str, str],
) -> None:
    db = clerk.db
    fight = a_fight(clerk, office)
    reported = happened_at + timedelta(minutes=15) if happened_at.year < 9999 else happened_at
    name, identity, note = outsider
    witness = PersonLine(
        PersonRole.SAKSI, PersonKind.OUTSIDER, name=name, identity=identity, note=note
    )
    holder, place = custody
    # The custody line keeps the moment of the fight's: after the fight, before the clock.
    handed = replace(fight.evidence[0].custody[0], holder=holder, place=place)
    draft = replace(
        fight,
        summary=summary,
        chronology=chronology,
        room=room,
        happened_at=happened_at,
        reported_at=reported,
        people=(*fight.people, witness),
        actions=(replace(fight.actions[0], text=action),),
        evidence=(
            replace(fight.evidence[0], description=evidence, quantity=quantity, custody=(handed,)),
        ),
    )

    def written() -> tuple[str, ...]:
        again = load_incident(db, save_incident(clerk, draft)).draft
        (person,) = [p for p in again.people if p.kind is PersonKind.OUTSIDER]
        (kept,) = again.evidence[0].custody
        return (
            again.summary,
            again.chronology,
            again.room,
            again.evidence[0].description,
            str(again.evidence[0].quantity),
            person.name,
            person.identity,
            person.note,
            again.actions[0].text,
            kept.holder,
            kept.place,
        )

    # The incident form keeps inner spaces: its one-line texts and lines are trimmed, the
    # chronology loses only its trailing blank lines.
    trimmed = (name, identity, note, action, holder, place)
    expected = (
        summary.strip(),
        chronology.rstrip(),
        room.strip(),
        evidence.strip(),
        str(quantity),
        *(t.strip() for t in trimmed),
    )
    stored_or_refused(db, written, expected)


SEARCH_MEMBER_TEXTS = ("name", "rank", "nrp", "agency")


@HOSTILE
@given(
    note=texts(None),
    description=column_texts(FindingRow.description),
    room=column_texts(FindingRow.room),
    agency=texts(80),
    quantity=NUMBERS,
    started_at=FAR_MOMENTS,
    member=st.tuples(*(column_texts(getattr(SearchMemberRow, t)) for t in SEARCH_MEMBER_TEXTS)),
)
def test_search_with_findings(
    clerk: ActionContext,
    office: Rutan,
    note: str,
    description: str,
    room: str,
    agency: str,
    quantity: int,
    started_at: datetime,
    member: tuple[str, str, str, str],
) -> None:
    db = clerk.db
    search = a_search(clerk, office)
    ended = started_at + timedelta(hours=1) if started_at.year < 9999 else started_at
    phone = replace(search.findings[0], description=description, room=room, quantity=quantity)
    name, rank, nrp, member_agency = member
    joined = MemberLine(name=name, rank=rank, nrp=nrp, agency=member_agency)
    draft = replace(
        search,
        note=note,
        agencies=(agency,),
        started_at=started_at,
        ended_at=ended,
        team=(*search.team[:2], joined),
        findings=(phone,),
    )

    def written() -> tuple[object, ...]:
        again = load_search(db, save_search(clerk, draft)).draft
        finding = again.findings[0]
        (named,) = [m for m in again.team if m.staff_id is None]
        team_line = tuple(getattr(named, t) for t in SEARCH_MEMBER_TEXTS)
        return (
            again.note,
            finding.description,
            finding.room,
            finding.quantity,
            again.agencies,
            team_line,
        )

    agencies = (one_line(agency),) if one_line(agency) else ()
    expected = (
        multi_line(note),
        one_line(description),
        one_line(room),
        quantity,
        agencies,
        tuple(one_line(t) for t in member),
    )
    stored_or_refused(db, written, expected)


@HOSTILE
@given(
    agency=column_texts(PatrolVisitRow.agency),
    areas=texts(None),
    name=column_texts(PatrolOfficerRow.name),
    nrp=column_texts(PatrolOfficerRow.nrp),
    arrived_at=FAR_MOMENTS,
)
def test_patrol_visit(
    clerk: ActionContext,
    office: Rutan,
    agency: str,
    areas: str,
    name: str,
    nrp: str,
    arrived_at: datetime,
) -> None:
    db = clerk.db
    left = arrived_at + timedelta(minutes=25) if arrived_at.year < 9999 else arrived_at
    draft = replace(
        a_visit(office),
        agency=agency,
        areas_checked=areas,
        arrived_at=arrived_at,
        left_at=left,
        officers=(OfficerLine(name=name, rank="Brigpol", nrp=nrp),),
    )

    def written() -> tuple[str, str, str, str]:
        again = load_patrol_visit(db, save_patrol_visit(clerk, draft)).draft
        (officer,) = again.officers
        return again.agency, again.areas_checked, officer.name, officer.nrp

    nrp_form = fold_identifier(one_line(nrp))  # an identifier: tidied, then folded
    expected = (one_line(agency), multi_line(areas), one_line(name), nrp_form)
    stored_or_refused(db, written, expected)


@settings(HOSTILE, max_examples=8)  # each issued order renders a PDF
@given(title=column_texts(IssuedDocumentRow.title), line=texts(600), issued_on=FAR_DAYS)
def test_duty_order_issue(
    clerk: ActionContext, office: Rutan, title: str, line: str, issued_on: date
) -> None:
    db = clerk.db
    request = DutyOrderRequest(
        first=JAN_31,
        last=JAN_31,
        shifts=frozenset({"P"}),
        issued_on=issued_on,
        title=title,
        considering=(line,),
        tasks=("Melaksanakan piket", line),
    )

    def issued() -> tuple[str, list[str]]:
        order = prepare_duty_order(db, request)
        document = issue_duty_order(clerk, order, request.title.strip())
        source = document_source(db, document.id)
        return issued_document(db, document.id).title, list(source["considering"])

    lines = [one_line(line)] if one_line(line) else []  # each line of the order is tidied
    stored_or_refused(db, issued, (title.strip(), lines))


# -- agreements and partners -----------------------------------------------------------------

PARTNER_TEXTS = {
    "name": PartnerRow.name,
    "short_name": PartnerRow.short_name,
    "address": PartnerRow.address,
    "phone": PartnerRow.phone,
    "note": PartnerRow.note,
}


CONTACT_TEXTS = ("name", "position", "rank", "phone")
_SERIAL = itertools.count(1)  # a name of its own for each example's partner and block


@HOSTILE
@given(
    field=st.sampled_from(sorted(PARTNER_TEXTS)),
    data=st.data(),
    contact=st.tuples(*(column_texts(getattr(PartnerContactRow, t)) for t in CONTACT_TEXTS)),
    title=column_texts(AgreementRow.title),
    scope=column_texts(AgreementScopeRow.text),
    signed_on=FAR_DAYS,
)
def test_partner_and_agreement_save(
    clerk: ActionContext,
    field: str,
    data: st.DataObject,
    contact: tuple[str, str, str, str],
    title: str,
    scope: str,
    signed_on: date,
) -> None:
    db = clerk.db
    value = data.draw(column_texts(PARTNER_TEXTS[field]), label=field)
    fields = {"name": f"Kepolisian Resor {next(_SERIAL)}", field: value}
    draft = PartnerDraft(**fields, contacts=(ContactLine(*contact),))  # type: ignore[arg-type]
    normal = multi_line if field == "note" else one_line
    saved: list[int] = []

    def partner() -> tuple[str, tuple[str, ...]]:
        saved.append(save_partner(clerk, draft))
        again = load_partner(db, saved[0]).draft
        (line,) = again.contacts
        return str(getattr(again, field)), tuple(getattr(line, t) for t in CONTACT_TEXTS)

    if not stored_or_refused(db, partner, (normal(value), tuple(one_line(t) for t in contact))):
        return
    agreement = the_pks(saved[0], title=title, scope=(scope,), signed_on=signed_on)

    def written() -> tuple[str, tuple[str, ...], date | None]:
        again = load_agreement(db, save_agreement(clerk, agreement), NOON.date()).draft
        return again.title, again.scope, again.signed_on

    scopes = (one_line(scope),) if one_line(scope) else ()
    stored_or_refused(db, written, (one_line(title), scopes, signed_on))


# -- the register: any document's subject ----------------------------------------------------


@HOSTILE
@given(title=column_texts(IssuedDocumentRow.title), issued_on=FAR_DAYS)
def test_document_subject_through_issue_document(
    clerk: ActionContext, title: str, issued_on: date
) -> None:
    """The register's own check, beneath every kind of document (no PDF is rendered)."""
    db = clerk.db

    def issued() -> str:
        document = issue_document(
            clerk,
            kind=DocumentKind.SURAT_PERINTAH,
            title=title,
            on=issued_on,
            source={"title": title},
            render=lambda _number, _code: b"%PDF-1.4\n%%EOF\n",
        )
        return issued_document(db, document.id).title

    stored_or_refused(db, issued, title.strip())


# -- the numbers with a range of their own -----------------------------------------------------


def _alert_extra(clerk: ActionContext, extra: int) -> Callable[[], object]:
    period = AlertPeriod("Siaga Lebaran", date(2024, 4, 1), date(2024, 4, 15), extra={"M": extra})

    def saved() -> dict[str, int]:
        record = save_alert_period(clerk, period)
        periods = alert_periods_between(clerk.db, period.start, period.end)
        return dict(next(a for a in periods if a.id == record.id).period.extra)

    return saved


def _block_order(clerk: ActionContext, sort_order: int) -> Callable[[], object]:
    name = f"Blok {next(_SERIAL)}"

    def saved() -> int:
        block = handover_setup.save_block(clerk, name, 60, sort_order=sort_order)
        return {b.id: b.sort_order for b in handover_setup.list_blocks(clerk.db)}[block]

    return saved


def _cycle(length: int) -> str:
    return " ".join(("P", "L") * (length // 2) + ("P",) * (length % 2))  # keeps every rest


def _rotation(clerk: ActionContext, length: int) -> Callable[[], object]:
    on = date(2024, 1, 1)
    known = [r.id for r in roster_setup.list_regu(clerk.db, on=on) if r.name == "Regu Cadangan"]
    regu = known[0] if known else roster_setup.create_regu(clerk, "Regu Cadangan")

    def saved() -> str:
        roster_setup.set_rotation(clerk, regu, _cycle(length), anchor=on, valid_from=on)
        (info,) = [r for r in roster_setup.list_regu(clerk.db, on=on) if r.id == regu]
        return info.rotations[-1].cycle

    return saved


@HOSTILE
@given(which=st.sampled_from(["alert_extra", "block_order", "cycle_length"]), number=NUMBERS)
def test_numbers_with_a_range(clerk: ActionContext, which: str, number: int) -> None:
    """Stored exactly when inside the range, refused with a message outside it."""
    write: Callable[[], object]
    expected: object
    if which == "alert_extra":
        write, expected = _alert_extra(clerk, number), {"M": number} if number else {}
        low, high = 0, MAX_ALERT_EXTRA  # no extra guards (0): no line
    elif which == "block_order":
        write, expected = _block_order(clerk, number), number
        low, high = 0, MAX_SORT_ORDER
    else:
        number = max(min(number, 10_000), 0)  # a cycle of 2^63 codes is not built
        write, expected = _rotation(clerk, number), _cycle(number)
        low, high = 1, MAX_CYCLE_LENGTH
    assert stored_or_refused(clerk.db, write, expected) == (low <= number <= high)
