"""Searches (penggeledahan) of the blocks and rooms, and what they find.

A search is routine (rutin, on the office's schedule) or incidental (insidentil, on
information or after an incident), sometimes joint with TNI, Polri or BNN. Each finding has a
kind from the usual list, a quantity, where it was found and whose it was when known; then its
fate: kept in the Rutan (disimpan), destroyed with a berita acara (dimusnahkan), or handed over
to the police (diserahkan ke Polres). Times are the office's wall clock (WIB).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from rutan_desk.domain.errors import FieldError
from rutan_desk.domain.formatting import clock, full_date, long_date
from rutan_desk.domain.incidents import Severity
from rutan_desk.domain.staff import tidy
from rutan_desk.domain.stored_values import range_errors


class SearchKind(StrEnum):
    RUTIN = "rutin"  # on the office's schedule
    INSIDENTIL = "insidentil"  # on information, or after an incident


SEARCH_KIND_LABELS = {
    SearchKind.RUTIN: "Rutin",
    SearchKind.INSIDENTIL: "Insidentil",
}

# The agencies a search is usually joint with (offered; another can be typed).
JOINT_AGENCIES: tuple[str, ...] = ("TNI", "Polri", "BNN", "Satops Patnal Kanwil")


class FindingItem(StrEnum):
    HP = "hp"
    CHARGER = "charger"
    KABEL_DATA = "kabel_data"
    NARKOBA = "narkoba"
    SENJATA_TAJAM = "senjata_tajam"
    UANG = "uang"
    ROKOK_KOREK = "rokok_korek"
    OBAT_TERLARANG = "obat_terlarang"
    MINUMAN_KERAS = "minuman_keras"
    LAIN_LAIN = "lain_lain"  # described in words


FINDING_ITEM_LABELS = {
    FindingItem.HP: "HP",
    FindingItem.CHARGER: "Charger",
    FindingItem.KABEL_DATA: "Kabel data",
    FindingItem.NARKOBA: "Narkoba",
    FindingItem.SENJATA_TAJAM: "Senjata tajam",
    FindingItem.UANG: "Uang",
    FindingItem.ROKOK_KOREK: "Rokok/korek api",
    FindingItem.OBAT_TERLARANG: "Obat terlarang",
    FindingItem.MINUMAN_KERAS: "Minuman keras",
    FindingItem.LAIN_LAIN: "Lain-lain",
}
FINDING_ITEM_TYPES: tuple[FindingItem, ...] = tuple(FindingItem)

# Units a quantity is counted in (offered; another can be typed).
FINDING_UNITS: tuple[str, ...] = (
    "buah",
    "unit",
    "bungkus",
    "paket",
    "gram",
    "lembar",
    "batang",
    "botol",
)
DEFAULT_UNIT = "buah"


class FindingFate(StrEnum):
    DISIMPAN = "disimpan"  # kept in the Rutan's store of seized goods
    DIMUSNAHKAN = "dimusnahkan"  # destroyed, with a berita acara of the destruction
    DISERAHKAN = "diserahkan"  # handed over to the police (Polres)


FATE_LABELS = {
    FindingFate.DISIMPAN: "Disimpan",
    FindingFate.DIMUSNAHKAN: "Dimusnahkan",
    FindingFate.DISERAHKAN: "Diserahkan ke Polres",
}
# Once destroyed or handed over, an item is gone: it cannot be destroyed or handed over again.
FINAL_FATES = frozenset({FindingFate.DIMUSNAHKAN, FindingFate.DISERAHKAN})

MAX_SEARCH_HOURS = 24  # a longer search is a mistyped date
# Of one finding, in its unit: cash is counted in rupiah (Rp 350.000 is 350,000), so the bound
# is a billion less one, which fits the column; more is a typing slip.
MAX_FINDING_QUANTITY = 999_999_999
# The kind of incident a finding opens (a setting: found by this name, see the services).
SMUGGLING_INCIDENT_TYPE = "Penyelundupan barang terlarang"


@dataclass(frozen=True)
class Disposition:
    """What became of a finding: its fate, the day, and what that fate needs: the berita
    acara of the destruction, or whom it was handed over to (with the berita acara of the
    hand-over when there is one)."""

    fate: FindingFate = FindingFate.DISIMPAN
    on: date | None = None
    berita_acara: str = ""
    handed_to: str = ""

    def tidied(self) -> Disposition:
        """Trimmed, without what its fate does not use (a fate changed back to disimpan
        does not keep the police unit it was once to go to)."""
        keeps_number = self.fate != FindingFate.DISIMPAN
        keeps_whom = self.fate == FindingFate.DISERAHKAN
        return Disposition(
            self.fate,
            self.on,
            tidy(self.berita_acara) if keeps_number else "",
            tidy(self.handed_to) if keeps_whom else "",
        )


# -- rules ----------------------------------------------------------------------------------


def search_time_errors(
    started_at: datetime | None, ended_at: datetime | None, now: datetime
) -> list[FieldError]:
    """When the search began (required) and ended (when known): neither in the future, the
    end not before the start and at most ``MAX_SEARCH_HOURS`` after it (``now`` is WIB)."""
    errors: list[FieldError] = []
    if started_at is None:
        errors.append(FieldError("started_at", "search_time_required"))
    elif started_at > now:
        errors.append(FieldError("started_at", "search_time_future"))
    start = started_at if started_at is not None and started_at <= now else None
    if ended_at is None:
        return errors
    if ended_at > now:
        errors.append(FieldError("ended_at", "search_time_future"))
    elif start is not None and ended_at < start:
        errors.append(FieldError("ended_at", "end_before_start"))
    elif start is not None and ended_at - start > timedelta(hours=MAX_SEARCH_HOURS):
        errors.append(FieldError("ended_at", "search_too_long", {"hours": MAX_SEARCH_HOURS}))
    return errors


def place_errors(field: str, block_id: int | None, other_place: str) -> list[FieldError]:
    """A place searched, or where a thing was found: a block (with its room), or another
    place in words (dapur, lapangan, P2U)."""
    if block_id is None and not other_place.strip():
        return [FieldError(field, "search_place_required")]
    return []


def finding_errors(item: str, description: str, quantity: int) -> list[FieldError]:
    """The kind of item is from the list, "lain-lain" is described, the quantity counts."""
    errors: list[FieldError] = []
    if item not in FINDING_ITEM_TYPES:
        errors.append(FieldError("findings", "finding_item_unknown"))
    elif item == FindingItem.LAIN_LAIN and not description.strip():
        errors.append(FieldError("findings", "finding_description_required"))
    if quantity <= 0:
        errors.append(FieldError("findings", "quantity_positive"))
    else:
        errors += range_errors("findings", quantity, 1, MAX_FINDING_QUANTITY)
    return errors


def disposition_errors(
    disposition: Disposition, search_day: date | None, today: date
) -> list[FieldError]:
    """A destruction needs its day and the number of its berita acara; a hand-over its day
    and to whom. The day is not before the search, nor after today."""
    errors: list[FieldError] = []
    fate, on = disposition.fate, disposition.on
    if on is None:
        if fate != FindingFate.DISIMPAN:
            errors.append(FieldError("fate_on", "fate_date_required"))
    elif on > today:
        errors.append(FieldError("fate_on", "date_in_future", {"today": today}))
    elif search_day is not None and on < search_day:
        errors.append(FieldError("fate_on", "fate_before_search", {"day": search_day}))
    if fate == FindingFate.DIMUSNAHKAN and not disposition.berita_acara.strip():
        errors.append(FieldError("berita_acara", "fate_berita_acara_required"))
    if fate == FindingFate.DISERAHKAN and not disposition.handed_to.strip():
        errors.append(FieldError("handed_to", "fate_handed_to_required"))
    return errors


def fate_change_errors(current: FindingFate, new: FindingFate) -> list[FieldError]:
    """An item destroyed or handed over is gone: its fate is corrected, never changed to
    another (recording it in a second destruction is the mistake this catches)."""
    if current in FINAL_FATES and new != current:
        return [FieldError("fate", "fate_final", {"fate": FATE_LABELS[current]})]
    return []


# -- words ----------------------------------------------------------------------------------


def tidy_agencies(names: Iterable[str]) -> tuple[str, ...]:
    """Trimmed, empty ones dropped, each once whatever its case, in the order given."""
    seen: set[str] = set()
    kept: list[str] = []
    for name in names:
        name = tidy(name)
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            kept.append(name)
    return tuple(kept)


def join_agencies(names: Iterable[str]) -> str:
    """The agencies as they are stored: one a line."""
    return "\n".join(tidy_agencies(names))


def split_agencies(text: str) -> tuple[str, ...]:
    return tidy_agencies(text.splitlines())


def words_list(items: Iterable[str]) -> str:
    """``TNI``; ``TNI dan Polri``; ``TNI, Polri dan BNN``."""
    names = list(items)
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} dan {names[-1]}"


def item_words(item: FindingItem, description: str = "") -> str:
    """``HP (Samsung hitam)``; a "lain-lain" item is its description."""
    description = tidy(description)
    if item == FindingItem.LAIN_LAIN:
        return description or FINDING_ITEM_LABELS[item]
    label = FINDING_ITEM_LABELS[item]
    return f"{label} ({description})" if description else label


def quantity_words(quantity: int, unit: str) -> str:
    """``2 buah``."""
    return f"{quantity} {tidy(unit) or DEFAULT_UNIT}"


def finding_summary(
    item: FindingItem, description: str, quantity: int, unit: str, day: date
) -> str:
    """The line an incident opened by a finding is listed under:
    ``Temuan HP 2 buah pada penggeledahan 31 Januari 2024``."""
    what = (
        item_words(item, description)
        if item == FindingItem.LAIN_LAIN
        else FINDING_ITEM_LABELS[item]
    )
    return f"Temuan {what} {quantity_words(quantity, unit)} pada penggeledahan {full_date(day)}"


def finding_chronology(
    started_at: datetime,
    kind: SearchKind,
    agencies: Iterable[str],
    leader: str,
    found: str,
    place: str,
    owner: str = "",
) -> str:
    """The first lines of the chronology of an incident opened by a finding, for the clerk to
    go on with: when the search was, joint with whom, led by whom, what was found where and
    whose it was."""
    joint = words_list(agencies)
    parts = [
        f"Pada hari {long_date(started_at.date())} pukul {clock(started_at)} dilaksanakan"
        f" penggeledahan {SEARCH_KIND_LABELS[kind].lower()}",
        f" bersama {joint}" if joint else "",
        f", dipimpin oleh {leader}" if leader else "",
        f". Dalam penggeledahan tersebut ditemukan {found}",
        f" di {place}" if place else "",
        f" milik {owner}" if owner else "",
        ".",
    ]
    return "".join(parts)


def suggested_severity(item: FindingItem) -> Severity:
    """A first guess for the incident a finding opens (the clerk corrects it): drugs and
    weapons are grave, phones and money a moderate breach, the rest light."""
    if item in (FindingItem.NARKOBA, FindingItem.SENJATA_TAJAM, FindingItem.OBAT_TERLARANG):
        return Severity.BERAT
    if item in (FindingItem.ROKOK_KOREK, FindingItem.LAIN_LAIN):
        return Severity.RINGAN
    return Severity.SEDANG
