"""Copies of the SQLite file, taken with SQLite's online backup API and verified.

A backup is two files in the backups folder: the copy (``<name>.sqlite``) and, beside it, what
its verification found (``<name>.sqlite.json``, the *sidecar*):

- ``PRAGMA integrity_check`` of the copy;
- the rows of every table, counted in the copy and in the original in the very snapshot the copy
  was taken from (one read transaction covers the counts and the copy), and compared;
- the audit chain of the copy (``verify_audit_chain``), and the head of the chain it saw
  (``last_id`` and ``last_hash``): an anchor outside the database that a later check of the
  audit trail compares the chain with;
- the schema revision, the app version, the size and the SHA-256 of the copy (a restore first
  checks that the file is still the one that was verified).

The copy is written under a temporary name (``.partial``) and its sidecar too; the sidecar is
put in place first and the copy renamed last, so a crash leaves only ``.partial`` files or a
sidecar without its copy, and ``remove_unfinished`` clears both. A copy without a sidecar is
not a finished backup either (it is never listed, and removed by ``remove_unfinished``).

``remove_unfinished`` leaves alone what was written in the last ``UNFINISHED_GRACE``: another
process (a second PC on the same folder, the daily backup on its worker thread) may be making a
backup right now, and its ``.partial`` files are fresh (see ``UNFINISHED_GRACE``).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sqlite3
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from rutan_desk import __version__
from rutan_desk.domain.backups import BackupReason
from rutan_desk.domain.formatting import WIB_OFFSET
from rutan_desk.store.errors import BackupError

SIDECAR_SUFFIX = ".json"
PARTIAL_SUFFIX = ".partial"
MANIFEST_FORMAT = 1
BUSY_TIMEOUT_S = 5.0
MAX_INTEGRITY_LINES = 20
# How old an unfinished file must be before it is removed. A backup writes its ``.partial`` copy
# page by page (each write refreshes the file's time), then only reads it to verify it (the
# five-year database: about 2 s, bench ``backup_verified_s``) and renames it within a moment of
# writing its sidecar. A file untouched for this long belongs to no backup still running: 15
# minutes is hundreds of times the longest verification measured. A backup that is still
# paused longer (a PC put to sleep half-way) fails loudly when it renames, it loses nothing.
UNFINISHED_GRACE = timedelta(minutes=15)
# <stem>-YYYYMMDD-HHMMSS-<label>[-n].sqlite: the names this module gives (a second folder on a
# USB disk may hold other files: only these are ever removed).
_BACKUP_NAME = re.compile(r"^.+-\d{8}-\d{6}-[A-Za-z0-9_-]+\.sqlite$")
_PARTIAL_NAME = re.compile(r"^.+-\d{8}-\d{6}-[A-Za-z0-9_-]+(\.sqlite)?(\.json)?\.partial(-.*)?$")


def backup_file_name(source: Path, label: str, moment: datetime | None = None) -> str:
    """``<stem>-YYYYMMDD-HHMMSS-<label>.sqlite``, ``moment`` as the office's clock shows it."""
    moment = moment or datetime.now()
    safe_label = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in label)
    return f"{source.stem}-{moment:%Y%m%d-%H%M%S}-{safe_label}.sqlite"


def sidecar_of(copy: Path) -> Path:
    return copy.with_name(copy.name + SIDECAR_SUFFIX)


def read_revision(connection: sqlite3.Connection) -> str | None:
    has_table = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if not has_table:
        return None
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0]) if row else None


# -- what a verification found --------------------------------------------------------------


@dataclass(frozen=True)
class AuditVerdict:
    """The audit chain of a copy: whole (``ok``), or where it first breaks and why
    (``altered``, ``missing``, ``relinked``, ``head_mismatch``, or ``unreadable`` when the
    audit table itself could not be read)."""

    ok: bool
    entries: int = 0
    break_id: int | None = None
    reason: str = ""
    detail: str = ""


@dataclass(frozen=True)
class AuditHeadSeen:
    """The end of the chain in the copy: an anchor for later checks of the audit trail."""

    last_id: int
    last_hash: str


