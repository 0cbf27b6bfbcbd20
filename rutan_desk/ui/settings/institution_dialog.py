"""Pengaturan → Profil Satuan Kerja: letterhead lines, signatory, logo and paper size."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rutan_desk.domain.errors import FieldError
from rutan_desk.domain.institution import InstitutionProfile, PaperSize
from rutan_desk.domain.nip import format_nip
from rutan_desk.domain.ranks import CIVIL_SERVICE_RANKS
from rutan_desk.services import institution as institution_service
from rutan_desk.services.errors import ValidationError
from rutan_desk.services.institution import TEXT_LIMITS
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.operations import Operation
from rutan_desk.ui.widgets.field_errors import FieldErrors
from rutan_desk.ui.widgets.record_lists import warn_refused

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
        self.setMinimumWidth(720)
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
        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(72, 72)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px solid #cccccc;")
        self.choose_logo_button = QPushButton(self.tr("Choose &logo…"))
        self.remove_logo_button = QPushButton(self.tr("Remove logo"))
        self.choose_logo_button.clicked.connect(self._choose_logo)
        self.remove_logo_button.clicked.connect(lambda: self.set_logo(None))
        logo_layout.addWidget(self.logo_preview)
        logo_layout.addWidget(self.choose_logo_button)
        logo_layout.addWidget(self.remove_logo_button)
        logo_layout.addStretch()
        self.errors.add_row(form, self.tr("Logo"), "logo", logo_box, focus=self.choose_logo_button)
        layout.addWidget(letterhead)

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
        layout.addWidget(head)

        documents = QGroupBox(self.tr("Documents"))
        documents_form = QFormLayout(documents)
        self.paper_combo = QComboBox()
        self.paper_combo.addItem(self.tr("A4 (210 × 297 mm)"), PaperSize.A4)
        self.paper_combo.addItem(self.tr("F4 / folio (215 × 330 mm)"), PaperSize.F4)
        self.errors.add_row(
            documents_form, self.tr("Default &paper"), "paper_size", self.paper_combo
        )
        layout.addWidget(documents)

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

    def _fill(self, profile: InstitutionProfile) -> None:
        for name in _TEXT_FIELDS:
            self.edits[name].setText(getattr(profile, name))
        # Kept as its 18 digits, shown grouped as it is printed (saved back as digits).
        self.edits["head_nip"].setText(format_nip(profile.head_nip))
        index = self.head_golongan_combo.findData(profile.head_golongan)
        self.head_golongan_combo.setCurrentIndex(max(index, 0))
        self.paper_combo.setCurrentIndex(self.paper_combo.findData(profile.paper_size))
        self.set_logo(profile.logo)

    def set_logo(self, data: bytes | None) -> bool:
        """Take a logo image; refuse (with the reason beside the field) what Qt cannot read."""
        self.errors.clear()
        if data is None:
            self._logo = None
            self.logo_preview.setText(self.tr("(none)"))
            self.logo_preview.setPixmap(QPixmap())
            return True
        image = QImage.fromData(data)
        if image.isNull():
            self.errors.show([FieldError("logo", "logo_not_image")])
            return False
        self._logo = data
        self.logo_preview.setPixmap(
            QPixmap.fromImage(image).scaled(
                68,
                68,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        return True

    def _choose_logo(self) -> None:
        file_name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if file_name:
            self.set_logo(Path(file_name).read_bytes())

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
