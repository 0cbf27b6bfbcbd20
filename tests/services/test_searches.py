"""Searches (penggeledahan) through the services, on SQLite and PostgreSQL: a search with its
team, places and findings, the checks of the form, the fate of findings decided later, a
finding that opens an incident in one step, deleting, who may write, the lists of a period."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from rutan_desk.domain.accounts import Role
from rutan_desk.domain.errors import ValidationError
from rutan_desk.domain.incidents import IncidentStatus, PersonKind, PersonRole, Severity
from rutan_desk.domain.inmates import InmateDraft
from rutan_desk.domain.searches import Disposition, FindingFate, FindingItem, SearchKind
from rutan_desk.services.context import ActionContext, FixedClock
from rutan_desk.services.documents import register as documents
from rutan_desk.services.errors import PermissionDeniedError, StaleRecordError
from rutan_desk.services.incidents.queries import list_incidents, load_incident
from rutan_desk.services.incidents.setup import list_incident_types, set_incident_type_active
from rutan_desk.services.inmates.registry import create_inmate, merge_inmates
from rutan_desk.services.searches.forms import FindingLine, MemberLine, PlaceLine, SearchDraft
from rutan_desk.services.searches.incident import incident_from_finding
from rutan_desk.services.searches.queries import (
    finding_of_incident,
    findings_between,
    list_searches,
    load_search,
)
from rutan_desk.services.searches.recap import findings_recap
from rutan_desk.services.searches.saving import (
    delete_search,
    keep_finding_photo,
    save_search,
    set_finding_fate,
    set_findings_fate,
)
from tests.conftest import audit_check
from tests.services.test_handover import Rutan, make_rutan, planned
from tests.services.test_incidents import account, audit_of, inmate

# 31 January 2024, a Wednesday: Regu I on M (19.00–07.00).
NIGHT = datetime(2024, 1, 31, 22, 0)
NOW = datetime(2024, 2, 1, 9, 0)  # WIB
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
DESTROYED = Disposition(FindingFate.DIMUSNAHKAN, date(2024, 2, 1), "BA.PEM/01/II/2024")


@pytest.fixture
def clocked(ctx: ActionContext) -> ActionContext:
    """The service context at 1 February 2024, 09.00 WIB."""
    return ActionContext(
        ctx.db, ctx.actor, FixedClock((NOW - timedelta(hours=7)).replace(tzinfo=UTC))
    )


@pytest.fixture
def rutan(clocked: ActionContext) -> Rutan:
    found = make_rutan(clocked)
    planned(clocked)
    return found


def order(ctx: ActionContext) -> documents.IssuedDocument:
    """The surat perintah of the search, from the letter register."""
    return documents.issue_document(
        ctx,
        kind="surat_perintah",
        title="Penggeledahan kamar hunian",
        on=date(2024, 1, 31),
        source={},
        render=lambda number, _code: f"%PDF-1.4 {number}".encode(),
    )


def a_search(ctx: ActionContext, rutan: Rutan, **changes: object) -> SearchDraft:
    """The joint night search with TNI and Polri: a phone of Budi's in Blok A kamar 3, a
    sharpened spoon in the kitchen."""
    budi = inmate(ctx, "Budi Hartono", "A.II/123/2023", rutan.blocks[0])
    draft = SearchDraft(
        kind=SearchKind.INSIDENTIL,
        started_at=NIGHT,
        ended_at=datetime(2024, 1, 31, 23, 30),
        leader_id=rutan.karupam("Regu I"),
        agencies=("TNI", "Polri"),
        team=(
            MemberLine(staff_id=rutan.members["Regu I"][1]),
            MemberLine(staff_id=rutan.police),
            MemberLine(name="Joko Susilo", rank="Serka", nrp="21010123", agency="Kodim 0721"),
        ),
        places=(
            PlaceLine(rutan.blocks[0], "3"),
            PlaceLine(rutan.blocks[1]),
            PlaceLine(other_place="Dapur"),
        ),
        findings=(
            FindingLine(
                FindingItem.HP,
                2,
                description="Samsung hitam",
                block_id=rutan.blocks[0],
                room="3",
                owner_id=budi.id,
            ),
            FindingLine(
                FindingItem.SENJATA_TAJAM, 1, description="sendok diasah", other_place="Dapur"
            ),
        ),
    )
    return replace(draft, **changes)  # type: ignore[arg-type]


# -- the record -----------------------------------------------------------------------------


def test_a_search_is_saved_with_its_team_places_and_findings(
    clocked: ActionContext, rutan: Rutan
) -> None:
    letter = order(clocked)
    search_id = save_search(clocked, a_search(clocked, rutan, order_document_id=letter.id))

    record = load_search(clocked.db, search_id)
    assert record.leader_name == "Regu I Anggota 0"
    assert record.order_number == letter.number
    assert record.joint_with == "TNI dan Polri" and record.kind_label == "Insidentil"
    assert [(m.staff_id, m.name, m.rank, m.nrp) for m in record.draft.team] == [
        (rutan.members["Regu I"][1], "Regu I Anggota 1", "II/c", "198501112010031002"),
        (rutan.police, "Agus Wibowo", "Bripka", "87053286"),  # from the registry
        (None, "Joko Susilo", "Serka", "21010123"),
    ]
    assert [p.place for p in record.draft.places] == ["Blok A, kamar 3", "Blok B", "Dapur"]
    phone, spoon = record.draft.findings
    assert (phone.place, phone.owner_name, phone.owner_register_number) == (
        "Blok A, kamar 3",
        "Budi Hartono",
        "A.II/123/2023",
    )
    assert phone.disposition == Disposition() and phone.incident_id is None
    assert (spoon.item_label, spoon.place) == ("Senjata tajam", "Dapur")
    # One entry for the search with all its lines in it.
    (entry,) = audit_of(clocked, "search")
    after = json.loads(entry.after or "{}")
    assert [len(after[t]) for t in ("search_member", "search_place", "search_finding")] == [
        3,
        3,
        2,
    ]
    (summary,) = list_searches(clocked.db)
    assert (summary.findings, summary.items) == (2, 3)
    assert summary.places == "Blok A, kamar 3; Blok B; Dapur"
    assert summary.agencies == ("TNI", "Polri")


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        (
            {"started_at": datetime(2024, 2, 1, 10, 0), "ended_at": None},
            {"started_at": "search_time_future"},
        ),
        ({"ended_at": datetime(2024, 1, 31, 21, 0)}, {"ended_at": "end_before_start"}),
        ({"leader_id": None}, {"leader": "staff_not_chosen"}),
        ({"places": ()}, {"places": "search_places_required"}),
        ({"places": (PlaceLine(room="3"),)}, {"places": "search_place_required"}),
        ({"team": (MemberLine(rank="Serka"),)}, {"team": "member_name_required"}),
        (
            {"findings": (FindingLine(FindingItem.HP, 0, other_place="Dapur"),)},
            {"findings": "quantity_positive"},
        ),
        (
            {"findings": (FindingLine(FindingItem.LAIN_LAIN, other_place="Dapur"),)},
            {"findings": "finding_description_required"},
        ),
        ({"findings": (FindingLine(FindingItem.HP),)}, {"findings": "search_place_required"}),
        (
            {
                "findings": (
                    FindingLine(
                        FindingItem.HP,
                        other_place="Dapur",
                        disposition=Disposition(FindingFate.DIMUSNAHKAN, date(2024, 2, 1)),
                    ),
                )
            },
            {"findings": "fate_berita_acara_required"},
        ),
        (
            {
                "findings": (
                    FindingLine(
                        FindingItem.HP,
                        other_place="Dapur",
                        disposition=replace(DESTROYED, on=date(2024, 1, 30)),
                    ),
                )
            },
            {"findings": "fate_before_search"},
        ),
        (
            {"findings": (FindingLine(FindingItem.HP, other_place="Dapur", id=999),)},
            {"findings": "record_missing"},
        ),
    ],
)
def test_a_form_with_a_mistake_saves_nothing(
    clocked: ActionContext, rutan: Rutan, changes: dict[str, object], expected: dict[str, str]
) -> None:
    with pytest.raises(ValidationError) as raised:
        save_search(clocked, a_search(clocked, rutan, **changes))
    assert raised.value.codes() == expected
    assert list_searches(clocked.db) == []


def test_a_person_or_a_place_entered_twice_is_refused(clocked: ActionContext, rutan: Rutan) -> None:
    search = a_search(clocked, rutan)
    for draft in (
        replace(search, team=(search.team[0], search.team[0])),
        replace(search, team=(MemberLine(name="Joko"), MemberLine(name=" joko "))),
        replace(search, places=(PlaceLine(rutan.blocks[0], "3"), PlaceLine(rutan.blocks[0], " 3"))),
    ):
        with pytest.raises(ValidationError) as raised:
            save_search(clocked, draft)
        assert set(raised.value.codes().values()) == {"line_duplicate"}
    assert list_searches(clocked.db) == []


def test_a_form_opened_before_anothers_change_is_refused(
    clocked: ActionContext, rutan: Rutan
) -> None:
    search_id = save_search(clocked, a_search(clocked, rutan))
    opened = load_search(clocked.db, search_id).draft
    save_search(clocked, replace(opened, note="Dilaksanakan bersama Kodim 0721"))
    with pytest.raises(StaleRecordError):
        save_search(clocked, replace(opened, note="Diubah lagi"))
    with pytest.raises(StaleRecordError):
        delete_search(clocked, search_id, expected_version=opened.version)
    assert load_search(clocked.db, search_id).draft.note == "Dilaksanakan bersama Kodim 0721"


# -- a finding opens an incident -----------------------------------------------------------


def test_a_finding_opens_an_incident_in_one_step(clocked: ActionContext, rutan: Rutan) -> None:
    photo = keep_finding_photo(clocked, "temuan-hp.png", PNG)
    search = a_search(clocked, rutan)
    search = replace(
        search, findings=(replace(search.findings[0], photo_id=photo), search.findings[1])
    )
    search_id = save_search(clocked, search)
    phone = load_search(clocked.db, search_id).draft.findings[0]
    assert phone.id is not None

    incident_id = incident_from_finding(clocked, phone.id)

    incident = load_incident(clocked.db, incident_id)
    assert incident.type_name == "Penyelundupan barang terlarang"
    assert incident.status == IncidentStatus.DRAFT and incident.draft.severity == Severity.SEDANG
    assert incident.draft.summary == "Temuan HP 2 buah pada penggeledahan 31 Januari 2024"
    assert (incident.draft.happened_at, incident.draft.reported_at) == (
        NIGHT,
        datetime(2024, 1, 31, 23, 30),
    )
    assert incident.place == "Blok A, kamar 3"
    assert (incident.on_duty.shift_code, incident.on_duty.regu_name) == ("M", "Regu I")
    assert [(p.role, p.kind, p.name) for p in incident.draft.people] == [
        (PersonRole.PELAKU, PersonKind.INMATE, "Budi Hartono"),
        (PersonRole.PELAPOR, PersonKind.STAFF, "Regu I Anggota 0"),
    ]
    (evidence,) = incident.draft.evidence
    assert (evidence.description, evidence.quantity) == ("HP (Samsung hitam)", 2)
    assert [a.attachment_id for a in incident.draft.attachments] == [photo]
    assert "bersama TNI dan Polri" in incident.draft.chronology
    assert "milik WBP Budi Hartono (A.II/123/2023)" in incident.draft.chronology

    after = load_search(clocked.db, search_id)
    assert after.draft.findings[0].incident_id == incident_id
    assert after.draft.findings[0].incident_number == incident.number
    found = finding_of_incident(clocked.db, incident_id)
    assert found is not None and found.id == phone.id

    with pytest.raises(ValidationError) as raised:  # a second time
        incident_from_finding(clocked, phone.id)
    assert raised.value.codes() == {"finding": "finding_has_incident"}
    assert raised.value.errors[0].params == {"number": incident.number}
    assert len(list_incidents(clocked.db)) == 1


def test_a_finding_whose_incident_cannot_be_filed_is_left_as_it_was(
    clocked: ActionContext, rutan: Rutan
) -> None:
    search_id = save_search(clocked, a_search(clocked, rutan))
    before = load_search(clocked.db, search_id)
    smuggling = next(
        t for t in list_incident_types(clocked.db) if t.name == "Penyelundupan barang terlarang"
    )
    set_incident_type_active(clocked, smuggling.id, False, expected_version=smuggling.version)
    phone = before.draft.findings[0].id
    assert phone is not None

    with pytest.raises(ValidationError) as raised:
        incident_from_finding(clocked, phone)
    assert raised.value.codes() == {"type": "finding_incident_type_missing"}
    assert list_incidents(clocked.db) == []
    assert load_search(clocked.db, search_id) == before


def test_a_finding_keeps_its_incident_when_the_search_is_edited(
    clocked: ActionContext, rutan: Rutan
) -> None:
    search_id = save_search(clocked, a_search(clocked, rutan))
    _phone, spoon = load_search(clocked.db, search_id).draft.findings
    assert spoon.id is not None
    incident_id = incident_from_finding(clocked, spoon.id)
    number = load_incident(clocked.db, incident_id).number

    # The phone is taken out: the spoon keeps its id and its incident.
    opened = load_search(clocked.db, search_id).draft
    save_search(clocked, replace(opened, findings=(opened.findings[1],)))
    (kept,) = load_search(clocked.db, search_id).draft.findings
    assert (kept.id, kept.incident_id, kept.description) == (spoon.id, incident_id, "sendok diasah")

    opened = load_search(clocked.db, search_id).draft
    with pytest.raises(ValidationError) as raised:
        save_search(clocked, replace(opened, findings=()))
    assert raised.value.codes() == {"findings": "finding_keeps_incident"}
    with pytest.raises(ValidationError) as raised:
        delete_search(clocked, search_id, expected_version=opened.version)
    assert raised.value.codes() == {"search": "search_keeps_incident"}
    assert raised.value.errors[0].params == {"number": number}


# -- the fate of findings --------------------------------------------------------------------


def test_findings_destroyed_together_under_one_berita_acara(
    clocked: ActionContext, rutan: Rutan
) -> None:
    first = save_search(clocked, a_search(clocked, rutan))
    second = save_search(
        clocked,
        a_search(
            clocked,
            rutan,
            kind=SearchKind.RUTIN,
            agencies=(),
            started_at=datetime(2024, 1, 20, 9, 0),
            ended_at=datetime(2024, 1, 20, 10, 0),
        ),
    )
    phones = [
        f
        for f in findings_between(clocked.db, date(2024, 1, 1), date(2024, 1, 31))
        if f.item == FindingItem.HP
    ]
    assert [f.search_id for f in phones] == [second, first]  # in the order they were found

    set_findings_fate(clocked, {f.id: f.search_version for f in phones}, DESTROYED)

    for finding in findings_between(clocked.db, date(2024, 1, 1), date(2024, 1, 31)):
        expected = DESTROYED if finding.item == FindingItem.HP else Disposition()
        assert finding.disposition == expected
    # A destroyed phone cannot then be handed over; its search's version went up.
    phone = next(
        f
        for f in findings_between(clocked.db, date(2024, 1, 31), date(2024, 1, 31))
        if f.item == FindingItem.HP
    )
    handed = Disposition(FindingFate.DISERAHKAN, date(2024, 2, 1), handed_to="Polres Blora")
    with pytest.raises(ValidationError) as raised:
        set_finding_fate(clocked, phone.id, handed, expected_version=phone.search_version)
    assert raised.value.codes() == {"fate": "fate_final"}
    with pytest.raises(StaleRecordError):
        set_finding_fate(clocked, phone.id, DESTROYED, expected_version=phone.search_version - 1)


def test_a_fate_needs_its_day_and_papers(clocked: ActionContext, rutan: Rutan) -> None:
    search_id = save_search(clocked, a_search(clocked, rutan))
    record = load_search(clocked.db, search_id)
    spoon = record.draft.findings[1].id
    assert spoon is not None
    for disposition, expected in (
        (
            Disposition(FindingFate.DISERAHKAN, date(2024, 2, 1)),
            {"handed_to": "fate_handed_to_required"},
        ),
        (replace(DESTROYED, on=date(2024, 2, 2)), {"fate_on": "date_in_future"}),
        (replace(DESTROYED, on=None), {"fate_on": "fate_date_required"}),
    ):
        with pytest.raises(ValidationError) as raised:
            set_finding_fate(clocked, spoon, disposition, expected_version=record.draft.version)
        assert raised.value.codes() == expected
    assert load_search(clocked.db, search_id) == record

    handed = Disposition(
        FindingFate.DISERAHKAN, date(2024, 2, 1), "BA.ST/02/II/2024", "Sat Reskrim Polres Blora"
    )
    set_finding_fate(clocked, spoon, handed, expected_version=record.draft.version)
    assert load_search(clocked.db, search_id).draft.findings[1].disposition == handed


# -- deleting, rights, lists -----------------------------------------------------------------


def test_a_search_entered_by_mistake_is_deleted_with_its_lines(
    clocked: ActionContext, rutan: Rutan
) -> None:
    search_id = save_search(clocked, a_search(clocked, rutan))
    version = load_search(clocked.db, search_id).draft.version
    delete_search(clocked, search_id, expected_version=version)
    assert list_searches(clocked.db) == []
    assert findings_between(clocked.db, date(2024, 1, 1), date(2024, 12, 31)) == []
    assert [e.action for e in audit_of(clocked, "search")] == ["create", "delete"]
    assert audit_check(clocked.db).intact


def test_a_reader_cannot_write_searches(clocked: ActionContext, rutan: Rutan) -> None:
    search_id = save_search(clocked, a_search(clocked, rutan))
    record = load_search(clocked.db, search_id)
    phone = record.draft.findings[0].id
    assert phone is not None
    reader = account(clocked, "pembaca", Role.PEMBACA, None)
    for write in (
        lambda: save_search(reader, a_search(clocked, rutan)),
        lambda: save_search(reader, replace(record.draft, note="Diubah")),
        lambda: incident_from_finding(reader, phone),
        lambda: set_finding_fate(reader, phone, DESTROYED, expected_version=record.draft.version),
        lambda: delete_search(reader, search_id, expected_version=record.draft.version),
        lambda: keep_finding_photo(reader, "foto.png", PNG),
    ):
        with pytest.raises(PermissionDeniedError):
            write()
    assert load_search(clocked.db, search_id) == record
    assert len(list_searches(clocked.db)) == 1 and list_incidents(clocked.db) == []


def test_the_lists_are_by_period_newest_first(clocked: ActionContext, rutan: Rutan) -> None:
    night = save_search(clocked, a_search(clocked, rutan))
    routine = save_search(
        clocked,
        a_search(
            clocked,
            rutan,
            kind=SearchKind.RUTIN,
            started_at=datetime(2024, 1, 15, 9, 0),
            ended_at=datetime(2024, 1, 15, 10, 30),
            findings=(),
        ),
    )
    december = save_search(
        clocked,
        a_search(
            clocked,
            rutan,
            started_at=datetime(2023, 12, 31, 23, 0),
            ended_at=datetime(2024, 1, 1, 0, 30),
            findings=(FindingLine(FindingItem.UANG, 350000, "rupiah", other_place="Lapangan"),),
        ),
    )

    def listed(first: date | None = None, last: date | None = None) -> list[int]:
        return [s.id for s in list_searches(clocked.db, first, last)]

    assert listed() == [night, routine, december]
    assert listed(date(2024, 1, 1), date(2024, 1, 31)) == [night, routine]
    assert listed(last=date(2023, 12, 31)) == [december]
    assert listed(date(2024, 1, 31), date(2024, 1, 31)) == [night]  # the last day counts whole
    january = findings_between(clocked.db, date(2024, 1, 1), date(2024, 1, 31))
    assert [(f.search_id, f.item) for f in january] == [
        (night, FindingItem.HP),
        (night, FindingItem.SENJATA_TAJAM),
    ]
    (money,) = findings_between(clocked.db, date(2023, 12, 1), date(2023, 12, 31))
    assert (money.quantity, money.unit, money.place) == (350000, "rupiah", "Lapangan")


def test_a_merged_inmate_stays_the_owner_of_the_finding(
    clocked: ActionContext, rutan: Rutan
) -> None:
    search_id = save_search(clocked, a_search(clocked, rutan))
    budi = load_search(clocked.db, search_id).draft.findings[0]
    assert budi.owner_id is not None
    typo = create_inmate(clocked, InmateDraft("Budi Hartana", "A.II/124/2023", rutan.blocks[0]))
    save_search(
        clocked,
        a_search(
            clocked,
            rutan,
            started_at=datetime(2024, 1, 10, 9, 0),
            ended_at=None,
            findings=(FindingLine(FindingItem.CHARGER, other_place="Dapur", owner_id=typo.id),),
        ),
    )
    merge_inmates(clocked, budi.owner_id, typo.id, expected_versions=(1, 1))
    owners = {
        f.owner_id
        for f in findings_between(clocked.db, date(2024, 1, 1), date(2024, 1, 31))
        if f.owner_id
    }
    assert owners == {budi.owner_id}


def test_the_recap_adds_up_what_each_month_found(clocked: ActionContext, rutan: Rutan) -> None:
    save_search(clocked, a_search(clocked, rutan))  # 2 HP and a blade, 31 January
    save_search(
        clocked,
        a_search(
            clocked,
            rutan,
            started_at=datetime(2024, 1, 15, 9, 0),
            ended_at=datetime(2024, 1, 15, 10, 30),
            findings=(FindingLine(FindingItem.HP, 1, other_place="Lapangan"),),
        ),
    )
    save_search(
        clocked,
        a_search(
            clocked,
            rutan,
            started_at=datetime(2023, 12, 31, 23, 0),
            ended_at=datetime(2024, 1, 1, 0, 30),
            findings=(FindingLine(FindingItem.UANG, 350000, "rupiah", other_place="Lapangan"),),
        ),
    )

    recap = findings_recap(clocked.db, date(2024, 1, 1), date(2024, 2, 29))

    assert recap.months == ((2024, 1), (2024, 2))
    assert recap.searches == 2
    assert recap.items == (FindingItem.HP, FindingItem.SENJATA_TAJAM)
    assert recap.per_month == {(2024, 1): {FindingItem.HP: 3, FindingItem.SENJATA_TAJAM: 1}}
    assert recap.item_total(FindingItem.HP) == 3


def test_two_findings_of_one_search_are_destroyed_together(
    clocked: ActionContext, rutan: Rutan
) -> None:
    """Both lines of one search under one berita acara: the search's version is checked once,
    not refused as changed by its own first line."""
    save_search(clocked, a_search(clocked, rutan))
    found = findings_between(clocked.db, date(2024, 1, 1), date(2024, 1, 31))
    assert len(found) == 2 and found[0].search_id == found[1].search_id

    set_findings_fate(clocked, {f.id: f.search_version for f in found}, DESTROYED)

    after = findings_between(clocked.db, date(2024, 1, 1), date(2024, 1, 31))
    assert [f.disposition for f in after] == [DESTROYED, DESTROYED]
