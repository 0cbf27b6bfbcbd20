"""Serah Terima → Settings: the blocks and rooms whose inmates are counted, the inmate categories
(the columns of the count), the equipment checked at every handover, and the standing
instructions of the Karutan and the Ka KPR that every handover passes on.

Every change is one call of ``services.handover.setup`` through the operation runner, with the
version of the record as the list showed it; refused input is shown beside the field it is about,
and the dialog reads its lists again once a change is saved (the runner tells the rest of the app
what changed). Nothing is deleted: blocks, categories and items are deactivated, an instruction
is removed from a day on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rutan_desk.domain.formatting import short_date
from rutan_desk.domain.handover import EQUIPMENT_KIND_LABELS, EquipmentKind
from rutan_desk.services.context import ActionContext
from rutan_desk.services.handover import setup as handover_setup
from rutan_desk.services.handover.setup import (
    BLOCK_LIMITS,
    CATEGORY_LIMITS,
    INSTRUCTION_LIMITS,
    ITEM_LIMITS,
    MAX_QUANTITY,
    BlockInfo,
    CategoryInfo,
    EquipmentItemInfo,
    InstructionInfo,
)
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.operations import Operation
from rutan_desk.ui.widgets.dates import date_edit, to_date
from rutan_desk.ui.widgets.record_lists import (
    FormDialog,
    read_only_table,
    select_id,
    selected_id,
    text_item,
)

_HINT_STYLE = "color: #555555;"
GREYED = QBrush(QColor("#8a8a8a"))  # inactive records and removed instructions
# Who gives and removes standing instructions; stored as typed, so not translated.
GIVERS = ("Karutan", "Ka KPR")


# -- helpers ------------------------------------------------------------------------------


def _gone_text() -> str:
    return QCoreApplication.translate(
        "HandoverSettingsDialog", "This record no longer exists (changed on another computer)."
    )


def _number(value: int) -> QTableWidgetItem:
    item = QTableWidgetItem(str(value))
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _fill_table(
    table: QTableWidget,
    rows: Sequence[tuple[int, Sequence[QTableWidgetItem], bool]],
    chosen_id: int | None,
) -> None:
    """Put ``(id, cells, greyed)`` rows in ``table``; the id goes on the first cell."""
    table.setRowCount(len(rows))
    for row, (record_id, cells, greyed) in enumerate(rows):
        for column, cell in enumerate(cells):
            if column == 0:
                cell.setData(Qt.ItemDataRole.UserRole, record_id)
            if greyed:
                cell.setForeground(GREYED)
            table.setItem(row, column, cell)
    select_id(table, chosen_id)


def _giver_combo(givers: Sequence[str], text: str, max_length: int) -> QComboBox:
    """An editable list of who gives (or removes) instructions: pick one or type another."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems(list(givers))
    combo.setEditText(text)
    line_edit = combo.lineEdit()
    if line_edit is not None:
        line_edit.setMaxLength(max_length)
    return combo


class _NumberSpin(QSpinBox):
    """A count of 0 or more. The arrows stop at 0; a typed minus is let through for the service
    to refuse beside the field, as it refuses everything else."""

    def __init__(self, value: int) -> None:
        super().__init__()
        self.setRange(-MAX_QUANTITY, MAX_QUANTITY)
        self.setValue(value)

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        enabled = super().stepEnabled()
        if self.value() <= 0:
            enabled &= ~QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        return enabled


class _FormDialog(FormDialog):
    """The shared form; its message about a removed record keeps this dialog's translation."""

    fit_wrapped_text = True  # the instruction dialogs show wrapped text

    def gone_text(self) -> str:
        return _gone_text()


# -- sub-dialogs --------------------------------------------------------------------------


