"""Patrol visits (patroli sambang) and other security visits to the Rutan.

The police patrol calls at the Rutan; the visit book records when they came and left, the
agency and unit, the officers (name, rank, NRP), the areas checked, notes and the Rutan officer
who received them. Cooperation agreements count these visits as evidence that a patrol
obligation is carried out. Times are the office's wall clock (WIB).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum

from rutan_desk.domain.errors import FieldError


class VisitKind(StrEnum):
    SAMBANG = "sambang"  # the police patrol's routine call
    KOORDINASI = "koordinasi"  # a coordination visit (TNI, BNN, the Kanwil)
    SIDAK = "sidak"  # an unannounced inspection
    LAIN = "lain"


VISIT_KIND_LABELS = {
    VisitKind.SAMBANG: "Patroli sambang",
    VisitKind.KOORDINASI: "Kunjungan koordinasi",
    VisitKind.SIDAK: "Inspeksi mendadak",
    VisitKind.LAIN: "Lain-lain",
}

# The police units that usually call (offered beside the agency; another can be typed).
POLICE_UNITS: tuple[str, ...] = (
    "Sat Samapta",
    "Sat Intelkam",
    "Sat Binmas",
    "Sat Reskrim",
    "Sat Resnarkoba",
    "Sat Lantas",
)

MAX_VISIT_HOURS = 12  # a longer visit is a mistyped date


def visit_time_errors(
    arrived_at: datetime | None, left_at: datetime | None, now: datetime
) -> list[FieldError]:
    """When they came (required) and left (when known): neither in the future, leaving not
    before coming and at most ``MAX_VISIT_HOURS`` after it (``now`` is WIB)."""
    errors: list[FieldError] = []
    if arrived_at is None:
        errors.append(FieldError("arrived_at", "visit_time_required"))
    elif arrived_at > now:
        errors.append(FieldError("arrived_at", "visit_time_future"))
    start = arrived_at if arrived_at is not None and arrived_at <= now else None
    if left_at is None:
        return errors
    if left_at > now:
        errors.append(FieldError("left_at", "visit_time_future"))
    elif start is not None and left_at < start:
        errors.append(FieldError("left_at", "end_before_start"))
    elif start is not None and left_at - start > timedelta(hours=MAX_VISIT_HOURS):
        errors.append(FieldError("left_at", "visit_too_long", {"hours": MAX_VISIT_HOURS}))
    return errors
