"""Setting up the roster: regu (members, Karupam, rotation pattern) and guard posts.

Every change is one service call through the operation runner; refused input is shown beside
the field it is about, and the lists are read again after each change (the runner announces it
to the rest of the app).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rutan_desk.domain.errors import FieldError
from rutan_desk.domain.formatting import short_date
from rutan_desk.domain.nip import format_nip
from rutan_desk.domain.shifts import ShiftType
from rutan_desk.services.context import ActionContext
from rutan_desk.services.errors import ValidationError
from rutan_desk.services.roster import queries
from rutan_desk.services.roster import setup as roster_setup
from rutan_desk.services.roster.setup import (
    MAX_POST_MINIMUM,
    POST_LIMITS,
    REGU_LIMITS,
    PostInfo,
    ReguInfo,
    ReguMemberInfo,
    StaffRef,
)
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.operations import Operation
from rutan_desk.ui.widgets.dates import date_edit, to_date, to_qdate
from rutan_desk.ui.widgets.field_errors import FieldErrors
from rutan_desk.ui.widgets.record_lists import (
    FormDialog,
    read_only_table,
    select_id,
    selected_id,
    text_item,
    warn_refused,
)

# -- helpers ------------------------------------------------------------------------------


def _gone_text() -> str:
    return QCoreApplication.translate(
        "RosterSetupDialog", "This record no longer exists (changed on another computer)."
    )


class _FormDialog(FormDialog):
    """The shared form; its message about a removed record keeps this dialog's translation."""

    def gone_text(self) -> str:
        return _gone_text()


# -- sub-dialogs --------------------------------------------------------------------------


class ReguNameDialog(_FormDialog):
    """Add a regu, or rename one."""

    def __init__(self, ctx: AppContext, regu: ReguInfo | None, parent: QWidget | None) -> None:
        super().__init__(ctx, parent)
        self._regu = regu
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Rename regu") if regu else self.tr("Add regu"))
        self.setMinimumWidth(360)
        self.name_edit = QLineEdit(regu.name if regu else "")
        self.name_edit.setMaxLength(REGU_LIMITS["name"])
        self.name_edit.setPlaceholderText(self.tr("e.g. Regu I"))
        self.errors.add_row(self.form, self.tr("Regu &name"), "name", self.name_edit)
        self._finish(self.tr("Save"), self.tr("Cancel"))
        self.name_edit.selectAll()
        self.name_edit.setFocus()

    def submit(self, action: ActionContext) -> None:
        regu, name = self._regu, self.name_edit.text()
        if regu is None:
            self.saved_id = roster_setup.create_regu(action, name)
        else:
            roster_setup.rename_regu(action, regu.id, name, expected_version=regu.version)
            self.saved_id = regu.id