@dataclass(frozen=True)
class BackupManifest:
    """The sidecar of a backup."""

    file: str
    made_at: datetime  # naive UTC, to the second
    reason: BackupReason
    size: int
    sha256: str
    revision: str | None
    source_revision: str | None
    app_version: str
    source: str
    row_counts: dict[str, int]
    # table → [rows in the original, rows in the copy], for the tables that differ
    count_differences: dict[str, list[int]]
    integrity: str  # "ok", or what integrity_check reported
    audit: AuditVerdict
    audit_head: AuditHeadSeen | None
    format: int = MANIFEST_FORMAT

    @property
    def failures(self) -> tuple[str, ...]:
        """What failed: ``integrity``, ``row_counts``, ``revision``, ``audit``; empty when the
        copy is verified."""
        failed = []
        if self.integrity != "ok":
            failed.append("integrity")
        if self.count_differences:
            failed.append("row_counts")
        if self.revision is None or self.revision != self.source_revision:
            failed.append("revision")
        if not self.audit.ok:
            failed.append("audit")
        return tuple(failed)

    @property
    def verified(self) -> bool:
        return not self.failures

    @property
    def faithful(self) -> bool:
        """The copy is sound and holds what the original held (its audit chain may still be
        broken, as the original's was)."""
        return not set(self.failures) - {"audit"}

    def to_json(self) -> str:
        values: dict[str, Any] = {
            "format": self.format,
            "file": self.file,
            "made_at": self.made_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "reason": self.reason.value,
            "size": self.size,
            "sha256": self.sha256,
            "revision": self.revision,
            "source_revision": self.source_revision,
            "app_version": self.app_version,
            "source": self.source,
            "row_counts": self.row_counts,
            "count_differences": self.count_differences,
            "integrity": self.integrity,
            "audit": {
                "ok": self.audit.ok,
                "entries": self.audit.entries,
                "break_id": self.audit.break_id,
                "reason": self.audit.reason,
                "detail": self.audit.detail,
            },
            "audit_head": None
            if self.audit_head is None
            else {"last_id": self.audit_head.last_id, "last_hash": self.audit_head.last_hash},
            "verified": self.verified,
            "failures": list(self.failures),
        }
        return json.dumps(values, ensure_ascii=False, indent=2, sort_keys=True) + "\n"

    @classmethod
    def from_json(cls, text: str) -> BackupManifest:
        """Raises ValueError (or KeyError/TypeError) for a sidecar that is not one."""
        values = json.loads(text)
        audit = values["audit"]
        head = values.get("audit_head")
        made_at = datetime.strptime(values["made_at"], "%Y-%m-%dT%H:%M:%SZ")
        return cls(
            file=str(values["file"]),
            made_at=made_at,
            reason=BackupReason(values["reason"]),
            size=int(values["size"]),
            sha256=str(values["sha256"]),
            revision=values.get("revision"),
            source_revision=values.get("source_revision"),
            app_version=str(values.get("app_version", "")),
            source=str(values.get("source", "")),
            row_counts={str(k): int(v) for k, v in values.get("row_counts", {}).items()},
            count_differences={
                str(k): [int(x) for x in v] for k, v in values.get("count_differences", {}).items()
            },
            integrity=str(values["integrity"]),
            audit=AuditVerdict(
                ok=bool(audit["ok"]),
                entries=int(audit.get("entries", 0)),
                break_id=audit.get("break_id"),
                reason=str(audit.get("reason", "")),
                detail=str(audit.get("detail", "")),
            ),
            audit_head=None
            if head is None
            else AuditHeadSeen(int(head["last_id"]), str(head["last_hash"])),
            format=int(values.get("format", MANIFEST_FORMAT)),
        )


@dataclass(frozen=True)
class BackupFile:
    """A finished backup: the copy and its sidecar."""

    path: Path
    manifest: BackupManifest = field(compare=False)

    @property
    def sidecar(self) -> Path:
        return sidecar_of(self.path)


# -- making a backup ------------------------------------------------------------------------


def utc_second(moment: datetime | None = None) -> datetime:
    moment = moment or datetime.now(UTC)
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.replace(microsecond=0)


def make_backup_file(
    source: Path,
    folder: Path,
    *,
    reason: BackupReason,
    label: str,
    made_at: datetime | None = None,
) -> BackupFile:
    """Copy ``source`` into ``folder``, verify the copy and write its sidecar.

    A copy whose verification failed is still finished (its sidecar says what failed; a restore
    refuses it): it may be the only copy there is of a damaged database. BackupError when no
    copy could be made at all (no file, not a database, the folder cannot be written)."""
    made_at = utc_second(made_at)
    if not source.is_file():
        raise BackupError(f"no database file at {source}")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise BackupError(str(error)) from error
    target = _free_name(folder / backup_file_name(source, label, made_at + WIB_OFFSET))
    partial = target.with_suffix(PARTIAL_SUFFIX)
    try:
        source_counts, source_revision = _copy(source, partial)
        manifest = _verify(
            partial,
            name=target.name,
            source=source,
            source_counts=source_counts,
            source_revision=source_revision,
            reason=reason,
            made_at=made_at,
        )
        _write_sidecar(sidecar_of(target), manifest)
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as error:
        _remove_quietly(partial, sidecar_of(target))
        raise BackupError(str(error)) from error
    except BaseException:
        _remove_quietly(partial, sidecar_of(target))
        raise
    return BackupFile(target, manifest)


