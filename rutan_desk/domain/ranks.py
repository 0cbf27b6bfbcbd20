"""Ranks: civil-service pangkat/golongan, and the usual Polri and TNI ranks."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CivilServiceRank:
    golongan: str  # "III/a"
    name: str  # "Penata Muda"

    def label(self) -> str:
        """As printed on official documents: ``Penata Muda (III/a)``."""
        return f"{self.name} ({self.golongan})"


CIVIL_SERVICE_RANKS: tuple[CivilServiceRank, ...] = (
    CivilServiceRank("I/a", "Juru Muda"),
    CivilServiceRank("I/b", "Juru Muda Tingkat I"),
    CivilServiceRank("I/c", "Juru"),
    CivilServiceRank("I/d", "Juru Tingkat I"),
    CivilServiceRank("II/a", "Pengatur Muda"),
    CivilServiceRank("II/b", "Pengatur Muda Tingkat I"),
    CivilServiceRank("II/c", "Pengatur"),
    CivilServiceRank("II/d", "Pengatur Tingkat I"),
    CivilServiceRank("III/a", "Penata Muda"),
    CivilServiceRank("III/b", "Penata Muda Tingkat I"),
    CivilServiceRank("III/c", "Penata"),
    CivilServiceRank("III/d", "Penata Tingkat I"),
    CivilServiceRank("IV/a", "Pembina"),
    CivilServiceRank("IV/b", "Pembina Tingkat I"),
    CivilServiceRank("IV/c", "Pembina Utama Muda"),
    CivilServiceRank("IV/d", "Pembina Utama Madya"),
    CivilServiceRank("IV/e", "Pembina Utama"),
)

_BY_GOLONGAN = {rank.golongan: rank for rank in CIVIL_SERVICE_RANKS}


def civil_service_rank(golongan: str) -> CivilServiceRank | None:
    return _BY_GOLONGAN.get(golongan)


def rank_order(golongan: str) -> int:
    """Seniority for sorting: I/a is 0, IV/e is 16; unknown ranks sort last."""
    for index, rank in enumerate(CIVIL_SERVICE_RANKS):
        if rank.golongan == golongan:
            return index
    return len(CIVIL_SERVICE_RANKS)


# Offered as suggestions for external personnel; the field stays free text because agencies
# rename ranks and a clerk must be able to type what the letter from the Polres says.
POLRI_RANKS: tuple[str, ...] = (
    "Bharada",
    "Bharatu",
    "Bharaka",
    "Bripda",
    "Briptu",
    "Brigpol",
    "Bripka",
    "Aipda",
    "Aiptu",
    "Ipda",
    "Iptu",
    "AKP",
    "Kompol",
    "AKBP",
    "Kombes Pol",
)
TNI_RANKS: tuple[str, ...] = (
    "Prada",
    "Pratu",
    "Praka",
    "Kopda",
    "Koptu",
    "Kopka",
    "Serda",
    "Sertu",
    "Serka",
    "Serma",
    "Pelda",
    "Peltu",
    "Letda",
    "Lettu",
    "Kapten",
    "Mayor",
    "Letkol",
    "Kolonel",
)
