"""Small steps the demo's agreements share: our numbers, an agreement's version (to change it
next), a partner's party, an obligation, evidence in every period of a recurring one, and
finalising a draft the services began (a renewal, an addendum)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from rutan_desk.domain.agreements import (
    ObligationStatus,
    Period,
    Recurrence,
    Responsible,
    periods_between,
)
from rutan_desk.services.agreements.forms import (
    ContactLine,
    EvidenceDraft,
    ObligationDraft,
    PartyLine,
)
from rutan_desk.services.agreements.obligations import add_evidence, save_obligation
from rutan_desk.services.agreements.queries import load_agreement
from rutan_desk.services.agreements.saving import save_agreement
from rutan_desk.services.demo_agreements.desk import Desk
from rutan_desk.services.demo_agreements.partners import called


def own_number(serial: int) -> str:
    """The number the Rutan gives an agreement (its classification code, then the serial)."""
    return f"W13.PAS.PAS11-HM.05.02-{serial:04d}"


def version_of(desk: Desk, agreement_id: int) -> int:
    return load_agreement(desk.ctx.db, agreement_id, desk.today).draft.version


def partner_party(
    desk: Desk, short_name: str, number: str, signer: ContactLine, id_number: str = ""
) -> PartyLine:
    return PartyLine(
        partner_id=desk.partners[short_name],
        document_number=number,
        signatory_name=called(signer),
        signatory_position=signer.position,
        signatory_id_number=id_number,
    )


def obligation(
    desk: Desk,
    agreement_id: int,
    text: str,
    *,
    partner: str = "",
    joint: bool = False,
    owner: str = "",
    recurrence: Recurrence = Recurrence.NONE,
    due_on: date | None = None,
    status: ObligationStatus = ObligationStatus.BERJALAN,
    evidence_agency: str = "",
    note: str = "",
) -> int:
    """Save an obligation of the Rutan, of the partner named by its short name, or of all
    (``joint``); returns its id."""
    responsible = Responsible.OWN
    if partner:
        responsible = Responsible.PARTNER
    elif joint:
        responsible = Responsible.JOINT
    return save_obligation(
        desk.ctx,
        ObligationDraft(
            agreement_id=agreement_id,
            text=text,
            responsible=responsible,
            partner_id=desk.partners[partner] if partner else None,
            owner=owner,
            recurrence=recurrence,
            due_on=due_on,
            status=status,
            evidence_agency=evidence_agency,
            note=note,
        ),
    )


def evidence_each_period(
    desk: Desk,
    obligation_id: int,
    recurrence: Recurrence,
    first: date,
    last: date,
    note: Callable[[Period], str],
) -> None:
    """A note of evidence in each period from ``first`` to ``last`` (or today), on a day of
    its last weeks (not before ``first``); the running period has none until that day."""
    for period in periods_between(recurrence, first, min(last, desk.today)):
        day = max(period.last - timedelta(days=desk.rng.randint(5, 20)), first)
        if day <= desk.today:
            add_evidence(desk.ctx, obligation_id, EvidenceDraft(day, note=note(period)))


def finalise_draft(
    desk: Desk,
    agreement_id: int,
    numbers: tuple[str, ...],
    signed_on: date,
    *,
    note: str = "",
    dates: tuple[date, date] | None = None,
    scope: tuple[str, ...] | None = None,
) -> None:
    """Finalise a draft the services began, as the clerk would: each party's new number (in
    their order), the signing day, a note and, where they differ from what was carried over,
    the first and last valid day and the scope."""
    draft = load_agreement(desk.ctx.db, agreement_id, desk.today).draft
    parties = tuple(
        replace(party, document_number=number)
        for party, number in zip(draft.parties, numbers, strict=True)
    )
    draft = replace(draft, parties=parties, signed_on=signed_on, note=note)
    if dates is not None:
        draft = replace(draft, valid_from=dates[0], valid_to=dates[1])
    if scope is not None:
        draft = replace(draft, scope=scope)
    save_agreement(desk.ctx, draft, finalise=True)