def backup_sqlite(
    source: Path,
    backups_dir: Path,
    *,
    label: str,
    reason: BackupReason = BackupReason.MANUAL,
    made_at: datetime | None = None,
) -> Path:
    """Copy ``source`` into ``backups_dir`` and verify the copy; return the copy's path.

    Raises BackupError unless the copy passed ``PRAGMA integrity_check``, holds the same rows
    and carries the same schema revision as the original (the copy and its sidecar stay, as a
    record of what was found). Used before a schema upgrade, which must not start without a
    copy it can go back to."""
    backup = make_backup_file(source, backups_dir, reason=reason, label=label, made_at=made_at)
    manifest = backup.manifest
    if manifest.integrity != "ok":
        raise BackupError(f"integrity check of the copy failed: {manifest.integrity}")
    if manifest.count_differences:
        raise BackupError(
            f"the copy does not hold the rows of {sorted(manifest.count_differences)}"
        )
    if "revision" in manifest.failures:
        raise BackupError("the copy does not carry the schema revision of the original")
    return backup.path


def set_aside_raw(
    source: Path,
    folder: Path,
    *,
    reason: BackupReason,
    label: str,
    made_at: datetime | None = None,
    problem: str,
) -> BackupFile:
    """Save the bytes of a file SQLite cannot copy (a damaged database) beside the backups, with
    a sidecar saying so: kept as evidence, never restorable. Its ``-wal`` goes with it."""
    made_at = utc_second(made_at)
    folder.mkdir(parents=True, exist_ok=True)
    target = _free_name(folder / backup_file_name(source, label, made_at + WIB_OFFSET))
    partial = target.with_suffix(PARTIAL_SUFFIX)
    try:
        shutil.copyfile(source, partial)
        wal = Path(f"{source}-wal")
        if wal.is_file() and wal.stat().st_size:
            shutil.copyfile(wal, Path(f"{target}-wal"))
        manifest = BackupManifest(
            file=target.name,
            made_at=made_at,
            reason=reason,
            size=partial.stat().st_size,
            sha256=file_sha256(partial),
            revision=None,
            source_revision=None,
            app_version=__version__,
            source=source.name,
            row_counts={},
            count_differences={},
            integrity=f"unreadable: {problem}",
            audit=AuditVerdict(ok=False, reason="unreadable", detail=problem),
            audit_head=None,
        )
        _write_sidecar(sidecar_of(target), manifest)
        os.replace(partial, target)
    except OSError as error:
        _remove_quietly(partial, sidecar_of(target), Path(f"{target}-wal"))
        raise BackupError(str(error)) from error
    return BackupFile(target, manifest)


def _free_name(first: Path) -> Path:
    target = first
    counter = 1
    while target.exists() or sidecar_of(target).exists():
        target = first.with_name(f"{first.stem}-{counter}.sqlite")
        counter += 1
    return target


def _copy(source: Path, partial: Path) -> tuple[dict[str, int], str | None]:
    """Copy in one read transaction of the original, so the rows counted are the rows copied."""
    with closing(sqlite3.connect(source, isolation_level=None, timeout=BUSY_TIMEOUT_S)) as src:
        src.execute("BEGIN")
        try:
            counts = row_counts(src)
            revision = read_revision(src)
            with closing(sqlite3.connect(partial)) as dst:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            src.execute("COMMIT")
    return counts, revision


