"""The berita acara of a search and of a destruction of seized items through the services,
on SQLite and PostgreSQL: what the print says, issuing under each kind's own pattern, and the
destruction's number written on the items destroyed together."""

from __future__ import annotations

from datetime import UTC, date, timedelta

import pytest

from rutan_desk.domain.errors import ValidationError
from rutan_desk.domain.searches import Disposition, FindingFate, FindingItem
from rutan_desk.services.context import ActionContext, FixedClock
from rutan_desk.services.documents import register as documents
from rutan_desk.services.kamtib_reports.berita_acara import (
    Witness,
    destruction_record_pdf,
    issue_destruction_record,
    issue_search_record,
    issued_search_record,
    search_record_pdf,
)
from rutan_desk.services.searches.forms import SearchDraft
from rutan_desk.services.searches.queries import findings_between, load_finding
from rutan_desk.services.searches.saving import save_search, set_finding_fate
from tests.services.test_handover import Rutan, make_rutan, planned
from tests.services.test_kamtib_daily import (
    JAN_31,
    NOW,
    pdf_text,
)
from tests.services.test_kamtib_recap import in_order
from tests.services.test_searches import a_search, order

FEB_1 = date(2024, 2, 1)
WITNESSES = (
    Witness("Agus Wibowo", "Bripka Polres Blora", "NRP. 87053286"),
    Witness("Sri Lestari", "Kasubsi Pelayanan Tahanan", "NIP. 19800101 200501 2 001"),
)


@pytest.fixture
def clocked(ctx: ActionContext) -> ActionContext:
    """The service context at 1 February 2024, 09.00 WIB."""
    return ActionContext(
        ctx.db, ctx.actor, FixedClock((NOW - timedelta(hours=7)).replace(tzinfo=UTC))
    )


@pytest.fixture
def rutan(clocked: ActionContext) -> Rutan:
    found = make_rutan(clocked)
    planned(clocked)
    return found


def a_joint_search(ctx: ActionContext, rutan: Rutan) -> int:
    draft: SearchDraft = a_search(ctx, rutan, order_document_id=order(ctx).id, note="Aman.")
    return save_search(ctx, draft)


def test_the_berita_acara_of_a_search_says_when_who_where_and_what_was_found(
    clocked: ActionContext, rutan: Rutan
) -> None:
    search_id = a_joint_search(clocked, rutan)
    text = pdf_text(search_record_pdf(clocked.db, search_id))
    in_order(
        text,
        [
            "BERITA ACARA PENGGELEDAHAN",
            "Pada hari ini Rabu, 31 Januari 2024 pukul 22.00 WIB sampai dengan pukul 23.30 WIB",
            "berdasarkan Surat Perintah Nomor SP-0001/I/2024 telah melaksanakan penggeledahan "
            "insidentil bersama TNI dan Polri",
            "dipimpin oleh Regu I Anggota 0",
            "Bersama instansi : TNI dan Polri",
            "II. TIM PENGGELEDAHAN",
            "1 Regu I Anggota 1 II/c 19850111 201003 1 002 Rutan",
            "2 Agus Wibowo Bripka 87053286 Polres Blora",
            "3 Joko Susilo Serka 21010123 Kodim 0721",
            "III. TEMPAT YANG DIGELEDAH Blok A, kamar 3; Blok B; Dapur",
            "IV. HASIL PENGGELEDAHAN",
            "1 HP (Samsung hitam) 2 buah Blok A, kamar 3 Budi Hartono (A.II/123/2023) Disimpan",
            "2 Senjata tajam (sendok diasah) 1 buah Dapur - Disimpan",
            "V. KETERANGAN Aman.",
            "Blora, 31 Januari 2024",
            "Yang membuat berita acara, Mengetahui,",
            "Regu I Anggota 0",
        ],
    )
    assert "Nomor:" not in text


def test_a_search_without_findings_says_nihil(clocked: ActionContext, rutan: Rutan) -> None:
    search_id = save_search(clocked, a_search(clocked, rutan, findings=(), agencies=()))
    text = pdf_text(search_record_pdf(clocked.db, search_id))
    assert "IV. HASIL PENGGELEDAHAN NIHIL" in text
    assert "Bersama instansi : -" in text and "Surat perintah : -" in text


