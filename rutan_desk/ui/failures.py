"""Every failure a service call can end with, worded in Indonesian for the clerk.

The operation runner shows these; nothing else in the UI words a database error. An error that
is not known here is logged with its traceback and reported as unexpected, pointing at the log.
"""

from __future__ import annotations

import errno
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication

from rutan_desk.services.errors import (
    DatabaseBusyError,
    DatabaseDamagedError,
    DiskFullError,
    NotFoundError,
    PermissionDeniedError,
    ReadOnlyDatabaseError,
    StaleRecordError,
    StoreError,
    ValidationError,
    ViewOnlyError,
)
from rutan_desk.ui.accounts.labels import permission_texts, roles_text
from rutan_desk.ui.messages import message_for
from rutan_desk.ui.view_only import view_only_refusal_text

log = logging.getLogger("rutan_desk")
WIB_OFFSET = timedelta(hours=7)

# Column names a stale-record message may name, as a clerk knows them.
_FIELD_LABELS = {
    "name": "nama",
    "nip": "NIP",
    "golongan": "pangkat/golongan",
    "position": "jabatan",
    "unit": "unit",
    "phone": "telepon",
    "agency": "instansi",
    "external_id": "nomor identitas",
    "external_rank": "pangkat",
    "active": "status aktif",
    "status_since": "tanggal status",
    "note": "catatan",
    "shift_code": "kode jaga",
    "karupam_id": "Karupam",
    "minimums": "jumlah minimal",
    "needs_woman": "petugas perempuan",
    "min_women": "jumlah petugas perempuan",
    "status": "status",
    "day": "tanggal",
    "text": "isi",
}


@dataclass(frozen=True)
class Failure:
    title: str
    text: str
    detail: str = ""


def actor_label(audit_name: str) -> str:
    """``os:rudi`` → ``rudi``: the name without the kind of login."""
    return audit_name.split(":", 1)[-1] if audit_name else ""


def describe_failure(error: BaseException, log_file: object) -> Failure:
    """The title and text to show for ``error``; an unexpected one is logged here."""
    if isinstance(error, ValidationError):
        return Failure(
            QCoreApplication.translate("Failures", "Not saved"),
            "\n".join(message_for(e) for e in error.errors),
        )
    if isinstance(error, StaleRecordError):
        return Failure(
            QCoreApplication.translate("Failures", "Changed by someone else"), _stale_text(error)
        )
    if isinstance(error, PermissionDeniedError):
        return Failure(QCoreApplication.translate("Failures", "Not allowed"), _denied_text(error))
    if isinstance(error, NotFoundError):
        return Failure(
            QCoreApplication.translate("Failures", "No longer there"),
            QCoreApplication.translate(
                "Failures",
                "This record no longer exists: someone else may have removed it. Nothing was "
                "saved; the list is read again.",
            ),
        )
    if isinstance(error, DatabaseBusyError):
        return Failure(
            QCoreApplication.translate("Failures", "Database busy"),
            QCoreApplication.translate(
                "Failures",
                "The database is in use by another program. Nothing was saved; try again.",
            ),
        )
    if isinstance(error, DiskFullError) or _os_error(error, errno.ENOSPC, errno.EDQUOT):
        return Failure(
            QCoreApplication.translate("Failures", "Disk full"),
            QCoreApplication.translate(
                "Failures",
                "The disk is full. Nothing was saved. Free some space on the disk (empty the "
                "recycle bin, move old files elsewhere) and try again.",
            ),
            str(error),
        )
    if isinstance(error, ViewOnlyError):
        return Failure(
            QCoreApplication.translate("Failures", "View only"),
            view_only_refusal_text(error.reason),
        )
    if isinstance(error, ReadOnlyDatabaseError) or _os_error(
        error, errno.EROFS, errno.EACCES, errno.EPERM
    ):
        return Failure(
            QCoreApplication.translate("Failures", "Cannot write"),
            QCoreApplication.translate(
                "Failures",
                "The file or folder cannot be written to (read-only, write-protected or no "
                "permission). Nothing was saved. Check the disk or ask the administrator of "
                "this PC for permission to write there.",
            ),
            str(error),
        )
    if isinstance(error, DatabaseDamagedError):
        log.error("damaged database", exc_info=error)
        return Failure(
            QCoreApplication.translate("Failures", "Database damaged"),
            QCoreApplication.translate(
                "Failures",
                "The database file is damaged. Nothing was saved. Stop working with it, keep "
                "the file for examination, and restore the latest backup. Details are in the "
                "log:\n{path}",
            ).format(path=log_file),
        )
    if isinstance(error, StoreError):
        log.error("database error", exc_info=error)
        return Failure(
            QCoreApplication.translate("Failures", "Database error"),
            QCoreApplication.translate(
                "Failures", "The database refused the action; nothing was saved.\n{reason}"
            ).format(reason=error),
        )
    log.error("unexpected error in an operation", exc_info=error)
    return Failure(
        QCoreApplication.translate("Failures", "Unexpected error"),
        QCoreApplication.translate(
            "Failures",
            "Something went wrong that Rutan Desk did not expect. Nothing was saved half-way. "
            "The details were written to:\n{path}",
        ).format(path=log_file),
    )


def _os_error(error: BaseException, *codes: int) -> bool:
    return isinstance(error, OSError) and error.errno in codes


def _stale_text(error: StaleRecordError) -> str:
    who = actor_label(error.changed_by)
    if error.removed:
        base = QCoreApplication.translate(
            "Failures", "{who} removed this record after you opened it."
        )
    elif who:
        base = QCoreApplication.translate(
            "Failures", "{who} changed this record after you opened it."
        )
    else:
        base = QCoreApplication.translate(
            "Failures", "Someone else changed this record after you opened it."
        )
    text = base.format(who=who or QCoreApplication.translate("Failures", "Someone else"))
    if error.changed_at is not None:
        text += " " + QCoreApplication.translate("Failures", "Changed at {time}.").format(
            time=_wib(error.changed_at)
        )
    if error.fields:
        labels = ", ".join(_FIELD_LABELS.get(name, name) for name in error.fields)
        text += " " + QCoreApplication.translate("Failures", "What changed: {fields}.").format(
            fields=labels
        )
    return (
        text
        + "\n\n"
        + QCoreApplication.translate(
            "Failures",
            "Your change was not saved, so that theirs is not undone; what you typed is still "
            "in the form. Close it and open the record again to see the new state.",
        )
    )


def _denied_text(error: PermissionDeniedError) -> str:
    if not error.signed_in:
        return QCoreApplication.translate(
            "Failures",
            "Your account can no longer act: it was deactivated, removed or locked out. Nothing "
            "was saved. Sign in again, or ask the Administrator.",
        )
    if error.password_change:
        return QCoreApplication.translate(
            "Failures",
            "Choose your own password first (File → Change password). Nothing was saved.",
        )
    what = permission_texts(error.permission)[0]
    if not error.roles:
        return QCoreApplication.translate(
            "Failures", "No role may do this now ({what}). Nothing was saved."
        ).format(what=what)
    return QCoreApplication.translate(
        "Failures",
        "Your role may not do this ({what}). Nothing was saved. It is allowed for: {roles}. "
        "Ask the Administrator if it belongs to your work.",
    ).format(what=what, roles=roles_text(error.roles))


def _wib(moment: datetime) -> str:
    local = moment + WIB_OFFSET
    return f"{local:%d-%m-%Y %H.%M} WIB"
