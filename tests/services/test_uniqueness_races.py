"""Every uniqueness a service promises is also the database's: when two PCs pass the service's
check at the same moment, the database refuses the second write, and the clerk gets the same
message as from the check (or, for an import, the import simply adds what is still missing).

The race is staged by blinding the service's own check for one call: the other PC's row is
committed, our check does not see it, and the write meets the unique index."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from rutan_desk.domain.errors import ValidationError
from rutan_desk.domain.handover import EquipmentKind
from rutan_desk.services.agreements import partners
from rutan_desk.services.agreements.forms import PartnerDraft
from rutan_desk.services.calendar import edits
from rutan_desk.services.context import ActionContext
from rutan_desk.services.handover import setup
from rutan_desk.services.incidents import setup as incidents
from rutan_desk.store.models.agreements import PartnerRow
from rutan_desk.store.models.calendar import HolidayRow
from rutan_desk.store.models.handover import EquipmentItemRow
from rutan_desk.store.models.incidents import IncidentTypeRow
from tests.conftest import audit_check


def blind_once(real: Callable[..., Any], blind: object) -> Callable[..., Any]:
    """``real``, except that its first call answers ``blind`` (the other PC's row unseen)."""
    calls = 0

    def check(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        return blind if calls == 1 else real(*args, **kwargs)

    return check


def test_two_firearms_saved_at_once_with_one_serial_the_second_is_refused_by_name(
    ctx: ActionContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    setup.save_equipment_item(ctx, "Pistol G2", EquipmentKind.SENJATA, 1, serial="P1-0001")
    monkeypatch.setattr(setup, "_firearm_with_serial", blind_once(setup._firearm_with_serial, None))
    with pytest.raises(ValidationError) as refused:
        setup.save_equipment_item(ctx, "Pistol baru", EquipmentKind.SENJATA, 1, serial="P1-0001")
    assert refused.value.codes() == {"serial": "serial_duplicate"}
    assert refused.value.errors[0].params == {"name": "Pistol G2"}  # as the check names it
    with ctx.db.read() as session:
        assert session.scalars(select(EquipmentItemRow.name)).all() == ["Pistol G2"]
    assert audit_check(ctx.db).intact


def test_the_database_refuses_a_second_firearm_with_a_serial_but_not_other_kinds(
    ctx: ActionContext,
) -> None:
    """The rule is the firearms' (each weapon is its own item, retired or not): keys or
    torches may share a serial (a batch number), and a retired pistol still holds its own."""
    pistol = setup.save_equipment_item(ctx, "Pistol", EquipmentKind.SENJATA, 1, serial="P-7")
    setup.set_equipment_item_active(ctx, pistol, False, expected_version=1)
    setup.save_equipment_item(ctx, "Senter A", EquipmentKind.SENTER, 1, serial="P-7")
    setup.save_equipment_item(ctx, "Senter B", EquipmentKind.SENTER, 1, serial="P-7")
    with pytest.raises(IntegrityError), ctx.db.write("uji") as session:
        session.add(EquipmentItemRow(name="Pistol 2", kind="senjata", serial="P-7"))
        session.flush()
    with pytest.raises(ValidationError) as refused:
        setup.save_equipment_item(ctx, "Pistol 2", EquipmentKind.SENJATA, 1, serial="P-7")
    assert refused.value.errors[0].params == {"name": "Pistol"}


def test_a_year_imported_twice_at_once_adds_each_holiday_once(
    ctx: ActionContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    added = edits.import_year(ctx, 2024)
    assert added > 10
    # The other PC's import committed while ours had read no holidays of the year yet.
    monkeypatch.setattr(edits, "imported_holidays", blind_once(edits.imported_holidays, set()))
    assert edits.import_year(ctx, 2024) == 0
    with ctx.db.read() as session:
        assert session.scalar(select(func.count()).select_from(HolidayRow)) == added
    assert audit_check(ctx.db).intact


def test_names_differing_only_in_case_are_one_name_for_the_database_too(
    ctx: ActionContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A kind of incident and a partner: "POLRES  blora" is the name "Polres Blora" already
    has, on another PC saving at the same moment as well."""
    incidents.save_incident_type(ctx, "Perkelahian Antar Tahanan")
    partners.save_partner(ctx, PartnerDraft(name="Polres Blora"))
    with pytest.raises(IntegrityError), ctx.db.write("uji") as session:
        session.add(IncidentTypeRow(name="PERKELAHIAN antar  tahanan", sort_order=9, active=True))
        session.flush()

    # The services' own checks blinded (the other PC's row unseen): the database refuses, and
    # the clerk reads the check's message.
    monkeypatch.setattr(incidents, "name_key", lambda _name: "unseen")
    monkeypatch.setattr(partners, "name_key", lambda _name: "unseen")
    with pytest.raises(ValidationError) as refused:
        incidents.save_incident_type(ctx, "perkelahian antar tahanan")
    assert refused.value.codes() == {"name": "name_duplicate"}
    with pytest.raises(ValidationError) as refused:
        partners.save_partner(ctx, PartnerDraft(name="POLRES  BLORA"))
    assert refused.value.codes() == {"name": "name_duplicate"}
    with ctx.db.read() as session:
        assert (
            session.scalars(select(IncidentTypeRow.name_key))
            .all()
            .count("perkelahian antar tahanan")
            == 1
        )
        assert session.scalars(select(PartnerRow.name)).all() == ["Polres Blora"]
    assert audit_check(ctx.db).intact
