"""Incident records through the services, on SQLite and PostgreSQL: numbers, who was on duty,
the checks of a form, the workflow, approval and what it locks, supplements, custody."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime

import pytest
from sqlalchemy import select, update

from rutan_desk.domain.accounts import Permission, Role
from rutan_desk.domain.errors import ValidationError
from rutan_desk.domain.handover import Condition
from rutan_desk.domain.incidents import (
    IncidentStatus,
    NotifyLevel,
    PersonKind,
    PersonRole,
    Severity,
    TaskStatus,
)
from rutan_desk.domain.inmates import InmateDraft
from rutan_desk.services.accounts import admin
from rutan_desk.services.attachments import PaperSignature, file_bytes
from rutan_desk.services.context import ActionContext, FixedClock
from rutan_desk.services.errors import PermissionDeniedError, StaleRecordError
from rutan_desk.services.handover.prefill import prefill_handover
from rutan_desk.services.handover.queries import load_handover
from rutan_desk.services.handover.saving import save_handover
from rutan_desk.services.incidents.forms import (
    ActionLine,
    AttachmentLine,
    CustodyLine,
    EvidenceLine,
    IncidentDraft,
    NotificationLine,
    PersonLine,
    TaskLine,
)
from rutan_desk.services.incidents.from_handover import (
    incident_draft_for_handover,
    incidents_of_handover,
)
from rutan_desk.services.incidents.queries import IncidentQuery, list_incidents, load_incident
from rutan_desk.services.incidents.recap import incident_recap
from rutan_desk.services.incidents.saving import keep_incident_file, save_incident
from rutan_desk.services.incidents.setup import (
    list_incident_types,
    save_number_pattern,
    set_incident_type_active,
)
from rutan_desk.services.incidents.workflow import (
    add_custody,
    add_supplement,
    advance_incident,
    approve_incident,
    reopen_incident,
    set_task_status,
)
from rutan_desk.services.inmates.records import InmateRecord, inmate_by_register_number
from rutan_desk.services.inmates.registry import create_inmate, update_inmate
from rutan_desk.store.models.accounts import AccountRow
from rutan_desk.store.models.attachments import AttachmentRow
from rutan_desk.store.models.audit import AuditEntry
from tests.services.test_handover import JAN_31, Rutan, counted_as_expected, make_rutan, planned

# 31 January 2024, a Wednesday: Regu I on M (19.00–07.00), Regu III on P, Regu IV on S.
FIGHT = datetime(2024, 1, 31, 21, 40)
NOW = datetime(2024, 2, 1, 9, 0)  # WIB
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


@pytest.fixture
def clocked(ctx: ActionContext) -> ActionContext:
    """The service context at 1 February 2024, 09.00 WIB."""
    from datetime import UTC, timedelta

    return ActionContext(
        ctx.db, ctx.actor, FixedClock((NOW - timedelta(hours=7)).replace(tzinfo=UTC))
    )


@pytest.fixture
def rutan(clocked: ActionContext) -> Rutan:
    found = make_rutan(clocked)
    planned(clocked)
    return found


def fight_type(ctx: ActionContext) -> int:
    return next(t.id for t in list_incident_types(ctx.db) if t.name == "Perkelahian antar-WBP")


def inmate(ctx: ActionContext, name: str, number: str, block: int) -> InmateRecord:
    """The inmate, entered the first time a record needs them."""
    return inmate_by_register_number(ctx.db, number) or create_inmate(
        ctx, InmateDraft(name, number, block)
    )


def a_fight(ctx: ActionContext, rutan: Rutan, **changes: object) -> IncidentDraft:
    budi = inmate(ctx, "Budi Hartono", "A.II/123/2023", rutan.blocks[0])
    eko = inmate(ctx, "Eko Prasetyo", "B.I/45/2023", rutan.blocks[0])
    draft = IncidentDraft(
        type_id=fight_type(ctx),
        severity=Severity.SEDANG,
        happened_at=FIGHT,
        reported_at=datetime(2024, 1, 31, 21, 55),
        summary="Perkelahian di kamar 3 Blok A",
        block_id=rutan.blocks[0],
        room="3",
        chronology="Pukul 21.40 WBP Budi memukul WBP Eko karena berebut tempat tidur.",
        people=(
            PersonLine(PersonRole.PELAKU, PersonKind.INMATE, inmate_id=budi.id),
            PersonLine(PersonRole.KORBAN, PersonKind.INMATE, inmate_id=eko.id),
            PersonLine(PersonRole.SAKSI, PersonKind.STAFF, staff_id=rutan.karupam("Regu I")),
        ),
        actions=(
            ActionLine(
                datetime(2024, 1, 31, 21, 45), "Dilerai dan dipisahkan", rutan.karupam("Regu I")
            ),
        ),
        notifications=(
            NotificationLine(
                NotifyLevel.PERWIRA_PIKET, "Perwira piket", datetime(2024, 1, 31, 21, 50), "HT"
            ),
        ),
        evidence=(
            EvidenceLine(
                "Gagang sapu patah",
                1,
                custody=(CustodyLine("Karupam Regu I", datetime(2024, 1, 31, 22, 0), "Pos P2U"),),
            ),
        ),
        tasks=(TaskLine("Pindahkan WBP Budi ke kamar isolasi", rutan.karupam("Regu I")),),
    )
    return replace(draft, **changes)  # type: ignore[arg-type]


def audit_of(ctx: ActionContext, entity: str) -> list[AuditEntry]:
    with ctx.db.read() as session:
        return list(
            session.scalars(
                select(AuditEntry).where(AuditEntry.entity == entity).order_by(AuditEntry.id)
            )
        )


def account(ctx: ActionContext, login: str, role: Role, staff_id: int | None) -> ActionContext:
    created = admin.create_account(
        ctx, login, login.title(), role, "Sementara-2024", staff_id=staff_id
    )
    with ctx.db.write("sistem:uji") as session:
        row = session.get(AccountRow, created.id)
        assert row is not None
        row.must_change_password = False
    return ActionContext(ctx.db, created.actor(), ctx.clock)


# -- the record -----------------------------------------------------------------------------


def test_a_new_incident_is_numbered_and_knows_who_was_on_duty(
    clocked: ActionContext, rutan: Rutan
) -> None:
    incident_id = save_incident(clocked, a_fight(clocked, rutan))

    record = load_incident(clocked.db, incident_id)
    assert record.number == "KMT.001/I/2024"
    assert record.status == IncidentStatus.DRAFT and not record.locked
    assert (record.on_duty.shift_code, record.on_duty.regu_name) == ("M", "Regu I")
    assert record.on_duty.karupam_id == rutan.karupam("Regu I")
    assert record.place == "Blok A, kamar 3"
    assert [(p.role, p.name, p.identity) for p in record.draft.people[:2]] == [
        (PersonRole.PELAKU, "Budi Hartono", "A.II/123/2023"),
        (PersonRole.KORBAN, "Eko Prasetyo", "B.I/45/2023"),
    ]
    assert record.draft.evidence[0].custody[0].holder == "Karupam Regu I"
    # One entry for the record with all its lines in it.
    (entry,) = audit_of(clocked, "incident")
    after = json.loads(entry.after or "{}")
    assert len(after["incident_person"]) == 3 and len(after["evidence_custody"]) == 1

    second = save_incident(clocked, a_fight(clocked, rutan, summary="Lagi", people=()))
    assert load_incident(clocked.db, second).number == "KMT.002/I/2024"


def test_the_number_follows_the_offices_pattern_per_year(
    clocked: ActionContext, rutan: Rutan
) -> None:
    save_number_pattern(clocked, "W13.PAS.PAS11-PK.KMT-{nomor}/{tahun}", expected_version=0)
    first = save_incident(clocked, a_fight(clocked, rutan))
    assert load_incident(clocked.db, first).number == "W13.PAS.PAS11-PK.KMT-1/2024"
    with pytest.raises(ValidationError) as raised:
        save_number_pattern(clocked, "KMT/{tahun}", expected_version=1)
    assert raised.value.codes() == {"number_pattern": "pattern_without_serial"}


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"happened_at": datetime(2024, 2, 1, 9, 30)}, {"happened_at": "incident_time_future"}),
        (
            {"reported_at": datetime(2024, 1, 31, 21, 0)},
            {"reported_at": "incident_reported_before_happened"},
        ),
        ({"block_id": None, "other_place": ""}, {"place": "incident_place_required"}),
        ({"summary": "  "}, {"summary": "field_required"}),
        ({"type_id": None}, {"type": "incident_type_required"}),
    ],
)
def test_a_form_with_a_mistake_saves_nothing(
    clocked: ActionContext, rutan: Rutan, changes: dict[str, object], expected: dict[str, str]
) -> None:
    with pytest.raises(ValidationError) as raised:
        save_incident(clocked, a_fight(clocked, rutan, **changes))
    assert raised.value.codes() == expected
    assert list_incidents(clocked.db) == []


def test_lines_are_checked_against_the_incident(clocked: ActionContext, rutan: Rutan) -> None:
    fight = a_fight(clocked, rutan)
    early = replace(fight, actions=(ActionLine(datetime(2024, 1, 31, 21, 0), "Sebelum kejadian"),))
    nameless = replace(fight, people=(PersonLine(PersonRole.SAKSI, PersonKind.OUTSIDER),))
    twice = replace(fight, people=(fight.people[0], fight.people[0]))
    for draft, expected in (
        (early, {"actions": "incident_line_before_incident"}),
        (nameless, {"people": "incident_outsider_name_required"}),
        (twice, {"people": "line_duplicate"}),
    ):
        with pytest.raises(ValidationError) as raised:
            save_incident(clocked, draft)
        assert raised.value.codes() == expected


def test_a_retired_type_stays_on_its_records_but_is_not_offered(
    clocked: ActionContext, rutan: Rutan
) -> None:
    incident_id = save_incident(clocked, a_fight(clocked, rutan))
    kind = next(t for t in list_incident_types(clocked.db) if t.id == fight_type(clocked))
    set_incident_type_active(clocked, kind.id, False, expected_version=kind.version)

    record = load_incident(clocked.db, incident_id)
    save_incident(clocked, replace(record.draft, summary="Perkelahian, dilerai"))  # kept
    assert kind.id not in {t.id for t in list_incident_types(clocked.db)}
    with pytest.raises(ValidationError) as raised:
        save_incident(clocked, replace(record.draft, id=None, version=0))
    assert raised.value.codes() == {"type": "incident_type_retired"}


def test_a_form_opened_before_anothers_change_is_refused(
    clocked: ActionContext, rutan: Rutan
) -> None:
    incident_id = save_incident(clocked, a_fight(clocked, rutan))
    opened = load_incident(clocked.db, incident_id).draft
    save_incident(clocked, replace(opened, summary="Diubah petugas lain"))
    with pytest.raises(StaleRecordError):
        save_incident(clocked, replace(opened, summary="Diubah lagi"))


# -- workflow, approval, supplements ----------------------------------------------------------


def test_the_workflow_steps_and_a_reopening_with_its_reason(
    clocked: ActionContext, rutan: Rutan
) -> None:
    incident_id = save_incident(clocked, a_fight(clocked, rutan, chronology=""))
    version = load_incident(clocked.db, incident_id).draft.version
    with pytest.raises(ValidationError) as raised:
        advance_incident(clocked, incident_id, IncidentStatus.REPORTED, expected_version=version)
    assert raised.value.codes() == {"chronology": "incident_chronology_required"}
    record = load_incident(clocked.db, incident_id)
    save_incident(clocked, replace(record.draft, chronology="Pukul 21.40 terjadi perkelahian."))

    for target in (IncidentStatus.REPORTED, IncidentStatus.HANDLED, IncidentStatus.CLOSED):
        version = load_incident(clocked.db, incident_id).draft.version
        advance_incident(clocked, incident_id, target, expected_version=version)
    version = load_incident(clocked.db, incident_id).draft.version
    with pytest.raises(ValidationError) as raised:
        advance_incident(clocked, incident_id, IncidentStatus.REPORTED, expected_version=version)
    assert raised.value.codes() == {"status": "incident_step_not_allowed"}

    reopen_incident(clocked, incident_id, "Ada keterangan saksi baru", expected_version=version)
    record = load_incident(clocked.db, incident_id)
    assert record.status == IncidentStatus.HANDLED
    assert [r.reason for r in record.reopenings] == ["Ada keterangan saksi baru"]
    steps = [
        (json.loads(e.before or "{}").get("status"), json.loads(e.after or "{}").get("status"))
        for e in audit_of(clocked, "incident")
        if e.action == "update"
    ]
    assert [(before, after) for before, after in steps if before != after] == [
        ("draft", "reported"),
        ("reported", "handled"),
        ("handled", "closed"),
        ("closed", "handled"),
    ]


def test_an_approved_record_cannot_be_changed_through_any_service(
    clocked: ActionContext, rutan: Rutan
) -> None:
    incident_id = save_incident(clocked, a_fight(clocked, rutan))
    version = load_incident(clocked.db, incident_id).draft.version
    with pytest.raises(ValidationError) as raised:  # a draft is reported before approval
        approve_incident(
            clocked, incident_id, rutan.members["Regu II"][0], expected_version=version
        )
    assert raised.value.codes() == {"status": "incident_approve_draft"}
    advance_incident(clocked, incident_id, IncidentStatus.REPORTED, expected_version=version)
    version += 1
    with pytest.raises(ValidationError) as raised:
        add_supplement(clocked, incident_id, "Fakta baru")
    assert raised.value.codes() == {"text": "incident_supplement_before_approval"}
    approve_incident(
        clocked,
        incident_id,
        rutan.members["Regu II"][0],
        datetime(2024, 2, 1, 8, 0),
        expected_version=version,
    )
    record = load_incident(clocked.db, incident_id)
    assert record.locked and record.approval is not None and record.approval.on_paper is None

    with pytest.raises(ValidationError) as raised:
        save_incident(clocked, replace(record.draft, summary="Diubah setelah disetujui"))
    assert raised.value.codes() == {"incident": "incident_locked"}
    with pytest.raises(ValidationError) as raised:
        approve_incident(
            clocked, incident_id, rutan.members["Regu II"][0], expected_version=record.draft.version
        )
    assert raised.value.codes() == {"incident": "incident_already_approved"}
    assert load_incident(clocked.db, incident_id).draft == record.draft

    assert add_supplement(clocked, incident_id, "Korban dirujuk ke RSUD Blora.") == 1
    assert add_supplement(clocked, incident_id, "Korban kembali ke blok.") == 2
    evidence = record.draft.evidence[0].id
    assert evidence is not None
    add_custody(clocked, evidence, "Polres Blora (Bripka Agus)", datetime(2024, 2, 1, 8, 30))
    task = record.draft.tasks[0].id
    assert task is not None
    set_task_status(clocked, task, TaskStatus.DONE)
    after = load_incident(clocked.db, incident_id)
    assert [s.number for s in after.supplements] == [1, 2]
    assert [c.holder for c in after.draft.evidence[0].custody][-1] == "Polres Blora (Bripka Agus)"
    assert after.draft.tasks[0].status == TaskStatus.DONE
    assert after.draft.summary == record.draft.summary  # what the report said stays


def test_an_operator_cannot_approve_in_a_pimpinans_name_but_records_a_paper_approval(
    clocked: ActionContext, rutan: Rutan
) -> None:
    incident_id = save_incident(clocked, a_fight(clocked, rutan))
    advance_incident(clocked, incident_id, IncidentStatus.REPORTED, expected_version=1)
    ka_kpr = rutan.members["Regu II"][0]
    clerk = account(clocked, "operator", Role.OPERATOR, rutan.members["Regu I"][2])
    other = account(clocked, "karutan", Role.PIMPINAN, rutan.members["Regu III"][0])

    with pytest.raises(PermissionDeniedError) as denied:
        approve_incident(clerk, incident_id, ka_kpr, expected_version=2)
    assert denied.value.permission is Permission.INCIDENTS_APPROVE
    with pytest.raises(ValidationError) as raised:  # a Pimpinan approves only as themselves
        approve_incident(other, incident_id, ka_kpr, expected_version=2)
    assert raised.value.codes() == {"staff": "sign_as_yourself"}

    approve_incident(
        clerk,
        incident_id,
        ka_kpr,
        datetime(2024, 2, 1, 8, 0),
        expected_version=2,
        paper=PaperSignature(datetime(2024, 2, 1).date(), PNG, "persetujuan.png"),
    )
    approval = load_incident(clocked.db, incident_id).approval
    assert approval is not None and approval.staff_id == ka_kpr
    assert approval.on_paper == datetime(2024, 2, 1).date() and approval.scan_id is not None


def test_a_reader_cannot_file_an_incident(clocked: ActionContext, rutan: Rutan) -> None:
    reader = account(clocked, "pembaca", Role.PEMBACA, None)
    draft = a_fight(clocked, rutan)
    with pytest.raises(PermissionDeniedError):
        save_incident(reader, draft)


def test_the_list_filters_by_period_type_status_and_text(
    clocked: ActionContext, rutan: Rutan
) -> None:
    fight = save_incident(clocked, a_fight(clocked, rutan))
    smuggling = next(
        t.id for t in list_incident_types(clocked.db) if t.name == "Penyelundupan barang terlarang"
    )
    phone = save_incident(
        clocked,
        a_fight(
            clocked,
            rutan,
            type_id=smuggling,
            happened_at=datetime(2024, 1, 20, 10, 15),
            reported_at=datetime(2024, 1, 20, 10, 30),
            block_id=None,
            other_place="Ruang kunjungan",
            summary="HP diselipkan dalam nasi bungkus",
            chronology="Petugas P2U menemukan HP dalam nasi bungkus titipan.",
            people=(PersonLine(PersonRole.PELAKU, PersonKind.OUTSIDER, name="Sri Wahyuni"),),
        ),
    )

    def found(**filters: object) -> list[int]:
        return [s.id for s in list_incidents(clocked.db, IncidentQuery(**filters))]  # type: ignore[arg-type]

    assert found() == [fight, phone]  # newest first
    assert found(type_id=smuggling) == [phone]
    assert found(last=datetime(2024, 1, 25).date()) == [phone]
    assert found(text="nasi") == [phone]
    assert found(text="wahyuni") == [phone]  # an outsider's name
    assert found(text="hartono") == [fight]  # an inmate's name
    assert found(text="A.II/123") == [fight]  # a register number
    assert found(shift_code="M") == [fight]
    assert found(status=IncidentStatus.REPORTED) == []
    (summary,) = list_incidents(clocked.db, IncidentQuery(text="nasi"))
    assert summary.place == "Ruang kunjungan" and summary.number == "KMT.002/I/2024"


def test_the_search_finds_the_start_of_every_word_and_follows_later_facts(
    clocked: ActionContext, rutan: Rutan
) -> None:
    fight = save_incident(clocked, a_fight(clocked, rutan))

    def found(text: str) -> list[int]:
        return [s.id for s in list_incidents(clocked.db, IncidentQuery(text=text))]

    assert found("perkel") == [fight]  # as it is typed: the start of a word
    assert found("Perkelahian SAPU") == [fight]  # every word, in any case, from any line
    assert found("perkelahian kebakaran") == []
    assert found('"; DROP TABLE incident; --') == []  # typed text is never read as a query
    assert found("  ") == [fight]  # no words: no text filter

    advance_incident(clocked, fight, IncidentStatus.REPORTED, expected_version=1)
    approve_incident(
        clocked, fight, rutan.members["Regu II"][0], datetime(2024, 2, 1, 8), expected_version=2
    )
    assert found("rsud") == []
    add_supplement(clocked, fight, "Korban dirujuk ke RSUD Blora.")
    assert found("rsud") == [fight]

    budi = inmate_by_register_number(clocked.db, "A.II/123/2023")
    assert budi is not None
    update_inmate(
        clocked,
        budi.id,
        InmateDraft("Budiman Hartono", budi.register_number, budi.block_id),
        expected_version=budi.version,
    )
    assert found("budiman") == [fight]  # the incident is found by the corrected name


def test_a_missing_firearm_at_the_handover_becomes_an_incident_in_one_step(
    clocked: ActionContext, rutan: Rutan
) -> None:
    draft = counted_as_expected(prefill_handover(clocked.db, JAN_31, "S"))
    complete = save_handover(clocked, draft)
    with pytest.raises(ValidationError) as raised:  # nothing is missing: nothing to file
        incident_draft_for_handover(clocked.db, complete, now=NOW)
    assert raised.value.codes() == {"equipment": "handover_no_missing_equipment"}
    short = tuple(
        replace(line, quantity=0, condition=Condition.HILANG)
        if line.item_id == rutan.firearm
        else line
        for line in prefill_handover(clocked.db, JAN_31, "M").equipment
    )
    handover = save_handover(
        clocked,
        replace(
            counted_as_expected(prefill_handover(clocked.db, JAN_31, "M")),
            equipment=short,
            unsigned_previous_reason="Karupam regu sebelumnya dipanggil Ka KPR",
        ),
    )

    proposed = incident_draft_for_handover(clocked.db, handover, now=NOW)
    incident_id = save_incident(clocked, proposed)

    record = load_incident(clocked.db, incident_id)
    assert record.type_name == "Kehilangan senjata api/amunisi/inventaris"
    assert record.draft.severity == Severity.BERAT
    assert record.draft.handover_id == handover
    assert record.draft.happened_at == load_handover(clocked.db, handover).change_at
    assert "Senjata laras panjang kurang 1 (ada 0 dari 1)" in record.draft.summary
    assert "Senjata laras panjang" in record.draft.chronology
    assert {p.role for p in record.draft.people} <= {PersonRole.PELAPOR, PersonRole.SAKSI}
    assert incidents_of_handover(clocked.db, handover) == [(incident_id, record.number)]
    assert incidents_of_handover(clocked.db, complete) == []


def test_the_recap_counts_by_month_kind_place_shift_and_severity(
    clocked: ActionContext, rutan: Rutan
) -> None:
    save_incident(clocked, a_fight(clocked, rutan))
    save_incident(
        clocked,
        a_fight(
            clocked,
            rutan,
            happened_at=datetime(2024, 1, 10, 10, 0),
            reported_at=datetime(2024, 1, 10, 10, 5),
            severity=Severity.BERAT,
            evidence=(),
            actions=(),
            notifications=(),
        ),
    )
    smuggling = next(
        t.id for t in list_incident_types(clocked.db) if t.name == "Penyelundupan barang terlarang"
    )
    save_incident(
        clocked,
        a_fight(
            clocked,
            rutan,
            type_id=smuggling,
            happened_at=datetime(2024, 2, 1, 8, 0),
            reported_at=datetime(2024, 2, 1, 8, 10),
            block_id=None,
            other_place="Ruang kunjungan",
            actions=(),
            notifications=(),
            evidence=(),
        ),
    )
    save_incident(  # outside the period
        clocked,
        a_fight(
            clocked,
            rutan,
            happened_at=datetime(2023, 12, 31, 23, 0),
            reported_at=datetime(2023, 12, 31, 23, 30),
            actions=(),
            notifications=(),
            evidence=(),
        ),
    )

    recap = incident_recap(clocked.db, date(2024, 1, 1), date(2024, 2, 29))

    assert recap.months == ((2024, 1), (2024, 2))
    assert recap.kinds == ("Perkelahian antar-WBP", "Penyelundupan barang terlarang")
    assert recap.per_month == {
        (2024, 1): {"Perkelahian antar-WBP": 2},
        (2024, 2): {"Penyelundupan barang terlarang": 1},
    }
    assert recap.per_place == (("Blok A", 2), ("Ruang kunjungan", 1))
    assert dict(recap.per_severity) == {Severity.RINGAN: 0, Severity.SEDANG: 2, Severity.BERAT: 1}
    assert recap.total == 3 and recap.month_total((2024, 1)) == 2
    assert sum(count for _shift, count in recap.per_shift) == 3


def test_photos_and_scans_are_kept_with_the_incident_and_checked_when_opened(
    clocked: ActionContext, rutan: Rutan
) -> None:
    with pytest.raises(ValidationError) as raised:
        keep_incident_file(clocked, "catatan.txt", b"bukan foto")
    assert raised.value.codes() == {"file": "file_not_scan"}

    photo = keep_incident_file(clocked, "luka-eko.png", PNG)
    incident_id = save_incident(
        clocked,
        a_fight(clocked, rutan, attachments=(AttachmentLine(photo, " Luka di pelipis "),)),
    )

    (kept,) = load_incident(clocked.db, incident_id).draft.attachments
    assert (kept.file_name, kept.media_type, kept.size) == ("luka-eko.png", "image/png", len(PNG))
    assert kept.caption == "Luka di pelipis"
    assert file_bytes(clocked.db, photo) == ("luka-eko.png", "image/png", PNG)

    # A file changed behind the app's back is not shown as the one kept.
    with clocked.db.engine.begin() as connection:
        connection.execute(
            update(AttachmentRow).where(AttachmentRow.id == photo).values(data=PNG + b"diubah")
        )
    with pytest.raises(ValidationError) as raised:
        file_bytes(clocked.db, photo)
    assert raised.value.codes() == {"file": "file_damaged"}
