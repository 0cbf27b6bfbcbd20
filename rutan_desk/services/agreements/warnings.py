"""The warnings of the agreements tab (and of start-up): agreements whose last day falls within
the warning window and that no finalised renewal follows, obligations of agreements in force
that are late (a one-off past its due date; a recurring one whose last complete period shows
no evidence, entered or a patrol visit of its agency), and follow-ups of meetings past their
due date. Each is one indexed query; nothing here blocks the user."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, time, timedelta

from sqlalchemy import ColumnElement, and_, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from rutan_desk.domain.agreements import (
    OPEN_STATUSES,
    RECURRING,
    AgreementKind,
    Recurrence,
    last_complete_period,
)
from rutan_desk.domain.patrols import VisitKind
from rutan_desk.services.agreements.forms import (
    AgreementWarnings,
    ExpiringAgreement,
    OverdueFollowUp,
    OverdueObligation,
)
from rutan_desk.services.agreements.settings import warning_days_in
from rutan_desk.store.engine import Database
from rutan_desk.store.models.agreements import (
    AgreementPartyRow,
    AgreementRow,
    CoordinationActionRow,
    CoordinationRow,
    ObligationEvidenceRow,
    ObligationRow,
    PartnerRow,
)
from rutan_desk.store.models.patrols import PatrolVisitRow

WARNING_ITEMS = 100  # of the late obligations and of the late follow-ups, the most overdue


def agreement_warnings(
    db: Database, today: date, *, items: int = WARNING_ITEMS
) -> AgreementWarnings:
    """The warnings on ``today`` (``ctx.today()``), each kind counted in full and the late
    ones listed up to ``items`` (at least 1) each."""
    items = max(items, 1)  # the count of the late obligations rides on their first row
    with db.read() as session:
        window = warning_days_in(session)
        obligations, obligations_total = _overdue_obligations(session, today, items)
        follow_ups, follow_ups_total = _overdue_follow_ups(session, today, items)
        return AgreementWarnings(
            window_days=window,
            expiring=tuple(_expiring(session, today, window)),
            overdue_obligations=tuple(obligations),
            overdue_follow_ups=tuple(follow_ups),
            overdue_obligations_total=obligations_total,
            overdue_follow_ups_total=follow_ups_total,
        )


def _not_revoked(today: date) -> ColumnElement[bool]:
    return or_(AgreementRow.revoked_on.is_(None), AgreementRow.revoked_on > today)


def _expiring(session: Session, today: date, window: int) -> list[ExpiringAgreement]:
    renewal = aliased(AgreementRow)
    rows = session.execute(
        select(
            AgreementRow.id,
            AgreementRow.kind,
            AgreementRow.title,
            AgreementRow.ends_on,
            renewal.id,
        )
        .outerjoin(renewal, renewal.predecessor_id == AgreementRow.id)
        .where(
            AgreementRow.draft.is_(False),
            AgreementRow.ends_on >= today,
            AgreementRow.ends_on <= today + timedelta(days=window),
            AgreementRow.kind != AgreementKind.ADDENDUM.value,
            _not_revoked(today),
            or_(renewal.id.is_(None), renewal.draft.is_(True)),
        )
        .order_by(AgreementRow.ends_on, AgreementRow.id)
    ).all()
    partners = _partner_names(session, [row[0] for row in rows])
    result = []
    for agreement_id, kind, title, ends_on, renewal_id in rows:
        assert ends_on is not None  # the query asks for a last day
        result.append(
            ExpiringAgreement(
                id=agreement_id,
                kind=AgreementKind(kind),
                title=title,
                partners=tuple(partners.get(agreement_id, [])),
                ends_on=ends_on,
                days_left=(ends_on - today).days,
                renewal_draft_id=renewal_id,
            )
        )
    return result


def _partner_names(session: Session, agreement_ids: list[int]) -> dict[int, list[str]]:
    names: dict[int, list[str]] = defaultdict(list)
    if not agreement_ids:
        return names
    for agreement_id, short, name in session.execute(
        select(AgreementPartyRow.agreement_id, PartnerRow.short_name, PartnerRow.name)
        .join(PartnerRow, PartnerRow.id == AgreementPartyRow.partner_id)
        .where(AgreementPartyRow.agreement_id.in_(agreement_ids))
        .order_by(AgreementPartyRow.id)
    ):
        names[agreement_id].append(short or name)
    return names


def _in_force(today: date) -> list[ColumnElement[bool]]:
    """The agreement of the obligation is finalised, has begun, has not ended, is not
    revoked, and no finalised renewal follows it (the renewal carries its open
    obligations). An addendum has no last day of its own: its obligations live as long as
    the agreement it amends."""
    return [
        *_running(AgreementRow, today),
        or_(
            AgreementRow.kind != AgreementKind.ADDENDUM.value,
            exists().where(AMENDED.id == AgreementRow.parent_id, *_running(AMENDED, today)),
        ),
    ]


AMENDED = aliased(AgreementRow, name="amended")


def _running(agreement: type[AgreementRow], today: date) -> list[ColumnElement[bool]]:
    successor = aliased(AgreementRow)
    return [
        agreement.draft.is_(False),
        agreement.valid_from <= today,
        or_(agreement.ends_on.is_(None), agreement.ends_on >= today),
        or_(agreement.revoked_on.is_(None), agreement.revoked_on > today),
        ~exists().where(successor.predecessor_id == agreement.id, successor.draft.is_(False)),
    ]


def _late(today: date) -> tuple[ColumnElement[bool], dict[Recurrence, tuple[date, date]]]:
    """The condition of a late obligation, and the period each recurrence looks at."""
    periods = {}
    conditions = [and_(ObligationRow.recurrence == "once", ObligationRow.due_on < today)]
    for recurrence in sorted(RECURRING):
        period = last_complete_period(recurrence, today)
        periods[recurrence] = (period.first, period.last)
        entered = exists().where(
            ObligationEvidenceRow.obligation_id == ObligationRow.id,
            ObligationEvidenceRow.done_on >= period.first,
            ObligationEvidenceRow.done_on <= period.last,
        )
        patrolled = exists().where(
            PatrolVisitRow.agency == ObligationRow.evidence_agency,
            PatrolVisitRow.kind == VisitKind.SAMBANG.value,
            PatrolVisitRow.arrived_at >= datetime.combine(period.first, time()),
            PatrolVisitRow.arrived_at < datetime.combine(period.last + timedelta(days=1), time()),
        )
        conditions.append(
            and_(
                ObligationRow.recurrence == recurrence.value,
                func.coalesce(ObligationRow.starts_on, AgreementRow.valid_from) <= period.last,
                ~entered,
                or_(ObligationRow.evidence_agency == "", ~patrolled),
            )
        )
    return or_(*conditions), periods


def overdue_condition(today: date) -> ColumnElement[bool]:
    """An obligation late on ``today``, as the warnings count it: open, of an agreement in
    force, and past its due date or missing its last complete period. A query using it
    joins ``AgreementRow`` to ``ObligationRow``."""
    late, _periods = _late(today)
    return and_(
        ObligationRow.status.in_([status.value for status in OPEN_STATUSES]),
        *_in_force(today),
        late,
    )


def _overdue_obligations(
    session: Session, today: date, items: int
) -> tuple[list[OverdueObligation], int]:
    _, periods = _late(today)
    rows = session.execute(
        select(
            func.count().over(),  # all of them, counted before the limit
            ObligationRow.id,
            ObligationRow.agreement_id,
            AgreementRow.title,
            ObligationRow.text,
            ObligationRow.owner,
            ObligationRow.recurrence,
            ObligationRow.due_on,
        )
        .join(AgreementRow, AgreementRow.id == ObligationRow.agreement_id)
        .where(overdue_condition(today))
        # The one-offs longest overdue first, then the recurring ones (a period just missed).
        .order_by(ObligationRow.due_on.is_(None), ObligationRow.due_on, ObligationRow.id)
        .limit(items)
    ).all()
    result = []
    for _, obligation_id, agreement_id, title, text, owner, recurrence, due_on in rows:
        kind = Recurrence(recurrence)
        missed = last_complete_period(kind, today) if kind in periods else None
        result.append(
            OverdueObligation(
                id=obligation_id,
                agreement_id=agreement_id,
                agreement_title=title,
                text=text,
                owner=owner,
                recurrence=kind,
                due_on=due_on,
                missed=missed,
            )
        )
    return result, rows[0][0] if rows else 0


def _overdue_follow_ups(
    session: Session, today: date, items: int
) -> tuple[list[OverdueFollowUp], int]:
    late = (CoordinationActionRow.done_on.is_(None), CoordinationActionRow.due_on < today)
    # Counted on the index alone; the list walks the same index in due order and stops.
    total = session.scalar(select(func.count(CoordinationActionRow.id)).where(*late)) or 0
    rows = session.execute(
        select(
            CoordinationActionRow.id,
            CoordinationActionRow.coordination_id,
            CoordinationRow.held_on,
            CoordinationRow.subject,
            CoordinationActionRow.text,
            CoordinationActionRow.owner,
            CoordinationActionRow.due_on,
        )
        .join(CoordinationRow, CoordinationRow.id == CoordinationActionRow.coordination_id)
        .where(*late)
        .order_by(CoordinationActionRow.due_on, CoordinationActionRow.id)
        .limit(items)
    ).all()
    follow_ups = [
        OverdueFollowUp(action_id, coordination_id, held_on, subject, text, owner, due_on)
        for action_id, coordination_id, held_on, subject, text, owner, due_on in rows
        if due_on is not None  # the query asks for a due date
    ]
    return follow_ups, total
