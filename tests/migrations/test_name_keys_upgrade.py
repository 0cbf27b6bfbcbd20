"""Migration 0019 on a database holding partners (and kinds of incident) whose names differ only
in case: the upgrade does not fail and changes no name; the oldest gets the plain key, the later
ones a key of their own, and from then on the database refuses a new case variant. On SQLite
and on PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from rutan_desk.store.engine import Database
from rutan_desk.store.models.agreements import PartnerRow
from tests.migrations.test_uniqueness_upgrade import migrate, plant
from tests.migrations.test_uniqueness_upgrade import url as url  # the fixture

PARTNER = (
    "INSERT INTO partner (id, name, short_name, address, phone, email, note, retired, version)"
    " VALUES (:id, :name, '', '', '', '', '', false, 1)"
)


def test_case_variants_already_saved_keep_their_names_and_new_ones_are_refused(
    url: str,
) -> None:
    migrate(url, "0018_uniqueness")
    plant(
        url,
        PARTNER,
        [
            {"id": 1, "name": "Polres Blora"},
            {"id": 2, "name": "POLRES  BLORA"},
            {"id": 3, "name": "Kodim 0721/Blora"},
        ],
    )
    plant(url, "UPDATE incident_type SET name = upper(name) WHERE id = 2")

    migrate(url, "0019_name_keys")

    database = Database(url)
    try:
        with database.read() as session:
            rows = session.execute(
                select(PartnerRow.id, PartnerRow.name, PartnerRow.name_key).order_by(PartnerRow.id)
            ).all()
        assert [tuple(row) for row in rows] == [
            (1, "Polres Blora", "polres blora"),
            (2, "POLRES  BLORA", "polres blora #2"),
            (3, "Kodim 0721/Blora", "kodim 0721/blora"),
        ]
        with pytest.raises(IntegrityError), database.engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO partner (id, name, name_key, short_name, address, phone, email,"
                    " note, retired, version) VALUES (4, 'polres blora', 'polres blora', '',"
                    " '', '', '', '', false, 1)"
                )
            )
        with database.engine.connect() as connection:
            keys = connection.execute(text("SELECT name, name_key FROM incident_type")).all()
        assert all(key == " ".join(name.casefold().split()) for name, key in keys)
    finally:
        database.dispose()
    migrate(url, "0018_uniqueness", down=True)
