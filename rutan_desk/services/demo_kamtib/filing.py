"""An incident of the demo as it happened (a story), filed through the services and taken
through the workflow as far as its age has it go: older records closed and approved, with
their later custody, supplements or reopening; the last weeks' still being handled, reported,
or drafts."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from sqlalchemy import select

from rutan_desk.domain.incidents import (
    IncidentStatus,
    PersonKind,
    PersonRole,
    Severity,
    TaskStatus,
)
from rutan_desk.services.demo_kamtib.office import Office
from rutan_desk.services.incidents.forms import (
    ActionLine,
    EvidenceLine,
    IncidentDraft,
    NotificationLine,
    PersonLine,
    TaskLine,
)
from rutan_desk.services.incidents.queries import load_incident
from rutan_desk.services.incidents.saving import save_incident
from rutan_desk.services.incidents.workflow import (
    add_custody,
    add_supplement,
    advance_incident,
    approve_incident,
    reopen_incident,
)
from rutan_desk.services.inmates.records import InmateRecord
from rutan_desk.services.staff.records import StaffRecord
from rutan_desk.store.models.incidents import IncidentRow

STEPS = (IncidentStatus.REPORTED, IncidentStatus.HANDLED, IncidentStatus.CLOSED)


@dataclass(frozen=True)
class Task:
    text: str
    owner: StaffRecord
    due_in_days: int


@dataclass(frozen=True)
class LaterCustody:
    """Who holds a piece of evidence from a later moment on (handed to the police)."""

    evidence: int  # its position among the incident's evidence
    holder: str
    since: datetime
    place: str = ""


@dataclass(frozen=True)
class Reopening:
    reason: str
    supplement: str  # what was found after reopening; then it is closed again


@dataclass
class Story:
    """An incident as it happened: what the form gets, and what happens to the record after."""

    type_name: str
    severity: Severity
    at: datetime
    reported_at: datetime
    summary: str
    chronology: str
    block: str | None = None
    room: str = ""
    other_place: str = ""
    injuries: str = ""
    damage: str = ""
    people: list[PersonLine] = field(default_factory=list)
    actions: list[ActionLine] = field(default_factory=list)
    notifications: list[NotificationLine] = field(default_factory=list)
    evidence: list[EvidenceLine] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)
    custody: list[LaterCustody] = field(default_factory=list)
    supplements: list[str] = field(default_factory=list)
    reopening: Reopening | None = None
    # An incidental search of this block the next morning, after the incident.
    search_after: str | None = None
    # How far the record has come, when the story says (else by its age).
    status: IncidentStatus | None = None


@dataclass(frozen=True)
class Stage:
    status: IncidentStatus
    approved_at: datetime | None


def stage_of(office: Office, story: Story, rng: random.Random) -> Stage:
    """How far the record has come by now: older ones closed and approved (in office hours a
    few days after the report), the last weeks' still open."""
    age = office.now - story.reported_at
    status = story.status
    if status is None:
        if age < timedelta(days=1):
            status = IncidentStatus.DRAFT if rng.random() < 0.6 else IncidentStatus.REPORTED
        elif age < timedelta(days=7):
            status = IncidentStatus.REPORTED if rng.random() < 0.4 else IncidentStatus.HANDLED
        elif age < timedelta(days=21):
            status = IncidentStatus.HANDLED if rng.random() < 0.5 else IncidentStatus.CLOSED
        else:
            status = IncidentStatus.CLOSED
    approved_at = None
    if status == IncidentStatus.CLOSED or (
        status == IncidentStatus.HANDLED and age >= timedelta(days=7) and rng.random() < 0.5
    ):
        after = story.reported_at + timedelta(days=rng.randint(1, 4))
        moment = office.office_hours_after(after, rng)
        approved_at = moment if moment <= office.now else None
    return Stage(status, approved_at)


