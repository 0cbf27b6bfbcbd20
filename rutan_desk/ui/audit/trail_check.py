"""Bantuan → Periksa jejak audit and → Periksa kode dokumen: the checks of the audit trail,
run in the background, and what they found in words a Karutan can act on."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from rutan_desk.domain.formatting import moment_text
from rutan_desk.services.audit.labels import entity_name
from rutan_desk.services.audit.verification import (
    AnchorPlaces,
    AnchorProblem,
    CodeCheck,
    CoverageGap,
    TrailCheck,
    check_audit_trail,
    check_printed_code,
)
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.operations import Operation

MAX_IDS_SHOWN = 8


def anchor_places(ctx: AppContext) -> AnchorPlaces:
    """Where this PC keeps the anchors: the data folder and the backups folder."""
    return AnchorPlaces(anchors_dir=ctx.paths.data_dir, backups_dir=ctx.paths.backups_dir)


def run_trail_check(parent: QWidget, ctx: AppContext) -> Operation[TrailCheck]:
    places = anchor_places(ctx)
    operation = Operation(
        parent,
        ctx,
        lambda action: check_audit_trail(action, places),
        title=QCoreApplication.translate("TrailCheck", "Audit trail"),
    ).on_success(lambda result: show_trail_check(parent, result))
    operation.run_in_background(
        QCoreApplication.translate("TrailCheck", "Checking the audit trail…")
    )
    return operation


def show_trail_check(parent: QWidget, result: TrailCheck) -> None:
    title = QCoreApplication.translate("TrailCheck", "Audit trail")
    if result.intact:
        QMessageBox.information(parent, title, trail_check_text(result))
    else:
        QMessageBox.critical(parent, title, trail_check_text(result))


def trail_check_text(result: TrailCheck) -> str:
    """The verdict, then each finding on its own paragraph."""
    if result.damaged is not None:
        return QCoreApplication.translate(
            "TrailCheck",
            "The database file is damaged, so the audit trail could not be checked: {detail}\n\n"
            "Stop working with this database, keep the file for examination and restore the "
            "latest backup (File → Backups and restore).",
        ).format(detail=result.damaged)
    if result.intact:
        text = QCoreApplication.translate(
            "TrailCheck",
            "The audit trail is complete: {count} changes recorded, none altered or removed, "
            "and every record in the database is accounted for by it.",
        ).format(count=result.entries)
        if result.anchors_compared:
            text += "\n\n" + QCoreApplication.translate(
                "TrailCheck",
                "It agrees with {anchors} records of it kept outside the database (backups and "
                "this PC's notes).",
            ).format(anchors=result.anchors_compared)
        return text + _set_aside_text(result)
    parts = [
        QCoreApplication.translate(
            "TrailCheck",
            "The audit trail was changed outside Rutan Desk. Keep this database file as "
            "evidence, tell the Karutan, and restore a backup made before the change.",
        )
    ]
    if result.chain_break is not None:
        parts.append(_break_text(result.chain_break.entry_id, result.chain_break.reason))
    if result.gaps:
        parts.append(
            QCoreApplication.translate(
                "TrailCheck",
                "Records the trail does not account for (written around Rutan Desk, or the "
                "trail was emptied or cut short):",
            )
            + "\n"
            + "\n".join("• " + _gap_text(gap) for gap in result.gaps)
        )
    if result.anchor_problems:
        parts.append(
            QCoreApplication.translate(
                "TrailCheck",
                "Entries seen earlier outside the database are no longer the same:",
            )
            + "\n"
            + "\n".join("• " + _anchor_text(problem) for problem in result.anchor_problems[:10])
        )
    return "\n\n".join(parts) + _set_aside_text(result)


def _break_text(entry_id: int, reason: str) -> str:
    reasons = {
        "altered": QCoreApplication.translate(
            "TrailCheck", "its content was changed after it was recorded"
        ),
        "missing": QCoreApplication.translate("TrailCheck", "it was removed"),
        "relinked": QCoreApplication.translate(
            "TrailCheck", "it no longer follows the entry before it"
        ),
        "head_mismatch": QCoreApplication.translate(
            "TrailCheck", "entries at the end of the trail were removed or added"
        ),
    }
    return QCoreApplication.translate(
        "TrailCheck", "First break at entry {entry}: {reason}."
    ).format(entry=entry_id, reason=reasons.get(reason, reason))


def _ids(ids: tuple[int, ...]) -> str:
    shown = ", ".join(str(i) for i in ids[:MAX_IDS_SHOWN])
    return shown + (" …" if len(ids) > MAX_IDS_SHOWN else "")


def _gap_text(gap: CoverageGap) -> str:
    name = entity_name(gap.table)
    pieces = []
    if gap.unrecorded:
        pieces.append(
            QCoreApplication.translate(
                "TrailCheck", "{count} without their creation on the trail (no. {ids})"
            ).format(count=len(gap.unrecorded), ids=_ids(gap.unrecorded))
        )
    if gap.vanished:
        pieces.append(
            QCoreApplication.translate(
                "TrailCheck", "{count} gone without their removal on the trail (no. {ids})"
            ).format(count=len(gap.vanished), ids=_ids(gap.vanished))
        )
    if not pieces and gap.expected is not None and gap.found is not None:
        pieces.append(
            QCoreApplication.translate(
                "TrailCheck", "{found} rows where the trail accounts for {expected}"
            ).format(found=gap.found, expected=gap.expected)
        )
    return f"{name}: " + "; ".join(pieces)


def _anchor_text(problem: AnchorProblem) -> str:
    anchor = problem.anchor
    reasons = {
        "missing": QCoreApplication.translate("TrailCheck", "it is no longer on the trail"),
        "rewritten": QCoreApplication.translate("TrailCheck", "it is there with other content"),
        "head_behind": QCoreApplication.translate("TrailCheck", "the trail now ends before it"),
    }
    return QCoreApplication.translate(
        "TrailCheck", "entry {entry}, seen by {source}: {reason}"
    ).format(
        entry=anchor.entry_id,
        source=_source_text(anchor.source, anchor.at),
        reason=reasons.get(problem.reason, problem.reason),
    )


def _source_text(source: str, at: datetime | None) -> str:
    when = moment_text(at) if at is not None else ""
    if source.startswith("backup:"):
        return QCoreApplication.translate("TrailCheck", "the backup {name}").format(
            name=source.removeprefix("backup:")
        )
    if source == "start":
        return QCoreApplication.translate("TrailCheck", "this PC at start-up on {when}").format(
            when=when
        )
    if source == "check":
        return QCoreApplication.translate("TrailCheck", "the check of {when}").format(when=when)
    return source


def _set_aside_text(result: TrailCheck) -> str:
    if not result.anchors_set_aside:
        return ""
    return "\n\n" + QCoreApplication.translate(
        "TrailCheck",
        "{count} older records were not compared: they belong to an earlier database in this "
        "place or to the state a restore replaced.",
    ).format(count=result.anchors_set_aside)


# -- a printed code -------------------------------------------------------------------------


def ask_printed_code(parent: QWidget, ctx: AppContext) -> None:
    """Ask for the code printed at the foot of a document and compare it with the trail."""
    code, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("TrailCheck", "Check a printed code"),
        QCoreApplication.translate(
            "TrailCheck",
            'The code at the foot of an issued document ("Kode jejak audit", e.g. 1234-3F9AC21B):',
        ),
    )
    if not ok or not code.strip():
        return
    Operation(
        parent,
        ctx,
        lambda action: check_printed_code(action, code),
        title=QCoreApplication.translate("TrailCheck", "Check a printed code"),
    ).on_success(lambda result: _show_code_check(parent, result)).run()


def _show_code_check(parent: QWidget, result: CodeCheck) -> None:
    title = QCoreApplication.translate("TrailCheck", "Check a printed code")
    if result.result == "found":
        QMessageBox.information(parent, title, code_check_text(result))
    elif result.result == "not_a_code":
        QMessageBox.warning(parent, title, code_check_text(result))
    else:
        QMessageBox.critical(parent, title, code_check_text(result))


def code_check_text(result: CodeCheck) -> str:
    if result.result == "not_a_code":
        return QCoreApplication.translate(
            "TrailCheck",
            "{code} is not a code of the audit trail: it is a number, a dash and eight letters "
            "or digits, e.g. 1234-3F9AC21B.",
        ).format(code=result.code.strip())
    if result.result == "found":
        return QCoreApplication.translate(
            "TrailCheck",
            "The code matches: entry {entry} of the audit trail, recorded {when}, is still there "
            "unchanged. The trail up to the day this document was issued was not rewritten.",
        ).format(entry=result.entry_id, when=moment_text(result.at) if result.at else "")
    text = (
        QCoreApplication.translate(
            "TrailCheck",
            "The code does not match: entry {entry} is no longer on the audit trail.",
        )
        if result.result == "missing"
        else QCoreApplication.translate(
            "TrailCheck",
            "The code does not match: entry {entry} of the audit trail has other content.",
        )
    ).format(entry=result.entry_id)
    if result.restore is not None:
        return (
            text
            + " "
            + QCoreApplication.translate(
                "TrailCheck",
                "A backup was restored on {when}: a document issued before it, after the backup "
                "that was restored, carries a code of the state that was replaced.",
            ).format(when=moment_text(result.restore.at))
        )
    return (
        text
        + " "
        + QCoreApplication.translate(
            "TrailCheck",
            "The audit trail was rewritten after this document was issued. Keep the database file "
            "as evidence and tell the Karutan.",
        )
    )
