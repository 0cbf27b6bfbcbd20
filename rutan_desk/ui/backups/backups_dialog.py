"""Berkas → Cadangan dan pemulihan: the backups of this PC with what their verification found,
a backup now, the second folder (a USB disk), and restore (Administrator).

On a PostgreSQL server the PC makes no backups: the screen shows the server's pg_dump routine
and when the last dump was recorded.

A restore replaces the database the whole app is working on: once it succeeded the dialog
closes and ``AppEvents.reopen_requested`` is emitted, on which the app closes its window and
opens the database anew.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QLocale, Qt, QTimer
from PySide6.QtGui import QColor, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rutan_desk.domain.accounts import Permission
from rutan_desk.domain.backups import (
    KEEP_DAILY,
    KEEP_MONTHLY,
    KEEP_WEEKLY,
    SET_ASIDE_DAYS,
    BackupReason,
)
from rutan_desk.domain.formatting import moment_text, short_date
from rutan_desk.services.accounts.records import may
from rutan_desk.services.backups import server
from rutan_desk.services.backups.making import (
    SECOND_DIR_MISSING,
    BackupMade,
    BackupWarning,
    make_backup,
)
from rutan_desk.services.backups.records import NEWER_REVISION, BackupInfo, list_backups
from rutan_desk.services.backups.restore import (
    CHANGED_SINCE,
    NOT_A_BACKUP,
    WRONG_CONFIRMATION,
    RestoreRefusedError,
    RestoreResult,
    restore_backup,
)
from rutan_desk.services.errors import BackupError, ValidationError
from rutan_desk.ui.backups.settings import second_dir, set_second_dir
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.operations import Operation
from rutan_desk.ui.widgets.dates import date_edit, to_date, to_qdate
from rutan_desk.ui.widgets.record_table import (
    RECORD_ROLE,
    Column,
    RecordSortProxy,
    RecordTableModel,
    sortable_proxy,
)

_FAILED = QColor("#b00020")


class BackupsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Backups"))
        self.resize(1040, 640)
        layout = QVBoxLayout(self)
        self.on_server = ctx.db.sqlite_path is None
        if self.on_server:
            self._build_server(layout)
        else:
            self._build_files(layout)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        if not self.on_server:
            self.reload()

    # -- SQLite: the backups of this PC -----------------------------------------------------
    def _build_files(self, layout: QVBoxLayout) -> None:
        intro = QLabel(
            self.tr(
                "Rutan Desk backs up the database at the first start of each day, before every "
                "upgrade and when asked. Each copy is checked (integrity, rows, audit trail). "
                "Kept: the last {daily} days, {weekly} weeks and {monthly} months; copies made "
                "before an upgrade or a restore for {days} days.\nFolder: {folder}"
            ).format(
                daily=KEEP_DAILY,
                weekly=KEEP_WEEKLY,
                monthly=KEEP_MONTHLY,
                days=SET_ASIDE_DAYS,
                folder=self._ctx.paths.backups_dir,
            )
        )
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(intro)

        self.model: RecordTableModel[BackupInfo] = RecordTableModel(self._columns(), self)
        self.proxy: RecordSortProxy = sortable_proxy(self.model, self)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column, width in ((0, 170), (1, 130), (2, 90)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._show_selected())
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())

        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setMinimumWidth(320)
        details_box = QGroupBox(self.tr("Details"))
        details_layout = QVBoxLayout(details_box)
        details_layout.addWidget(self.details)
        details_layout.addStretch(1)

        middle = QHBoxLayout()
        middle.addWidget(self.table, 3)
        middle.addWidget(details_box, 2)
        layout.addLayout(middle, 1)

        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.backup_button)
        actions.addWidget(self.restore_button)
        actions.addWidget(self.status_label, 1)
        layout.addLayout(actions)
        self._may_back_up = may(self._ctx.db, self._ctx.actor, Permission.BACKUP_MAKE)
        self._may_restore = may(self._ctx.db, self._ctx.actor, Permission.BACKUP_RESTORE)
        self.backup_button.setEnabled(self._may_back_up)
        if not self._may_restore:
            self.restore_button.setToolTip(self.tr("Only an Administrator may restore a backup."))

        second = QGroupBox(self.tr("Second folder (e.g. a USB disk)"))
        second_layout = QHBoxLayout(second)
        self.second_dir_edit = QLineEdit()
        self.second_dir_edit.setReadOnly(True)
        self.second_dir_edit.setPlaceholderText(self.tr("None: backups stay on this PC only"))
        choose = QPushButton(self.tr("C&hoose…"))
        choose.clicked.connect(self.choose_second_dir)
        self.clear_second_button = QPushButton(self.tr("Remo&ve"))
        self.clear_second_button.clicked.connect(lambda: self.set_second_dir(None))
        second_layout.addWidget(self.second_dir_edit, 1)
        second_layout.addWidget(choose)
        second_layout.addWidget(self.clear_second_button)
        second_help = QLabel(
            self.tr(
                "The daily backup and those made by hand are copied there too. When the disk "
                "is not plugged in, the backup is made on this PC and you are told."
            )
        )
        second_help.setWordWrap(True)
        second_box = QVBoxLayout()
        second_box.addWidget(second)
        second_box.addWidget(second_help)
        layout.addLayout(second_box)
        self._show_second_dir()

    def _columns(self) -> list[Column[BackupInfo]]:
        return [
            Column(
                self.tr("Made"),
                lambda b: moment_text(b.made_at),
                sort=lambda b: (b.made_at, b.name),
            ),
            Column(self.tr("Reason"), self.reason_text),
            Column(
                self.tr("Size"),
                self.size_text,
                sort=lambda b: b.size,
                align=Qt.AlignmentFlag.AlignRight,
            ),
            Column(
                self.tr("Verification"),
                self.verification_text,
                sort=lambda b: (b.verified, self.verification_text(b)),
                tooltip=self.verification_text,
                colour=lambda b: None if b.refusal is None else _FAILED,
            ),
        ]

    # -- texts ------------------------------------------------------------------------------
    def reason_text(self, backup: BackupInfo) -> str:
        return {
            BackupReason.DAILY: self.tr("Daily"),
            BackupReason.MANUAL: self.tr("By hand"),
            BackupReason.MIGRATION: self.tr("Before an upgrade"),
            BackupReason.BEFORE_RESTORE: self.tr("Before a restore"),
        }.get(backup.reason, str(backup.reason))

    def size_text(self, backup: BackupInfo) -> str:
        return QLocale().formattedDataSize(backup.size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)

    def verification_text(self, backup: BackupInfo) -> str:
        if backup.newer:
            return self.tr("Made by a newer version of Rutan Desk ({revision})").format(
                revision=backup.revision
            )
        if backup.verified:
            return self.tr("OK")
        return self.tr("Failed: {what}").format(what="; ".join(self._failure_texts(backup)))

    def _failure_texts(self, backup: BackupInfo) -> list[str]:
        texts = []
        for failure in backup.failures:
            if failure == "integrity":
                texts.append(self.tr("the copy is damaged (integrity check)"))
            elif failure == "row_counts":
                texts.append(
                    self.tr("rows differ from the original ({tables})").format(
                        tables=", ".join(sorted(backup.count_differences))
                    )
                )
            elif failure == "revision":
                texts.append(self.tr("no or another schema version"))
            elif failure == "audit":
                texts.append(self._audit_text(backup))
        return texts

    def _audit_text(self, backup: BackupInfo) -> str:
        audit = backup.audit
        if audit.reason == "unreadable":
            return self.tr("the audit trail cannot be read")
        reasons = {
            "altered": self.tr("changed after it was recorded"),
            "missing": self.tr("removed"),
            "relinked": self.tr("no longer follows the entry before it"),
            "head_mismatch": self.tr("entries at the end removed or added"),
        }
        return self.tr("audit trail broken at entry {entry}: {reason}").format(
            entry=audit.break_id, reason=reasons.get(audit.reason, audit.reason)
        )

    # -- the list ---------------------------------------------------------------------------
    def reload(self) -> None:
        selected = self.selected()
        self.model.set_rows(list_backups(self._ctx.paths.backups_dir))
        name = selected.name if selected is not None else None
        row = self.model.row_where(lambda b: b.name == name) if name else None
        if row is None and self.model.rowCount():
            self.select_row(self.proxy.mapFromSource(self.model.index(0, 0)).row())
        elif row is not None:
            self.select_row(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        self._show_selected()

    def select_row(self, proxy_row: int) -> None:
        index = self.proxy.index(proxy_row, 0)
        self.table.selectionModel().select(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.setCurrentIndex(index)

    def select_backup(self, backup: BackupInfo) -> None:
        row = self.model.row_where(lambda b: b.name == backup.name)
        if row is not None:
            self.select_row(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    def selected(self) -> BackupInfo | None:
        if not hasattr(self, "table"):
            return None
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        record = rows[0].data(RECORD_ROLE)
        return record if isinstance(record, BackupInfo) else None

    def _show_selected(self) -> None:
        backup = self.selected()
        self.restore_button.setEnabled(
            backup is not None and backup.refusal is None and self._may_restore
        )
        if backup is None:
            self.details.setText(
                self.tr("No backup yet.") if not self.model.rowCount() else self.tr("Choose one.")
            )
            return
        self.details.setText(self.details_text(backup))

    def details_text(self, backup: BackupInfo) -> str:
        # A few tables the details name (the sidecar counts every table).
        counted = (
            ("staff", self.tr("people")),
            ("roster_entry", self.tr("roster cells")),
            ("handover", self.tr("handovers")),
            ("issued_document", self.tr("letters")),
            ("audit_log", self.tr("audit entries")),
        )
        counts = ", ".join(
            f"{backup.row_counts[table]} {label}"
            for table, label in counted
            if table in backup.row_counts
        )
        head = backup.audit_head
        lines = [
            self.tr("File: {name}").format(name=backup.name),
            self.tr("Made: {moment}").format(moment=moment_text(backup.made_at)),
            self.tr("Reason: {reason}").format(reason=self.reason_text(backup)),
            self.tr("Size: {size}").format(size=self.size_text(backup)),
            self.tr("Schema: {revision}").format(revision=backup.revision or "—"),
            self.tr("Rows: {counts}").format(counts=counts or "—"),
            self.tr("Audit trail: {entries} entries, last {last}").format(
                entries=backup.audit.entries,
                last=f"{head.last_id} ({head.last_hash[:12]}…)" if head else "—",
            ),
            self.tr("Verification: {result}").format(result=self.verification_text(backup)),
        ]
        if backup.refusal == NEWER_REVISION:
            lines.append(self.tr("It cannot be restored by this version of Rutan Desk."))
        elif backup.refusal is not None:
            lines.append(self.tr("It failed its verification: it cannot be restored."))
        return "\n".join(lines)

    # -- backing up -------------------------------------------------------------------------
    def back_up_now(self) -> None:
        backups_dir = self._ctx.paths.backups_dir
        usb = second_dir(self._ctx.settings)
        Operation(
            self,
            self._ctx,
            lambda action: make_backup(action, backups_dir, second_dir=usb),
            title=self.tr("Back up"),
        ).on_success(self._backed_up).on_error(BackupError, self._backup_failed).after_failure(
            lambda _error: self.reload()
        ).run_in_background(self.tr("Making and checking a backup…"))

    def _backed_up(self, made: BackupMade) -> None:
        self.reload()
        self.select_backup(made.backup)
        if made.backup.verified:
            self.status_label.setText(
                self.tr("Backup made and checked: {name}").format(name=made.backup.name)
            )
        else:
            self.status_label.setText(
                self.tr("Backup made, but its check failed: {what}").format(
                    what=self.verification_text(made.backup)
                )
            )
        for warning in made.warnings:
            QMessageBox.warning(self, self.tr("Second folder"), self.warning_text(warning))

    def warning_text(self, warning: BackupWarning) -> str:
        if warning.code == SECOND_DIR_MISSING:
            return self.tr(
                "The second folder {folder} is not there (is the disk plugged in?). The backup "
                "was made on this PC only."
            ).format(folder=warning.folder)
        return self.tr(
            "The backup could not be copied to the second folder {folder}: {detail}. It was "
            "made on this PC."
        ).format(folder=warning.folder, detail=warning.detail)

    def _backup_failed(self, error: BackupError) -> None:
        QMessageBox.warning(
            self,
            self.tr("Back up"),
            self.tr("The backup could not be made: {reason}").format(reason=error),
        )

    # -- the second folder ------------------------------------------------------------------
    def _show_second_dir(self) -> None:
        folder = second_dir(self._ctx.settings)
        self.second_dir_edit.setText(str(folder) if folder is not None else "")
        self.clear_second_button.setEnabled(folder is not None)

    def choose_second_dir(self) -> None:
        current = second_dir(self._ctx.settings)
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Second backup folder"), str(current or Path.home())
        )
        if chosen:
            self.set_second_dir(Path(chosen))

    def set_second_dir(self, folder: Path | None) -> None:
        set_second_dir(self._ctx.settings, folder)
        self._show_second_dir()

    # -- restoring --------------------------------------------------------------------------
    def restore_selected(self) -> None:
        backup = self.selected()
        if backup is None or backup.refusal is not None or not self._may_restore:
            return
        dialog = RestoreDialog(self, backup, self.details_text(backup))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.restore(backup, dialog.typed())

    def restore(self, backup: BackupInfo, typed: str) -> None:
        """Run the restore (the typed date is checked again by the service)."""
        current = self._ctx.db.sqlite_path
        assert current is not None
        backups_dir = self._ctx.paths.backups_dir
        Operation(
            self,
            self._ctx,
            lambda action: restore_backup(
                action, backup.path, typed, current, backups_dir=backups_dir
            ),
            title=self.tr("Restore"),
        ).on_success(self._restored).on_error(RestoreRefusedError, self._refused).on_error(
            BackupError, self._restore_failed
        ).after_failure(lambda _error: self.reload()).run_in_background(
            self.tr("Restoring the backup…")
        )

    def _restored(self, result: RestoreResult) -> None:
        saved = result.saved_aside
        text = self.tr("The database was restored to the backup of {moment}.").format(
            moment=moment_text(result.restored.made_at)
        )
        if saved is not None:
            text += "\n" + self.tr("The database as it was before is kept as {name}.").format(
                name=saved.name
            )
        if result.needs_upgrade:
            text += "\n" + self.tr("The backup is of an older version: it is upgraded first.")
        text += "\n\n" + self.tr("Rutan Desk now opens the restored database.")
        QMessageBox.information(self, self.tr("Restore"), text)
        self.accept()
        # Once this dialog's own event loop has returned: the app then closes the window
        # this dialog belongs to.
        QTimer.singleShot(0, self._ctx.events.reopen_requested.emit)

    def _refused(self, error: RestoreRefusedError) -> None:
        texts = {
            WRONG_CONFIRMATION: self.tr("The date typed is not the date of the backup."),
            NEWER_REVISION: self.tr(
                "This backup was made by a newer version of Rutan Desk; this version cannot "
                "restore it."
            ),
            CHANGED_SINCE: self.tr(
                "The backup file was changed or damaged after it was checked; it is not "
                "restored. Choose another backup."
            ),
            NOT_A_BACKUP: self.tr("This file is not a finished backup."),
        }
        text = texts.get(
            error.reason, self.tr("This backup failed its verification; it is not restored.")
        )
        QMessageBox.warning(self, self.tr("Restore"), text + "\n" + self.tr("Nothing changed."))

    def _restore_failed(self, error: BackupError) -> None:
        QMessageBox.critical(
            self,
            self.tr("Restore"),
            self.tr(
                "The restore did not succeed: {reason}\nClose Rutan Desk and start it again."
            ).format(reason=error),
        )

    # -- PostgreSQL ---------------------------------------------------------------------------
    def _build_server(self, layout: QVBoxLayout) -> None:
        commands = server.server_backup_commands(self._ctx.db)
        intro = QLabel(
            self.tr(
                "This database is on a PostgreSQL server; Rutan Desk does not copy it from this "
                "PC. The server's administrator makes a backup every day with pg_dump, keeps the "
                "files on another disk than the server's (and a copy away from the office), and "
                "tells the Administrator here when it was done.\n\n"
                "Make a backup (on the server; {file}: the year, month and day):"
            ).format(file=server.DUMP_NAME)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.dump_command = QPlainTextEdit(commands.dump)
        self.restore_command = QPlainTextEdit(commands.restore)
        for edit in (self.dump_command, self.restore_command):
            edit.setReadOnly(True)
            edit.setFont(mono)
            edit.setMaximumHeight(60)
        layout.addWidget(self.dump_command)
        restore_label = QLabel(
            self.tr(
                "Restore a backup (on the server, after every Rutan Desk was closed; the "
                "current data are replaced):"
            )
        )
        restore_label.setWordWrap(True)
        layout.addWidget(restore_label)
        layout.addWidget(self.restore_command)
        self.last_label = QLabel()
        self.last_label.setWordWrap(True)
        layout.addWidget(self.last_label)
        form = QFormLayout()
        self.done_on_edit = date_edit(self._ctx.today())
        self.done_on_edit.setMaximumDate(to_qdate(self._ctx.today()))
        self.record_button = QPushButton(self.tr("&Record the server backup"))
        self.record_button.clicked.connect(self.record_server_backup)
        self.record_button.setEnabled(may(self._ctx.db, self._ctx.actor, Permission.BACKUP_MAKE))
        row = QHBoxLayout()
        row.addWidget(self.done_on_edit)
        row.addWidget(self.record_button)
        row.addStretch(1)
        form.addRow(self.tr("Backup made on"), row)
        layout.addLayout(form)
        layout.addStretch(1)
        self._show_last_server_backup()

    def _show_last_server_backup(self) -> None:
        last = server.last_server_backup(self._ctx.db)
        if last is None:
            self.last_label.setText(self.tr("No server backup has been recorded yet."))
            return
        days = (self._ctx.today() - last.done_on).days
        self.last_label.setText(
            self.tr(
                "Last server backup: {day} ({days} days ago), recorded by {who} on {moment}."
            ).format(
                day=short_date(last.done_on),
                days=days,
                who=last.recorded_by.split(":", 1)[-1],
                moment=moment_text(last.recorded_at),
            )
        )

    def record_server_backup(self) -> None:
        day = to_date(self.done_on_edit.date())
        Operation(
            self,
            self._ctx,
            lambda action: server.record_server_backup(action, day),
            title=self.tr("Server backup"),
        ).on_invalid(self._server_refused).on_success(
            lambda _result: self._show_last_server_backup()
        ).run()

    def _server_refused(self, _error: ValidationError) -> None:
        QMessageBox.warning(
            self, self.tr("Server backup"), self.tr("A backup cannot be made on a day to come.")
        )


class RestoreDialog(QDialog):
    """The chosen backup, what a restore does, and the date to type: OK only once it is
    typed as shown."""

    def __init__(self, parent: QWidget, backup: BackupInfo, details: str) -> None:
        super().__init__(parent)
        self._backup = backup
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        details_label = QLabel(details)
        details_label.setWordWrap(True)
        details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(details_label)
        warning = QLabel(
            self.tr(
                "Every change made after this backup is taken out of the database. The "
                'database as it is now is first saved as a backup ("Before a restore"), so '
                "it can be restored in turn. Rutan Desk then reopens the database."
            )
        )
        warning.setWordWrap(True)
        layout.addWidget(warning)
        form = QFormLayout()
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setMaxLength(len(backup.confirmation) + 4)
        self.confirm_edit.textChanged.connect(lambda _text: self._check())
        form.addRow(
            self.tr("Type the date of the backup, {date}, to confirm").format(
                date=backup.confirmation
            ),
            self.confirm_edit,
        )
        layout.addLayout(form)
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._check()

    def typed(self) -> str:
        return self.confirm_edit.text()

    def _check(self) -> None:
        self.ok_button.setEnabled(self.typed().strip() == self._backup.confirmation)

    def accept(self) -> None:
        if self.ok_button.isEnabled():
            super().accept()