def row_counts(connection: sqlite3.Connection) -> dict[str, int]:
    tables = [
        str(name)
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]
    return {
        table: int(connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
        for table in tables
    }


def _verify(
    copy: Path,
    *,
    name: str,
    source: Path,
    source_counts: dict[str, int],
    source_revision: str | None,
    reason: BackupReason,
    made_at: datetime,
) -> BackupManifest:
    with ThreadPoolExecutor(max_workers=1) as pool:
        digest = pool.submit(file_sha256, copy)  # hashlib too lets go of Python's lock
        check = check_copy(copy)
        sha256 = digest.result()
    differences = {
        table: [source_counts.get(table, -1), check.counts.get(table, -1)]
        for table in sorted(source_counts.keys() | check.counts.keys())
        if source_counts.get(table) != check.counts.get(table)
    }
    return BackupManifest(
        file=name,
        made_at=made_at,
        reason=reason,
        size=copy.stat().st_size,
        sha256=sha256,
        revision=check.revision,
        source_revision=source_revision,
        app_version=__version__,
        source=source.name,
        row_counts=check.counts,
        count_differences=differences,
        integrity=check.integrity,
        audit=check.audit,
        audit_head=check.audit_head,
    )


@dataclass(frozen=True)
class CopyCheck:
    integrity: str
    counts: dict[str, int]
    revision: str | None
    audit: AuditVerdict
    audit_head: AuditHeadSeen | None


def check_copy(path: Path) -> CopyCheck:
    """Verify a database file without writing to it: integrity, rows, revision, audit chain.

    ``integrity_check`` reads every page and index (most of the time of a backup): it runs on
    a thread of its own while the rows are counted and the audit chain is walked (SQLite lets
    go of Python's lock while it works)."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        integrity_future = pool.submit(_integrity, path)
        try:
            with closing(sqlite3.connect(read_only_uri(path), uri=True)) as connection:
                counts = row_counts(connection)
                revision = read_revision(connection)
        except sqlite3.DatabaseError as error:
            integrity_future.cancel()
            problem = str(error)
            return CopyCheck(
                f"unreadable: {problem}",
                {},
                None,
                AuditVerdict(ok=False, reason="unreadable", detail=problem),
                None,
            )
        audit, head = _verify_audit(path)
        try:
            integrity = integrity_future.result()
        except sqlite3.DatabaseError as error:
            integrity = f"unreadable: {error}"
    return CopyCheck(integrity, counts, revision, audit, head)


def _integrity(path: Path) -> str:
    with closing(sqlite3.connect(read_only_uri(path), uri=True)) as connection:
        lines = [
            str(row[0])
            for row in connection.execute(f"PRAGMA integrity_check({MAX_INTEGRITY_LINES})")
        ]
    return "ok" if lines == ["ok"] else "; ".join(lines)


def _verify_audit(path: Path) -> tuple[AuditVerdict, AuditHeadSeen | None]:
    """The audit chain of the file at ``path``, read with the store's own check. A damaged
    audit table gives a verdict, not an exception."""
    from sqlalchemy import create_engine, func, select
    from sqlalchemy.orm import Session
    from sqlalchemy.pool import NullPool

    from rutan_desk.store.audit import GENESIS_HASH, verify_audit_chain
    from rutan_desk.store.models.audit import AuditEntry, AuditHead

    uri = read_only_uri(path)
    engine = create_engine(
        "sqlite+pysqlite://",
        creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
        poolclass=NullPool,
    )
    try:
        with Session(engine) as session:
            entries = int(session.scalar(select(func.count(AuditEntry.id))) or 0)
            head_row = session.get(AuditHead, 1)
            head: AuditHeadSeen | None
            if head_row is not None:
                head = AuditHeadSeen(int(head_row.last_id), str(head_row.last_hash))
            else:  # no change recorded yet: the head is the start of the chain
                head = AuditHeadSeen(0, GENESIS_HASH) if entries == 0 else None
            found = verify_audit_chain(session)
    except Exception as error:  # a damaged table, a row that is not what the model expects
        return AuditVerdict(ok=False, reason="unreadable", detail=str(error)), None
    finally:
        engine.dispose()
    if found is None:
        return AuditVerdict(ok=True, entries=entries), head
    return AuditVerdict(
        ok=False, entries=entries, break_id=found.entry_id, reason=found.reason
    ), head


def read_only_uri(path: Path) -> str:
    return f"{path.resolve().as_uri()}?mode=ro"


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _write_sidecar(path: Path, manifest: BackupManifest) -> None:
    partial = path.with_name(path.name + PARTIAL_SUFFIX)
    with partial.open("w", encoding="utf-8") as handle:
        handle.write(manifest.to_json())
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, path)


def _remove_quietly(*paths: Path) -> None:
    for path in paths:
        with suppress(OSError):
            path.unlink(missing_ok=True)


# -- the backups in a folder ----------------------------------------------------------------


def read_manifest(copy: Path) -> BackupManifest:
    """The sidecar of ``copy``; BackupError when it is missing or not a sidecar."""
    try:
        return BackupManifest.from_json(sidecar_of(copy).read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise BackupError(f"no readable verification beside {copy.name}: {error}") from error


def backup_files(folder: Path) -> list[BackupFile]:
    """The finished backups in ``folder`` (a copy with a readable sidecar), oldest first. A
    sidecar that cannot be read leaves its copy out (and in place)."""
    if not folder.is_dir():
        return []
    found = []
    for copy in folder.iterdir():
        if not _BACKUP_NAME.match(copy.name) or not copy.is_file():
            continue
        if not sidecar_of(copy).is_file():
            continue
        try:
            manifest = read_manifest(copy)
        except BackupError:
            continue
        found.append(BackupFile(copy, manifest))
    found.sort(key=lambda backup: (backup.manifest.made_at, backup.path.name))
    return found


def remove_unfinished(
    folder: Path, *, grace: timedelta = UNFINISHED_GRACE, now: float | None = None
) -> list[Path]:
    """Remove what an interrupted backup left: ``.partial`` files, a copy without its sidecar,
    a sidecar without its copy, once untouched for ``grace`` (``now``: seconds since the
    epoch, as file times are; the present by default). Only files named as this module names
    them are touched."""
    if not folder.is_dir():
        return []
    cutoff = (time.time() if now is None else now) - grace.total_seconds()
    removed = []
    for path in sorted(folder.iterdir()):
        try:
            if not path.is_file() or path.stat().st_mtime > cutoff:
                continue  # possibly a backup being made right now
        except OSError:  # removed meanwhile by whoever was making it
            continue
        if _is_unfinished(path):
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def _is_unfinished(path: Path) -> bool:
    """A ``.partial`` file, a copy without its sidecar, or a sidecar or ``-wal`` (kept with a
    raw copy of a damaged database) without its copy."""
    name = path.name
    if _PARTIAL_NAME.match(name):
        return True
    if _BACKUP_NAME.match(name):
        return not sidecar_of(path).exists()
    for companion in (SIDECAR_SUFFIX, "-wal"):
        copy = name.removesuffix(companion)
        if copy != name and _BACKUP_NAME.match(copy):
            return not path.with_name(copy).exists()
    return False


def remove_backup(copy: Path) -> None:
    """Remove a backup: the copy first, then its sidecar (an interruption leaves a sidecar
    alone, which ``remove_unfinished`` clears)."""
    copy.unlink(missing_ok=True)
    Path(f"{copy}-wal").unlink(missing_ok=True)
    sidecar_of(copy).unlink(missing_ok=True)


def copy_backup(backup: BackupFile, folder: Path) -> Path:
    """Copy a finished backup into another folder (a USB disk): the copy is checked against
    the SHA-256 of the sidecar before it is put in place. Raises OSError or BackupError."""
    target = folder / backup.path.name
    partial = target.with_suffix(PARTIAL_SUFFIX)
    try:
        shutil.copyfile(backup.path, partial)
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())
        if file_sha256(partial) != backup.manifest.sha256:
            raise BackupError(f"the copy in {folder} differs from {backup.path.name}")
        _write_sidecar(sidecar_of(target), backup.manifest)
        os.replace(partial, target)
    except BaseException:
        _remove_quietly(partial)
        raise
    return target


# -- putting a backup back ------------------------------------------------------------------


@contextmanager
def _exclusive(target: Path) -> Iterator[sqlite3.Connection]:
    with closing(sqlite3.connect(target, isolation_level=None, timeout=BUSY_TIMEOUT_S)) as dst:
        # Leaving WAL mode needs the only connection to the file: another program (or another
        # window of the app) that still has it open makes this fail as "database is locked".
        mode = dst.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        if str(mode).lower() != "delete":
            raise sqlite3.OperationalError("database is locked (journal mode stays " + mode + ")")
        yield dst


def restore_into(backup: Path, target: Path) -> CopyCheck:
    """Replace the content of the database ``target`` with that of ``backup`` and check the
    result. Nothing else may have ``target`` open (sqlite3.OperationalError "database is
    locked" otherwise, and nothing is changed).

    The content is written with SQLite's backup API in one transaction (an interruption leaves
    ``target`` as it was). A ``target`` SQLite cannot read at all (a damaged file; its bytes
    must have been saved first) is replaced as a file instead: a fresh copy is written beside
    it and renamed over it."""
    try:
        with (
            closing(sqlite3.connect(read_only_uri(backup), uri=True)) as src,
            _exclusive(target) as dst,
        ):
            src.backup(dst)
    except sqlite3.OperationalError:
        raise
    except sqlite3.DatabaseError:  # not a database, malformed
        _replace_file(backup, target)
    return check_copy(target)


def _replace_file(backup: Path, target: Path) -> None:
    fresh = target.with_name(target.name + ".restoring")
    try:
        fresh.unlink(missing_ok=True)
        with (
            closing(sqlite3.connect(read_only_uri(backup), uri=True)) as src,
            closing(sqlite3.connect(fresh)) as dst,
        ):
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        os.replace(fresh, target)
    finally:
        fresh.unlink(missing_ok=True)
