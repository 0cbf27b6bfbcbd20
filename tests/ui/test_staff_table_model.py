"""The staff table model and its search/filter proxy, over the demo Rutan."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt

from rutan_desk.domain.nip import Gender
from rutan_desk.domain.ranks import rank_order
from rutan_desk.domain.staff import StaffDraft, StaffKind
from rutan_desk.services.context import ActionContext
from rutan_desk.services.demo import populate_demo
from rutan_desk.services.staff import registry
from rutan_desk.services.staff.records import StaffRecord, list_staff
from rutan_desk.store.engine import Database
from rutan_desk.ui.staff.table_model import (
    RECORD_ROLE,
    SORT_ROLE,
    StaffFilterModel,
    StaffTableModel,
)
from tests.conftest import ACTOR

KNOWN_NIP = "196804111993031009"
KNOWN_NAME = "Hartono Wibisono, S.H."
DEMO_SIZE = 70


@pytest.fixture
def records(db: Database) -> list[StaffRecord]:
    """The demo, one extra person with a known NIP, and one demo guard deactivated."""
    demo = populate_demo(db, with_roster=False)
    registry.create_staff(
        ActionContext(db, ACTOR),
        StaffDraft(
            kind=StaffKind.INTERNAL,
            name=KNOWN_NAME,
            nip=KNOWN_NIP,
            golongan="III/c",
            position="Kepala Seksi Khusus",
            unit="Urusan Tata Usaha",
            status_since=date(2020, 1, 2),
        ),
    )
    registry.set_staff_active(
        ActionContext(db, ACTOR),
        demo[5].id,
        active=False,
        since=date(2024, 3, 1),
        expected_version=demo[5].version,
    )
    return list_staff(db)


@pytest.fixture
def model(qapp: object, records: list[StaffRecord]) -> StaffTableModel:
    model = StaffTableModel()
    model.set_rows(records)
    return model


@pytest.fixture
def proxy(model: StaffTableModel) -> StaffFilterModel:
    proxy = StaffFilterModel()
    proxy.setSourceModel(model)
    return proxy


def shown(proxy: StaffFilterModel) -> list[StaffRecord]:
    return [proxy.index(row, 0).data(RECORD_ROLE) for row in range(proxy.rowCount())]


def inactive_person(records: list[StaffRecord]) -> StaffRecord:
    (person,) = [r for r in records if not r.active]
    return person


def test_model_passes_the_model_tester(qtmodeltester, model: StaffTableModel) -> None:
    assert model.rowCount() == DEMO_SIZE + 1
    assert model.columnCount() == StaffTableModel.COLUMN_COUNT
    qtmodeltester.check(model)


def test_proxy_passes_the_model_tester(qtmodeltester, proxy: StaffFilterModel) -> None:
    proxy.set_search("pengamanan")
    proxy.sort(StaffTableModel.RANK, Qt.SortOrder.DescendingOrder)
    assert 0 < proxy.rowCount() < DEMO_SIZE
    qtmodeltester.check(proxy)


def test_display_of_own_staff_and_external(model: StaffTableModel) -> None:
    row = model.row_of(next(r.id for r in model_records(model) if r.nip == KNOWN_NIP))
    assert row is not None

    def cell(row: int, column: int) -> object:
        return model.index(row, column).data()

    assert cell(row, StaffTableModel.IDENTITY) == "19680411 199303 1 009"
    assert cell(row, StaffTableModel.NAME) == KNOWN_NAME
    assert cell(row, StaffTableModel.RANK) == "Penata (III/c)"
    assert cell(row, StaffTableModel.GENDER) == Gender.MALE.value
    assert cell(row, StaffTableModel.STATUS) == "Active"

    external_row = next(
        i for i, r in enumerate(model_records(model)) if r.kind == StaffKind.EXTERNAL
    )
    external = model.record(external_row)
    assert cell(external_row, StaffTableModel.IDENTITY) == external.external_id
    assert cell(external_row, StaffTableModel.RANK) == external.external_rank
    assert cell(external_row, StaffTableModel.UNIT) == f"Polres Blora – {external.unit}"
    assert cell(external_row, StaffTableModel.STATUS) == "Active (external)"
    tooltip = model.index(external_row, StaffTableModel.UNIT).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "Polres Blora"

    inactive_row = next(i for i, r in enumerate(model_records(model)) if not r.active)
    assert cell(inactive_row, StaffTableModel.STATUS) == "Inactive"
    assert model.index(inactive_row, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Name"


def model_records(model: StaffTableModel) -> list[StaffRecord]:
    return [model.record(row) for row in range(model.rowCount())]


def test_active_people_only_by_default(proxy: StaffFilterModel, records: list[StaffRecord]) -> None:
    person = inactive_person(records)
    assert proxy.rowCount() == DEMO_SIZE
    assert person not in shown(proxy)

    proxy.set_active(None)
    assert proxy.rowCount() == DEMO_SIZE + 1
    assert person in shown(proxy)

    proxy.set_active(False)
    assert shown(proxy) == [person]


def test_search_part_of_a_name_ignores_case(proxy: StaffFilterModel) -> None:
    proxy.set_search("hARTONO wibi")
    assert [r.name for r in shown(proxy)] == [KNOWN_NAME]

    proxy.set_search("WIBISONO")
    assert [r.name for r in shown(proxy)] == [KNOWN_NAME]

    proxy.set_search("wibisono nobody")
    assert proxy.rowCount() == 0

    proxy.set_search("")
    assert proxy.rowCount() == DEMO_SIZE


@pytest.mark.parametrize(
    "typed", ["19680411 199303", "196804111993031009", "19680411 199303 1 009", "19680411.199303"]
)
def test_search_by_nip_digits_grouped_or_not(proxy: StaffFilterModel, typed: str) -> None:
    proxy.set_search(typed)
    assert [r.nip for r in shown(proxy)] == [KNOWN_NIP]


def test_search_by_nrp_of_external_officer(
    proxy: StaffFilterModel, records: list[StaffRecord]
) -> None:
    officer = next(r for r in records if r.kind == StaffKind.EXTERNAL)
    proxy.set_search(officer.external_id)
    assert shown(proxy) == [officer]


def test_search_by_position(proxy: StaffFilterModel, records: list[StaffRecord]) -> None:
    proxy.set_search("pintu UTAMA")
    found = shown(proxy)
    assert len(found) == 5
    assert {r.position for r in found} == {"Petugas Pengamanan Pintu Utama"}

    proxy.set_search("kepala regu")
    expected = {r.id for r in records if r.position == "Kepala Regu Pengamanan" and r.active}
    assert {r.id for r in shown(proxy)} == expected
    assert len(expected) == 4


def test_unit_filter_matches_unit_or_agency(
    proxy: StaffFilterModel, records: list[StaffRecord]
) -> None:
    proxy.set_unit("P2U")
    assert {r.unit for r in shown(proxy)} == {"P2U"}
    assert proxy.rowCount() == 5

    proxy.set_unit("Polres Blora")
    assert proxy.rowCount() == 6
    assert {r.agency for r in shown(proxy)} == {"Polres Blora"}

    proxy.set_unit(None)
    assert proxy.rowCount() == DEMO_SIZE


def test_kind_filter(proxy: StaffFilterModel) -> None:
    proxy.set_kind(StaffKind.EXTERNAL)
    found = shown(proxy)
    assert len(found) == 6
    assert all(r.kind == StaffKind.EXTERNAL and r.agency == "Polres Blora" for r in found)

    proxy.set_kind(StaffKind.INTERNAL)
    assert proxy.rowCount() == DEMO_SIZE - 6
    assert all(r.kind == StaffKind.INTERNAL for r in shown(proxy))

    proxy.set_kind(None)
    assert proxy.rowCount() == DEMO_SIZE


def test_filters_combine(proxy: StaffFilterModel) -> None:
    proxy.set_kind(StaffKind.EXTERNAL)
    proxy.set_search("samapta")
    assert proxy.rowCount() == 4
    proxy.set_unit("P2U")
    assert proxy.rowCount() == 0


def test_sorting_by_rank_follows_seniority(proxy: StaffFilterModel) -> None:
    proxy.sort(StaffTableModel.RANK, Qt.SortOrder.AscendingOrder)
    found = shown(proxy)
    own = [r for r in found if r.kind == StaffKind.INTERNAL]
    # Own staff first, by golongan seniority (II/a before II/d before III/a), then external.
    assert found[: len(own)] == own
    orders = [rank_order(r.golongan) for r in own]
    assert orders == sorted(orders)
    assert orders[0] < orders[-1]
    labels = [proxy.index(row, StaffTableModel.RANK).data() for row in range(len(own))]
    assert labels.index("Pengatur Tingkat I (II/d)") < labels.index("Penata Muda (III/a)")

    proxy.sort(StaffTableModel.RANK, Qt.SortOrder.DescendingOrder)
    descending = [r for r in shown(proxy) if r.kind == StaffKind.INTERNAL]
    assert [rank_order(r.golongan) for r in descending] == sorted(orders, reverse=True)


def test_sort_keys_are_comparable_by_qt(model: StaffTableModel) -> None:
    # Qt sorts natively only on strings and numbers; the rank key must order by golongan.
    low = model.index(0, StaffTableModel.RANK).data(SORT_ROLE)
    assert isinstance(low, str)
    keys = {
        model.record(row).golongan: model.index(row, StaffTableModel.RANK).data(SORT_ROLE)
        for row in range(model.rowCount())
        if model.record(row).kind == StaffKind.INTERNAL
    }
    assert keys["II/d"] < keys["III/a"] < keys["III/d"]
    assert model.index(0, 0).data(SORT_ROLE) is not None
    assert model.data(QModelIndex(), SORT_ROLE) is None


def test_sorting_by_status_puts_inactive_last(
    proxy: StaffFilterModel, records: list[StaffRecord]
) -> None:
    proxy.set_active(None)
    proxy.sort(StaffTableModel.STATUS, Qt.SortOrder.AscendingOrder)
    found = shown(proxy)
    assert found[-1] == inactive_person(records)
    kinds = [r.kind for r in found[:-1]]
    assert kinds == sorted(kinds, key=lambda kind: kind == StaffKind.EXTERNAL)


def test_sorting_by_name(proxy: StaffFilterModel) -> None:
    proxy.sort(StaffTableModel.NAME, Qt.SortOrder.AscendingOrder)
    names = [r.name.casefold() for r in shown(proxy)]
    assert names == sorted(names)


def test_sorting_keeps_persistent_indexes_on_their_person(model: StaffTableModel) -> None:
    from PySide6.QtCore import QPersistentModelIndex

    record = model.record(5)
    held = QPersistentModelIndex(model.index(5, StaffTableModel.NAME))
    model.sort(StaffTableModel.NAME, Qt.SortOrder.DescendingOrder)
    assert model.record(held.row()) == record
    model.sort(StaffTableModel.RANK, Qt.SortOrder.AscendingOrder)
    assert model.record(held.row()) == record
    model.sort(StaffTableModel.NAME, Qt.SortOrder.AscendingOrder)
    names = [model.record(r).name for r in range(model.rowCount())]
    model.set_rows([model.record(r) for r in reversed(range(model.rowCount()))])
    assert [model.record(r).name for r in range(model.rowCount())] == names  # sort kept