def test_the_berita_acara_of_a_search_is_issued_once_under_its_own_pattern(
    clocked: ActionContext, rutan: Rutan
) -> None:
    search_id = a_joint_search(clocked, rutan)
    issued = issue_search_record(clocked, search_id)
    assert (issued.kind, issued.number) == ("ba_penggeledahan", "BA.GLD-001/II/2024")
    found = issued_search_record(clocked.db, search_id)
    assert found is not None and found[0] == issued
    assert "NOMOR BA.GLD-001/II/2024" in pdf_text(found[1])
    with pytest.raises(ValidationError) as raised:
        issue_search_record(clocked, search_id)
    assert raised.value.codes() == {"search": "search_record_already_issued"}


def test_items_destroyed_together_get_the_number_of_their_berita_acara(
    clocked: ActionContext, rutan: Rutan
) -> None:
    a_joint_search(clocked, rutan)
    found = findings_between(clocked.db, JAN_31, JAN_31)
    chosen = {f.id: f.search_version for f in found}
    preview = pdf_text(destruction_record_pdf(clocked.db, list(chosen), FEB_1, WITNESSES))
    assert "Nomor:" not in preview
    # Witnesses not named yet: two blocks to fill in by hand.
    blank = pdf_text(destruction_record_pdf(clocked.db, list(chosen), FEB_1))
    assert "Yang memusnahkan, Saksi, Saksi," in blank

    issued = issue_destruction_record(clocked, chosen, FEB_1, WITNESSES)

    assert (issued.kind, issued.number) == ("ba_pemusnahan", "BA.MSN-001/II/2024")
    for finding in found:
        assert load_finding(clocked.db, finding.id).disposition == Disposition(
            FindingFate.DIMUSNAHKAN, FEB_1, "BA.MSN-001/II/2024"
        )
    text = pdf_text(documents.document_pdf(clocked.db, issued.id))
    in_order(
        text,
        [
            "BERITA ACARA PEMUSNAHAN BARANG TERLARANG",
            "NOMOR BA.MSN-001/II/2024",
            "Pada hari ini Kamis, 1 Februari 2024",
            "No Barang Jumlah Tempat dan waktu ditemukan Pemilik",
            "1 HP (Samsung hitam) 2 buah Blok A, kamar 3 31 Januari 2024 22.00 WIB "
            "Budi Hartono (A.II/123/2023)",
            "2 Senjata tajam (sendok diasah) 1 buah Dapur 31 Januari 2024 22.00 WIB -",
            "Blora, 1 Februari 2024",
            "Yang memusnahkan, Saksi, Saksi,",
            "Kepala Kesatuan Pengamanan Rutan Bripka Polres Blora Kasubsi Pelayanan Tahanan",
            "Agus Wibowo Sri Lestari",
            "NRP. 87053286 NIP. 19800101 200501 2 001",
            "Mengetahui, KEPALA RUMAH TAHANAN NEGARA KELAS IIB BLORA",
        ],
    )
    # Destroyed once: the same items cannot be destroyed again under another number.
    again = {f.id: load_finding(clocked.db, f.id).search_version for f in found}
    with pytest.raises(ValidationError) as raised:
        issue_destruction_record(clocked, again, FEB_1, WITNESSES)
    assert raised.value.codes() == {"fate": "fate_final"}
    assert [d.number for d in documents.register(clocked.db)] == [
        "BA.MSN-001/II/2024",
        "SP-0001/I/2024",
    ]


def test_a_destruction_needs_items_and_a_day_not_before_their_search(
    clocked: ActionContext, rutan: Rutan
) -> None:
    a_joint_search(clocked, rutan)
    with pytest.raises(ValidationError) as raised:
        issue_destruction_record(clocked, {}, FEB_1)
    assert raised.value.codes() == {"findings": "destruction_needs_findings"}
    phone = next(
        f for f in findings_between(clocked.db, JAN_31, JAN_31) if f.item == FindingItem.HP
    )
    with pytest.raises(ValidationError) as raised:
        issue_destruction_record(clocked, {phone.id: phone.search_version}, date(2024, 1, 30))
    assert raised.value.codes() == {"fate_on": "fate_before_search"}
    handed = Disposition(FindingFate.DISERAHKAN, FEB_1, handed_to="Polres Blora")
    set_finding_fate(clocked, phone.id, handed, expected_version=phone.search_version)
    assert documents.register(clocked.db)[0].kind == "surat_perintah"  # nothing issued
