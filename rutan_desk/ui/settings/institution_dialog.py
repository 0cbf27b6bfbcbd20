"""Pengaturan → Profil Satuan Kerja: letterhead lines and their versions by date, signatory,
logo and paper size."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rutan_desk.domain.errors import FieldError
from rutan_desk.domain.institution import (
    LETTERHEAD_NAMES,
    InstitutionProfile,
    LetterheadVersion,
    PaperSize,
)
from rutan_desk.domain.nip import format_nip
from rutan_desk.domain.ranks import CIVIL_SERVICE_RANKS
from rutan_desk.services import institution as institution_service
from rutan_desk.services.context import ActionContext
from rutan_desk.services.errors import ValidationError
from rutan_desk.services.institution import TEXT_LIMITS, SavedLetterheadVersion
from rutan_desk.services.logo_image import logo_from_file
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.operations import Operation
from rutan_desk.ui.widgets.dates import date_edit, to_date
from rutan_desk.ui.widgets.field_errors import FieldErrors
from rutan_desk.ui.widgets.logo_preview import LogoPreview, choose_logo_path
from rutan_desk.ui.widgets.record_lists import (
    FormDialog,
    read_only_table,
    select_id,
    selected_id,
    text_item,
    warn_refused,
)

_TEXT_FIELDS = (
    "ministry",
    "directorate",
    "regional_office",
    "unit_name",
    "address",
    "phone",
    "email",
    "website",
    "city",
    "head_title",
    "head_name",
    "head_nip",
)


class InstitutionDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Institution profile"))
        self.setMinimumWidth(1060)  # two columns; long ministry names stay readable
        self.errors = FieldErrors()
        self.edits: dict[str, QLineEdit] = {}
        saved = institution_service.saved_profile(ctx.db)
        self._profile, self._version = saved.profile, saved.version
        self._logo: bytes | None = self._profile.logo
        self._build()
        self._fill(self._profile)

    def _line(self, form: QFormLayout, label: str, name: str) -> QLineEdit:
        edit = QLineEdit()
        if name in TEXT_LIMITS:
            edit.setMaxLength(TEXT_LIMITS[name])
        self.edits[name] = edit
        self.errors.add_row(form, label, name, edit)
        return edit

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        columns = QHBoxLayout()
        layout.addLayout(columns)
        left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        letterhead = QGroupBox(self.tr("Letterhead"))
        form = QFormLayout(letterhead)
        self._line(form, self.tr("&Ministry"), "ministry")
        self._line(form, self.tr("&Directorate general"), "directorate")
        self._line(form, self.tr("&Regional office (Kanwil)"), "regional_office")
        self._line(form, self.tr("&Unit name"), "unit_name")
        self._line(form, self.tr("A&ddress"), "address")
        self._line(form, self.tr("&Phone"), "phone")
        self._line(form, self.tr("&E-mail"), "email")
        self._line(form, self.tr("&Website"), "website")
        self._line(form, self.tr('&City ("Dikeluarkan di")'), "city")

        logo_box = QWidget()
        logo_layout = QHBoxLayout(logo_box)
        logo_layout.setContentsMargins(0, 0, 0, 0)
        self.logo_preview = LogoPreview()
        self.choose_logo_button = QPushButton(self.tr("Choose &logo…"))
        self.remove_logo_button = QPushButton(self.tr("Remove logo"))
        self.choose_logo_button.clicked.connect(self._choose_logo)
        self.remove_logo_button.clicked.connect(lambda: self.set_logo(None))
        logo_layout.addWidget(self.logo_preview)
        logo_layout.addWidget(self.choose_logo_button)
        logo_layout.addWidget(self.remove_logo_button)
        logo_layout.addStretch()
        self.errors.add_row(form, self.tr("Logo"), "logo", logo_box, focus=self.choose_logo_button)
        left.addWidget(letterhead)
        left.addStretch()
        right.addWidget(self._versions_box())

        head = QGroupBox(self.tr("Head of the unit (signatory)"))
        head_form = QFormLayout(head)
        self._line(head_form, self.tr("&Title"), "head_title")
        self._line(head_form, self.tr("&Name"), "head_name")
        self._line(head_form, self.tr("N&IP"), "head_nip")
        self.head_golongan_combo = QComboBox()
        self.head_golongan_combo.addItem(self.tr("— none —"), "")
        for rank in CIVIL_SERVICE_RANKS:
            self.head_golongan_combo.addItem(rank.label(), rank.golongan)
        self.errors.add_row(head_form, self.tr("Ran&k"), "head_golongan", self.head_golongan_combo)
        right.addWidget(head)

        documents = QGroupBox(self.tr("Documents"))
        documents_form = QFormLayout(documents)
        self.paper_combo = QComboBox()
        self.paper_combo.addItem(self.tr("A4 (210 × 297 mm)"), PaperSize.A4)
        self.paper_combo.addItem(self.tr("F4 / folio (215 × 330 mm)"), PaperSize.F4)
        self.errors.add_row(
            documents_form, self.tr("Default &paper"), "paper_size", self.paper_combo
        )
        right.addWidget(documents)
        right.addStretch()

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Only once the button is inside the dialog does the dialog take it as its default;
        # before, Enter fell to the first auto-default button: "Choose logo…".
        self.save_button.setDefault(True)

    def _versions_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Letterhead versions"))
        box_layout = QVBoxLayout(box)
        note = QLabel(
            self.tr(
                "When the ministry or an office is renamed, add the new names valid from the "
                "day they apply: a letter prints the names in force on its own date. The fields "
                "on the left are the latest version."
            )
        )
        note.setWordWrap(True)
        box_layout.addWidget(note)
        self.versions_table = read_only_table([self.tr("Valid from"), self.tr("Ministry")], 1)
        self.versions_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.versions_table.setMinimumHeight(110)
        self.versions_table.doubleClicked.connect(lambda _index: self._edit_version())
        box_layout.addWidget(self.versions_table)
        buttons = QHBoxLayout()
        self.add_version_button = QPushButton(self.tr("&Add version…"))
        self.edit_version_button = QPushButton(self.tr("C&hange…"))
        self.remove_version_button = QPushButton(self.tr("Remove &version"))
        self.add_version_button.clicked.connect(self._add_version)
        self.edit_version_button.clicked.connect(self._edit_version)
        self.remove_version_button.clicked.connect(self._remove_version)
        for button in (
            self.add_version_button,
            self.edit_version_button,
            self.remove_version_button,
        ):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch()
        box_layout.addLayout(buttons)
        self.versions_table.itemSelectionChanged.connect(self._update_version_buttons)
        self._load_versions()
        return box

    def _load_versions(self, chosen: int | None = None) -> None:
        self._versions = institution_service.letterhead_versions(self._ctx.db)
        table = self.versions_table
        table.setRowCount(len(self._versions))
        for row, saved in enumerate(self._versions):
            letterhead = saved.letterhead
            table.setItem(row, 0, text_item(f"{letterhead.valid_from:%d-%m-%Y}", saved.id))
            table.setItem(row, 1, text_item(letterhead.ministry))
        table.resizeColumnToContents(0)
        select_id(table, chosen)
        self._update_version_buttons()

    def _update_version_buttons(self) -> None:
        chosen = selected_id(self.versions_table) is not None
        self.edit_version_button.setEnabled(chosen)
        self.remove_version_button.setEnabled(chosen)

    def _chosen_version(self) -> SavedLetterheadVersion | None:
        chosen = selected_id(self.versions_table)
        return next((v for v in self._versions if v.id == chosen), None)

    def _add_version(self) -> None:
        # A new version starts from the names on screen: usually one line changes.
        start = LetterheadVersion(
            self._ctx.today(), **{name: self.edits[name].text() for name in LETTERHEAD_NAMES}
        )
        self._open_version(LetterheadVersionDialog(self._ctx, None, start, self))

    def _edit_version(self) -> None:
        saved = self._chosen_version()
        if saved is not None:
            self._open_version(LetterheadVersionDialog(self._ctx, saved, saved.letterhead, self))

    def _open_version(self, dialog: LetterheadVersionDialog) -> None:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if accepted or dialog.gone:
            self._versions_changed(dialog.saved_id)

    def _remove_version(self) -> None:
        saved = self._chosen_version()
        if saved is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove letterhead version"),
            self.tr(
                "Remove the letterhead valid from {day}? Letters of those dates will print the "
                "version before it. Letters already issued keep what they were printed with."
            ).format(day=f"{saved.letterhead.valid_from:%d-%m-%Y}"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        Operation(
            self,
            self._ctx,
            lambda action: institution_service.remove_letterhead_version(
                action, saved.id, expected_version=saved.version
            ),
        ).after_failure(lambda _error: self._versions_changed(saved.id)).on_success(
            lambda _result: self._versions_changed(None)
        ).run()

    def _versions_changed(self, chosen: int | None) -> None:
        """Read the versions again; the name fields show the latest one."""
        self._load_versions(chosen)
        if self._versions:
            latest = self._versions[-1].letterhead
            for name in LETTERHEAD_NAMES:
                self.edits[name].setText(getattr(latest, name))
                self.edits[name].setCursorPosition(0)  # a long name shows its beginning

    def _fill(self, profile: InstitutionProfile) -> None:
        for name in _TEXT_FIELDS:
            self.edits[name].setText(getattr(profile, name))
            self.edits[name].setCursorPosition(0)  # a long name shows its beginning
        # Kept as its 18 digits, shown grouped as it is printed (saved back as digits).
        self.edits["head_nip"].setText(format_nip(profile.head_nip))
        index = self.head_golongan_combo.findData(profile.head_golongan)
        self.head_golongan_combo.setCurrentIndex(max(index, 0))
        self.paper_combo.setCurrentIndex(self.paper_combo.findData(profile.paper_size))
        self.set_logo(profile.logo)

    def set_logo(self, data: bytes | None) -> bool:
        """Take a logo image; refuse (with the reason beside the field) what Qt cannot read."""
        self.errors.clear()
        if data is not None and not self.logo_preview.show_logo(data):
            self.logo_preview.show_logo(self._logo)  # the one kept
            self.errors.show([FieldError("logo", "logo_not_image")])
            return False
        self._logo = data
        self.logo_preview.show_logo(data)
        return True

    def _choose_logo(self) -> None:
        path = choose_logo_path(self)
        if path is not None:
            self.choose_logo_file(path)

    def choose_logo_file(self, path: Path) -> bool:
        """Take the logo in ``path`` as the service will keep it (decoded, bounded, a PNG);
        a file too large is refused before it is read, a bad picture with its reason beside
        the field."""
        self.errors.clear()
        return (
            Operation(self, self._ctx, lambda _action: logo_from_file(path))
            .on_invalid(lambda refused: self.errors.show(refused.errors))
            .on_success(self.set_logo)
            .run()
        )

    def profile(self) -> InstitutionProfile:
        values = {name: self.edits[name].text() for name in _TEXT_FIELDS}
        return replace(
            self._profile,
            **values,
            head_golongan=self.head_golongan_combo.currentData() or "",
            paper_size=PaperSize(self.paper_combo.currentData()),  # Qt returns a plain str
            logo=self._logo,
        )

    def _save(self) -> None:
        self.errors.clear()
        profile, version = self.profile(), self._version
        Operation(
            self,
            self._ctx,
            lambda action: institution_service.save_profile(
                action, profile, expected_version=version
            ),
        ).on_invalid(self._refused).on_success(lambda _saved: self.accept()).run()

    def _refused(self, error: ValidationError) -> None:
        self.errors.show(error.errors)
        leftover = self.errors.unplaced(error.errors)
        if leftover:
            warn_refused(self, self.windowTitle(), leftover)


class LetterheadVersionDialog(FormDialog):
    """Add a letterhead version, or correct one: the date it applies from and its names."""

    def __init__(
        self,
        ctx: AppContext,
        saved: SavedLetterheadVersion | None,
        start: LetterheadVersion,
        parent: QWidget | None,
    ) -> None:
        super().__init__(ctx, parent)
        self._saved = saved
        self.saved_id: int | None = saved.id if saved else None
        self.setWindowTitle(
            self.tr("Edit letterhead version") if saved else self.tr("Add letterhead version")
        )
        self.setMinimumWidth(720)  # the names of a ministry are long
        self.valid_from_edit = date_edit(start.valid_from)
        self.errors.add_row(self.form, self.tr("&Valid from"), "valid_from", self.valid_from_edit)
        self.edits: dict[str, QLineEdit] = {}
        for name, label in (
            ("ministry", self.tr("&Ministry")),
            ("directorate", self.tr("&Directorate general")),
            ("regional_office", self.tr("&Regional office (Kanwil)")),
            ("unit_name", self.tr("&Unit name")),
        ):
            edit = QLineEdit(getattr(start, name))
            edit.setMaxLength(TEXT_LIMITS[name])
            self.edits[name] = edit
            self.errors.add_row(self.form, label, name, edit)
        self._finish(self.tr("Save"), self.tr("Cancel"))
        self.valid_from_edit.setFocus()

    def letterhead(self) -> LetterheadVersion:
        return LetterheadVersion(
            to_date(self.valid_from_edit.date()),
            **{name: edit.text() for name, edit in self.edits.items()},
        )

    def submit(self, action: ActionContext) -> SavedLetterheadVersion:
        letterhead, saved = self.letterhead(), self._saved
        if saved is None:
            result = institution_service.add_letterhead_version(action, letterhead)
        else:
            result = institution_service.change_letterhead_version(
                action, saved.id, letterhead, expected_version=saved.version
            )
        self.saved_id = result.id
        return result

    def gone_text(self) -> str:
        return self.tr("This letterhead version was removed on another computer.")
