"""The words the audit trail is read in: areas, kinds of record, fields and actions, in
Indonesian (the printed trail is an Indonesian document; the screen shows the same words for
records and fields, the vocabulary of the office).

Which area a record belongs to is not repeated here: every mapped table says it
(``__area__``); the few entries that are events rather than rows name their area below.
"""

from __future__ import annotations

from functools import lru_cache

from rutan_desk.domain.changes import Area
from rutan_desk.domain.documents import KIND_NAMES
from rutan_desk.store.base import Base
from rutan_desk.store.models import load_all_models

# By the area's value: an area added later reads as its value until it is named here.
AREA_NAMES: dict[str, str] = {
    "staff": "Pegawai",
    "roster": "Jadwal jaga",
    "absences": "Ketidakhadiran",
    "roster_setup": "Pengaturan jadwal",
    "calendar": "Kalender",
    "handover": "Serah terima jaga",
    "handover_setup": "Pengaturan serah terima",
    "documents": "Register surat",
    "institution": "Profil instansi",
    "accounts": "Akun dan hak akses",
    "attachments": "Lampiran",
    "inmates": "Penghuni",
    "incidents": "Gangguan kamtib",
    "incident_setup": "Pengaturan kamtib",
    "searches": "Penggeledahan",
    "patrols": "Kunjungan patroli",
    "agreements": "Kerja sama",
}

ACTION_NAMES = {
    "create": "dibuat",
    "update": "diubah",
    "delete": "dihapus",
    "event": "peristiwa",
}

# Entries that record an event rather than a row (see ``store.tracking.record_event``).
EVENT_AREAS: dict[str, Area] = {
    "roster": Area.ROSTER,  # a period planned
    "roster_cell": Area.ROSTER,  # a rule overridden in one cell
}

ENTITY_NAMES = {
    "staff": "Pegawai",
    "regu": "Regu",
    "regu_member": "Anggota regu",
    "rotation": "Rotasi regu",
    "post": "Pos",
    "post_minimum": "Kebutuhan pos",
    "shift_type": "Kode dinas",
    "roster_entry": "Jadwal jaga",
    "roster": "Penyusunan jadwal",
    "roster_cell": "Sel jadwal",
    "roster_settings": "Aturan jadwal",
    "roster_swap": "Tukar jaga",
    "absence": "Ketidakhadiran",
    "piket_pool": "Kelompok piket",
    "piket_need": "Kebutuhan piket",
    "holiday": "Hari libur",
    "alert_period": "Masa siaga",
    "alert_extra": "Tambahan siaga",
    "handover": "Serah terima jaga",
    "handover_officer": "Petugas",
    "handover_count": "Jumlah penghuni",
    "handover_movement": "Mutasi penghuni",
    "handover_equipment": "Inventaris",
    "handover_event": "Kejadian",
    "handover_instruction": "Instruksi",
    "handover_addendum": "Adendum serah terima",
    "cell_block": "Blok/kamar",
    "inmate_category": "Kategori penghuni",
    "equipment_item": "Barang inventaris",
    "standing_instruction": "Instruksi tetap",
    "document_settings": "Penomoran surat",
    "document_kind": "Pola nomor jenis surat",
    "issued_document": "Surat",
    "institution_profile": "Profil instansi",
    "letterhead_version": "Versi kop surat",
    "account": "Akun",
    "role_permission": "Hak akses peran",
    "attachment": "Lampiran",
    "paper_signature": "Tanda tangan di atas kertas",
    "inmate": "Penghuni",
    "incident": "Kejadian kamtib",
    "incident_type": "Jenis gangguan kamtib",
    "incident_settings": "Penomoran laporan kejadian",
    "incident_person": "Pihak terlibat",
    "incident_action": "Tindakan",
    "incident_notification": "Pelaporan berjenjang",
    "incident_evidence": "Barang bukti",
    "evidence_custody": "Penguasaan barang bukti",
    "incident_task": "Tindak lanjut",
    "incident_attachment": "Foto/lampiran kejadian",
    "incident_supplement": "Suplemen laporan",
    "incident_reopening": "Pembukaan kembali",
    "search": "Penggeledahan",
    "search_member": "Tim penggeledahan",
    "search_place": "Tempat yang digeledah",
    "search_finding": "Temuan penggeledahan",
    "patrol_visit": "Kunjungan patroli",
    "patrol_officer": "Petugas patroli",
    "partner": "Mitra kerja sama",
    "partner_contact": "Narahubung mitra",
    "agreement": "Perjanjian kerja sama",
    "agreement_party": "Pihak perjanjian",
    "agreement_scope": "Ruang lingkup",
    "agreement_scan": "Pindaian perjanjian",
    "obligation": "Kewajiban perjanjian",
    "obligation_evidence": "Bukti pelaksanaan",
    "coordination": "Koordinasi dengan mitra",
    "coordination_partner": "Mitra yang hadir",
    "coordination_attendee": "Peserta koordinasi",
    "coordination_action": "Tindak lanjut koordinasi",
    "agreement_settings": "Pengaturan peringatan perjanjian",
    "audit": "Jejak audit",
}

