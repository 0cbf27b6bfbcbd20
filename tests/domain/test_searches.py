"""The rules of a search (penggeledahan) and its findings: times, places, items, fates, and
the words an incident opened by a finding starts with."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rutan_desk.domain.errors import FieldError
from rutan_desk.domain.incidents import Severity
from rutan_desk.domain.searches import (
    FINDING_ITEM_LABELS,
    FINDING_ITEM_TYPES,
    MAX_SEARCH_HOURS,
    Disposition,
    FindingFate,
    FindingItem,
    SearchKind,
    disposition_errors,
    fate_change_errors,
    finding_chronology,
    finding_errors,
    finding_summary,
    item_words,
    join_agencies,
    place_errors,
    search_time_errors,
    split_agencies,
    suggested_severity,
    words_list,
)

NOW = datetime(2024, 2, 1, 9, 0)  # WIB
SEARCH_DAY = date(2024, 1, 31)
TODAY = NOW.date()


def codes(errors: list[FieldError]) -> dict[str, str]:
    return {e.field: e.code for e in errors}


# -- times ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("started", "ended", "expected"),
    [
        (datetime(2024, 1, 31, 22, 0), datetime(2024, 1, 31, 23, 30), {}),
        (datetime(2024, 1, 31, 22, 0), None, {}),  # the end not known yet
        (datetime(2024, 1, 31, 23, 0), datetime(2024, 2, 1, 1, 30), {}),  # past midnight
        (NOW, NOW, {}),
        (None, None, {"started_at": "search_time_required"}),
        (NOW + timedelta(minutes=1), None, {"started_at": "search_time_future"}),
        (
            datetime(2024, 1, 31, 22, 0),
            NOW + timedelta(hours=1),
            {"ended_at": "search_time_future"},
        ),
        (
            datetime(2024, 1, 31, 22, 0),
            datetime(2024, 1, 31, 21, 0),
            {"ended_at": "end_before_start"},
        ),
        (
            datetime(2024, 1, 30, 8, 0),
            datetime(2024, 1, 31, 8, 1),
            {"ended_at": "search_too_long"},
        ),
        # A start in the future is the mistake to show, not the end before it.
        (NOW + timedelta(hours=2), NOW, {"started_at": "search_time_future"}),
    ],
)
def test_when_a_search_began_and_ended(
    started: datetime | None, ended: datetime | None, expected: dict[str, str]
) -> None:
    assert codes(search_time_errors(started, ended, NOW)) == expected


@given(
    st.datetimes(min_value=datetime(2023, 1, 1), max_value=datetime(2024, 3, 1)),
    st.one_of(
        st.none(), st.timedeltas(min_value=timedelta(hours=-30), max_value=timedelta(hours=30))
    ),
)
def test_times_are_accepted_exactly_when_in_order_short_and_not_ahead(
    started: datetime, length: timedelta | None
) -> None:
    ended = None if length is None else started + length
    accepted = not search_time_errors(started, ended, NOW)
    assert accepted == (
        started <= NOW
        and (
            ended is None
            or (started <= ended <= NOW and ended - started <= timedelta(hours=MAX_SEARCH_HOURS))
        )
    )


# -- places and findings ----------------------------------------------------------------------


def test_a_place_is_a_block_or_another_place_in_words() -> None:
    assert place_errors("places", 3, "") == []
    assert place_errors("places", None, "Dapur") == []
    assert codes(place_errors("places", None, "  ")) == {"places": "search_place_required"}


@given(st.sampled_from(FINDING_ITEM_TYPES), st.text(max_size=20), st.integers(-5, 50))
def test_a_finding_counts_and_another_kind_is_described(
    item: FindingItem, description: str, quantity: int
) -> None:
    found = {e.code for e in finding_errors(item, description, quantity)}
    expected = set()
    if quantity <= 0:
        expected.add("quantity_positive")
    if item == FindingItem.LAIN_LAIN and not description.strip():
        expected.add("finding_description_required")
    assert found == expected


def test_an_item_not_on_the_list_is_refused() -> None:
    assert codes(finding_errors("granat", "", 1)) == {"findings": "finding_item_unknown"}
    assert set(FINDING_ITEM_LABELS) == set(FINDING_ITEM_TYPES)


# -- fates ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("disposition", "expected"),
    [
        (Disposition(), {}),  # kept, no date needed
        (Disposition(FindingFate.DISIMPAN, SEARCH_DAY), {}),
        (Disposition(FindingFate.DIMUSNAHKAN, TODAY, "BA/01/II/2024"), {}),
        (Disposition(FindingFate.DISERAHKAN, TODAY, handed_to="Sat Resnarkoba Polres Blora"), {}),
        (
            Disposition(FindingFate.DIMUSNAHKAN),
            {"fate_on": "fate_date_required", "berita_acara": "fate_berita_acara_required"},
        ),
        (
            Disposition(FindingFate.DISERAHKAN, TODAY, handed_to=" "),
            {"handed_to": "fate_handed_to_required"},
        ),
        (
            Disposition(FindingFate.DIMUSNAHKAN, date(2024, 1, 30), "BA/01"),
            {"fate_on": "fate_before_search"},
        ),
        (
            Disposition(FindingFate.DISERAHKAN, date(2024, 2, 2), handed_to="Polres"),
            {"fate_on": "date_in_future"},
        ),
    ],
)
def test_a_fate_has_what_it_needs(disposition: Disposition, expected: dict[str, str]) -> None:
    assert codes(disposition_errors(disposition, SEARCH_DAY, TODAY)) == expected


@given(st.dates(min_value=date(2023, 12, 1), max_value=date(2024, 3, 1)))
def test_a_fate_day_lies_between_the_search_and_today(day: date) -> None:
    disposition = Disposition(FindingFate.DIMUSNAHKAN, day, "BA/01/II/2024")
    accepted = not disposition_errors(disposition, SEARCH_DAY, TODAY)
    assert accepted == (SEARCH_DAY <= day <= TODAY)


def test_a_destroyed_or_handed_over_item_keeps_its_fate() -> None:
    for current in FindingFate:
        for new in FindingFate:
            refused = bool(fate_change_errors(current, new))
            assert refused == (current != FindingFate.DISIMPAN and new != current)
    (error,) = fate_change_errors(FindingFate.DIMUSNAHKAN, FindingFate.DISERAHKAN)
    assert error.params == {"fate": "Dimusnahkan"}


def test_a_disposition_keeps_only_what_its_fate_uses() -> None:
    handed = Disposition(FindingFate.DISERAHKAN, TODAY, " BA/02 ", " Polres  Blora ")
    assert handed.tidied() == Disposition(FindingFate.DISERAHKAN, TODAY, "BA/02", "Polres Blora")
    destroyed = Disposition(FindingFate.DIMUSNAHKAN, TODAY, "BA/03", "Polres Blora")
    assert destroyed.tidied().handed_to == ""
    kept = Disposition(FindingFate.DISIMPAN, TODAY, "BA/03", "Polres Blora")
    assert kept.tidied() == Disposition(FindingFate.DISIMPAN, TODAY)


# -- words ------------------------------------------------------------------------------------


@given(st.lists(st.sampled_from(["TNI", "tni", " Polri ", "BNN", "", "Satops  Patnal"])))
def test_agencies_are_kept_one_a_line_each_once(names: list[str]) -> None:
    kept = split_agencies(join_agencies(names))
    assert len({n.casefold() for n in kept}) == len(kept)
    assert all(name == name.strip() and name for name in kept)
    assert split_agencies(join_agencies(kept)) == kept


def test_lists_read_as_indonesian() -> None:
    assert words_list([]) == ""
    assert words_list(["TNI"]) == "TNI"
    assert words_list(["TNI", "Polri"]) == "TNI dan Polri"
    assert words_list(["TNI", "Polri", "BNN"]) == "TNI, Polri dan BNN"


def test_the_words_of_a_finding() -> None:
    assert item_words(FindingItem.HP, "Samsung hitam") == "HP (Samsung hitam)"
    assert item_words(FindingItem.LAIN_LAIN, "gunting kuku") == "gunting kuku"
    assert finding_summary(FindingItem.HP, "Samsung", 2, "buah", SEARCH_DAY) == (
        "Temuan HP 2 buah pada penggeledahan 31 Januari 2024"
    )
    assert finding_summary(FindingItem.LAIN_LAIN, "sendok modifikasi", 1, "", SEARCH_DAY) == (
        "Temuan sendok modifikasi 1 buah pada penggeledahan 31 Januari 2024"
    )
    chronology = finding_chronology(
        datetime(2024, 1, 31, 22, 0),
        SearchKind.INSIDENTIL,
        ["TNI", "Polri"],
        "Budi Santoso",
        "HP (Samsung hitam) 2 buah",
        "Blok A, kamar 3",
        "WBP Eko (A.II/123/2023)",
    )
    assert chronology == (
        "Pada hari Rabu, 31 Januari 2024 pukul 22.00 WIB dilaksanakan penggeledahan insidentil"
        " bersama TNI dan Polri, dipimpin oleh Budi Santoso. Dalam penggeledahan tersebut"
        " ditemukan HP (Samsung hitam) 2 buah di Blok A, kamar 3 milik WBP Eko (A.II/123/2023)."
    )


def test_drugs_and_weapons_open_a_grave_incident() -> None:
    assert suggested_severity(FindingItem.NARKOBA) == Severity.BERAT
    assert suggested_severity(FindingItem.SENJATA_TAJAM) == Severity.BERAT
    assert suggested_severity(FindingItem.HP) == Severity.SEDANG
    assert suggested_severity(FindingItem.ROKOK_KOREK) == Severity.RINGAN
