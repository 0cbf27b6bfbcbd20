"""All mapped tables; importing this module registers them on ``Base.metadata``."""

from rutan_desk.store.models.audit import AuditEntry, AuditHead
from rutan_desk.store.models.institution import InstitutionRow
from rutan_desk.store.models.roster import (
    AbsenceRow,
    PostMinimumRow,
    PostRow,
    ReguMemberRow,
    ReguRow,
    RosterEntryRow,
    RosterSettingsRow,
    RotationRow,
    ShiftTypeRow,
)
from rutan_desk.store.models.staff import StaffRow

__all__ = [
    "AbsenceRow",
    "AuditEntry",
    "AuditHead",
    "InstitutionRow",
    "PostMinimumRow",
    "PostRow",
    "ReguMemberRow",
    "ReguRow",
    "RosterEntryRow",
    "RosterSettingsRow",
    "RotationRow",
    "ShiftTypeRow",
    "StaffRow",
]
