"""The backups of a folder as the Backups screen lists them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from rutan_desk.domain.backups import BackupReason, confirmation_text
from rutan_desk.domain.formatting import from_utc
from rutan_desk.store.backup import (
    AuditHeadSeen,
    AuditVerdict,
    BackupFile,
    backup_files,
    read_manifest,
)
from rutan_desk.store.schema import KNOWN_REVISIONS

# Why a backup cannot be restored.
NEWER_REVISION = "newer_revision"  # made by a newer version of the app
NOT_VERIFIED = "not_verified"  # its verification found a fault


@dataclass(frozen=True)
class BackupInfo:
    """One backup: the copy, when and why it was made, and what its verification found."""

    path: Path
    made_at: datetime  # naive UTC
    reason: BackupReason
    size: int
    revision: str | None
    app_version: str
    # "integrity", "row_counts", "revision", "audit": what failed (empty: verified)
    failures: tuple[str, ...]
    integrity: str
    audit: AuditVerdict
    audit_head: AuditHeadSeen | None
    row_counts: dict[str, int]
    count_differences: dict[str, list[int]]
    sha256: str

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def made_at_local(self) -> datetime:
        """When it was made, on the office's clock (WIB)."""
        return from_utc(self.made_at)

    @property
    def day(self) -> date:
        return self.made_at_local.date()

    @property
    def confirmation(self) -> str:
        """The date shown in the list, which a restore is confirmed with (``30-11-2026``)."""
        return confirmation_text(self.day)

    @property
    def verified(self) -> bool:
        return not self.failures

    @property
    def newer(self) -> bool:
        """Made by a newer version of the app (a schema this version does not know)."""
        return self.revision is not None and self.revision not in KNOWN_REVISIONS

    @property
    def refusal(self) -> str | None:
        """Why it cannot be restored (``NEWER_REVISION``, ``NOT_VERIFIED``), or None."""
        if self.newer:
            return NEWER_REVISION
        if not self.verified:
            return NOT_VERIFIED
        return None


def backup_info(backup: BackupFile) -> BackupInfo:
    manifest = backup.manifest
    return BackupInfo(
        path=backup.path,
        made_at=manifest.made_at,
        reason=manifest.reason,
        size=manifest.size,
        revision=manifest.revision,
        app_version=manifest.app_version,
        failures=manifest.failures,
        integrity=manifest.integrity,
        audit=manifest.audit,
        audit_head=manifest.audit_head,
        row_counts=dict(manifest.row_counts),
        count_differences=dict(manifest.count_differences),
        sha256=manifest.sha256,
    )


def list_backups(folder: Path) -> list[BackupInfo]:
    """The finished backups in ``folder``, newest first (unfinished copies are never listed)."""
    return [backup_info(backup) for backup in reversed(backup_files(folder))]


def read_backup(path: Path) -> BackupInfo:
    """The backup at ``path``; BackupError when it has no readable sidecar."""
    return backup_info(BackupFile(path, read_manifest(path)))