# Field names shared by several tables; ``TABLE_FIELD_NAMES`` says where one table differs.
FIELD_NAMES = {
    "id": "ID",
    "version": "Versi",
    "name": "Nama",
    "name_key": "Nama (pembanding)",
    "kind": "Jenis",
    "nip": "NIP",
    "golongan": "Pangkat/golongan",
    "position": "Jabatan",
    "unit": "Unit",
    "gender": "Jenis kelamin",
    "phone": "Telepon",
    "agency": "Instansi",
    "external_id_kind": "Jenis nomor identitas",
    "external_id": "Nomor identitas",
    "external_rank": "Pangkat",
    "active": "Aktif",
    "status_since": "Status sejak",
    "note": "Catatan",
    "register_number": "Nomor register",
    "severity": "Tingkat",
    "happened_at": "Waktu kejadian",
    "reported_at": "Waktu dilaporkan",
    "room": "Kamar",
    "other_place": "Tempat lain",
    "summary": "Ringkasan",
    "chronology": "Kronologi",
    "injuries": "Korban luka",
    "damage": "Kerusakan",
    "approved_at": "Disetujui pada",
    "approved_by_id": "Disetujui oleh",
    "approval_paper_id": "Persetujuan di atas kertas",
    "type_id": "Jenis",
    "incident_id": "Kejadian",
    "inmate_id": "Penghuni",
    "identity": "Identitas",
    "level": "Jenjang",
    "whom": "Kepada",
    "how": "Cara",
    "description": "Uraian",
    "holder": "Dipegang oleh",
    "place": "Tempat",
    "evidence_id": "Barang bukti",
    "owner_id": "Penanggung jawab",
    "due_on": "Tenggat",
    "caption": "Keterangan",
    "author_staff_id": "Penulis (pegawai)",
    "admitted_on": "Tanggal masuk",
    "released_on": "Tanggal keluar",
    "started_at": "Waktu mulai",
    "ended_at": "Waktu selesai",
    "agencies": "Bersama instansi",
    "order_document_id": "Surat perintah",
    "leader_id": "Pimpinan penggeledahan",
    "search_id": "Penggeledahan",
    "rank": "Pangkat",
    "nrp": "NRP",
    "item": "Jenis barang",
    "owner_inmate_id": "Pemilik",
    "photo_id": "Foto",
    "fate": "Penanganan barang",
    "fate_on": "Tanggal penanganan",
    "berita_acara": "Nomor berita acara",
    "handed_to": "Diserahkan kepada",
    "visit_id": "Kunjungan",
    "arrived_at": "Waktu datang",
    "left_at": "Waktu pulang",
    "areas_checked": "Area yang diperiksa",
    "short_name": "Nama singkat",
    "retired": "Tidak dipakai lagi",
    "partner_id": "Mitra",
    "place_signed": "Tempat penandatanganan",
    "valid_to": "Berlaku sampai",
    "until_revoked": "Berlaku sampai dicabut",
    "ends_on": "Berakhir efektif",
    "parent_id": "Perjanjian induk",
    "predecessor_id": "Perjanjian sebelumnya",
    "draft": "Draf",
    "revoked_on": "Dicabut pada",
    "revoked_reason": "Alasan pencabutan",
    "agreement_id": "Perjanjian",
    "own": "Pihak Rutan",
    "document_number": "Nomor dokumen",
    "signatory_name": "Penanda tangan",
    "signatory_position": "Jabatan penanda tangan",
    "signatory_id_number": "NIP/NRP penanda tangan",
    "attachment_id": "Lampiran",
    "responsible": "Pihak yang bertanggung jawab",
    "owner": "Penanggung jawab",
    "recurrence": "Pengulangan",
    "starts_on": "Mulai",
    "evidence_agency": "Instansi kunjungan patroli (bukti)",
    "carried_from_id": "Dibawa dari kewajiban",
    "obligation_id": "Kewajiban",
    "done_on": "Dilaksanakan pada",
    "patrol_visit_id": "Kunjungan patroli",
    "held_on": "Tanggal",
    "subject": "Pokok bahasan",
    "outcome": "Hasil",
    "coordination_id": "Koordinasi",
    "warning_days": "Jendela peringatan (hari)",
    "day": "Tanggal",
    "staff_id": "Pegawai",
    "staff_a": "Pegawai A",
    "staff_b": "Pegawai B",
    "day_a": "Tanggal A",
    "day_b": "Tanggal B",
    "shift_code": "Kode dinas",
    "post_id": "Pos",
    "source": "Sumber",
    "duty_kind": "Jenis dinas",
    "regu_id": "Regu",
    "karupam_id": "Karupam",
    "start_date": "Mulai",
    "end_date": "Selesai",
    "valid_from": "Berlaku mulai",
    "anchor": "Patokan",
    "cycle": "Siklus",
    "code": "Kode",
    "start_time": "Jam mulai",
    "end_time": "Jam selesai",
    "colour": "Warna",
    "sort_order": "Urutan",
    "sort": "Urutan",
    "needs_woman": "Khusus petugas perempuan",
    "min_women": "Minimal petugas perempuan per shift",
    "minimum": "Minimum",
    "reference": "Referensi",
    "reason": "Alasan",
    "before": "Isi sebelumnya",
    "undone_at": "Dibatalkan pada",
    "since": "Sejak",
    "holiday_count": "Jumlah pada hari libur",
    "min_rest_after_night_hours": "Istirahat setelah malam (jam)",
    "max_consecutive_days": "Hari berturut-turut maksimum",
    "min_rest_hours": "Istirahat antar-dinas (jam)",
    "max_continuous_hours": "Dinas terus-menerus maksimum (jam)",
    "karupam_counts_for_posts": "Karupam dihitung untuk pos",
    "package_day": "Tanggal dari paket",
    "package_name": "Nama dari paket",
    "circular_number": "Nomor surat edaran",
    "circular_title": "Perihal surat edaran",
    "alert_id": "Masa siaga",
    "extra": "Tambahan",
    "capacity": "Kapasitas",
    "serial": "Nomor seri",
    "expected_quantity": "Jumlah seharusnya",
    "text": "Isi",
    "given_by": "Diberikan oleh",
    "from_day": "Berlaku mulai",
    "removed_on": "Dicabut pada",
    "removed_by": "Dicabut oleh",
    "created_by": "Dibuat oleh",
    "outgoing_shift": "Dinas yang menyerahkan",
    "outgoing_start": "Mulai dinas",
    "change_at": "Waktu serah terima",
    "incoming_day": "Tanggal dinas penerima",
    "incoming_shift": "Dinas yang menerima",
    "outgoing_regu_id": "Regu yang menyerahkan",
    "incoming_regu_id": "Regu yang menerima",
    "outgoing_karupam_id": "Karupam yang menyerahkan",
    "incoming_karupam_id": "Karupam yang menerima",
    "previous_id": "Serah terima sebelumnya",
    "opening_balance": "Saldo awal",
    "status": "Status",
    "difference_explanation": "Penjelasan selisih",
    "unsigned_previous_reason": "Alasan serah terima sebelumnya belum ditandatangani",
    "handed_by_id": "Diserahkan oleh",
    "handed_at": "Diserahkan pada",
    "received_by_id": "Diterima oleh",
    "received_at": "Diterima pada",
    "acknowledged_by_id": "Diketahui oleh",
    "acknowledged_at": "Diketahui pada",
    "acknowledged_role": "Diketahui sebagai",
    "document_id": "Surat",
    "handover_id": "Serah terima",
    "side": "Pihak",
    "opening": "Awal",
    "came_in": "Masuk",
    "went_out": "Keluar",
    "closing": "Akhir",
    "counted": "Dihitung",
    "block_id": "Blok/kamar",
    "category_id": "Kategori",
    "at": "Jam",
    "direction": "Arah",
    "count": "Jumlah",
    "item_id": "Barang",
    "expected": "Seharusnya",
    "quantity": "Jumlah",
    "condition": "Kondisi",
    "damaged": "Jumlah rusak",
    "instruction_id": "Instruksi",
    "number": "Nomor",
    "author": "Penulis",
    "author_id": "Penulis (pegawai)",
    "written_at": "Ditulis pada",
    "number_pattern": "Pola nomor",
    "command_word": "Kata perintah",
    "year": "Tahun",
    "title": "Perihal",
    "issued_at": "Diterbitkan pada",
    "issued_by": "Diterbitkan oleh",
    "pdf": "Berkas PDF",
    "sha256": "SHA-256",
    "cancelled_reason": "Alasan pembatalan",
    "cancelled_at": "Dibatalkan pada",
    "ministry": "Kementerian",
    "directorate": "Direktorat jenderal",
    "regional_office": "Kantor wilayah",
    "unit_name": "Nama satuan kerja",
    "address": "Alamat",
    "email": "Surel",
    "website": "Situs web",
    "city": "Kota",
    "head_title": "Jabatan kepala",
    "head_name": "Nama kepala",
    "head_nip": "NIP kepala",
    "head_golongan": "Golongan kepala",
    "paper_size": "Ukuran kertas",
    "logo": "Logo",
    "login": "Login",
    "display_name": "Nama tampilan",
    "role": "Peran",
    "password_hash": "Kata sandi",
    "must_change_password": "Wajib mengganti kata sandi",
    "failed_sign_ins": "Gagal masuk",
    "locked_until": "Terkunci sampai",
    "last_sign_in": "Terakhir masuk",
    "permission": "Hak akses",
    "file_name": "Nama berkas",
    "media_type": "Jenis berkas",
    "size": "Ukuran (bita)",
    "data": "Isi berkas",
    "entity": "Catatan",
    "entity_id": "Nomor catatan",
    "signer_id": "Penanda tangan",
    "signed_on": "Ditandatangani pada",
    "scan_id": "Pindaian",
    "recorded_at": "Dicatat pada",
    # events and bulk statements
    "override_reason": "Alasan melanggar aturan",
    "overridden": "Aturan yang dilanggar",
    "entries": "Isi sel",
    "planned": "Direncanakan",
    "kept": "Dipertahankan",
    "removed": "Dihapus",
    "added": "Ditambahkan",
    "rows": "Jumlah baris",
    "columns": "Kolom",
    "where": "Syarat",
}

