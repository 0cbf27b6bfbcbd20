"""The printed incident report (Laporan Kejadian) and its place in the letter register.

A record that is not approved prints as a draft (KONSEP) without a number. Once approved
(locked), the report is issued through the register: it takes the next number of the kind
Laporan Kejadian, the exact PDF is kept, and the incident points at it, so every later copy of
that number is the same file. Supplements written after issuing are printed on a new print of
the report, without a number, which names the issued report and says which supplements came
after it; the issued file stays as it was.
"""

from __future__ import annotations

from dataclasses import asdict, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from rutan_desk.domain.documents import DocumentKind
from rutan_desk.domain.errors import FieldError, NotFoundError, ValidationError
from rutan_desk.domain.formatting import clock, from_utc, full_date
from rutan_desk.domain.incidents import (
    NOTIFY_LABELS,
    STATUS_LABELS,
    PersonKind,
    PersonRole,
    TaskStatus,
)
from rutan_desk.domain.nip import format_nip
from rutan_desk.domain.staff import ExternalIdKind, StaffKind
from rutan_desk.reports.incident_report import (
    ActionTaken,
    ApprovalNote,
    Custody,
    Evidence,
    FollowUp,
    IncidentReport,
    InvolvedPerson,
    IssuedBefore,
    Notice,
    Signer,
    SupplementNote,
    render_incident_report,
)
from rutan_desk.services.context import ActionContext
from rutan_desk.services.documents.register import (
    IssuedDocument,
    document_pdf,
    document_source,
    issue_document,
    issued_document,
)
from rutan_desk.services.incidents.forms import IncidentRecord, PersonLine
from rutan_desk.services.incidents.queries import load_incident
from rutan_desk.services.institution import get_profile
from rutan_desk.services.roster.queries import shift_types_in
from rutan_desk.store.engine import Database
from rutan_desk.store.models.accounts import AccountRow
from rutan_desk.store.models.attachments import AttachmentRow
from rutan_desk.store.models.incidents import IncidentRow, IncidentSupplementRow
from rutan_desk.store.models.staff import StaffRow

KIND = DocumentKind.LAPORAN_KEJADIAN
ROLE_ORDER = (PersonRole.PELAKU, PersonRole.KORBAN, PersonRole.SAKSI, PersonRole.PELAPOR)
ROLE_LABELS = {
    PersonRole.PELAKU: "Pelaku",
    PersonRole.KORBAN: "Korban",
    PersonRole.SAKSI: "Saksi",
    PersonRole.PELAPOR: "Pelapor",
}
SEVERITY_LABELS = {"ringan": "Ringan", "sedang": "Sedang", "berat": "Berat"}
TASK_LABELS = {
    TaskStatus.OPEN: "Belum selesai",
    TaskStatus.DONE: "Selesai",
    TaskStatus.CANCELLED: "Dibatalkan",
}
# Who acknowledges a report nobody has approved yet (signed by hand on the draft).
ACKNOWLEDGER = "Ka KPR / Karutan"


def _identity(person: StaffRow) -> str:
    """``NIP. 19850111 201003 1 001`` for own staff, ``NRP. 87050123`` for police or army."""
    if person.kind == StaffKind.INTERNAL.value:
        return f"NIP. {format_nip(person.nip or '')}"
    if not person.external_id:
        return ""
    if person.external_id_kind in (ExternalIdKind.NRP_POLRI.value, ExternalIdKind.NRP_TNI.value):
        return f"NRP. {person.external_id}"
    return person.external_id


def _staff(session: Session, record: IncidentRecord) -> dict[int, StaffRow]:
    ids = {p.staff_id for p in record.draft.people if p.staff_id is not None}
    ids |= {i for i in (record.on_duty.karupam_id,) if i is not None}
    if record.approval is not None:
        ids.add(record.approval.staff_id)
    rows = session.scalars(select(StaffRow).where(StaffRow.id.in_(ids)))
    return {row.id: row for row in rows}