def task_lines(tasks: Sequence[Task], at: datetime, stage: Stage) -> tuple[TaskLine, ...]:
    """Done when the record is closed; while it is handled, the first urgent step is done."""

    def done(index: int, task: Task) -> bool:
        if stage.status == IncidentStatus.HANDLED:
            return index == 0 and task.due_in_days <= 2
        return stage.status == IncidentStatus.CLOSED

    return tuple(
        TaskLine(
            task.text,
            owner_id=task.owner.id,
            due_on=at.date() + timedelta(days=task.due_in_days),
            status=TaskStatus.DONE if done(index, task) else TaskStatus.OPEN,
        )
        for index, task in enumerate(tasks)
    )


def file_story(office: Office, story: Story, rng: random.Random) -> int:
    """Save the story's record, then take it as far as its age has it go; its id."""
    stage = stage_of(office, story, rng)
    draft = IncidentDraft(
        type_id=office.types[story.type_name],
        severity=story.severity,
        happened_at=story.at,
        reported_at=story.reported_at,
        summary=story.summary,
        block_id=office.blocks[story.block] if story.block else None,
        room=story.room,
        other_place=story.other_place,
        chronology=story.chronology,
        injuries=story.injuries,
        damage=story.damage,
        people=tuple(story.people),
        actions=tuple(replace(a, at=office.past(a.at)) for a in story.actions),
        notifications=tuple(replace(n, at=office.past(n.at)) for n in story.notifications),
        evidence=tuple(
            replace(e, custody=tuple(replace(c, since=office.past(c.since)) for c in e.custody))
            for e in story.evidence
        ),
        tasks=task_lines(story.tasks, story.at, stage),
    )
    incident_id = save_incident(office.ctx, draft)
    office.count["incidents"] += 1
    carry_through(office, incident_id, story, stage, rng)
    return incident_id


def carry_through(
    office: Office, incident_id: int, story: Story, stage: Stage, rng: random.Random
) -> None:
    """The steps of a saved record up to its stage: reported, handled, closed, approved; then
    the custody that moved on, the supplements, and the reopening with its reason."""
    ctx = office.ctx
    for target in STEPS[: STEPS.index(stage.status) + 1] if stage.status in STEPS else ():
        advance_incident(ctx, incident_id, target, expected_version=version(office, incident_id))
    if stage.approved_at is None:
        return
    approve_incident(
        ctx,
        incident_id,
        office.approver(story.severity, rng).id,
        stage.approved_at,
        expected_version=version(office, incident_id),
    )
    if story.custody:
        evidence = load_incident(office.db, incident_id).draft.evidence
        for later in story.custody:
            evidence_id = evidence[later.evidence].id
            if later.since <= office.now and evidence_id is not None:
                add_custody(ctx, evidence_id, later.holder, later.since, later.place)
    for text in story.supplements:
        add_supplement(ctx, incident_id, text)
    if story.reopening is not None and stage.status == IncidentStatus.CLOSED:
        reason = story.reopening.reason
        reopen_incident(ctx, incident_id, reason, expected_version=version(office, incident_id))
        add_supplement(ctx, incident_id, story.reopening.supplement)
        advance_incident(
            ctx, incident_id, IncidentStatus.CLOSED, expected_version=version(office, incident_id)
        )


def version(office: Office, incident_id: int) -> int:
    """The record's version, as a form opened now would have it."""
    with office.db.read() as session:
        found = session.scalar(select(IncidentRow.version).where(IncidentRow.id == incident_id))
        assert found is not None
        return int(found)


# -- the lines of a story -------------------------------------------------------------------


def staff(role: PersonRole, person: StaffRecord, note: str = "") -> PersonLine:
    return PersonLine(role, PersonKind.STAFF, staff_id=person.id, note=note)


def inmate(role: PersonRole, person: InmateRecord, note: str = "") -> PersonLine:
    return PersonLine(role, PersonKind.INMATE, inmate_id=person.id, note=note)


def outsider(role: PersonRole, name: str, identity: str = "", note: str = "") -> PersonLine:
    return PersonLine(role, PersonKind.OUTSIDER, name=name, identity=identity, note=note)


def act(at: datetime, text: str, person: StaffRecord | None) -> ActionLine:
    return ActionLine(at, text, person.id if person else None)
