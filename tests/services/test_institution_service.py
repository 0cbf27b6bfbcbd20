from __future__ import annotations

import json
from dataclasses import replace

import pytest
from sqlalchemy import select

from rutan_desk.domain.errors import ValidationError
from rutan_desk.domain.institution import DEFAULT_PROFILE, PaperSize
from rutan_desk.services.institution import get_profile, save_profile
from rutan_desk.store.engine import Database
from rutan_desk.store.models.audit import AuditEntry

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def test_a_new_database_offers_the_default_profile(db: Database) -> None:
    assert get_profile(db) == DEFAULT_PROFILE


def test_saving_stores_every_line_and_audits_the_change(db: Database, actor: str) -> None:
    profile = replace(
        DEFAULT_PROFILE,
        address=" Jl. Pemuda  No. 1 ",
        phone="(0296) 531000",
        email="rutan@contoh.go.id",
        head_name="Drs. Heru Santoso",
        head_nip="196804111993031009",
        head_golongan="IV/a",
        paper_size=PaperSize.F4,
        logo=PNG,
    )
    saved = save_profile(db, actor, profile)
    assert saved.address == "Jl. Pemuda No. 1"
    assert get_profile(db) == saved
    assert get_profile(db).logo == PNG
    save_profile(db, actor, replace(saved, city="Cepu"))
    with db.read() as session:
        entries = list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))
    assert [e.action for e in entries] == ["create", "update"]
    after = json.loads(entries[0].after or "{}")
    assert after["logo"]["size"] == len(PNG)  # the image is audited by its hash, not copied
    assert json.loads(entries[1].before or "{}")["city"] == "Blora"
    assert json.loads(entries[1].after or "{}")["city"] == "Cepu"


def test_invalid_profile_is_refused_whole(db: Database, actor: str) -> None:
    with pytest.raises(ValidationError) as raised:
        save_profile(db, actor, replace(DEFAULT_PROFILE, email="x@", logo=b"GIF89a..."))
    assert raised.value.codes() == {"email": "email_invalid", "logo": "logo_not_image"}
    assert get_profile(db) == DEFAULT_PROFILE
