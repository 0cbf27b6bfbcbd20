"""What is done with saved findings, from the list of a period's findings or from a search's
form: a finding opens its incident in one step (or shows the one it opened), several are
destroyed together under one berita acara (asked first: the day and the witnesses of its
printed record)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from rutan_desk.domain.searches import Disposition, FindingFate, FindingItem, quantity_words
from rutan_desk.services.errors import NotFoundError, StaleRecordError, ValidationError
from rutan_desk.services.incidents.queries import load_incident
from rutan_desk.services.kamtib_reports.berita_acara import Witness
from rutan_desk.services.searches.incident import incident_from_finding
from rutan_desk.services.searches.saving import set_findings_fate
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.kamtib.incident_dialog import IncidentDialog
from rutan_desk.ui.kamtib.labels import finding_item_label
from rutan_desk.ui.messages import message_for
from rutan_desk.ui.operations import Operation
from rutan_desk.ui.widgets.dates import date_edit, to_date, to_qdate
from rutan_desk.ui.widgets.field_errors import FieldErrors
from rutan_desk.ui.widgets.line_grid import GridColumn, LineGrid


def finding_text(item: FindingItem, description: str, quantity: int, unit: str) -> str:
    """``Mobile phone (Samsung hitam), 2 buah``: a finding in a list or a message."""
    what = finding_item_label(item)
    if description.strip():
        what = f"{what} ({description.strip()})"
    return f"{what}, {quantity_words(quantity, unit)}"


def open_finding_incident(
    parent: QWidget,
    ctx: AppContext,
    finding_id: int,
    incident_id: int | None,
    *,
    opened: Callable[[], None],
    refused: Callable[[ValidationError], None],
) -> IncidentDialog | None:
    """Open the incident of a saved finding: the one it opened, or a new prefilled draft filed
    in one step (then ``opened`` is called, to show the finding's new incident number). The
    incident's form is returned, shown; None when the incident could not be filed (``refused``
    is told why)."""
    if incident_id is None:
        filed: list[int] = []
        done = (
            Operation(
                parent,
                ctx,
                lambda action: incident_from_finding(action, finding_id),
                title=QCoreApplication.translate("FindingActions", "Open an incident"),
            )
            .on_invalid(refused)
            .on_success(filed.append)
            .run()
        )
        if not done:
            return None
        incident_id = filed[0]
        opened()
    record = load_incident(ctx.db, incident_id)
    dialog = IncidentDialog(ctx, record.draft, parent, record)
    dialog.open()
    return dialog


class DestroyDialog(QDialog):
    """The berita acara of a destruction: its number and day, for the items listed."""

    def __init__(self, items: list[str], today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Destroy together"))
        self.setMinimumWidth(520)
        self.errors = FieldErrors()
        self.heading = QLabel(
            self.tr(
                "These {count} findings are recorded as destroyed under one berita acara:"
            ).format(count=len(items))
        )
        self.heading.setWordWrap(True)
        listed = QLabel("\n".join(f"• {item}" for item in items))
        listed.setWordWrap(True)
        listed.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        self.number_edit = QLineEdit()
        self.number_edit.setPlaceholderText(self.tr("number of the berita acara"))
        self.errors.add_row(form, self.tr("Berita acara &no."), "berita_acara", self.number_edit)
        self.day_edit = date_edit(today)
        self.errors.add_row(form, self.tr("&Destroyed on"), "fate_on", self.day_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(listed)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.number_edit.setFocus()

    def disposition(self) -> Disposition:
        return Disposition(
            FindingFate.DIMUSNAHKAN, to_date(self.day_edit.date()), self.number_edit.text()
        )


def destroy_together(
    parent: QWidget,
    ctx: AppContext,
    findings: Mapping[int, int],
    items: list[str],
    *,
    done: Callable[[], None],
) -> bool:
    """Ask the berita acara of the destruction of ``findings`` (each with the version of its
    search the user saw) and record it for all of them in one action; asked again until it is
    saved or cancelled. ``done`` is called once it is saved (or found out of date)."""
    title = QCoreApplication.translate("FindingActions", "Destroy together")
    dialog = DestroyDialog(items, ctx.today(), parent)

    def refused(error: ValidationError) -> None:
        dialog.errors.show(error.errors)
        general = dialog.errors.unplaced(error.errors)
        if general:
            QMessageBox.warning(dialog, title, message_for(general[0]))

    while dialog.exec() == QDialog.DialogCode.Accepted:
        operation = Operation(
            dialog,
            ctx,
            lambda action: set_findings_fate(action, findings, dialog.disposition()),
            title=title,
        ).on_invalid(refused)
        if operation.on_success(lambda _none: done()).run():
            return True
        if isinstance(operation.error, (StaleRecordError, NotFoundError)):
            done()
            return False
    return False


class DestructionDialog(QDialog):
    """Before the Berita Acara Pemusnahan is printed: the day the items are destroyed and the
    witnesses who sign it (without any, the paper has two blank Saksi blocks to fill by hand)."""

    def __init__(self, count: int, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Berita acara pemusnahan"))
        self.setMinimumSize(640, 360)
        heading = QLabel(
            self.tr("The berita acara of destroying {count} items together.").format(count=count)
        )
        heading.setWordWrap(True)
        form = QFormLayout()
        self.day_edit = date_edit(today)
        self.day_edit.setMaximumDate(to_qdate(today))  # a destruction is recorded, not planned
        form.addRow(self.tr("&Destroyed on"), self.day_edit)
        self.witnesses = LineGrid(
            self.tr("Witnesses"),
            [
                GridColumn("name", self.tr("Name"), stretch=True),
                GridColumn("position", self.tr("Position")),
                GridColumn("identity", self.tr("NIP/NRP as printed")),
            ],
            add_text=self.tr("Add a &witness"),
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Preview"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.witnesses, 1)
        layout.addWidget(buttons)

    def day(self) -> date:
        return to_date(self.day_edit.date())

    def chosen_witnesses(self) -> list[Witness]:
        """The witnesses typed, in order; a line without a name is left out."""
        return [
            Witness(line["name"].strip(), line["position"].strip(), line["identity"].strip())
            for line in self.witnesses.lines()
            if line["name"].strip()
        ]
