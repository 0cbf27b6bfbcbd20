"""The berita acara of a search and of a destruction of seized items, printed and issued
through the letter register, each kind under its own number pattern.

A search's berita acara is issued once (cancelled in the register, it can be issued again).
The items destroyed together get one berita acara: issuing it takes the next number of the
kind Berita Acara Pemusnahan and, in the same transaction, records each item destroyed on
that day under that number, so the number on the items is the one on the paper.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from rutan_desk.domain.accounts import Permission
from rutan_desk.domain.documents import DocumentKind
from rutan_desk.domain.errors import FieldError, ValidationError
from rutan_desk.domain.formatting import clock, full_date
from rutan_desk.domain.nip import format_nip
from rutan_desk.domain.searches import (
    FATE_LABELS,
    FINAL_FATES,
    Disposition,
    FindingFate,
    disposition_errors,
    item_words,
    quantity_words,
)
from rutan_desk.reports.berita_acara import (
    DestructionDocument,
    FoundItem,
    SearchRecordDocument,
    TeamMember,
    render_destruction_record,
    render_search_record,
)
from rutan_desk.reports.kamtib_parts import Signer
from rutan_desk.services.context import ActionContext, require
from rutan_desk.services.documents.register import IssuedDocument, issue_document
from rutan_desk.services.institution import get_profile
from rutan_desk.services.kamtib_reports.issuing import issue_once, issued_with_title
from rutan_desk.services.kamtib_reports.lines import MAKER_TITLE
from rutan_desk.services.searches.forms import FindingLine, MemberLine
from rutan_desk.services.searches.queries import load_finding, load_search
from rutan_desk.services.validation import get_for_change
from rutan_desk.store.engine import Database
from rutan_desk.store.models.documents import IssuedDocumentRow
from rutan_desk.store.models.searches import FindingRow, SearchRow
from rutan_desk.store.models.staff import StaffRow

SEARCH_KIND = DocumentKind.BA_PENGGELEDAHAN
DESTRUCTION_KIND = DocumentKind.BA_PEMUSNAHAN
OWN_AGENCY = "Rutan"


@dataclass(frozen=True)
class Witness:
    """Someone who signs the berita acara of a destruction as a witness."""

    name: str
    position: str  # "Kasubsi Pelayanan Tahanan", "Kanit Reskrim Polres Blora"
    identity: str = ""  # "NIP. …", "NRP. …", as printed


# Without witnesses named, two blocks to be filled in by hand (a destruction is witnessed).
BLANK = (Witness("", ""), Witness("", ""))


def _fate_text(disposition: Disposition) -> str:
    """``Disimpan``; ``Dimusnahkan (BA.MSN-001/II/2024, 1 Februari 2024)``."""
    label = FATE_LABELS[disposition.fate]
    details = [disposition.handed_to, disposition.berita_acara]
    if disposition.on is not None:
        details.append(full_date(disposition.on))
    shown = ", ".join(d for d in details if d)
    return f"{label} ({shown})" if shown else label


def _owner(name: str, register_number: str) -> str:
    return f"{name} ({register_number})" if name and register_number else name


def _found(line: FindingLine) -> FoundItem:
    return FoundItem(
        item_words(line.item, line.description),
        quantity_words(line.quantity, line.unit),
        line.place,
        _owner(line.owner_name, line.owner_register_number),
        _fate_text(line.disposition),
    )


def _member(line: MemberLine) -> TeamMember:
    """Own staff (from the registry, no agency) by NIP grouped; others as written."""
    if line.staff_id is not None and not line.agency and line.nrp:
        return TeamMember(line.name, line.rank, format_nip(line.nrp), OWN_AGENCY)
    return TeamMember(line.name, line.rank, line.nrp, line.agency or OWN_AGENCY)


def search_record_title(db: Database, search_id: int) -> str:
    record = load_search(db, search_id)
    started = record.draft.started_at
    assert started is not None
    return (
        f"Berita acara penggeledahan {record.kind_label.lower()} "
        f"{full_date(started.date())} {clock(started)}"
    )


def search_record(
    db: Database, search_id: int, *, number: str = "", dated: date | None = None
) -> SearchRecordDocument:
    """Everything the berita acara of the search shows; ``dated`` beside the signatures
    (the day of the search when None)."""
    record = load_search(db, search_id)
    draft = record.draft
    assert draft.started_at is not None
    profile = get_profile(db, dated or draft.started_at.date())
    with db.read() as session:
        leader_nip = session.scalar(select(StaffRow.nip).where(StaffRow.id == draft.leader_id))
    head_nip = f"NIP. {format_nip(profile.head_nip)}" if profile.head_nip else ""
    return SearchRecordDocument(
        started_at=draft.started_at,
        ended_at=draft.ended_at,
        kind=record.kind_label,
        joint_with=record.joint_with,
        order=record.order_number,
        leader=record.leader_name,
        team=[_member(m) for m in draft.team],
        places=[p.place for p in draft.places],
        findings=[_found(line) for line in draft.findings],
        note=draft.note,
        signatures=[
            Signer(
                "Yang membuat berita acara",
                "Pimpinan Penggeledahan",
                record.leader_name,
                f"NIP. {format_nip(leader_nip)}" if leader_nip else "",
            ),
            Signer("Mengetahui", profile.head_title or "Kepala Rutan", profile.head_name, head_nip),
        ],
        dated=dated or draft.started_at.date(),
        number=number,
        city=profile.city,
        paper=profile.paper_size,
    )


def search_record_pdf(db: Database, search_id: int) -> bytes:
    """A print of the search's berita acara as it stands now, without a number."""
    document = search_record(db, search_id)
    return render_search_record(document, get_profile(db, document.dated))