class BlockDialog(_FormDialog):
    """Add a block (or room), or change its name and capacity."""

    def __init__(self, ctx: AppContext, block: BlockInfo | None, parent: QWidget | None) -> None:
        super().__init__(ctx, parent)
        self._block = block
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Edit block") if block else self.tr("Add block"))
        self.setMinimumWidth(380)
        self.name_edit = QLineEdit(block.name if block else "")
        self.name_edit.setMaxLength(BLOCK_LIMITS["name"])
        self.name_edit.setPlaceholderText(self.tr("e.g. Blok A, Kamar 3"))
        self.errors.add_row(self.form, self.tr("&Name"), "name", self.name_edit)
        self.capacity_spin = _NumberSpin(block.capacity if block else 0)
        self.errors.add_row(
            self.form, self.tr("&Capacity (inmates)"), "capacity", self.capacity_spin
        )
        self._finish(self.tr("Save"), self.tr("Cancel"))
        self.name_edit.selectAll()
        self.name_edit.setFocus()

    def submit(self, action: ActionContext) -> int:
        block = self._block
        self.saved_id = handover_setup.save_block(
            action,
            self.name_edit.text(),
            self.capacity_spin.value(),
            block_id=block.id if block else None,
            expected_version=block.version if block else None,
        )
        return self.saved_id


class CategoryDialog(_FormDialog):
    """Add an inmate category, or change its code and name."""

    def __init__(
        self, ctx: AppContext, category: CategoryInfo | None, parent: QWidget | None
    ) -> None:
        super().__init__(ctx, parent)
        self._category = category
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Edit category") if category else self.tr("Add category"))
        self.setMinimumWidth(400)
        self.code_edit = QLineEdit(category.code if category else "")
        self.code_edit.setMaxLength(CATEGORY_LIMITS["code"])
        self.code_edit.setPlaceholderText(self.tr("e.g. TL"))
        self.errors.add_row(self.form, self.tr("&Code"), "code", self.code_edit)
        self.name_edit = QLineEdit(category.name if category else "")
        self.name_edit.setMaxLength(CATEGORY_LIMITS["name"])
        self.name_edit.setPlaceholderText(self.tr("e.g. Tahanan Laki-laki"))
        self.errors.add_row(self.form, self.tr("&Name"), "name", self.name_edit)
        self._finish(self.tr("Save"), self.tr("Cancel"))
        self.code_edit.selectAll()
        self.code_edit.setFocus()

    def submit(self, action: ActionContext) -> int:
        category = self._category
        self.saved_id = handover_setup.save_category(
            action,
            self.code_edit.text(),
            self.name_edit.text(),
            category_id=category.id if category else None,
            expected_version=category.version if category else None,
        )
        return self.saved_id


class EquipmentItemDialog(_FormDialog):
    """Add an item checked at every handover, or change it. A firearm needs its serial."""

    def __init__(
        self, ctx: AppContext, item: EquipmentItemInfo | None, parent: QWidget | None
    ) -> None:
        super().__init__(ctx, parent)
        self._item = item
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Edit item") if item else self.tr("Add item"))
        self.setMinimumWidth(440)
        self.name_edit = QLineEdit(item.name if item else "")
        self.name_edit.setMaxLength(ITEM_LIMITS["name"])
        self.name_edit.setPlaceholderText(self.tr("e.g. Kunci Blok A, Pistol HS-9 No. 1"))
        self.errors.add_row(self.form, self.tr("&Name"), "name", self.name_edit)
        self.kind_combo = QComboBox()
        for kind, label in EQUIPMENT_KIND_LABELS.items():
            self.kind_combo.addItem(label, kind.value)
        kind = item.kind if item else EquipmentKind.KUNCI
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind.value))
        self.errors.add_row(self.form, self.tr("&Kind"), "kind", self.kind_combo)
        self.serial_edit = QLineEdit(item.serial if item else "")
        self.serial_edit.setMaxLength(ITEM_LIMITS["serial"])
        self.errors.add_row(self.form, self.tr("&Serial number"), "serial", self.serial_edit)
        self.quantity_spin = _NumberSpin(item.expected_quantity if item else 1)
        self.errors.add_row(
            self.form,
            self.tr("Expected &quantity"),
            "expected_quantity",
            self.quantity_spin,
        )
        self.kind_combo.currentIndexChanged.connect(lambda _index: self._show_serial_hint())
        self._show_serial_hint()
        self._finish(self.tr("Save"), self.tr("Cancel"))
        self.name_edit.selectAll()
        self.name_edit.setFocus()

    def kind(self) -> EquipmentKind:
        return EquipmentKind(self.kind_combo.currentData())

    def _show_serial_hint(self) -> None:
        self.serial_edit.setPlaceholderText(
            self.tr("Required for a firearm")
            if self.kind() == EquipmentKind.SENJATA
            else self.tr("Optional")
        )

    def submit(self, action: ActionContext) -> int:
        item = self._item
        self.saved_id = handover_setup.save_equipment_item(
            action,
            self.name_edit.text(),
            self.kind(),
            self.quantity_spin.value(),
            serial=self.serial_edit.text(),
            item_id=item.id if item else None,
            expected_version=item.version if item else None,
        )
        return self.saved_id


