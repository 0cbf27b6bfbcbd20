"""How roles and permissions are named on screen and in messages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from rutan_desk.domain.accounts import Permission, Role

# The permissions of the matrix, in the order the office thinks of them (one's own password
# belongs to every account and is not in the matrix).
MATRIX_PERMISSIONS: tuple[Permission, ...] = (
    Permission.STAFF_EDIT,
    Permission.ROSTER_EDIT,
    Permission.ROSTER_SETUP,
    Permission.HANDOVER_EDIT,
    Permission.HANDOVER_SETUP,
    Permission.HANDOVER_SIGN,
    Permission.HANDOVER_ACKNOWLEDGE,
    Permission.INMATES_EDIT,
    Permission.INCIDENTS_EDIT,
    Permission.INCIDENTS_APPROVE,
    Permission.INCIDENT_SETUP,
    Permission.AGREEMENTS_EDIT,
    Permission.AGREEMENT_SETUP,
    Permission.PAPER_RECORD,
    Permission.DOCUMENTS_ISSUE,
    Permission.DOCUMENTS_CANCEL,
    Permission.SETTINGS_EDIT,
    Permission.ACCOUNTS_MANAGE,
    Permission.AUDIT_VIEW,
    Permission.BACKUP_MAKE,
    Permission.BACKUP_RESTORE,
)


def role_label(role: Role) -> str:
    """The role as the office names it."""
    labels = {
        Role.ADMINISTRATOR: QCoreApplication.translate("AccountLabels", "Administrator"),
        Role.OPERATOR: QCoreApplication.translate("AccountLabels", "Operator"),
        Role.KARUPAM: QCoreApplication.translate("AccountLabels", "Karupam"),
        Role.PIMPINAN: QCoreApplication.translate("AccountLabels", "Pimpinan"),
        Role.PEMBACA: QCoreApplication.translate("AccountLabels", "Pembaca"),
    }
    return labels[role]


def role_hint(role: Role) -> str:
    """Who usually has the role (in the role combo's tooltips and the matrix's headers)."""
    hints = {
        Role.ADMINISTRATOR: QCoreApplication.translate(
            "AccountLabels", "Accounts, settings, backups and restore"
        ),
        Role.OPERATOR: QCoreApplication.translate(
            "AccountLabels", "The clerk: data entry, printing, issuing letters"
        ),
        Role.KARUPAM: QCoreApplication.translate("AccountLabels", "Heads of regu: sign handovers"),
        Role.PIMPINAN: QCoreApplication.translate(
            "AccountLabels", "Ka KPR and Karutan: acknowledge handovers, approve"
        ),
        Role.PEMBACA: QCoreApplication.translate("AccountLabels", "Reads only"),
    }
    return hints[role]


def permission_texts(permission: Permission) -> tuple[str, str]:
    """A short name of the permission and what it covers."""
    texts = {
        Permission.STAFF_EDIT: (
            QCoreApplication.translate("AccountLabels", "Staff registry"),
            QCoreApplication.translate(
                "AccountLabels",
                "Add and change people in the staff registry, set them active or inactive.",
            ),
        ),
        Permission.ROSTER_EDIT: (
            QCoreApplication.translate("AccountLabels", "Roster"),
            QCoreApplication.translate(
                "AccountLabels", "Duties, absences, replacements and swaps, planning a month."
            ),
        ),
        Permission.ROSTER_SETUP: (
            QCoreApplication.translate("AccountLabels", "Roster setup"),
            QCoreApplication.translate(
                "AccountLabels",
                "Regu and members, rotations, posts, shift codes, rules, piket, the calendar.",
            ),
        ),
        Permission.HANDOVER_EDIT: (
            QCoreApplication.translate("AccountLabels", "Handover forms"),
            QCoreApplication.translate(
                "AccountLabels", "Fill in and save shift handovers, write addenda."
            ),
        ),
        Permission.HANDOVER_SETUP: (
            QCoreApplication.translate("AccountLabels", "Handover setup"),
            QCoreApplication.translate(
                "AccountLabels", "Blocks, inmate categories, equipment and standing instructions."
            ),
        ),
        Permission.HANDOVER_SIGN: (
            QCoreApplication.translate("AccountLabels", "Sign handovers"),
            QCoreApplication.translate(
                "AccountLabels", "Hand over and receive a shift, in one's own name."
            ),
        ),
        Permission.HANDOVER_ACKNOWLEDGE: (
            QCoreApplication.translate("AccountLabels", "Acknowledge handovers"),
            QCoreApplication.translate(
                "AccountLabels", "Acknowledge a handover as the Ka KPR or the duty officer."
            ),
        ),
        Permission.INMATES_EDIT: (
            QCoreApplication.translate("AccountLabels", "Inmates"),
            QCoreApplication.translate(
                "AccountLabels",
                "Add and correct the short inmate records, merge one entered twice.",
            ),
        ),
        Permission.INCIDENTS_EDIT: (
            QCoreApplication.translate("AccountLabels", "Incidents"),
            QCoreApplication.translate(
                "AccountLabels",
                "File security incidents, move them on, write supplements to approved reports.",
            ),
        ),
        Permission.INCIDENTS_APPROVE: (
            QCoreApplication.translate("AccountLabels", "Approve incident reports"),
            QCoreApplication.translate(
                "AccountLabels", "Approve an incident report in one's own name, which locks it."
            ),
        ),
        Permission.INCIDENT_SETUP: (
            QCoreApplication.translate("AccountLabels", "Incident setup"),
            QCoreApplication.translate(
                "AccountLabels", "Kinds of incident and the numbering of incident reports."
            ),
        ),
        Permission.AGREEMENTS_EDIT: (
            QCoreApplication.translate("AccountLabels", "Agreements"),
            QCoreApplication.translate(
                "AccountLabels",
                "Partners, agreements and their obligations, renewals, meetings and visits.",
            ),
        ),
        Permission.AGREEMENT_SETUP: (
            QCoreApplication.translate("AccountLabels", "Agreement setup"),
            QCoreApplication.translate(
                "AccountLabels", "How many days ahead an agreement's end is warned of."
            ),
        ),
        Permission.PAPER_RECORD: (
            QCoreApplication.translate("AccountLabels", "Paper signatures"),
            QCoreApplication.translate(
                "AccountLabels", "Record what was signed on paper by someone else, with its scan."
            ),
        ),
        Permission.DOCUMENTS_ISSUE: (
            QCoreApplication.translate("AccountLabels", "Issue letters"),
            QCoreApplication.translate(
                "AccountLabels", "Give letters and reports their register number and issue them."
            ),
        ),
        Permission.DOCUMENTS_CANCEL: (
            QCoreApplication.translate("AccountLabels", "Cancel letters"),
            QCoreApplication.translate(
                "AccountLabels", "Cancel an issued letter, giving the reason."
            ),
        ),
        Permission.SETTINGS_EDIT: (
            QCoreApplication.translate("AccountLabels", "Settings"),
            QCoreApplication.translate(
                "AccountLabels", "Institution profile, letterhead and letter numbering."
            ),
        ),
        Permission.ACCOUNTS_MANAGE: (
            QCoreApplication.translate("AccountLabels", "Accounts and roles"),
            QCoreApplication.translate(
                "AccountLabels", "Make and change accounts, reset passwords, change this matrix."
            ),
        ),
        Permission.AUDIT_VIEW: (
            QCoreApplication.translate("AccountLabels", "Audit trail"),
            QCoreApplication.translate("AccountLabels", "Read who changed what, and when."),
        ),
        Permission.BACKUP_MAKE: (
            QCoreApplication.translate("AccountLabels", "Make backups"),
            QCoreApplication.translate("AccountLabels", "Back up the database now."),
        ),
        Permission.BACKUP_RESTORE: (
            QCoreApplication.translate("AccountLabels", "Restore"),
            QCoreApplication.translate(
                "AccountLabels", "Put a backup in place of the current database."
            ),
        ),
    }
    return texts[permission]


def roles_text(roles: tuple[Role, ...]) -> str:
    """``Administrator, Operator``: the roles in a sentence."""
    return ", ".join(role_label(role) for role in roles)
