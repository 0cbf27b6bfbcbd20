"""The partners of the demo Rutan with their contact persons. Every person is invented (with
names the demo's staff and inmates cannot have), and the officers the Kamtib demo's visit
book already names are the same people here (the Kodim's Danramil, the Polres' Intelkam
officer)."""

from __future__ import annotations

from rutan_desk.services.agreements.forms import AttendeeLine, ContactLine, PartnerDraft
from rutan_desk.services.agreements.partners import (
    list_partners,
    save_partner,
    set_partner_retired,
)
from rutan_desk.services.demo_agreements.desk import Desk
from rutan_desk.services.demo_kamtib import office as kamtib

# The Polres and the Kodim are named as the Kamtib demo's visit book names their agencies: the
# Polres' patrol visits count as evidence of its patrol obligation by that text.
POLRES = kamtib.POLRES
KODIM = kamtib.KODIM
PEMDA = "Pemda Blora"
BNNK = "BNNK Blora"
DINKES = "Dinkes Blora"
RSUD = "RSUD Blora"
LPK = "LPK Karya Mandiri"  # closed in 2025: its agreement revoked, the partner retired

KAPOLRES = ContactLine(
    "Hendra Wicaksono, S.I.K., M.H.", "Kepala Kepolisian Resor Blora", "AKBP", "0811-2901-7721"
)
KASAT_SAMAPTA = ContactLine(
    "Ardian Kusnadi, S.H.", "Kasat Samapta Polres Blora", "AKP", "0812-2563-1180"
)
INTELKAM = ContactLine(
    "Gunawan Adi Saputra", "Kaur Bin Ops Sat Intelkam Polres Blora", "Ipda", "0813-2770-4412"
)
DANDIM = ContactLine(
    "Agung Prasetya Nugraha", "Komandan Kodim 0721/Blora", "Letkol Inf", "0811-2804-3390"
)
DANRAMIL = ContactLine("Sutrisno Hadi", "Danramil 01/Blora Kota", "Kapten Inf", "0852-2511-0867")
SEKDA = ContactLine(
    "Ir. Bambang Sulistyono, M.Si.",
    "Sekretaris Daerah Kabupaten Blora",
    "Pembina Utama Madya (IV/d)",
    "(0296) 531005",
)
KABAG_PEMERINTAHAN = ContactLine(
    "Dwi Handayani, S.STP., M.Si.",
    "Kepala Bagian Tata Pemerintahan Setda Kabupaten Blora",
    "Pembina (IV/a)",
    "0857-4011-2236",
)
KEPALA_BNNK = ContactLine(
    "Yohanes Sigit Pramono, S.H., M.H.", "Kepala BNN Kabupaten Blora", "AKBP", "0812-2844-5019"
)
KASI_REHAB = ContactLine(
    "dr. Melati Anindita",
    "Kepala Seksi Rehabilitasi BNNK Blora",
    "Penata (III/c)",
    "0821-3350-6671",
)
KADINKES = ContactLine(
    "dr. Retno Widyaningsih, M.Kes.",
    "Kepala Dinas Kesehatan Kabupaten Blora",
    "Pembina Utama Muda (IV/c)",
    "0812-2760-0415",
)
KABID_P2P = ContactLine(
    "Bondan Ariwibowo, S.K.M.",
    "Kepala Bidang Pencegahan dan Pengendalian Penyakit",
    "Pembina (IV/a)",
    "0813-2591-7340",
)
DIREKTUR_RSUD = ContactLine(
    "dr. Satria Wicaksana, Sp.PD.", "Direktur RSUD dr. R. Soetijono Blora", "", "(0296) 531118"
)
KA_IGD = ContactLine(
    "dr. Pramesti Larasati", "Kepala Instalasi Gawat Darurat", "", "0857-2601-3348"
)
KEPALA_LPK = ContactLine("Yosef Darmanto", "Pimpinan LPK Karya Mandiri", "", "0878-3312-0950")

PARTNERS: tuple[PartnerDraft, ...] = (
    PartnerDraft(
        name="Kepolisian Resor Blora",
        short_name=POLRES,
        address="Jl. Jenderal Sudirman No. 11, Blora, Jawa Tengah 58211",
        phone="(0296) 531110",
        email="humas.polresblora@contoh.polri.go.id",
        contacts=(KAPOLRES, KASAT_SAMAPTA, INTELKAM),
    ),
    PartnerDraft(
        name="Komando Distrik Militer 0721/Blora",
        short_name=KODIM,
        address="Jl. Pemuda No. 20, Blora, Jawa Tengah 58215",
        phone="(0296) 531021",
        contacts=(DANDIM, DANRAMIL),
    ),
    PartnerDraft(
        name="Pemerintah Kabupaten Blora",
        short_name=PEMDA,
        address="Jl. Pemuda No. 16, Blora, Jawa Tengah 58215",
        phone="(0296) 531005",
        email="setda@contoh.blorakab.go.id",
        note="Urusan kerja sama melalui Bagian Tata Pemerintahan Setda.",
        contacts=(SEKDA, KABAG_PEMERINTAHAN),
    ),
    PartnerDraft(
        name="Badan Narkotika Nasional Kabupaten Blora",
        short_name=BNNK,
        address="Jl. Gatot Subroto No. 5, Blora, Jawa Tengah 58219",
        phone="(0296) 533312",
        email="bnnk.blora@contoh.bnn.go.id",
        contacts=(KEPALA_BNNK, KASI_REHAB),
    ),
    PartnerDraft(
        name="Dinas Kesehatan Kabupaten Blora",
        short_name=DINKES,
        address="Jl. Dr. Sutomo No. 42, Blora, Jawa Tengah 58214",
        phone="(0296) 531213",
        email="dinkes@contoh.blorakab.go.id",
        contacts=(KADINKES, KABID_P2P),
    ),
    PartnerDraft(
        name="RSUD dr. R. Soetijono Blora",
        short_name=RSUD,
        address="Jl. Dr. Sutomo No. 258, Blora, Jawa Tengah 58214",
        phone="(0296) 531118",
        note="Rujukan WBP melalui IGD; pengawalan oleh petugas regu jaga.",
        contacts=(DIREKTUR_RSUD, KA_IGD),
    ),
    PartnerDraft(
        name="Lembaga Pelatihan Kerja Karya Mandiri Blora",
        short_name=LPK,
        address="Jl. Halmahera No. 7, Blora, Jawa Tengah 58212",
        phone="0878-3312-0950",
        note="Berhenti beroperasi sejak Juli 2025.",
        contacts=(KEPALA_LPK,),
    ),
)


def write_partners(desk: Desk) -> None:
    """Save the partners (``desk.partners`` by short name)."""
    for draft in PARTNERS:
        desk.partners[draft.short_name] = save_partner(desk.ctx, draft)


def retire_partner(desk: Desk, short_name: str) -> None:
    partner_id = desk.partners[short_name]
    version = next(p.version for p in list_partners(desk.ctx.db) if p.id == partner_id)
    set_partner_retired(desk.ctx, partner_id, True, expected_version=version)


def called(contact: ContactLine) -> str:
    """The name as it is written with a police or military rank before it (``AKBP Hendra
    Wicaksono, S.I.K., M.H.``); a civil servant's pangkat is not written with the name."""
    if contact.rank and "(" not in contact.rank:
        return f"{contact.rank} {contact.name}"
    return contact.name


def outsider(contact: ContactLine) -> AttendeeLine:
    """A partner's person at a meeting."""
    return AttendeeLine(name=called(contact), position=contact.position)