def issued_search_record(db: Database, search_id: int) -> tuple[IssuedDocument, bytes] | None:
    """The issued berita acara of the search and its exact bytes, or None."""
    return issued_with_title(db, SEARCH_KIND, search_record_title(db, search_id))


def issue_search_record(ctx: ActionContext, search_id: int) -> IssuedDocument:
    """Number the berita acara of the search from its own pattern, dated today, and keep its
    exact file in the register; refused when it was issued already (and not cancelled)."""
    db = ctx.db
    today = ctx.today()
    profile = get_profile(db, today)
    document = search_record(db, search_id, dated=today)

    def render(number: str, code: str) -> bytes:
        return render_search_record(replace(document, number=number, audit_code=code), profile)

    return issue_once(
        ctx,
        kind=SEARCH_KIND,
        title=search_record_title(db, search_id),
        on=today,
        source={"search_id": search_id, **asdict(document)},
        render=render,
        field="search",
        code="search_record_already_issued",
    )


# -- the destruction of seized items ----------------------------------------------------------


def destruction_record(
    db: Database,
    finding_ids: Sequence[int],
    on: date,
    witnesses: Sequence[Witness] = (),
    *,
    number: str = "",
    dated: date | None = None,
) -> DestructionDocument:
    """The berita acara of the findings ``finding_ids`` destroyed together on ``on``, signed
    by the Ka KPR who destroyed them and by ``witnesses``."""
    profile = get_profile(db, dated or on)
    head_nip = f"NIP. {format_nip(profile.head_nip)}" if profile.head_nip else ""
    findings = [load_finding(db, finding_id) for finding_id in finding_ids]
    references = {f.disposition.berita_acara for f in findings if f.disposition.berita_acara}
    items = [
        FoundItem(
            item_words(f.item, f.description),
            quantity_words(f.quantity, f.unit),
            f.place,
            _owner(f.owner_name, f.owner_register_number),
            _fate_text(f.disposition),
            f.searched_at,
        )
        for f in findings
    ]
    return DestructionDocument(
        on=on,
        reference=references.pop() if len(references) == 1 else "",
        items=items,
        signatures=[
            Signer("Yang memusnahkan", MAKER_TITLE, "", ""),
            *(Signer("Saksi", w.position, w.name, w.identity) for w in witnesses or BLANK),
        ],
        dated=dated or on,
        acknowledged_by=[
            Signer("Mengetahui", profile.head_title or "Kepala Rutan", profile.head_name, head_nip)
        ],
        number=number,
        city=profile.city,
        paper=profile.paper_size,
    )


def destruction_record_pdf(
    db: Database, finding_ids: Sequence[int], on: date, witnesses: Sequence[Witness] = ()
) -> bytes:
    """A print of the berita acara before it is issued (or of items destroyed under a
    number typed by hand), without a register number."""
    return render_destruction_record(
        destruction_record(db, finding_ids, on, witnesses), get_profile(db, on)
    )


def _gone_errors(fate: FindingFate) -> list[FieldError]:
    """An item destroyed or handed over already is not destroyed again (under a second
    berita acara: the mistake this catches)."""
    if fate in FINAL_FATES:
        return [FieldError("fate", "fate_final", {"fate": FATE_LABELS[fate]})]
    return []


def issue_destruction_record(
    ctx: ActionContext,
    findings: Mapping[int, int],
    on: date,
    witnesses: Sequence[Witness] = (),
) -> IssuedDocument:
    """Number the berita acara of the items destroyed together on ``on`` (``findings``: each
    finding and the version of its search the user saw) and record each item "dimusnahkan"
    on that day under that number, in one transaction. Refused, with nothing written, when
    an item was destroyed or handed over already, or the day is before its search or in the
    future."""
    if not findings:
        raise ValidationError([FieldError("findings", "destruction_needs_findings")])
    db = ctx.db
    today = ctx.today()
    profile = get_profile(db, on)
    document = destruction_record(db, list(findings), on, witnesses, dated=on)
    # The rules of a fate, checked before a number is taken (and again when it is written).
    placeholder = Disposition(FindingFate.DIMUSNAHKAN, on, "-")
    errors: list[FieldError] = []
    for finding_id in findings:
        found = load_finding(db, finding_id)
        errors += _gone_errors(found.disposition.fate)
        errors += disposition_errors(placeholder, found.day, today)
    if errors:
        raise ValidationError([e for i, e in enumerate(errors) if e not in errors[:i]])

    def render(number: str, code: str) -> bytes:
        items = [
            replace(item, fate=f"Dimusnahkan ({number}, {full_date(on)})")
            for item in document.items
        ]
        done = replace(document, number=number, audit_code=code, items=items, reference="")
        return render_destruction_record(done, profile)

    def record_fates(session: Session, document_id: int) -> None:
        require(session, ctx.actor, Permission.INCIDENTS_EDIT, now=ctx.utc_now())
        number = session.get_one(IssuedDocumentRow, document_id).number
        checked: set[int] = set()  # a search's version is checked once, for its first item
        for finding_id, expected_version in findings.items():
            row = session.get_one(FindingRow, finding_id)
            if row.search_id not in checked:
                get_for_change(session, SearchRow, row.search_id, expected_version)
                checked.add(row.search_id)
            refused = _gone_errors(FindingFate(row.fate))
            if refused:  # destroyed or handed over on another PC meanwhile
                raise ValidationError(refused)
            row.fate, row.fate_on, row.berita_acara = FindingFate.DIMUSNAHKAN.value, on, number
            row.handed_to = ""

    return issue_document(
        ctx,
        kind=DESTRUCTION_KIND,
        title=f"Berita acara pemusnahan barang terlarang {full_date(on)}",
        on=today,
        source={"findings": list(findings), **asdict(document)},
        render=render,
        within=record_fates,
    )