class MemberDialog(_FormDialog):
    """Put an active own-staff person who is in no regu now into a regu from a date."""

    def __init__(
        self,
        ctx: AppContext,
        regu: ReguInfo,
        candidates: list[StaffRef],
        today: date,
        parent: QWidget | None,
    ) -> None:
        super().__init__(ctx, parent)
        self._regu = regu
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Add member to {regu}").format(regu=regu.name))
        self.setMinimumWidth(460)

        self.staff_combo = QComboBox()
        self.staff_combo.setEditable(True)
        self.staff_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for person in candidates:
            text = f"{person.name} — {format_nip(person.nip)}" if person.nip else person.name
            self.staff_combo.addItem(text, person.id)
        completer = QCompleter(self.staff_combo.model(), self.staff_combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.staff_combo.setCompleter(completer)
        self.staff_combo.setCurrentIndex(-1)
        self.staff_combo.setEditText("")
        line_edit = self.staff_combo.lineEdit()
        if line_edit is not None:
            line_edit.setPlaceholderText(self.tr("Type to search a name"))
        self.errors.add_row(self.form, self.tr("&Person"), "staff", self.staff_combo)

        self.start_edit = date_edit(today)
        self.errors.add_row(self.form, self.tr("&From"), "start", self.start_edit)

        hint = QLabel(self.tr("Only active own staff who are in no regu now are listed."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555555;")
        self.form.addRow(hint)
        self._finish(self.tr("Save"), self.tr("Cancel"))
        self.staff_combo.setFocus()

    def chosen_staff_id(self) -> int | None:
        """The person whose line matches the typed text, or the only one containing it."""
        combo = self.staff_combo
        text = combo.currentText().strip()
        if not text:
            return None
        index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            matches = [
                i for i in range(combo.count()) if text.casefold() in combo.itemText(i).casefold()
            ]
            if len(matches) != 1:
                return None
            index = matches[0]
        data = combo.itemData(index)
        return int(data) if data is not None else None

    def submit(self, action: ActionContext) -> None:
        staff_id = self.chosen_staff_id()
        if staff_id is None:
            raise ValidationError([FieldError("staff", "staff_not_chosen")])
        self.saved_id = roster_setup.add_regu_member(
            action, self._regu.id, staff_id, to_date(self.start_edit.date())
        )


class EndMembershipDialog(_FormDialog):
    """End a membership on its last day."""

    def __init__(
        self, ctx: AppContext, regu: ReguInfo, member: ReguMemberInfo, today: date, parent: QWidget
    ) -> None:
        super().__init__(ctx, parent)
        self._member = member
        self.setWindowTitle(self.tr("End membership"))
        self.setMinimumWidth(400)
        about = QLabel(
            self.tr("{name} in {regu}, member since {start}").format(
                name=member.name, regu=regu.name, start=short_date(member.start)
            )
        )
        about.setWordWrap(True)
        self.form.addRow(about)
        self.end_edit = date_edit(member.end or max(today, member.start))
        self.errors.add_row(self.form, self.tr("&Last day"), "end", self.end_edit)
        self._finish(self.tr("Save"), self.tr("Cancel"))
        self.end_edit.setFocus()

    def submit(self, action: ActionContext) -> None:
        member = self._member
        roster_setup.end_regu_membership(
            action, member.id, to_date(self.end_edit.date()), expected_version=member.version
        )


class PostDialog(_FormDialog):
    """Add or edit a guard post: its name, whether it is staffed by women only (and how many
    of them on each shift), and how many guards it needs on each working shift."""

    def __init__(
        self,
        ctx: AppContext,
        post: PostInfo | None,
        shifts: list[ShiftType],
        parent: QWidget | None,
    ) -> None:
        super().__init__(ctx, parent)
        self._post = post
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Edit post") if post else self.tr("Add post"))
        self.setMinimumWidth(420)

        self.name_edit = QLineEdit(post.name if post else "")
        self.name_edit.setMaxLength(POST_LIMITS["name"])
        self.name_edit.setPlaceholderText(self.tr("e.g. P2U, Menara, Blok Hunian"))
        self.errors.add_row(self.form, self.tr("Post &name"), "name", self.name_edit)

        self.woman_check = QCheckBox(self.tr("&Women officers only"))
        self.woman_check.setChecked(bool(post and post.needs_woman))
        self.woman_check.setToolTip(
            self.tr(
                "Only women are placed at this post; when too few are free the roster shows "
                "a conflict instead of placing a man."
            )
        )
        self.errors.add_row(self.form, "", "needs_woman", self.woman_check)
        self.min_women_spin = QSpinBox()
        self.min_women_spin.setRange(1, MAX_POST_MINIMUM)
        self.min_women_spin.setValue(post.min_women if post else 1)
        self.min_women_spin.setSuffix(self.tr(" per shift"))
        self.errors.add_row(self.form, self.tr("W&omen needed"), "min_women", self.min_women_spin)
        self.min_women_spin.setEnabled(self.woman_check.isChecked())
        self.woman_check.toggled.connect(self.min_women_spin.setEnabled)

        minimums_box = QWidget()
        minimums_form = QFormLayout(minimums_box)
        minimums_form.setContentsMargins(0, 0, 0, 0)
        self.minimum_spins: dict[str, QSpinBox] = {}
        for shift in shifts:
            if not shift.working:
                continue
            spin = QSpinBox()
            spin.setRange(0, MAX_POST_MINIMUM)
            spin.setValue(post.minimums.get(shift.code, 0) if post else 0)
            minimums_form.addRow(f"{shift.code} — {shift.name}", spin)
            self.minimum_spins[shift.code] = spin
        first = next(iter(self.minimum_spins.values()), None)
        self.errors.add_row(
            self.form,
            self.tr("&Minimum per shift"),
            "minimums",
            minimums_box,
            focus=first,
        )
        self._finish(self.tr("Save"), self.tr("Cancel"))
        self.name_edit.selectAll()
        self.name_edit.setFocus()

    def minimums(self) -> dict[str, int]:
        return {code: spin.value() for code, spin in self.minimum_spins.items()}

    def submit(self, action: ActionContext) -> None:
        post, name = self._post, self.name_edit.text()
        needs_woman = self.woman_check.isChecked()
        if post is None:
            self.saved_id = roster_setup.create_post(
                action,
                name,
                self.minimums(),
                needs_woman=needs_woman,
                min_women=self.min_women_spin.value(),
            )
        else:
            roster_setup.update_post(
                action,
                post.id,
                name,
                self.minimums(),
                needs_woman,
                expected_version=post.version,
                min_women=self.min_women_spin.value(),
            )
            self.saved_id = post.id


# -- the dialog ---------------------------------------------------------------------------


class RosterSetupDialog(QDialog):
    """Tabs "Regu" and "Posts"; opened from the roster tab."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.today = ctx.today()
        self.regu: list[ReguInfo] = []
        self.posts: list[PostInfo] = []
        self.shift_types: list[ShiftType] = queries.shift_types(ctx.db)
        self.working_codes = [s.code for s in self.shift_types if s.working]
        self._shown_regu_id: int | None = None
        self.setWindowTitle(self.tr("Roster setup"))
        self.resize(980, 700)
        self.regu_errors = FieldErrors()

        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.regu_page = self._build_regu_page()
        self.posts_page = self._build_posts_page()
        self.tabs.addTab(self.regu_page, self.tr("&Regu"))
        self.tabs.addTab(self.posts_page, self.tr("P&osts"))
        layout.addWidget(self.tabs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()
        self.regu_list.setFocus()

    # -- building: regu -------------------------------------------------------------------
    def _build_regu_page(self) -> QWidget:
        page = QWidget()
        columns = QHBoxLayout(page)

        left = QVBoxLayout()
        list_label = QLabel(self.tr("Regu &list"))
        self.regu_list = QListWidget()
        list_label.setBuddy(self.regu_list)
        self.regu_list.currentRowChanged.connect(self._on_regu_changed)
        self.add_regu_button = QPushButton(self.tr("&Add regu…"))
        self.add_regu_button.clicked.connect(self.add_regu)
        self.rename_regu_button = QPushButton(self.tr("Re&name…"))
        self.rename_regu_button.clicked.connect(self.rename_regu)
        left.addWidget(list_label)
        left.addWidget(self.regu_list)
        left_buttons = QHBoxLayout()
        left_buttons.addWidget(self.add_regu_button)
        left_buttons.addWidget(self.rename_regu_button)
        left.addLayout(left_buttons)
        columns.addLayout(left, 1)

        self.regu_details = QWidget()
        right = QVBoxLayout(self.regu_details)
        right.setContentsMargins(0, 0, 0, 0)

        members_box = QGroupBox(self.tr("&Members"))
        members_layout = QVBoxLayout(members_box)
        self.members_table = read_only_table(
            [self.tr("Name"), self.tr("NIP"), self.tr("From"), self.tr("To")], stretch=0
        )
        self.members_table.itemSelectionChanged.connect(self._update_buttons)
        members_layout.addWidget(self.members_table)
        member_buttons = QHBoxLayout()
        self.add_member_button = QPushButton(self.tr("Add m&ember…"))
        self.add_member_button.clicked.connect(self.add_member)
        self.end_member_button = QPushButton(self.tr("En&d membership…"))
        self.end_member_button.clicked.connect(self.end_membership)
        member_buttons.addWidget(self.add_member_button)
        member_buttons.addWidget(self.end_member_button)
        member_buttons.addStretch()
        members_layout.addLayout(member_buttons)
        right.addWidget(members_box, 1)

        karupam_form = QFormLayout()
        karupam_row = QWidget()
        karupam_layout = QHBoxLayout(karupam_row)
        karupam_layout.setContentsMargins(0, 0, 0, 0)
        self.karupam_combo = QComboBox()
        self.karupam_combo.setMinimumWidth(260)
        self.karupam_button = QPushButton(self.tr("&Set Karupam"))
        self.karupam_button.clicked.connect(self.save_karupam)
        karupam_layout.addWidget(self.karupam_combo)
        karupam_layout.addWidget(self.karupam_button)
        karupam_layout.addStretch()
        self.regu_errors.add_row(
            karupam_form,
            self.tr("&Karupam"),
            "karupam",
            karupam_row,
            focus=self.karupam_combo,
        )
        right.addLayout(karupam_form)

        pattern_box = QGroupBox(self.tr("Rotation pattern"))
        pattern_layout = QVBoxLayout(pattern_box)
        history_label = QLabel(self.tr("Pattern &history"))
        self.rotations_table = read_only_table(
            [self.tr("Valid from"), self.tr("Works the first code on"), self.tr("Cycle")],
            stretch=2,
        )
        # A few versions at most; the members get the height.
        self.rotations_table.setMaximumHeight(
            self.rotations_table.horizontalHeader().sizeHint().height()
            + 4 * self.rotations_table.verticalHeader().defaultSectionSize()
            + 4
        )
        history_label.setBuddy(self.rotations_table)
        pattern_layout.addWidget(history_label)
        pattern_layout.addWidget(self.rotations_table)
        pattern_form = QFormLayout()
        self.cycle_edit = QLineEdit()
        self.cycle_edit.setPlaceholderText(
            self.tr("Codes in order, e.g. {example}").format(example="P S M L")
        )
        self.cycle_edit.returnPressed.connect(self.save_pattern)
        self.regu_errors.add_row(pattern_form, self.tr("C&ycle"), "cycle", self.cycle_edit)
        self.anchor_edit = date_edit(self.today)
        self.regu_errors.add_row(
            pattern_form,
            self.tr("&Works the first code on"),
            "anchor",
            self.anchor_edit,
        )
        self.valid_from_edit = date_edit(self.today)
        self.regu_errors.add_row(
            pattern_form,
            self.tr("&Valid from"),
            "valid_from",
            self.valid_from_edit,
        )
        for edit in (self.anchor_edit, self.valid_from_edit):
            inner = edit.lineEdit()
            if inner is not None:
                inner.returnPressed.connect(self.save_pattern)
        codes = QLabel(
            self.tr("Shift codes: {codes}").format(
                codes=", ".join(f"{s.code} ({s.name})" for s in self.shift_types)
            )
        )
        codes.setWordWrap(True)
        codes.setStyleSheet("color: #555555;")
        pattern_form.addRow(codes)
        pattern_layout.addLayout(pattern_form)
        pattern_buttons = QHBoxLayout()
        self.save_pattern_button = QPushButton(self.tr("Save &pattern"))
        self.save_pattern_button.clicked.connect(self.save_pattern)
        pattern_buttons.addStretch()
        pattern_buttons.addWidget(self.save_pattern_button)
        pattern_layout.addLayout(pattern_buttons)
        right.addWidget(pattern_box, 0)
        columns.addWidget(self.regu_details, 3)

        for button in (
            self.add_regu_button,
            self.rename_regu_button,
            self.add_member_button,
            self.end_member_button,
            self.karupam_button,
            self.save_pattern_button,
        ):
            # Enter in a field must not press whichever button last had the focus.
            button.setAutoDefault(False)
        chain = [
            self.regu_list,
            self.add_regu_button,
            self.rename_regu_button,
            self.members_table,
            self.add_member_button,
            self.end_member_button,
            self.karupam_combo,
            self.karupam_button,
            self.rotations_table,
            self.cycle_edit,
            self.anchor_edit,
            self.valid_from_edit,
            self.save_pattern_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        return page

    # -- building: posts ------------------------------------------------------------------
    def _build_posts_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        label = QLabel(self.tr("&Guard posts"))
        headers = [self.tr("Name"), self.tr("Women only")]
        headers += [self.tr("Min. {code}").format(code=code) for code in self.working_codes]
        headers.append(self.tr("Active"))
        self.posts_table = read_only_table(headers, stretch=0)
        label.setBuddy(self.posts_table)
        self.posts_table.itemSelectionChanged.connect(self._update_buttons)
        self.posts_table.activated.connect(lambda _index: self.edit_post())
        layout.addWidget(label)
        layout.addWidget(self.posts_table)
        buttons = QHBoxLayout()
        self.add_post_button = QPushButton(self.tr("&Add post…"))
        self.add_post_button.clicked.connect(self.add_post)
        self.edit_post_button = QPushButton(self.tr("&Edit…"))
        self.edit_post_button.clicked.connect(self.edit_post)
        self.post_active_button = QPushButton(self.tr("&Deactivate"))
        self.post_active_button.clicked.connect(self.toggle_post_active)
        for button in (self.add_post_button, self.edit_post_button, self.post_active_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch()
        layout.addLayout(buttons)
        return page

    # -- loading --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read everything again, keeping the regu, member and post that were selected."""
        regu = self.selected_regu()
        member = self.selected_member()
        post = self.selected_post()
        self.regu = roster_setup.list_regu(self._ctx.db, on=self.today)
        self.posts = roster_setup.list_posts(self._ctx.db)
        self._fill_regu_list(regu.id if regu else None)
        if member is not None:
            select_id(self.members_table, member.id)
        self._fill_posts(post.id if post else None)
        self._update_buttons()

    def _fill_regu_list(self, chosen_id: int | None) -> None:
        self.regu_list.blockSignals(True)
        self.regu_list.clear()
        row = 0 if self.regu else -1
        for index, regu in enumerate(self.regu):
            text = regu.name if regu.active else self.tr("{name} (inactive)").format(name=regu.name)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, regu.id)
            self.regu_list.addItem(item)
            if regu.id == chosen_id:
                row = index
        self.regu_list.setCurrentRow(row)
        self.regu_list.blockSignals(False)
        self._show_regu(self.selected_regu())

    def _on_regu_changed(self, _row: int) -> None:
        self.regu_errors.clear()
        self._show_regu(self.selected_regu())
        self._update_buttons()

    def _show_regu(self, regu: ReguInfo | None) -> None:
        changed = (regu.id if regu else None) != self._shown_regu_id
        self._shown_regu_id = regu.id if regu else None
        self.regu_details.setEnabled(regu is not None)
        self._fill_members(regu)
        self._fill_karupam(regu)
        self._fill_rotations(regu)
        if changed:
            self._fill_pattern_form(regu)

    def _fill_members(self, regu: ReguInfo | None) -> None:
        members = regu.members if regu else ()
        self.members_table.setRowCount(len(members))
        for row, member in enumerate(members):
            self.members_table.setItem(row, 0, text_item(member.name, member.id))
            self.members_table.setItem(row, 1, text_item(format_nip(member.nip)))
            self.members_table.setItem(row, 2, text_item(short_date(member.start)))
            self.members_table.setItem(
                row, 3, text_item(short_date(member.end) if member.end else "")
            )
        self.members_table.clearSelection()

    def _fill_karupam(self, regu: ReguInfo | None) -> None:
        combo = self.karupam_combo
        combo.clear()
        combo.addItem(self.tr("— none —"), None)
        if regu is None:
            return
        for member in regu.members:
            combo.addItem(member.name, member.staff_id)
        karupam = regu.karupam
        if karupam is not None:
            index = combo.findData(karupam.id)
            if index < 0:
                combo.addItem(
                    self.tr("{name} (not a member now)").format(name=karupam.name), karupam.id
                )
                index = combo.count() - 1
            combo.setCurrentIndex(index)

    def _fill_rotations(self, regu: ReguInfo | None) -> None:
        rotations = regu.rotations if regu else ()
        self.rotations_table.setRowCount(len(rotations))
        for row, rotation in enumerate(rotations):
            self.rotations_table.setItem(
                row, 0, text_item(short_date(rotation.valid_from), rotation.id)
            )
            self.rotations_table.setItem(row, 1, text_item(short_date(rotation.anchor)))
            self.rotations_table.setItem(row, 2, text_item(rotation.cycle))

    def _fill_pattern_form(self, regu: ReguInfo | None) -> None:
        latest = regu.rotations[-1] if regu and regu.rotations else None
        self.cycle_edit.setText(latest.cycle if latest else "")
        self.anchor_edit.setDate(to_qdate(latest.anchor if latest else self.today))
        self.valid_from_edit.setDate(to_qdate(self.today))

    def _fill_posts(self, chosen_id: int | None) -> None:
        table = self.posts_table
        table.setRowCount(len(self.posts))
        yes, no = self.tr("yes"), self.tr("no")
        for row, post in enumerate(self.posts):
            table.setItem(row, 0, text_item(post.name, post.id))
            women = str(post.min_women) if post.needs_woman else no
            table.setItem(row, 1, text_item(women))
            for column, code in enumerate(self.working_codes, start=2):
                minimum = post.minimums.get(code, 0)
                cell = text_item(str(minimum) if minimum else "–")
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(row, column, cell)
            table.setItem(row, len(self.working_codes) + 2, text_item(yes if post.active else no))
        select_id(table, chosen_id)

    def _update_buttons(self) -> None:
        regu = self.selected_regu()
        self.rename_regu_button.setEnabled(regu is not None)
        self.end_member_button.setEnabled(self.selected_member() is not None)
        post = self.selected_post()
        self.edit_post_button.setEnabled(post is not None)
        self.post_active_button.setEnabled(post is not None)
        self.post_active_button.setText(
            self.tr("Reac&tivate")
            if post is not None and not post.active
            else self.tr("&Deactivate")
        )

    # -- selection ------------------------------------------------------------------------
    def selected_regu(self) -> ReguInfo | None:
        item = self.regu_list.currentItem()
        if item is None:
            return None
        regu_id = item.data(Qt.ItemDataRole.UserRole)
        return next((r for r in self.regu if r.id == regu_id), None)

    def selected_member(self) -> ReguMemberInfo | None:
        regu = self.selected_regu()
        member_id = selected_id(self.members_table)
        if regu is None or member_id is None:
            return None
        return next((m for m in regu.members if m.id == member_id), None)

    def selected_post(self) -> PostInfo | None:
        post_id = selected_id(self.posts_table)
        return next((p for p in self.posts if p.id == post_id), None)

    def select_regu(self, regu_id: int) -> None:
        for row in range(self.regu_list.count()):
            item = self.regu_list.item(row)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == regu_id:
                self.regu_list.setCurrentRow(row)
                return

    def select_post(self, post_id: int) -> None:
        select_id(self.posts_table, post_id, clear_otherwise=False)

    # -- changes --------------------------------------------------------------------------
    def _run(self, title: str, call: Callable[[ActionContext], Any]) -> bool:
        """Run one service call of the main dialog; its refusals are shown beside the regu
        fields (or in a message box), and the lists are read again after it, whatever came of
        it (a failure may mean that someone else changed them). True when it was saved."""
        self.regu_errors.clear()
        return (
            Operation(self, self._ctx, call, title=title)
            .on_invalid(lambda error: self._refused(title, error))
            .on_success(lambda _result: self.refresh())
            .after_failure(lambda _error: self.refresh())
            .run()
        )

    def _refused(self, title: str, error: ValidationError) -> None:
        self.regu_errors.show(error.errors)
        leftover = self.regu_errors.unplaced(error.errors)
        if leftover:
            warn_refused(self, title, leftover)

    def _open(self, dialog: _FormDialog, focus: QWidget) -> bool:
        """Run a sub-dialog, then read the lists again: it saved, or it found that someone else
        had changed or removed its record. True when it saved."""
        saved = dialog.exec() == QDialog.DialogCode.Accepted
        self.refresh()
        focus.setFocus()
        return saved

    def add_regu(self) -> None:
        dialog = ReguNameDialog(self._ctx, None, self)
        if self._open(dialog, self.regu_list) and dialog.saved_id is not None:
            self.select_regu(dialog.saved_id)

    def rename_regu(self) -> None:
        regu = self.selected_regu()
        if regu is not None:
            self._open(ReguNameDialog(self._ctx, regu, self), self.regu_list)

    def add_member(self) -> None:
        regu = self.selected_regu()
        if regu is None:
            return
        candidates = roster_setup.staff_without_regu(self._ctx.db, on=self.today)
        self._open(MemberDialog(self._ctx, regu, candidates, self.today, self), self.members_table)

    def end_membership(self) -> None:
        regu, member = self.selected_regu(), self.selected_member()
        if regu is not None and member is not None:
            dialog = EndMembershipDialog(self._ctx, regu, member, self.today, self)
            self._open(dialog, self.members_table)

    def save_karupam(self) -> None:
        regu = self.selected_regu()
        if regu is None:
            return
        staff_id = self.karupam_combo.currentData()
        today = self.today
        self._run(
            self.tr("Karupam"),
            lambda action: roster_setup.set_karupam(
                action, regu.id, staff_id, expected_version=regu.version, on=today
            ),
        )

    def save_pattern(self) -> None:
        regu = self.selected_regu()
        if regu is None:
            return
        cycle = self.cycle_edit.text()
        anchor = to_date(self.anchor_edit.date())
        valid_from = to_date(self.valid_from_edit.date())
        self._run(
            self.tr("Rotation pattern"),
            lambda action: roster_setup.set_rotation(
                action, regu.id, cycle, anchor=anchor, valid_from=valid_from
            ),
        )

    def add_post(self) -> None:
        dialog = PostDialog(self._ctx, None, self.shift_types, self)
        if self._open(dialog, self.posts_table) and dialog.saved_id is not None:
            self.select_post(dialog.saved_id)

    def edit_post(self) -> None:
        post = self.selected_post()
        if post is not None:
            self._open(PostDialog(self._ctx, post, self.shift_types, self), self.posts_table)

    def toggle_post_active(self) -> None:
        post = self.selected_post()
        if post is None:
            return
        if post.active:
            answer = QMessageBox.question(
                self,
                self.tr("Deactivate post"),
                self.tr(
                    "{name} will no longer be planned. Roster entries already made keep the post."
                ).format(name=post.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._run(
            self.tr("Posts"),
            lambda action: roster_setup.set_post_active(
                action, post.id, not post.active, expected_version=post.version
            ),
        )
        self.posts_table.setFocus()
