"""Migration 0015: a database of 0014 with its profile gets an empty table of letterhead
versions (its letters keep printing the profile's names), and going back removes it."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from pytest_alembic import MigrationContext
from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import IntegrityError

PROFILE = {
    "id": 1,
    "ministry": "KEMENTERIAN HUKUM DAN HAK ASASI MANUSIA REPUBLIK INDONESIA",
    "directorate": "",
    "regional_office": "KANTOR WILAYAH JAWA TENGAH",
    "unit_name": "RUMAH TAHANAN NEGARA KELAS IIB BLORA",
    "address": "",
    "phone": "",
    "email": "",
    "website": "",
    "city": "Blora",
    "head_title": "KEPALA RUMAH TAHANAN NEGARA KELAS IIB BLORA",
    "head_name": "",
    "head_nip": "",
    "head_golongan": "",
    "paper_size": "A4",
    "version": 1,
    "updated_at": datetime(2024, 1, 2, 3, 4, 5),
}


def test_0015_adds_an_empty_table_of_versions_one_per_date(
    alembic_runner: MigrationContext, alembic_engine: Engine
) -> None:
    alembic_runner.migrate_up_to("0014_roster_rest")
    alembic_runner.insert_into("institution_profile", PROFILE)
    alembic_runner.migrate_up_to("0015_letterhead_versions")
    with alembic_engine.connect() as connection:
        assert connection.scalar(text("SELECT count(*) FROM letterhead_version")) == 0
        ministry = connection.scalar(text("SELECT ministry FROM institution_profile"))
        assert ministry == PROFILE["ministry"]
    version = {
        "valid_from": date(2024, 10, 21),
        "ministry": "KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN REPUBLIK INDONESIA",
        "directorate": "",
        "regional_office": "",
        "unit_name": "RUMAH TAHANAN NEGARA KELAS IIB BLORA",
    }
    alembic_runner.insert_into("letterhead_version", version)
    with pytest.raises(IntegrityError):
        alembic_runner.insert_into("letterhead_version", version)
    alembic_runner.migrate_down_to("0014_roster_rest")
    assert "letterhead_version" not in inspect(alembic_engine).get_table_names()