def _person(line: PersonLine, staff: dict[int, StaffRow]) -> InvolvedPerson:
    role = ROLE_LABELS[line.role]
    if line.kind == PersonKind.INMATE:
        return InvolvedPerson(role, "WBP", line.name, line.identity, line.note)
    if line.kind == PersonKind.STAFF and line.staff_id in staff:
        person = staff[line.staff_id]
        if person.kind == StaffKind.INTERNAL.value:
            status = "Petugas"
        else:
            status = " ".join(p for p in (person.external_rank, person.agency) if p)
        return InvolvedPerson(
            role, status or "Pihak luar", person.name, _identity(person), line.note
        )
    return InvolvedPerson(role, "Pihak luar", line.name, line.identity, line.note)


def _authors(session: Session, incident_id: int) -> dict[int, str]:
    """The name each supplement is printed with: the person of the staff registry who wrote
    it, else the account's name, else the login."""
    rows = session.execute(
        select(
            IncidentSupplementRow.number,
            IncidentSupplementRow.author,
            StaffRow.name,
        )
        .outerjoin(StaffRow, StaffRow.id == IncidentSupplementRow.author_staff_id)
        .where(IncidentSupplementRow.incident_id == incident_id)
    ).all()
    logins = {author.partition(":")[2] for _, author, staff in rows if not staff}
    accounts = dict(
        session.execute(
            select(AccountRow.login, AccountRow.display_name).where(AccountRow.login.in_(logins))
        ).all()
    )
    names = {}
    for number, author, staff in rows:
        kind, _, login = author.partition(":")
        names[number] = staff or (accounts.get(login) if kind == "akun" else None) or login
    return names


def _shift(session: Session, code: str) -> str:
    for shift in shift_types_in(session):
        if shift.code == code:
            if shift.start is None or shift.end is None:
                return shift.name
            return f"{shift.name} {clock(shift.start, zone=False)}–{clock(shift.end, zone=False)}"
    return code


def _issued_before(db: Database, document_id: int | None) -> tuple[IssuedBefore | None, set[int]]:
    """The numbered report issued earlier, and the supplements it carries."""
    if document_id is None:
        return None, set()
    issued = issued_document(db, document_id)
    source = document_source(db, document_id)
    carried = {int(s["number"]) for s in source.get("supplements", [])}
    return IssuedBefore(issued.number, from_utc(issued.issued_at).date()), carried


def incident_report(
    db: Database, incident_id: int, *, number: str = "", dated: date | None = None
) -> IncidentReport:
    """Everything the printed report shows, from the saved incident. ``dated`` is the date
    beside the signatures (the approval's when None, or dotted while not approved)."""
    record = load_incident(db, incident_id)
    draft = record.draft
    assert draft.happened_at is not None and draft.reported_at is not None
    profile = get_profile(db, dated or draft.reported_at.date())
    with db.read() as session:
        document_id = session.scalar(
            select(IncidentRow.document_id).where(IncidentRow.id == incident_id)
        )
        staff = _staff(session, record)
        authors = _authors(session, incident_id)
        shift = _shift(session, record.on_duty.shift_code) if record.on_duty.shift_code else ""
        scan = None
        if record.approval is not None and record.approval.scan_id is not None:
            scan = session.get(AttachmentRow, record.approval.scan_id)
        scan_name = scan.file_name if scan is not None else ""
    issued_before, carried = (None, set()) if number else _issued_before(db, document_id)

    karupam = staff.get(record.on_duty.karupam_id or 0)
    karupam_text = f"{karupam.name} ({_identity(karupam)})" if karupam else ""
    approval = None
    approver = staff.get(record.approval.staff_id) if record.approval else None
    if record.approval is not None:
        approval = ApprovalNote(
            name=record.approval.name,
            identity=_identity(approver) if approver else "",
            position=approver.position if approver else "",
            at=record.approval.at,
            on_paper=record.approval.on_paper,
            scan=scan_name,
        )
    # By role (pelaku, korban, saksi, pelapor), in the order entered within a role.
    people = sorted(draft.people, key=lambda line: ROLE_ORDER.index(line.role))
    if dated is None and record.approval is not None:
        dated = record.approval.on_paper or record.approval.at.date()
    return IncidentReport(
        number=number,
        incident_number=record.number,
        type_name=record.type_name,
        severity=SEVERITY_LABELS[draft.severity.value],
        summary=draft.summary,
        happened_at=draft.happened_at,
        reported_at=draft.reported_at,
        place=record.place,
        people=[_person(line, staff) for line in people],
        chronology=draft.chronology,
        regu=record.on_duty.regu_name,
        karupam=karupam_text,
        shift=shift,
        actions=[ActionTaken(a.at, a.text, a.staff_name) for a in draft.actions],
        notifications=[
            Notice(n.at, NOTIFY_LABELS[n.level], n.whom, n.how) for n in draft.notifications
        ],
        injuries=draft.injuries,
        damage=draft.damage,
        evidence=[
            Evidence(
                e.description,
                e.quantity,
                e.note,
                [Custody(c.since, c.holder, c.place) for c in e.custody],
            )
            for e in draft.evidence
        ],
        tasks=[
            FollowUp(t.text, t.owner_name, t.due_on, TASK_LABELS[t.status]) for t in draft.tasks
        ],
        status=STATUS_LABELS[record.status],
        approval=approval,
        supplements=[
            SupplementNote(
                s.number,
                from_utc(s.written_at),
                authors.get(s.number, s.author),
                s.text,
                after_issue=issued_before is not None and s.number not in carried,
            )
            for s in record.supplements
        ],
        signatures=[
            Signer(
                "Dibuat oleh",
                f"Karupam {record.on_duty.regu_name}".strip() if karupam else "Petugas",
                karupam.name if karupam else "",
                _identity(karupam) if karupam else "",
            ),
            _acknowledger(approval),
        ],
        dated=dated,
        draft=not record.locked,
        issued_before=issued_before,
        city=profile.city,
        paper=profile.paper_size,
    )


