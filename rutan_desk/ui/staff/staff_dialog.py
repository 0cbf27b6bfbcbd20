"""Add or edit a person: own staff (NIP) or external personnel (Polri, TNI, other agencies)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from rutan_desk.domain.errors import FieldError
from rutan_desk.domain.formatting import full_date, month_year
from rutan_desk.domain.nip import Gender, NipError, parse_nip
from rutan_desk.domain.ranks import CIVIL_SERVICE_RANKS, POLRI_RANKS, TNI_RANKS
from rutan_desk.domain.staff import ExternalIdKind, StaffDraft, StaffKind
from rutan_desk.services.errors import ValidationError
from rutan_desk.services.staff import records, registry
from rutan_desk.services.staff.records import TEXT_LIMITS, StaffRecord
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.messages import message_for
from rutan_desk.ui.operations import Operation
from rutan_desk.ui.widgets.dates import date_edit, to_date, to_qdate
from rutan_desk.ui.widgets.field_errors import FieldErrors

AGENCY_SUGGESTIONS = ("Polres Blora", "Kodim 0721/Blora", "BNN Kabupaten Blora", "Satpol PP Blora")


class StaffDialog(QDialog):
    def __init__(
        self, ctx: AppContext, record: StaffRecord | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._record = record
        self.saved: StaffRecord | None = None
        self.setWindowTitle(self.tr("Edit person") if record else self.tr("Add person"))
        self.setMinimumWidth(560)
        self.errors = FieldErrors()
        self._build()
        self._fill(record.to_draft() if record else None)
        self._on_kind_changed()
        self.name_edit.setFocus()

    # -- building -------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        kind_row = QHBoxLayout()
        self.internal_radio = QRadioButton(self.tr("Own staff (&NIP)"))
        self.external_radio = QRadioButton(self.tr("E&xternal personnel (Polri, TNI, other)"))
        self._kind_group = QButtonGroup(self)
        self._kind_group.addButton(self.internal_radio)
        self._kind_group.addButton(self.external_radio)
        self.internal_radio.setChecked(True)
        self.internal_radio.toggled.connect(self._on_kind_changed)
        kind_row.addWidget(self.internal_radio)
        kind_row.addWidget(self.external_radio)
        kind_row.addStretch()
        layout.addLayout(kind_row)

        self.form = form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(form)
        errors = self.errors

        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(TEXT_LIMITS["name"])
        self.name_edit.setPlaceholderText(self.tr("Full name with academic titles"))
        errors.add_row(form, self.tr("&Name"), "name", self.name_edit)

        self.nip_edit = QLineEdit()
        self.nip_edit.setPlaceholderText("19680411 199303 1 009")
        self.nip_edit.textChanged.connect(self._on_nip_changed)
        self.nip_hint = QLabel()
        self.nip_hint.setObjectName("nip_hint")
        self.nip_hint.setStyleSheet("color: #555555;")
        nip_box = QWidget()
        nip_layout = QVBoxLayout(nip_box)
        nip_layout.setContentsMargins(0, 0, 0, 0)
        nip_layout.setSpacing(2)
        nip_layout.addWidget(self.nip_edit)
        nip_layout.addWidget(self.nip_hint)
        errors.add_row(form, self.tr("N&IP"), "nip", nip_box, focus=self.nip_edit)

        self.golongan_combo = QComboBox()
        self.golongan_combo.addItem(self.tr("— choose —"), "")
        for rank in CIVIL_SERVICE_RANKS:
            self.golongan_combo.addItem(rank.label(), rank.golongan)
        errors.add_row(form, self.tr("&Rank (pangkat/gol.)"), "golongan", self.golongan_combo)

        self.agency_combo = QComboBox()
        self.agency_combo.setEditable(True)
        self.agency_combo.addItems(AGENCY_SUGGESTIONS)
        self.agency_combo.setCurrentText("")
        errors.add_row(form, self.tr("A&gency"), "agency", self.agency_combo)

        self.id_kind_combo = QComboBox()
        self.id_kind_combo.addItem(self.tr("NRP (Polri)"), ExternalIdKind.NRP_POLRI)
        self.id_kind_combo.addItem(self.tr("NRP (TNI)"), ExternalIdKind.NRP_TNI)
        self.id_kind_combo.addItem(self.tr("Other identity number"), ExternalIdKind.OTHER)
        self.id_kind_combo.currentIndexChanged.connect(self._on_id_kind_changed)
        errors.add_row(form, self.tr("Identity &kind"), "external_id_kind", self.id_kind_combo)

        self.external_id_edit = QLineEdit()
        self.external_id_edit.setMaxLength(TEXT_LIMITS["external_id"])
        errors.add_row(form, self.tr("Identity n&umber"), "external_id", self.external_id_edit)

        self.external_rank_combo = QComboBox()
        self.external_rank_combo.setEditable(True)
        errors.add_row(form, self.tr("Ran&k"), "external_rank", self.external_rank_combo)

        self.gender_combo = QComboBox()
        self.gender_combo.addItem(self.tr("Man"), Gender.MALE)
        self.gender_combo.addItem(self.tr("Woman"), Gender.FEMALE)
        errors.add_row(form, self.tr("&Sex"), "gender", self.gender_combo)

        self.position_edit = QLineEdit()
        self.position_edit.setMaxLength(TEXT_LIMITS["position"])
        self.position_edit.setPlaceholderText(self.tr("e.g. Petugas Pengamanan"))
        errors.add_row(form, self.tr("&Position (jabatan)"), "position", self.position_edit)

        self.unit_combo = QComboBox()
        self.unit_combo.setEditable(True)
        self.unit_combo.addItems(records.known_units(self._ctx.db))
        self.unit_combo.setCurrentText("")
        errors.add_row(form, self.tr("U&nit"), "unit", self.unit_combo)

        self.phone_edit = QLineEdit()
        self.phone_edit.setMaxLength(TEXT_LIMITS["phone"])
        self.phone_edit.setPlaceholderText("081234567890")
        errors.add_row(form, self.tr("P&hone"), "phone", self.phone_edit)

        status_box = QWidget()
        status_layout = QHBoxLayout(status_box)
        status_layout.setContentsMargins(0, 0, 0, 0)
        self.active_check = QCheckBox(self.tr("&Active"))
        self.active_check.setChecked(True)
        self.status_since_edit = date_edit(self._ctx.today())
        status_layout.addWidget(self.active_check)
        status_layout.addWidget(QLabel(self.tr("since")))
        status_layout.addWidget(self.status_since_edit)
        status_layout.addStretch()
        errors.add_row(
            form, self.tr("Status"), "status_since", status_box, focus=self.status_since_edit
        )

        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(60)
        errors.add_row(form, self.tr("N&ote"), "note", self.note_edit)

        self.general_error = QLabel()
        self.general_error.setStyleSheet("color: #b00020;")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        layout.addWidget(self.general_error)

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Default only once inside the dialog, or Enter goes to the first auto-default button.
        self.save_button.setDefault(True)
        self._on_id_kind_changed()

    def _fill(self, draft: StaffDraft | None) -> None:
        if draft is None:
            return
        self.external_radio.setChecked(draft.kind == StaffKind.EXTERNAL)
        self.internal_radio.setChecked(draft.kind == StaffKind.INTERNAL)
        self.name_edit.setText(draft.name)
        self.nip_edit.setText(draft.nip)
        index = self.golongan_combo.findData(draft.golongan)
        self.golongan_combo.setCurrentIndex(max(index, 0))
        self.agency_combo.setCurrentText(draft.agency)
        if draft.external_id_kind is not None:
            self.id_kind_combo.setCurrentIndex(self.id_kind_combo.findData(draft.external_id_kind))
        self.external_id_edit.setText(draft.external_id)
        self.external_rank_combo.setCurrentText(draft.external_rank)
        if draft.gender is not None:
            self.gender_combo.setCurrentIndex(self.gender_combo.findData(draft.gender))
        self.position_edit.setText(draft.position)
        self.unit_combo.setCurrentText(draft.unit)
        self.phone_edit.setText(draft.phone)
        self.active_check.setChecked(draft.active)
        if draft.status_since is not None:
            since = draft.status_since
            self.status_since_edit.setDate(to_qdate(since))
        self.note_edit.setPlainText(draft.note)

    # -- reactions ------------------------------------------------------------------------
    def _is_external(self) -> bool:
        return self.external_radio.isChecked()

    def _on_kind_changed(self) -> None:
        external = self._is_external()
        for name in ("nip", "golongan"):
            self.form.setRowVisible(self.errors.container(name), not external)
        for name in ("agency", "external_id_kind", "external_id", "external_rank"):
            self.form.setRowVisible(self.errors.container(name), external)
        # The NIP tells the sex of own staff; only external personnel choose it.
        self.form.setRowVisible(self.errors.container("gender"), external)
        self.errors.clear()
        self._on_nip_changed(self.nip_edit.text())

    def _on_id_kind_changed(self) -> None:
        kind = self.id_kind_combo.currentData()
        current = self.external_rank_combo.currentText()
        self.external_rank_combo.clear()
        if kind == ExternalIdKind.NRP_POLRI:
            self.external_rank_combo.addItems(POLRI_RANKS)
        elif kind == ExternalIdKind.NRP_TNI:
            self.external_rank_combo.addItems(TNI_RANKS)
        self.external_rank_combo.setCurrentText(current)

    def _on_nip_changed(self, text: str) -> None:
        """Explain a complete NIP as it is typed: birth date, appointment, sex."""
        digits = "".join(ch for ch in text if ch.isdigit())
        if self._is_external() or len(digits) < 18:
            self.nip_hint.clear()
            return
        try:
            nip = parse_nip(text)
        except NipError as error:
            self.nip_hint.setText(message_for(FieldError("nip", error.code, dict(error.params))))
            return
        sex = self.tr("man") if nip.gender == Gender.MALE else self.tr("woman")
        self.nip_hint.setText(
            self.tr("{grouped} · born {birth} · appointed {appointed} · {sex}").format(
                grouped=nip.grouped(),
                birth=full_date(nip.birth_date),
                appointed=month_year(nip.appointed_year, nip.appointed_month),
                sex=sex,
            )
        )

    # -- saving ---------------------------------------------------------------------------
    def draft(self) -> StaffDraft:
        since = self.status_since_edit.date()
        external = self._is_external()
        return StaffDraft(
            kind=StaffKind.EXTERNAL if external else StaffKind.INTERNAL,
            name=self.name_edit.text(),
            nip=self.nip_edit.text(),
            golongan=self.golongan_combo.currentData() or "",
            position=self.position_edit.text(),
            unit=self.unit_combo.currentText(),
            # Qt hands combo data back as plain str: turn it into the enum the services use.
            gender=Gender(self.gender_combo.currentData()) if external else None,
            phone=self.phone_edit.text(),
            agency=self.agency_combo.currentText(),
            external_id_kind=ExternalIdKind(self.id_kind_combo.currentData()) if external else None,
            external_id=self.external_id_edit.text(),
            external_rank=self.external_rank_combo.currentText(),
            active=self.active_check.isChecked(),
            status_since=to_date(since),
            note=self.note_edit.toPlainText(),
        )

    def _save(self) -> None:
        self.general_error.hide()
        self.errors.clear()
        draft, record = self.draft(), self._record
        if record is None:
            operation = Operation(self, self._ctx, lambda a: registry.create_staff(a, draft))
        else:
            operation = Operation(
                self,
                self._ctx,
                lambda a: registry.update_staff(
                    a, record.id, draft, expected_version=record.version
                ),
            )
        operation.on_invalid(self._show_refused).on_success(self._saved).run()

    def _show_refused(self, error: ValidationError) -> None:
        self.errors.show(error.errors)
        if self.errors.text("nip"):
            self.nip_hint.clear()  # the refusal under the field says it; not twice
        leftover = self.errors.unplaced(error.errors)
        if leftover:
            self.general_error.setText("\n".join(message_for(e) for e in leftover))
            self.general_error.show()

    def _saved(self, record: StaffRecord) -> None:
        self.saved = record
        self.accept()