TABLE_FIELD_NAMES = {
    ("roster_swap", "before"): "Isi kedua sel sebelum ditukar",
    ("holiday", "source"): "Asal",
    ("handover_movement", "reason"): "Keterangan",
    ("handover_officer", "reason"): "Keterangan",
    ("issued_document", "source"): "Data sumber",
    ("issued_document", "serial"): "Nomor urut",
    ("search_finding", "unit"): "Satuan",
    ("patrol_visit", "unit"): "Kesatuan",
    ("agreement", "title"): "Judul",
    ("agreement", "valid_from"): "Berlaku mulai",
    ("obligation", "text"): "Kewajiban",
    ("obligation", "sort_order"): "Urutan",
    ("obligation", "due_on"): "Tenggat",
    ("agreement_scope", "text"): "Bidang",
    ("coordination_attendee", "position"): "Jabatan",
}


# Coded values in words, where the code is English or terse.
VALUE_NAMES: dict[tuple[str, str], dict[str, str]] = {
    ("handover", "status"): {
        "draft": "draf",
        "handed_over": "diserahkan",
        "received": "diterima",
        "acknowledged": "diketahui",
    },
    ("handover_officer", "side"): {
        "outgoing": "regu yang menyerahkan",
        "incoming": "regu yang menerima",
        "external": "dari luar",
    },
    ("issued_document", "status"): {"issued": "terbit", "cancelled": "dibatalkan"},
    ("issued_document", "kind"): {kind.value: name for kind, name in KIND_NAMES.items()},
    ("document_kind", "kind"): {kind.value: name for kind, name in KIND_NAMES.items()},
    ("staff", "kind"): {"internal": "pegawai rutan", "external": "dari luar"},
    ("search", "kind"): {"rutin": "rutin", "insidentil": "insidentil"},
    ("search_finding", "item"): {
        "hp": "HP",
        "charger": "charger",
        "kabel_data": "kabel data",
        "narkoba": "narkoba",
        "senjata_tajam": "senjata tajam",
        "uang": "uang",
        "rokok_korek": "rokok/korek api",
        "obat_terlarang": "obat terlarang",
        "minuman_keras": "minuman keras",
        "lain_lain": "lain-lain",
    },
    ("search_finding", "fate"): {
        "disimpan": "disimpan",
        "dimusnahkan": "dimusnahkan",
        "diserahkan": "diserahkan ke Polres",
    },
    ("patrol_visit", "kind"): {
        "sambang": "patroli sambang",
        "koordinasi": "kunjungan koordinasi",
        "sidak": "inspeksi mendadak",
        "lain": "lain-lain",
    },
    ("agreement", "kind"): {
        "pks": "Perjanjian Kerja Sama",
        "mou": "Nota Kesepahaman",
        "addendum": "Adendum",
    },
    ("obligation", "responsible"): {"own": "Rutan", "partner": "mitra", "joint": "bersama"},
    ("obligation", "recurrence"): {
        "none": "tanpa tenggat",
        "once": "sekali",
        "monthly": "setiap bulan",
        "quarterly": "setiap triwulan",
        "yearly": "setiap tahun",
    },
    ("obligation", "status"): {
        "belum": "belum dilaksanakan",
        "berjalan": "sedang berjalan",
        "selesai": "selesai",
        "tidak_berlaku": "tidak berlaku",
    },
    ("staff", "gender"): {"L": "laki-laki", "P": "perempuan"},
    ("staff", "external_id_kind"): {
        "nrp_polri": "NRP Polri",
        "nrp_tni": "NRP TNI",
        "other": "lain",
    },
    ("roster_entry", "source"): {"generated": "disusun", "manual": "diisi", "pinned": "dikunci"},
    ("holiday", "kind"): {
        "national": "libur nasional",
        "cuti_bersama": "cuti bersama",
        "local": "libur daerah",
    },
    ("holiday", "source"): {"package": "paket hari libur", "user": "diisi petugas"},
    ("account", "role"): {
        "administrator": "Administrator",
        "operator": "Operator",
        "karupam": "Karupam",
        "pimpinan": "Pimpinan",
        "pembaca": "Pembaca",
    },
}
VALUE_NAMES[("role_permission", "role")] = VALUE_NAMES[("account", "role")]


