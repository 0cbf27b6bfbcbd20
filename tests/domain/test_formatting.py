from __future__ import annotations

from datetime import date, datetime, time

from rutan_desk.domain.formatting import (
    clock,
    day_span,
    full_date,
    long_date,
    month_year,
    short_date,
)
from rutan_desk.domain.ranks import CIVIL_SERVICE_RANKS, civil_service_rank, rank_order


def test_dates_are_written_in_indonesian() -> None:
    assert long_date(date(2026, 1, 27)) == "Selasa, 27 Januari 2026"
    assert full_date(date(2023, 12, 30)) == "30 Desember 2023"
    assert month_year(2024, 2) == "Februari 2024"
    assert short_date(date(2024, 2, 9)) == "09-02-2024"


def test_times_use_a_dot_and_the_zone() -> None:
    assert clock(time(7, 0)) == "07.00 WIB"
    assert clock(datetime(2023, 12, 31, 23, 5), zone=False) == "23.05"


def test_rank_labels_are_printed_as_on_official_documents() -> None:
    rank = civil_service_rank("III/a")
    assert rank is not None
    assert rank.label() == "Penata Muda (III/a)"
    assert civil_service_rank("II/c").label() == "Pengatur (II/c)"  # type: ignore[union-attr]
    assert civil_service_rank("IV/a").label() == "Pembina (IV/a)"  # type: ignore[union-attr]


def test_rank_order_follows_seniority() -> None:
    orders = [rank_order(rank.golongan) for rank in CIVIL_SERVICE_RANKS]
    assert orders == sorted(orders)
    assert rank_order("II/a") < rank_order("III/a") < rank_order("IV/e") < rank_order("??")


def test_a_stored_utc_moment_is_shown_in_wib() -> None:
    from datetime import datetime

    from rutan_desk.domain.formatting import moment_text

    assert moment_text(datetime(2023, 12, 30, 18, 5)) == "31-12-2023 01.05 WIB"


def test_a_span_of_days_names_the_month_and_year_once_where_they_are_shared() -> None:
    assert day_span(date(2023, 12, 1), date(2023, 12, 14)) == "1–14 Desember 2023"
    assert day_span(date(2023, 11, 28), date(2023, 12, 3)) == "28 November – 3 Desember 2023"
    assert day_span(date(2023, 12, 31), date(2024, 1, 1)) == "31 Desember 2023 – 1 Januari 2024"
    assert day_span(date(2024, 2, 29), date(2024, 2, 29)) == "29 Februari 2024"
