"""What the roster tab says about days that are history: what planning left alone, and the
question before a hand correction of such a day."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from rutan_desk.domain.formatting import day_span
from rutan_desk.domain.roster_history import KeptDays, KeptReason
from rutan_desk.services.roster.history import HistoryEditError
from rutan_desk.ui.messages import message_for


def _why(reason: KeptReason) -> str:
    if reason is KeptReason.PAST:
        return QCoreApplication.translate("RosterHistory", "already passed")
    if reason is KeptReason.HANDOVER:
        return QCoreApplication.translate("RosterHistory", "already handed over")
    return QCoreApplication.translate("RosterHistory", "in an issued duty order")


def history_text(spans: Sequence[KeptDays]) -> str:
    """``1–14 Desember 2023 tidak diubah: sudah lewat.``, a line per span."""
    return "\n".join(
        QCoreApplication.translate("RosterHistory", "{days} not changed: {why}.").format(
            days=day_span(span.first, span.last), why=_why(span.reason)
        )
        for span in spans
    )


def ask_correction_reason(parent: QWidget, error: HistoryEditError) -> str:
    """The reason for correcting a day that is history (empty when the clerk cancels)."""
    reason, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("RosterHistory", "Correct the past"),
        QCoreApplication.translate(
            "RosterHistory", "{problem}\n\nTo correct it, give the reason (it is recorded):"
        ).format(problem=message_for(error.errors[0])),
        QLineEdit.EchoMode.Normal,
        "",
    )
    return reason.strip() if ok else ""
