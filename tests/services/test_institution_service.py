from __future__ import annotations

import io
import json
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from rutan_desk.domain.errors import ValidationError
from rutan_desk.domain.institution import (
    DEFAULT_PROFILE,
    MAX_LOGO_BYTES,
    PaperSize,
    logo_mime_type,
)
from rutan_desk.services.context import ActionContext, Actor, ActorKind
from rutan_desk.services.errors import StaleRecordError
from rutan_desk.services.institution import (
    TEXT_LIMITS,
    default_logo,
    get_profile,
    save_profile,
    saved_profile,
)
from rutan_desk.services.logo_image import logo_from_file
from rutan_desk.store.engine import Database
from rutan_desk.store.models.audit import AuditEntry
from tests.conftest import ACTOR


def image_file(size: tuple[int, int], *, mode: str = "RGB", kind: str = "PNG") -> bytes:
    buffer = io.BytesIO()
    Image.new(mode, size, "navy" if mode == "RGB" else 1).save(buffer, format=kind)
    return buffer.getvalue()


PNG = image_file((40, 30))


def stored_size(logo: bytes | None) -> tuple[int, int]:
    assert logo is not None and logo_mime_type(logo) == "image/png"
    with Image.open(io.BytesIO(logo)) as image:
        return image.size


def test_a_new_database_offers_the_default_profile_with_the_shipped_logo(db: Database) -> None:
    assert get_profile(db) == replace(DEFAULT_PROFILE, logo=default_logo())
    assert logo_mime_type(default_logo()) == "image/png"
    assert saved_profile(db).version == 0  # never saved


def test_saving_stores_every_line_and_audits_the_change(ctx: ActionContext) -> None:
    db = ctx.db
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
    saved = save_profile(ctx, profile, expected_version=0)
    assert saved.profile.address == "Jl. Pemuda No. 1"
    assert get_profile(db) == saved.profile
    assert stored_size(get_profile(db).logo) == (40, 30)  # kept as a normalised PNG
    assert saved_profile(db) == saved
    again = save_profile(ctx, replace(saved.profile, city="Cepu"), expected_version=saved.version)
    assert again.version == saved.version + 1
    with db.read() as session:
        entries = list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))
    assert [(e.action, e.entity, e.entity_id, e.actor) for e in entries] == [
        ("create", "institution_profile", "1", ACTOR.audit_name),
        ("update", "institution_profile", "1", ACTOR.audit_name),
    ]
    after = json.loads(entries[0].after or "{}")
    kept = get_profile(db).logo
    assert kept is not None and after["logo"]["size"] == len(kept)  # audited by its hash
    # Saved again unchanged, the logo is left byte for byte.
    assert json.loads(entries[1].after or "{}")["logo"] == after["logo"]
    assert json.loads(entries[1].before or "{}")["city"] == "Blora"
    assert json.loads(entries[1].after or "{}")["city"] == "Cepu"


def test_invalid_profile_is_refused_whole(ctx: ActionContext) -> None:
    with pytest.raises(ValidationError) as raised:
        save_profile(
            ctx, replace(DEFAULT_PROFILE, email="x@", logo=b"GIF89a..."), expected_version=0
        )
    assert raised.value.codes() == {"email": "email_invalid", "logo": "logo_not_image"}
    assert saved_profile(ctx.db).version == 0  # nothing saved


def test_text_longer_than_its_column_is_refused(ctx: ActionContext) -> None:
    """The limit comes from the column (TEXT_LIMITS), no longer from the domain's own number."""
    limit = TEXT_LIMITS["address"]
    with pytest.raises(ValidationError) as raised:
        save_profile(ctx, replace(DEFAULT_PROFILE, address="J" * (limit + 1)), expected_version=0)
    assert raised.value.codes() == {"address": "text_too_long"}
    assert raised.value.errors[0].params == {"max": limit}
    saved = save_profile(ctx, replace(DEFAULT_PROFILE, address="J" * limit), expected_version=0)
    assert saved.profile.address == "J" * limit


def test_a_profile_saved_meanwhile_elsewhere_is_not_overwritten(ctx: ActionContext) -> None:
    other = ActionContext(ctx.db, Actor(ActorKind.SYSTEM, "petugas.lain"))
    first = save_profile(other, DEFAULT_PROFILE, expected_version=0)
    # A form opened before the first save still believes the profile was never saved.
    with pytest.raises(StaleRecordError):
        save_profile(ctx, replace(DEFAULT_PROFILE, city="Cepu"), expected_version=0)
    save_profile(other, replace(first.profile, city="Rembang"), expected_version=first.version)
    with pytest.raises(StaleRecordError) as raised:
        save_profile(ctx, replace(first.profile, city="Cepu"), expected_version=first.version)
    assert raised.value.changed_by == "sistem:petugas.lain"
    assert raised.value.fields == ("city",)
    assert get_profile(ctx.db).city == "Rembang"


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"\x89PNG\r\n\x1a\nMZ\x90\x00" + b"\x00" * 200, "logo_not_image"),  # a PNG header on junk
        (image_file((120, 90))[:60], "logo_not_image"),  # cut off in the middle
        (b"GIF89a" + b"\x00" * 40, "logo_not_image"),
        (image_file((8000, 8000), mode="1"), "logo_too_many_pixels"),  # a few KB, 64 Mpx
        (image_file((4500, 10)), "logo_too_many_pixels"),
    ],
)
def test_a_logo_that_is_not_a_sound_picture_of_a_sane_size_is_refused(
    ctx: ActionContext, data: bytes, code: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        save_profile(ctx, replace(DEFAULT_PROFILE, logo=data), expected_version=0)
    assert refused.value.codes() == {"logo": code}
    assert saved_profile(ctx.db).version == 0  # nothing was written


def test_a_large_photo_or_jpeg_logo_is_kept_as_a_png_a_letterhead_can_use(
    ctx: ActionContext,
) -> None:
    saved = save_profile(
        ctx,
        replace(DEFAULT_PROFILE, logo=image_file((1800, 1200), kind="JPEG")),
        expected_version=0,
    )
    assert stored_size(saved.profile.logo) == (600, 400)


def test_a_logo_file_too_large_is_refused_before_it_is_read(tmp_path: Path) -> None:
    huge = tmp_path / "logo.png"
    with huge.open("wb") as file:
        file.truncate(MAX_LOGO_BYTES + 1)  # sparse: nothing to read, only its size
    with pytest.raises(ValidationError) as refused:
        logo_from_file(huge)
    assert refused.value.codes() == {"logo": "logo_too_large"}
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(image_file((1200, 900), kind="JPEG"))
    assert stored_size(logo_from_file(photo)) == (600, 450)
