"""All mapped tables; importing this module registers them on ``Base.metadata``."""

from rutan_desk.store.models.audit import AuditEntry, AuditHead
from rutan_desk.store.models.institution import InstitutionRow
from rutan_desk.store.models.staff import StaffRow

__all__ = ["AuditEntry", "AuditHead", "InstitutionRow", "StaffRow"]
