"""The numbers and counts a service takes have a sane range (issue 14, point 10): a rotation
cycle's length, an alert period's extra guards, the places in the handover's lists, and the
lines one record holds. Past the bound the service refuses with a message beside the field
and writes nothing; at the bound it stores what it was given."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from functools import partial

import pytest
from sqlalchemy import func, select

from rutan_desk.domain.calendar import MAX_ALERT_EXTRA, AlertPeriod
from rutan_desk.domain.errors import FieldError, ValidationError
from rutan_desk.domain.handover import MAX_SORT_ORDER, EquipmentKind
from rutan_desk.domain.rotation import MAX_CYCLE_LENGTH
from rutan_desk.domain.stored_values import MAX_RECORD_LINES
from rutan_desk.services.agreements import obligations
from rutan_desk.services.agreements.forms import ContactLine, PartnerDraft
from rutan_desk.services.agreements.partners import load_partner, save_partner
from rutan_desk.services.agreements.saving import save_agreement
from rutan_desk.services.calendar import edits, queries
from rutan_desk.services.context import ActionContext, FixedClock
from rutan_desk.services.handover import setup
from rutan_desk.services.incidents.forms import CustodyLine
from rutan_desk.services.incidents.saving import save_incident
from rutan_desk.services.patrols.forms import OfficerLine
from rutan_desk.services.patrols.queries import load_patrol_visit
from rutan_desk.services.patrols.saving import save_patrol_visit
from rutan_desk.services.roster import setup as roster_setup
from rutan_desk.services.searches.saving import save_search
from rutan_desk.store.engine import Database
from rutan_desk.store.models.agreements import ObligationRow
from rutan_desk.store.models.audit import AuditEntry
from tests.conftest import ACTOR
from tests.services.test_agreements import an_obligation, the_pks
from tests.services.test_handover import Rutan, make_rutan
from tests.services.test_incidents import a_fight
from tests.services.test_patrols import a_visit
from tests.services.test_searches import a_search

NOON = datetime(2024, 2, 1, 5, 0, tzinfo=UTC)  # 12.00 WIB, 1 February 2024
AFTER_THE_PKS = datetime(2026, 4, 10, 2, 0, tzinfo=UTC)  # signed on 27 January 2026
TOO_MANY = MAX_RECORD_LINES + 1


@pytest.fixture
def clerk(db: Database) -> ActionContext:
    return ActionContext(db, ACTOR, FixedClock(NOON))


@pytest.fixture
def office(clerk: ActionContext) -> Rutan:
    return make_rutan(clerk)


def audit_entries(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry)) or 0


def refused(db: Database, write: Callable[[], object]) -> list[FieldError]:
    """The errors ``write`` is refused with; it must have written nothing."""
    before = audit_entries(db)
    with pytest.raises(ValidationError) as caught:
        write()
    assert audit_entries(db) == before
    return caught.value.errors


def out_of_range(field: str, low: int, high: int) -> FieldError:
    return FieldError(field, "number_out_of_range", {"low": low, "high": high})


def too_many_lines(field: str) -> FieldError:
    return FieldError(field, "too_many_lines", {"max": MAX_RECORD_LINES})


# -- numbers --------------------------------------------------------------------------------


def test_a_rotation_cycle_holds_at_most_its_bound_of_codes(clerk: ActionContext) -> None:
    regu = roster_setup.create_regu(clerk, "Regu Cadangan")
    longest = " ".join(("P", "S", "M", "L") * (MAX_CYCLE_LENGTH // 4))
    when = {"anchor": date(2024, 1, 1), "valid_from": date(2024, 1, 1)}
    roster_setup.set_rotation(clerk, regu, longest, **when)
    (info,) = [r for r in roster_setup.list_regu(clerk.db, on=date(2024, 1, 1)) if r.id == regu]
    assert info.rotations[-1].cycle == longest

    errors = refused(
        clerk.db, lambda: roster_setup.set_rotation(clerk, regu, longest + " P", **when)
    )
    assert errors == [FieldError("cycle", "cycle_too_long", {"max": MAX_CYCLE_LENGTH})]


def test_an_alert_period_asks_for_at_most_its_bound_of_extra_guards(clerk: ActionContext) -> None:
    def period(extra: int) -> AlertPeriod:
        return AlertPeriod("Siaga Lebaran", date(2024, 4, 1), date(2024, 4, 15), extra={"M": extra})

    edits.save_alert_period(clerk, period(MAX_ALERT_EXTRA))
    (found,) = queries.alert_periods_between(clerk.db, date(2024, 4, 1), date(2024, 4, 1))
    assert found.period.extra == {"M": MAX_ALERT_EXTRA}

    for extra in (MAX_ALERT_EXTRA + 1, 2**63):
        errors = refused(clerk.db, partial(edits.save_alert_period, clerk, period(extra)))
        assert errors == [out_of_range("extra", 0, MAX_ALERT_EXTRA)]
    errors = refused(clerk.db, lambda: edits.save_alert_period(clerk, period(-1)))
    assert errors == [FieldError("extra", "minimum_negative")]


SAVERS: dict[str, Callable[[ActionContext, str, int], int]] = {
    "block": lambda ctx, name, order: setup.save_block(ctx, name, 60, sort_order=order),
    "category": lambda ctx, name, order: setup.save_category(ctx, name[:6], name, sort_order=order),
    "item": lambda ctx, name, order: setup.save_equipment_item(
        ctx, name, EquipmentKind.HT, 2, sort_order=order
    ),
}


@pytest.mark.parametrize("kind", sorted(SAVERS))
def test_a_place_in_the_handover_lists_stays_within_its_bound(
    clerk: ActionContext, kind: str
) -> None:
    save = SAVERS[kind]
    saved = save(clerk, "Ujung", MAX_SORT_ORDER)
    listed = {
        "block": lambda: {b.id: b.sort_order for b in setup.list_blocks(clerk.db)},
        "category": lambda: {c.id: c.sort_order for c in setup.list_categories(clerk.db)},
        "item": lambda: {i.id: i.sort_order for i in setup.list_equipment_items(clerk.db)},
    }[kind]()
    assert listed[saved] == MAX_SORT_ORDER
    for order in (MAX_SORT_ORDER + 1, -1, 2**63):
        errors = refused(clerk.db, partial(save, clerk, "Lain", order))
        assert errors == [out_of_range("sort_order", 0, MAX_SORT_ORDER)]


# -- the lines of a record ------------------------------------------------------------------

INCIDENT_LINES = ("people", "actions", "notifications", "evidence", "tasks")


@pytest.mark.parametrize("field", INCIDENT_LINES)
def test_an_incident_holds_at_most_its_bound_of_lines(
    clerk: ActionContext, office: Rutan, field: str
) -> None:
    fight = a_fight(clerk, office)
    line = getattr(fight, field)[0]
    crowded = replace(fight, **{field: (line,) * TOO_MANY})  # type: ignore[arg-type]
    assert refused(clerk.db, lambda: save_incident(clerk, crowded)) == [too_many_lines(field)]


def test_an_item_of_evidence_holds_at_most_its_bound_of_custody_lines(
    clerk: ActionContext, office: Rutan
) -> None:
    fight = a_fight(clerk, office)
    handed = CustodyLine("Karupam Regu I", datetime(2024, 1, 31, 22, 0))
    item = replace(fight.evidence[0], custody=(handed,) * TOO_MANY)
    crowded = replace(fight, evidence=(item,))
    assert refused(clerk.db, lambda: save_incident(clerk, crowded)) == [too_many_lines("evidence")]


def test_a_patrol_visit_holds_at_most_its_bound_of_officers(
    clerk: ActionContext, office: Rutan
) -> None:
    officers = tuple(OfficerLine(name=f"Petugas {n}", rank="Bripda") for n in range(TOO_MANY))
    most = replace(a_visit(office), officers=officers[:MAX_RECORD_LINES])
    visit = save_patrol_visit(clerk, most)
    assert len(load_patrol_visit(clerk.db, visit).draft.officers) == MAX_RECORD_LINES

    crowded = replace(most, officers=officers)
    errors = refused(clerk.db, lambda: save_patrol_visit(clerk, crowded))
    assert errors == [too_many_lines("officers")]


@pytest.mark.parametrize("field", ["team", "places", "findings"])
def test_a_search_holds_at_most_its_bound_of_lines(
    clerk: ActionContext, office: Rutan, field: str
) -> None:
    search = a_search(clerk, office)
    line = getattr(search, field)[0]
    crowded = replace(search, **{field: (line,) * TOO_MANY})  # type: ignore[arg-type]
    assert refused(clerk.db, lambda: save_search(clerk, crowded)) == [too_many_lines(field)]


def test_a_partner_holds_at_most_its_bound_of_contacts(clerk: ActionContext) -> None:
    contacts = tuple(ContactLine(f"Kontak {n}", "Staf") for n in range(TOO_MANY))
    most = PartnerDraft(name="Kepolisian Resor Blora", contacts=contacts[:MAX_RECORD_LINES])
    partner = save_partner(clerk, most)
    assert len(load_partner(clerk.db, partner).draft.contacts) == MAX_RECORD_LINES

    crowded = replace(most, name="Kodim 0721 Blora", contacts=contacts)
    assert refused(clerk.db, lambda: save_partner(clerk, crowded)) == [too_many_lines("contacts")]


def test_an_agreement_holds_at_most_its_bound_of_scope_lines_and_parties(
    clerk: ActionContext,
) -> None:
    partner = save_partner(clerk, PartnerDraft(name="Kepolisian Resor Blora"))
    pks = the_pks(partner)
    crowded = replace(pks, scope=("Pengamanan",) * TOO_MANY)
    assert refused(clerk.db, lambda: save_agreement(clerk, crowded)) == [too_many_lines("scope")]
    crowded = replace(pks, parties=pks.parties[:1] * TOO_MANY)
    assert refused(clerk.db, lambda: save_agreement(clerk, crowded)) == [too_many_lines("parties")]


def test_an_agreement_holds_at_most_its_bound_of_obligations(
    clerk: ActionContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(obligations, "MAX_RECORD_LINES", 2)  # the rule, not 200 saves
    clerk = ActionContext(clerk.db, ACTOR, FixedClock(AFTER_THE_PKS))
    partner = save_partner(clerk, PartnerDraft(name="Kepolisian Resor Blora"))
    agreement = save_agreement(clerk, the_pks(partner))
    first = obligations.save_obligation(clerk, an_obligation(agreement))
    obligations.save_obligation(clerk, an_obligation(agreement, text="Patroli bersama"))

    third = an_obligation(agreement, text="Latihan bersama")
    errors = refused(clerk.db, lambda: obligations.save_obligation(clerk, third))
    assert errors == [FieldError("agreement", "too_many_lines", {"max": 2})]
    # The obligations it holds can still be changed.
    (kept,) = [o for o in obligations_of(clerk.db, agreement) if o[0] == first]
    changed = an_obligation(agreement, id=first, version=kept[1], text="CCTV diganti")
    assert obligations.save_obligation(clerk, changed) == first


def obligations_of(db: Database, agreement_id: int) -> list[tuple[int, int]]:
    with db.read() as session:
        rows = session.execute(
            select(ObligationRow.id, ObligationRow.version).where(
                ObligationRow.agreement_id == agreement_id
            )
        )
        return [(row.id, row.version) for row in rows]