class InstructionDialog(_FormDialog):
    """Give a standing instruction, passed on by every handover from a day on."""

    def __init__(
        self, ctx: AppContext, givers: Sequence[str], today: date, parent: QWidget | None
    ) -> None:
        super().__init__(ctx, parent)
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Add standing instruction"))
        self.setMinimumWidth(520)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setTabChangesFocus(True)  # Tab moves on; Enter starts a new line
        self.text_edit.setPlaceholderText(self.tr("e.g. Check the padlocks of Blok B every hour."))
        self.text_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.errors.add_row(self.form, self.tr("&Instruction"), "text", self.text_edit)
        self.given_by_combo = _giver_combo(givers, "", INSTRUCTION_LIMITS["given_by"])
        line_edit = self.given_by_combo.lineEdit()
        if line_edit is not None:
            line_edit.setPlaceholderText(self.tr("e.g. Karutan, Ka KPR"))
        self.errors.add_row(self.form, self.tr("&Given by"), "given_by", self.given_by_combo)
        self.from_edit = date_edit(today)
        self.errors.add_row(self.form, self.tr("In force &from"), "from_day", self.from_edit)
        self._finish(self.tr("Save"), self.tr("Cancel"))
        self.text_edit.setFocus()

    def submit(self, action: ActionContext) -> int:
        self.saved_id = handover_setup.add_instruction(
            action,
            self.text_edit.toPlainText(),
            self.given_by_combo.currentText(),
            to_date(self.from_edit.date()),
        )
        return self.saved_id


class RemoveInstructionDialog(_FormDialog):
    """Confirm the removal of a standing instruction: who ordered it and from which day."""

    def __init__(
        self,
        ctx: AppContext,
        instruction: InstructionInfo,
        givers: Sequence[str],
        today: date,
        parent: QWidget | None,
    ) -> None:
        super().__init__(ctx, parent)
        self._instruction = instruction
        self.setWindowTitle(self.tr("Remove standing instruction"))
        self.setMinimumWidth(520)
        quoted = QLabel(instruction.text)
        quoted.setWordWrap(True)
        quoted.setTextFormat(Qt.TextFormat.PlainText)
        quoted.setFrameShape(QLabel.Shape.StyledPanel)
        quoted.setMargin(6)
        self.form.addRow(quoted)
        about = QLabel(
            self.tr(
                "Given by {given_by}, in force from {day}. From the day below on it is no longer "
                "passed on; handovers that carried it keep it."
            ).format(given_by=instruction.given_by, day=short_date(instruction.from_day))
        )
        about.setWordWrap(True)
        about.setStyleSheet(_HINT_STYLE)
        self.form.addRow(about)
        self.removed_by_combo = _giver_combo(
            givers, instruction.given_by, INSTRUCTION_LIMITS["removed_by"]
        )
        self.errors.add_row(
            self.form,
            self.tr("Removal &ordered by"),
            "removed_by",
            self.removed_by_combo,
        )
        self.removed_on_edit = date_edit(max(today, instruction.from_day))
        self.errors.add_row(
            self.form,
            self.tr("No longer passed on &from"),
            "removed_on",
            self.removed_on_edit,
        )
        self._finish(self.tr("Remove"), self.tr("Cancel"))
        self.removed_by_combo.setFocus()
        line_edit = self.removed_by_combo.lineEdit()
        if line_edit is not None:
            line_edit.selectAll()

    def submit(self, action: ActionContext) -> None:
        instruction = self._instruction
        handover_setup.remove_instruction(
            action,
            instruction.id,
            to_date(self.removed_on_edit.date()),
            self.removed_by_combo.currentText(),
            expected_version=instruction.version,
        )