def _acknowledger(approval: ApprovalNote | None) -> Signer:
    if approval is None:
        return Signer("Mengetahui", ACKNOWLEDGER, "", "")
    if approval.on_paper is not None:
        note = f"disetujui di atas kertas {full_date(approval.on_paper)}"
    else:
        note = f"disetujui {full_date(approval.at.date())} {clock(approval.at)}"
    return Signer(
        "Mengetahui", approval.position or ACKNOWLEDGER, approval.name, approval.identity, note
    )


def incident_report_pdf(db: Database, incident_id: int) -> bytes:
    """A print of the incident as it stands now, without a number (KONSEP while it is not
    approved; after the numbered report, with the supplements written since marked)."""
    report = incident_report(db, incident_id)
    return render_incident_report(
        report, get_profile(db, report.dated or report.reported_at.date())
    )


def issued_incident_report(db: Database, incident_id: int) -> tuple[IssuedDocument, bytes] | None:
    """The issued report of an incident and its exact bytes, or None if it was not issued."""
    with db.read() as session:
        row = session.get(IncidentRow, incident_id)
        if row is None:
            raise NotFoundError(f"incident {incident_id}")
        document_id = row.document_id
    if document_id is None:
        return None
    return issued_document(db, document_id), document_pdf(db, document_id)


def issue_incident_report(ctx: ActionContext, incident_id: int) -> IssuedDocument:
    """Number the report of an approved incident from the Laporan Kejadian pattern and keep its
    exact file in the register, dated today; the incident then points at it. Refused before
    approval (the record can still change) and when it was issued already."""
    db = ctx.db
    record = load_incident(db, incident_id)
    if not record.locked:
        raise ValidationError([FieldError("incident", "incident_report_needs_approval")])
    if issued_incident_report(db, incident_id) is not None:
        raise ValidationError([FieldError("incident", "incident_report_already_issued")])
    today = ctx.today()
    profile = get_profile(db, today)
    # Approved, so what it says cannot change before it is issued; a supplement written in
    # between is in it or in a later print, never lost.
    report = incident_report(db, incident_id, dated=today)

    def render(number: str, code: str) -> bytes:
        return render_incident_report(replace(report, number=number, audit_code=code), profile)

    def link(session: Session, document_id: int) -> None:
        row = session.get(IncidentRow, incident_id)
        if row is None:
            raise NotFoundError(f"incident {incident_id}")
        if row.document_id is not None:  # issued meanwhile on another PC
            raise ValidationError([FieldError("incident", "incident_report_already_issued")])
        row.document_id = document_id

    return issue_document(
        ctx,
        kind=KIND,
        title=f"Laporan kejadian {record.number}: {record.draft.summary}"[:200],
        on=today,
        source={"incident_id": incident_id, **asdict(report)},
        render=render,
        within=link,
    )
