"""Regu proposed from a staff list: as its unit column names them, else spread evenly, the
Kepala Regu of each regu as its Karupam."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from rutan_desk.domain.regu_proposal import Guard, ReguProposal, propose_regu, regu_named_by


def test_the_unit_column_names_the_regu_in_numeric_order() -> None:
    guards = [
        Guard(1, "Budi", "Kepala Regu", "REGU ii"),
        Guard(2, "Andi", "Petugas", "Regu II"),
        Guard(3, "Citra", "Petugas", "Regu X"),
        Guard(4, "Dedi", "Karupam", "Regu IX"),
        Guard(5, "Eko", "Petugas", "Kantor"),  # named no regu: goes to the smallest
    ]

    assert propose_regu(guards) == [
        ReguProposal("Regu II", 1, (2, 1)),
        ReguProposal("Regu IX", 4, (4, 5)),
        ReguProposal("Regu X", None, (3,)),
    ]


def test_a_list_without_regu_is_split_evenly_with_one_head_each() -> None:
    guards = [Guard(i, f"Penjaga {i:02d}", "Petugas") for i in range(1, 11)]
    guards += [Guard(20 + i, f"Kepala {i}", "Kepala Regu") for i in range(4)]

    teams = propose_regu(guards, count=4)

    assert [team.name for team in teams] == ["Regu I", "Regu II", "Regu III", "Regu IV"]
    assert sorted(len(team.member_ids) for team in teams) == [3, 3, 4, 4]
    assert sorted(team.karupam_id for team in teams if team.karupam_id) == [20, 21, 22, 23]


def test_unit_names_are_tidied() -> None:
    assert regu_named_by("  regu   iii ") == "Regu III"
    assert regu_named_by("REGU 2") == "Regu 2"
    assert regu_named_by("Regu A") == "Regu A"  # a letter that is not a numeral stays
    assert regu_named_by("Reguler") is None
    assert regu_named_by("") is None


@given(
    units=st.lists(st.sampled_from(["", "Regu I", "Regu II", "Kantor", "regu iii"]), max_size=40),
    count=st.integers(min_value=1, max_value=6),
)
def test_everyone_is_in_exactly_one_regu_and_each_karupam_is_a_member(
    units: list[str], count: int
) -> None:
    guards = [
        Guard(i, f"P{i}", "Kepala Regu" if i % 7 == 0 else "Petugas", unit)
        for i, unit in enumerate(units)
    ]

    teams = propose_regu(guards, count=count)

    members = [member for team in teams for member in team.member_ids]
    assert sorted(members) == [guard.id for guard in guards]
    assert all(team.karupam_id in (None, *team.member_ids) for team in teams)
    assert all(team.member_ids for team in teams)