def value_name(entity: str, field: str, value: str) -> str:
    return VALUE_NAMES.get((entity, field), {}).get(value, value)


def entity_name(entity: str) -> str:
    """``Pegawai`` for ``staff``; an unknown table as it is called."""
    return ENTITY_NAMES.get(entity, entity.replace("_", " ").capitalize())


def field_name(entity: str, field: str) -> str:
    found = TABLE_FIELD_NAMES.get((entity, field)) or FIELD_NAMES.get(field)
    return found or field.replace("_", " ").capitalize()


def action_name(action: str) -> str:
    return ACTION_NAMES.get(action, action)


@lru_cache(maxsize=1)
def _table_areas() -> dict[str, Area]:
    load_all_models()
    found: dict[str, Area] = {}
    for mapper in Base.registry.mappers:
        area = mapper.class_.__area__
        if area is not None:
            found[mapper.local_table.name] = area  # type: ignore[attr-defined]
    return found


def area_name(area: Area | None) -> str:
    """The area in words (``Lainnya`` for none)."""
    if area is None:
        return "Lainnya"
    return AREA_NAMES.get(area.value, area.value.replace("_", " ").capitalize())


def area_of(entity: str) -> Area | None:
    """The area a record (or an event) belongs to; None for one this version does not know."""
    return _table_areas().get(entity) or EVENT_AREAS.get(entity)


def entities_in(area: Area) -> tuple[str, ...]:
    """The entity names of the audit entries of ``area``."""
    names = {name for name, found in _table_areas().items() if found == area}
    names |= {name for name, found in EVENT_AREAS.items() if found == area}
    return tuple(sorted(names))
