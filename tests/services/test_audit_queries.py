"""The audit trail as people read it: browsing by period, account, area, record and text, a
page at a time; the fields that changed; one record's history with its lines; the printed
view; and who may read it."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC, date, datetime, time

import pytest
from pypdf import PdfReader

from rutan_desk.domain.accounts import Role
from rutan_desk.domain.calendar import AlertPeriod
from rutan_desk.domain.changes import Area
from rutan_desk.domain.staff import StaffDraft
from rutan_desk.reports.page import page_size
from rutan_desk.services.accounts.admin import create_account
from rutan_desk.services.accounts.sign_in import change_own_password
from rutan_desk.services.audit import queries
from rutan_desk.services.audit.export import audit_trail_pdf
from rutan_desk.services.audit.queries import AuditQuery, browse, record_history
from rutan_desk.services.calendar.edits import add_holiday, delete_alert_period, save_alert_period
from rutan_desk.services.context import ActionContext, Actor, FixedClock
from rutan_desk.services.errors import PermissionDeniedError
from rutan_desk.services.handover.forms import EventLine
from rutan_desk.services.handover.prefill import prefill_handover
from rutan_desk.services.handover.queries import load_handover
from rutan_desk.services.handover.saving import save_handover
from rutan_desk.services.institution import get_profile
from rutan_desk.services.staff import registry
from rutan_desk.store.engine import Database
from tests.conftest import ACTOR
from tests.services.test_handover import (
    JAN_31,
    Rutan,
    counted_as_expected,
    make_rutan,
    opening_balance,
    planned,
)
from tests.services.test_staff_service import BUDI, SITI

TEMPORARY = "Sementara#2026"
OWN = "Rahasia#Sendiri7"


def at(db: Database, moment: datetime, actor: Actor = ACTOR) -> ActionContext:
    return ActionContext(db, actor, FixedClock(moment.replace(tzinfo=UTC)))


def moved(draft: StaffDraft, position: str) -> StaffDraft:
    return replace(draft, position=position)


def pdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


# -- browsing ---------------------------------------------------------------------------------


def test_entries_come_newest_first_a_page_at_a_time(ctx: ActionContext) -> None:
    budi = registry.create_staff(ctx, BUDI)
    for number in range(4):
        budi = registry.update_staff(
            ctx, budi.id, moved(BUDI, f"Jabatan {number}"), expected_version=budi.version
        )
    everything = browse(ctx).entries
    assert [e.action for e in everything] == ["update"] * 4 + ["create"]
    assert [e.id for e in everything] == sorted((e.id for e in everything), reverse=True)

    seen = []
    page = browse(ctx, limit=2)
    while True:
        assert len(page.entries) <= 2
        seen += [e.id for e in page.entries]
        if page.next_before is None:
            break
        page = browse(ctx, before_id=page.next_before, limit=2)
    assert seen == [e.id for e in everything]
    assert browse(ctx, limit=5).next_before is None  # exactly one page: nothing more to read


def test_filters_by_period_account_area_record_and_text(db: Database) -> None:
    # 23.59 WIB on 27 January and 00.00 WIB on 28 January: two office days.
    evening = at(db, datetime(2026, 1, 27, 16, 59))
    other = Actor.system("petugas.lain")
    midnight = at(db, datetime(2026, 1, 27, 17, 0), other)
    budi = registry.create_staff(evening, BUDI)
    siti = registry.create_staff(midnight, SITI)
    add_holiday(midnight, date(2026, 2, 17), "Tahun Baru Imlek")

    def found(**filters: object) -> list[tuple[str, str]]:
        page = browse(evening, AuditQuery(**filters))  # type: ignore[arg-type]
        return [(e.entity, e.record_label) for e in page.entries]

    jan_27, jan_28 = date(2026, 1, 27), date(2026, 1, 28)
    assert found(first=jan_27, last=jan_27) == [("staff", BUDI.name)]
    assert found(first=jan_28, last=jan_28) == [
        ("holiday", "17-02-2026 Tahun Baru Imlek"),
        ("staff", SITI.name),
    ]
    assert found(last=jan_27) == [("staff", BUDI.name)]
    assert found(first=jan_28) == found(first=jan_28, last=jan_28)
    assert found(actor="sistem:petugas.lain") == found(first=jan_28, last=jan_28)
    assert found(actor="sistem:nobody") == []
    assert found(area=Area.STAFF) == [("staff", SITI.name), ("staff", BUDI.name)]
    assert found(area=Area.CALENDAR) == [("holiday", "17-02-2026 Tahun Baru Imlek")]
    assert found(entity="staff", entity_id=str(budi.id)) == [("staff", BUDI.name)]
    assert found(entity="staff", entity_id=str(siti.id), area=Area.CALENDAR) == []
    # Text is looked for in the values, whatever its case; % and _ are plain characters.
    assert found(text="rahayu") == [("staff", SITI.name)]
    assert found(text="IMLEK") == [("holiday", "17-02-2026 Tahun Baru Imlek")]
    assert found(text="100%") == found(text="Siti_") == []
    assert found(text=str(budi.id), area=Area.STAFF)[-1] == ("staff", BUDI.name)

    choices = {c.actor: c.label for c in queries.actor_choices(evening)}
    assert choices == {
        "sistem:petugas.uji": "petugas.uji (sistem)",
        "sistem:petugas.lain": "petugas.lain (sistem)",
    }


def test_an_entry_says_who_did_what_to_which_record(ctx: ActionContext) -> None:
    budi = registry.create_staff(ctx, BUDI)
    registry.update_staff(
        ctx,
        budi.id,
        replace(BUDI, position="Petugas Pengamanan", phone=""),
        expected_version=budi.version,
    )
    update, create = browse(ctx, AuditQuery(area=Area.STAFF)).entries

    assert (update.actor, update.actor_kind, update.actor_login) == (
        "sistem:petugas.uji",
        "sistem",
        "petugas.uji",
    )
    assert update.actor_label == "petugas.uji"
    assert (update.area, update.area_name, update.action_name) == (Area.STAFF, "Pegawai", "diubah")
    assert update.record_text == "Pegawai: Budi Santoso, S.H."
    assert update.at_wib.utcoffset() is None and update.time_text.endswith(" WIB")
    # Only the fields that changed, in the order of the form, with the values as written;
    # the version counter goes up with every change and is not one.
    assert [(c.field, c.label, c.before_text, c.after_text) for c in update.changes] == [
        ("position", "Jabatan", "Kepala Regu Pengamanan", "Petugas Pengamanan"),
        ("phone", "Telepon", "081234567890", "—"),
    ]
    assert update.changes[0].before == "Kepala Regu Pengamanan"
    every = {f.field: f for f in update.fields}
    assert every["version"].before == 1 and every["version"].after == 2
    assert not every["name"].changed and every["name"].after_text == "Budi Santoso, S.H."
    assert update.change_lines() == [
        "Jabatan: Kepala Regu Pengamanan → Petugas Pengamanan",
        "Telepon: 081234567890 → —",
    ]
    assert (
        update.summary()
        == "Jabatan: Kepala Regu Pengamanan → Petugas Pengamanan; Telepon: 081234567890 → —"
    )

    # A creation lists the values it was made with (not the empty ones, not its id).
    created = {c.label: c.after_text for c in create.changes}
    assert created["Nama"] == "Budi Santoso, S.H."
    assert created["Jenis"] == "pegawai rutan"
    assert created["Aktif"] == "ya"
    assert "ID" not in created and "Catatan" not in created
    assert all(c.before_text == "" for c in create.changes)


def test_a_deleted_record_shows_what_it_was_with_its_lines(ctx: ActionContext) -> None:
    alert = save_alert_period(
        ctx, AlertPeriod("Siaga Lebaran", date(2026, 3, 15), date(2026, 3, 25), extra={"M": 2})
    )
    delete_alert_period(ctx, alert.id, expected_version=alert.version)

    history = record_history(ctx, "alert_period", alert.id)
    assert history.title == "Masa siaga: Siaga Lebaran"
    created, deleted = history.entries
    assert [line.text() for line in created.lines] == ["Tambahan siaga M (dibuat): Tambahan: 2"]
    assert deleted.action_name == "dihapus"
    assert {c.label: (c.before_text, c.after_text) for c in deleted.changes}["Mulai"] == (
        "15-03-2026",
        "",
    )
    assert deleted.change_lines()[-1] == "Tambahan siaga M (dihapus): Tambahan: 2"
    assert deleted.summary().endswith("Tambahan siaga: 1 baris dihapus")


def test_a_handover_saved_twice_has_a_history_with_its_changed_lines(ctx: ActionContext) -> None:
    rutan: Rutan = make_rutan(ctx)
    planned(ctx)
    block, category = rutan.blocks[0], rutan.categories[0]
    draft = counted_as_expected(prefill_handover(ctx.db, JAN_31, "M"))
    handover_id = save_handover(ctx, draft)
    saved = load_handover(ctx.db, handover_id).draft
    again = opening_balance(saved, {(block, category): 41})
    again = replace(again, events=(EventLine(time(22, 15), "Apel malam, semua lengkap"),))
    save_handover(ctx, again)

    history = record_history(ctx, "handover", handover_id)
    assert history.complete
    assert history.title == "Serah terima jaga: 31-01-2024 M→P"
    assert [e.action for e in history.entries] == ["create", "update"]  # oldest first
    created, changed = history.entries
    assert created.id < changed.id

    # The creation carries the record's lines, counted by kind in its summary.
    kinds = {line.kind for line in created.lines}
    assert {"Jumlah penghuni", "Inventaris", "Petugas"} <= kinds
    assert "Jumlah penghuni: 10 baris dibuat" in created.summary()
    officer = next(line for line in created.lines if line.table == "handover_officer")
    assert officer.label.startswith("Regu I Anggota 0 (")  # named, not an id

    # The second save changed one count line and added an event; nothing else.
    assert changed.changes == ()
    assert [(line.table, line.action) for line in changed.lines] == [
        ("handover_count", "update"),
        ("handover_event", "create"),
    ]
    count, event = changed.lines
    assert count.label == "Blok A · Tahanan Laki-laki"
    assert [(f.label, f.before_text, f.after_text) for f in count.fields] == [
        ("Awal", "0", "41"),
        ("Akhir", "0", "41"),
        ("Dihitung", "0", "41"),
    ]
    assert event.label == "22.15 Apel malam, semua lengkap"
    assert [(f.label, f.after_text) for f in event.fields] == [
        ("Jam", "22.15"),
        ("Isi", "Apel malam, semua lengkap"),
    ]
    assert changed.change_lines() == [
        "Jumlah penghuni Blok A · Tahanan Laki-laki (diubah): Awal: 0 → 41; Akhir: 0 → 41; "
        "Dihitung: 0 → 41",
        "Kejadian 22.15 Apel malam, semua lengkap (dibuat): Jam: 22.15; Isi: Apel malam, "
        "semua lengkap",
    ]
    assert record_history(ctx, "handover", handover_id + 1000).entries == ()


def test_a_planned_month_shows_as_an_event_and_bulk_statements(ctx: ActionContext) -> None:
    make_rutan(ctx)
    planned(ctx)
    entries = browse(ctx, AuditQuery(area=Area.ROSTER)).entries
    event = next(e for e in entries if e.action == "event")
    assert event.record_text == "Penyusunan jadwal: 25-01-2024 s.d. 05-02-2024"
    assert {c.label for c in event.changes} >= {"Ditambahkan", "Direncanakan"}
    bulk = next(e for e in entries if e.bulk)
    assert bulk.entity == "roster_entry" and bulk.record_label.endswith(" baris sekaligus")
    assert {c.label for c in bulk.changes} >= {"Jumlah baris", "SHA-256"}


def test_a_long_history_gives_its_latest_entries(ctx: ActionContext) -> None:
    budi = registry.create_staff(ctx, BUDI)
    for number in range(3):
        budi = registry.update_staff(
            ctx, budi.id, moved(BUDI, f"Jabatan {number}"), expected_version=budi.version
        )
    history = record_history(ctx, "staff", budi.id, limit=2)
    assert not history.complete
    assert [c.after_text for e in history.entries for c in e.changes] == ["Jabatan 1", "Jabatan 2"]


# -- who may read it --------------------------------------------------------------------------


def signed_in(ctx: ActionContext, login: str, role: Role) -> ActionContext:
    """An account of ``role`` that has set its own password, acting now."""
    account = create_account(ctx, login, f"Akun {login}", role, TEMPORARY)
    own = ActionContext(ctx.db, account.actor())
    change_own_password(own, TEMPORARY, OWN)
    return own


def test_only_those_who_may_view_the_audit_read_it(ctx: ActionContext) -> None:
    registry.create_staff(ctx, BUDI)
    reader = signed_in(ctx, "pembaca.satu", Role.PEMBACA)
    clerk = signed_in(ctx, "operator.satu", Role.OPERATOR)
    chief = signed_in(ctx, "kakpr.satu", Role.PIMPINAN)

    for refused in (reader, clerk):
        with pytest.raises(PermissionDeniedError) as raised:
            browse(refused)
        assert {Role.ADMINISTRATOR, Role.PIMPINAN} <= set(raised.value.roles)
        with pytest.raises(PermissionDeniedError):
            record_history(refused, "staff", 1)
        with pytest.raises(PermissionDeniedError):
            queries.actor_choices(refused)
        with pytest.raises(PermissionDeniedError):
            audit_trail_pdf(refused, AuditQuery())

    entries = browse(chief).entries
    own = next(e for e in entries if e.actor == "akun:kakpr.satu")
    assert (own.actor_label, own.record_text) == (
        "Akun kakpr.satu",
        "Akun: kakpr.satu (Akun kakpr.satu)",
    )
    password = {c.label: c for c in own.changes}["Kata sandi"]
    assert password.before_text.startswith("(rahasia, sidik ")  # that it changed, not what
    assert TEMPORARY not in password.before_text + password.after_text
    assert "akun:pembaca.satu" in {c.actor for c in queries.actor_choices(chief)}


# -- the printed view -------------------------------------------------------------------------


def test_the_pdf_lists_the_filtered_view(ctx: ActionContext) -> None:
    budi = registry.create_staff(ctx, BUDI)
    registry.update_staff(
        ctx, budi.id, moved(BUDI, "Petugas Pengamanan"), expected_version=budi.version
    )
    registry.create_staff(ctx, SITI)

    pdf = audit_trail_pdf(ctx, AuditQuery(area=Area.STAFF, text="budi"))

    reader = PdfReader(io.BytesIO(pdf))
    width, height = page_size(get_profile(ctx.db).paper_size, landscape=True)
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (round(width), round(height))
    text = pdf_text(pdf)
    assert "Jejak Audit" in text
    assert "Periode: seluruhnya" in text
    assert "Bidang: Pegawai" in text and "Teks dicari: “budi”" in text
    assert "Dicetak " in text and " oleh petugas.uji" in text
    for header in ("Waktu", "Akun", "Catatan", "Tindakan", "Perubahan"):
        assert header in text
    assert "Pegawai: Budi Santoso, S.H." in text
    assert "Jabatan: Kepala Regu Pengamanan → Petugas Pengamanan" in text
    assert "diubah" in text and "dibuat" in text
    assert "Siti" not in text


def test_the_pdf_says_when_only_the_newest_entries_are_listed(ctx: ActionContext) -> None:
    budi = registry.create_staff(ctx, BUDI)
    for number in range(3):
        budi = registry.update_staff(
            ctx, budi.id, moved(BUDI, f"Jabatan {number}"), expected_version=budi.version
        )
    text = pdf_text(audit_trail_pdf(ctx, AuditQuery(), limit=2))
    assert "Hanya 2 perubahan terbaru yang dicantumkan" in text
    assert "Jabatan 2" in text and "Jabatan: Kepala Regu Pengamanan → Jabatan 0" not in text

    empty = pdf_text(audit_trail_pdf(ctx, AuditQuery(text="tidak ada yang begini")))
    assert "Tidak ada perubahan yang cocok dengan penyaring ini." in empty