# -- the dialog ---------------------------------------------------------------------------


class HandoverSettingsDialog(QDialog):
    """Tabs "Blocks", "Inmate categories", "Equipment" and "Standing instructions"; opened from
    the handover tab's Settings… button."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.today = today or ctx.today()
        self.blocks: list[BlockInfo] = []
        self.categories: list[CategoryInfo] = []
        self.items: list[EquipmentItemInfo] = []
        self.instructions: list[InstructionInfo] = []
        self.setWindowTitle(self.tr("Handover settings"))
        self.resize(860, 560)

        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.blocks_page = self._build_blocks_page()
        self.categories_page = self._build_categories_page()
        self.equipment_page = self._build_equipment_page()
        self.instructions_page = self._build_instructions_page()
        self.tabs.addTab(self.blocks_page, self.tr("&Blocks"))
        self.tabs.addTab(self.categories_page, self.tr("Inmate &categories"))
        self.tabs.addTab(self.equipment_page, self.tr("Equip&ment"))
        self.tabs.addTab(self.instructions_page, self.tr("Standing &instructions"))
        self.tabs.currentChanged.connect(self._on_tab_changed)
        layout.addWidget(self.tabs)
        buttons = QDialogButtonBox()
        self.close_button = buttons.addButton(
            self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.close_button.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()
        self.blocks_table.setFocus()

    # -- building -------------------------------------------------------------------------
    def _list_page(
        self,
        label_text: str,
        headers: list[str],
        stretch: int,
        hint: str,
        buttons: list[QPushButton],
        *,
        on_add: Callable[[], None],
        on_edit: Callable[[], None] | None,
        on_delete: Callable[[], None],
    ) -> tuple[QWidget, QTableWidget]:
        """A labelled table with its buttons under it. In the table Insert adds, Enter edits
        the chosen row and Delete deactivates or removes it (after a confirmation)."""
        page = QWidget()
        layout = QVBoxLayout(page)
        label = QLabel(label_text)
        table = read_only_table(headers, stretch)
        label.setBuddy(table)
        table.itemSelectionChanged.connect(self._update_buttons)
        if on_edit is not None:
            table.activated.connect(lambda _index: on_edit())
        QShortcut(QKeySequence(Qt.Key.Key_Insert), table, on_add).setContext(
            Qt.ShortcutContext.WidgetShortcut
        )
        QShortcut(QKeySequence(Qt.Key.Key_Delete), table, on_delete).setContext(
            Qt.ShortcutContext.WidgetShortcut
        )
        layout.addWidget(label)
        layout.addWidget(table, 1)
        note = QLabel(hint)
        note.setWordWrap(True)
        note.setStyleSheet(_HINT_STYLE)
        layout.addWidget(note)
        row = QHBoxLayout()
        for button in buttons:
            # Enter in the table must not press whichever button last had the focus.
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch()
        layout.addLayout(row)
        return page, table

    def _add_button(self, text: str, on_click: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(self.tr("Or press Insert in the list"))
        button.clicked.connect(on_click)
        return button

    def _edit_button(self, on_click: Callable[[], None]) -> QPushButton:
        button = QPushButton(self.tr("&Edit…"))
        button.setToolTip(self.tr("Or press Enter in the list"))
        button.clicked.connect(on_click)
        return button

    def _active_button(self, on_click: Callable[[], None]) -> QPushButton:
        button = QPushButton(self.tr("&Deactivate"))
        button.setToolTip(self.tr("Or press Delete in the list (to deactivate)"))
        button.clicked.connect(on_click)
        return button

    def _build_blocks_page(self) -> QWidget:
        self.add_block_button = self._add_button(self.tr("&Add block…"), self.add_block)
        self.edit_block_button = self._edit_button(self.edit_block)
        self.block_active_button = self._active_button(self.toggle_block_active)
        page, self.blocks_table = self._list_page(
            self.tr("Blocks and rooms in the &headcount"),
            [self.tr("Name"), self.tr("Capacity"), self.tr("Active")],
            0,
            self.tr(
                "Each block or room is counted at every handover. A block with inmates in the "
                "latest count cannot be deactivated; move them first."
            ),
            [self.add_block_button, self.edit_block_button, self.block_active_button],
            on_add=self.add_block,
            on_edit=self.edit_block,
            on_delete=self.deactivate_block,
        )
        return page

    def _build_categories_page(self) -> QWidget:
        self.add_category_button = self._add_button(self.tr("&Add category…"), self.add_category)
        self.edit_category_button = self._edit_button(self.edit_category)
        self.category_active_button = self._active_button(self.toggle_category_active)
        page, self.categories_table = self._list_page(
            self.tr("Inmate categories in the &headcount"),
            [self.tr("Code"), self.tr("Name"), self.tr("Active")],
            1,
            self.tr(
                "The categories are the columns of the count. A category with inmates in the "
                "latest count cannot be deactivated."
            ),
            [self.add_category_button, self.edit_category_button, self.category_active_button],
            on_add=self.add_category,
            on_edit=self.edit_category,
            on_delete=self.deactivate_category,
        )
        return page

    def _build_equipment_page(self) -> QWidget:
        self.add_item_button = self._add_button(self.tr("&Add item…"), self.add_item)
        self.edit_item_button = self._edit_button(self.edit_item)
        self.item_active_button = self._active_button(self.toggle_item_active)
        page, self.items_table = self._list_page(
            self.tr("Items checked at every &handover"),
            [
                self.tr("Name"),
                self.tr("Kind"),
                self.tr("Serial no."),
                self.tr("Expected"),
                self.tr("Active"),
            ],
            0,
            self.tr(
                "A firearm needs its serial number, and each weapon is an item of its own. "
                "Handovers that checked a deactivated item keep their line."
            ),
            [self.add_item_button, self.edit_item_button, self.item_active_button],
            on_add=self.add_item,
            on_edit=self.edit_item,
            on_delete=self.deactivate_item,
        )
        return page

    def _build_instructions_page(self) -> QWidget:
        self.add_instruction_button = self._add_button(
            self.tr("&Add instruction…"), self.add_instruction
        )
        self.remove_instruction_button = QPushButton(self.tr("&Remove…"))
        self.remove_instruction_button.setToolTip(self.tr("Or press Delete in the list"))
        self.remove_instruction_button.clicked.connect(self.remove_instruction)
        page, self.instructions_table = self._list_page(
            self.tr("Instructions passed on at every &handover"),
            [self.tr("From"), self.tr("Instruction"), self.tr("Given by"), self.tr("Removed")],
            1,
            self.tr("Removed instructions are greyed; the handovers that carried them keep them."),
            [self.add_instruction_button, self.remove_instruction_button],
            on_add=self.add_instruction,
            on_edit=None,  # an instruction is not changed: remove it and give a new one
            on_delete=self.remove_instruction,
        )
        # Instructions are read in full: long ones wrap onto more lines.
        self.instructions_table.setWordWrap(True)
        lines = self.instructions_table.verticalHeader()
        lines.setMinimumSectionSize(lines.defaultSectionSize())
        lines.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return page

    def _on_tab_changed(self, index: int) -> None:
        tables = [
            self.blocks_table,
            self.categories_table,
            self.items_table,
            self.instructions_table,
        ]
        if 0 <= index < len(tables):
            tables[index].setFocus()

    # -- loading --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read everything again, keeping the rows that were selected."""
        db = self._ctx.db
        selected = [
            selected_id(t)
            for t in (
                self.blocks_table,
                self.categories_table,
                self.items_table,
                self.instructions_table,
            )
        ]
        self.blocks = handover_setup.list_blocks(db)
        self.categories = handover_setup.list_categories(db)
        self.items = handover_setup.list_equipment_items(db)
        self.instructions = handover_setup.list_instructions(db)
        self._fill_blocks(selected[0])
        self._fill_categories(selected[1])
        self._fill_items(selected[2])
        self._fill_instructions(selected[3])
        self._update_buttons()

    def _yes_no(self, value: bool) -> QTableWidgetItem:
        return text_item(self.tr("yes") if value else self.tr("no"))

    def _fill_blocks(self, chosen_id: int | None) -> None:
        rows = [
            (b.id, [text_item(b.name), _number(b.capacity), self._yes_no(b.active)], not b.active)
            for b in self.blocks
        ]
        _fill_table(self.blocks_table, rows, chosen_id)

    def _fill_categories(self, chosen_id: int | None) -> None:
        rows = [
            (c.id, [text_item(c.code), text_item(c.name), self._yes_no(c.active)], not c.active)
            for c in self.categories
        ]
        _fill_table(self.categories_table, rows, chosen_id)

    def _fill_items(self, chosen_id: int | None) -> None:
        rows = [
            (
                i.id,
                [
                    text_item(i.name),
                    text_item(EQUIPMENT_KIND_LABELS[i.kind]),
                    text_item(i.serial),
                    _number(i.expected_quantity),
                    self._yes_no(i.active),
                ],
                not i.active,
            )
            for i in self.items
        ]
        _fill_table(self.items_table, rows, chosen_id)

    def _removal_text(self, instruction: InstructionInfo) -> str:
        if instruction.removed_on is None:
            return ""
        return self.tr("from {day}, by {who}").format(
            day=short_date(instruction.removed_on), who=instruction.removed_by
        )

    def removed(self, instruction: InstructionInfo) -> bool:
        """No longer passed on today (a removal may also be set for a later day)."""
        return instruction.removed_on is not None and instruction.removed_on <= self.today

    def _fill_instructions(self, chosen_id: int | None) -> None:
        rows = []
        for instruction in self.instructions:
            text = text_item(instruction.text)
            text.setToolTip(instruction.text)
            cells = [
                text_item(short_date(instruction.from_day)),
                text,
                text_item(instruction.given_by),
                text_item(self._removal_text(instruction)),
            ]
            rows.append((instruction.id, cells, self.removed(instruction)))
        _fill_table(self.instructions_table, rows, chosen_id)

    def _update_buttons(self) -> None:
        pairs = (
            (self.selected_block(), self.edit_block_button, self.block_active_button),
            (self.selected_category(), self.edit_category_button, self.category_active_button),
            (self.selected_item(), self.edit_item_button, self.item_active_button),
        )
        for record, edit_button, active_button in pairs:
            edit_button.setEnabled(record is not None)
            active_button.setEnabled(record is not None)
            active_button.setText(
                self.tr("Reac&tivate")
                if record is not None and not record.active
                else self.tr("&Deactivate")
            )
        instruction = self.selected_instruction()
        self.remove_instruction_button.setEnabled(
            instruction is not None and instruction.removed_on is None
        )

    # -- selection ------------------------------------------------------------------------
    def selected_block(self) -> BlockInfo | None:
        chosen = selected_id(self.blocks_table)
        return next((b for b in self.blocks if b.id == chosen), None)

    def selected_category(self) -> CategoryInfo | None:
        chosen = selected_id(self.categories_table)
        return next((c for c in self.categories if c.id == chosen), None)

    def selected_item(self) -> EquipmentItemInfo | None:
        chosen = selected_id(self.items_table)
        return next((i for i in self.items if i.id == chosen), None)

    def selected_instruction(self) -> InstructionInfo | None:
        chosen = selected_id(self.instructions_table)
        return next((i for i in self.instructions if i.id == chosen), None)

    def givers(self) -> list[str]:
        """Karutan and Ka KPR, then whoever else has given or removed an instruction."""
        names = list(GIVERS)
        for instruction in self.instructions:
            for name in (instruction.given_by, instruction.removed_by):
                if name and name not in names:
                    names.append(name)
        return names

    # -- changes --------------------------------------------------------------------------
    def _run(self, title: str, call: Callable[[ActionContext], object]) -> bool:
        """Run one service call of the main dialog through the runner (a refusal is shown in a
        message box: no field of this dialog is about it). The lists are read again either
        way: after a failure too, since a record changed or removed meanwhile is shown as it
        now is. True when it was saved."""
        return (
            Operation(self, self._ctx, call, title=title)
            .on_success(lambda _result: self.refresh())
            .after_failure(lambda _error: self.refresh())
            .run()
        )

    def _open(self, dialog: _FormDialog, table: QTableWidget) -> None:
        """Run a sub-dialog (its Save runs the service call), then read the lists again: what it
        saved is chosen; when it was cancelled, refused as out of date or found removed, the
        lists show the records as they now are."""
        saved = dialog.exec() == QDialog.DialogCode.Accepted
        self.refresh()
        saved_id = getattr(dialog, "saved_id", None)
        if saved and saved_id is not None:
            select_id(table, saved_id)
        table.setFocus()

    def _confirm(self, title: str, text: str, action: str) -> bool:
        """Ask before a change; the buttons carry our own (translated) texts, not Qt's Yes/No."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(yes)
        box.exec()
        return box.clickedButton() is yes

    # blocks
    def add_block(self) -> None:
        self._open(BlockDialog(self._ctx, None, self), self.blocks_table)

    def edit_block(self) -> None:
        block = self.selected_block()
        if block is not None:
            self._open(BlockDialog(self._ctx, block, self), self.blocks_table)

    def deactivate_block(self) -> None:
        block = self.selected_block()
        if block is not None and block.active:
            self.toggle_block_active()

    def toggle_block_active(self) -> None:
        block = self.selected_block()
        if block is None:
            return
        title = self.tr("Deactivate block")
        if block.active and not self._confirm(
            title,
            self.tr(
                "{name} will no longer be counted at handovers. Handovers already made keep "
                "its numbers."
            ).format(name=block.name),
            self.tr("Deactivate"),
        ):
            return
        self._run(
            title if block.active else self.tr("Reactivate block"),
            lambda action: handover_setup.set_block_active(
                action, block.id, not block.active, expected_version=block.version
            ),
        )
        self.blocks_table.setFocus()

    # categories
    def add_category(self) -> None:
        self._open(CategoryDialog(self._ctx, None, self), self.categories_table)

    def edit_category(self) -> None:
        category = self.selected_category()
        if category is not None:
            self._open(CategoryDialog(self._ctx, category, self), self.categories_table)

    def deactivate_category(self) -> None:
        category = self.selected_category()
        if category is not None and category.active:
            self.toggle_category_active()

    def toggle_category_active(self) -> None:
        category = self.selected_category()
        if category is None:
            return
        title = self.tr("Deactivate category")
        if category.active and not self._confirm(
            title,
            self.tr(
                "{name} will no longer be counted at handovers. Handovers already made keep "
                "its numbers."
            ).format(name=category.name),
            self.tr("Deactivate"),
        ):
            return
        self._run(
            title if category.active else self.tr("Reactivate category"),
            lambda action: handover_setup.set_category_active(
                action, category.id, not category.active, expected_version=category.version
            ),
        )
        self.categories_table.setFocus()

    # equipment
    def add_item(self) -> None:
        self._open(EquipmentItemDialog(self._ctx, None, self), self.items_table)

    def edit_item(self) -> None:
        item = self.selected_item()
        if item is not None:
            self._open(EquipmentItemDialog(self._ctx, item, self), self.items_table)

    def deactivate_item(self) -> None:
        item = self.selected_item()
        if item is not None and item.active:
            self.toggle_item_active()

    def toggle_item_active(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        title = self.tr("Deactivate item")
        if item.active and not self._confirm(
            title,
            self.tr(
                "{name} will no longer be checked at handovers. Handovers that checked it keep "
                "their line."
            ).format(name=item.name),
            self.tr("Deactivate"),
        ):
            return
        self._run(
            title if item.active else self.tr("Reactivate item"),
            lambda action: handover_setup.set_equipment_item_active(
                action, item.id, not item.active, expected_version=item.version
            ),
        )
        self.items_table.setFocus()

    # standing instructions
    def add_instruction(self) -> None:
        dialog = InstructionDialog(self._ctx, self.givers(), self.today, self)
        self._open(dialog, self.instructions_table)

    def remove_instruction(self) -> None:
        instruction = self.selected_instruction()
        if instruction is None or instruction.removed_on is not None:
            return
        dialog = RemoveInstructionDialog(self._ctx, instruction, self.givers(), self.today, self)
        self._open(dialog, self.instructions_table)
