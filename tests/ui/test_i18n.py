"""The Indonesian catalogue is complete, current and compiled; every error code has a message."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

import rutan_desk
from rutan_desk.domain.errors import FieldError
from rutan_desk.paths import resources_dir
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.i18n import chosen_language, install_translator
from rutan_desk.ui.main_window import MainWindow
from rutan_desk.ui.messages import known_codes, message_for

PACKAGE_DIR = Path(rutan_desk.__file__).resolve().parent
TS_FILE = resources_dir() / "i18n" / "rutan_desk_id.ts"
QM_FILE = resources_dir() / "i18n" / "rutan_desk_id.qm"
BIN_DIR = Path(sys.executable).parent


def qt_tool(name: str) -> Path:
    tool = BIN_DIR / name
    if not tool.exists():
        pytest.fail(f"{name} not found next to {sys.executable}")
    return tool


def run_tool(*args: str | Path) -> None:
    result = subprocess.run(
        [str(arg) for arg in args], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def messages(ts_file: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) → the <translation> element."""
    found: dict[tuple[str, str], ET.Element] = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found[(name, message.findtext("source", ""))] = translation
    return found


def translated_text(translation: ET.Element) -> str:
    """The translation, or for a plural ("%n page(s)") its forms joined."""
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return " | ".join(forms) if forms else (translation.text or "")


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed catalogue brought up to date with the code by lupdate, in a copy."""
    target = tmp_path_factory.mktemp("i18n") / "rutan_desk_id.ts"
    shutil.copyfile(TS_FILE, target)
    sources = sorted(PACKAGE_DIR.rglob("*.py"))
    assert len(sources) > 20
    run_tool(
        qt_tool("pyside6-lupdate"),
        *sources,
        "-locations",
        "none",
        "-no-obsolete",
        "-source-language",
        "en",
        "-target-language",
        "id_ID",
        "-ts",
        target,
    )
    return target


@pytest.fixture
def indonesian(qapp: QApplication) -> Iterator[None]:
    translator = install_translator(qapp, "id")
    assert translator is not None
    yield
    qapp.removeTranslator(translator)
    translator.deleteLater()


def test_every_string_has_a_finished_translation(regenerated: Path) -> None:
    found = messages(regenerated)
    assert len(found) > 100
    missing = [
        f"{context}: {source!r}"
        for (context, source), translation in found.items()
        if not translated_text(translation).strip() or translation.get("type") == "unfinished"
    ]
    assert missing == [], "untranslated:\n" + "\n".join(missing)


def test_catalogue_has_no_obsolete_or_missing_entries(regenerated: Path) -> None:
    committed = set(messages(TS_FILE))
    current = set(messages(regenerated))
    assert sorted(committed - current) == [], "obsolete entries in the committed catalogue"
    assert sorted(current - committed) == [], "strings missing from the committed catalogue"


def test_committed_translations_are_kept_by_lupdate(regenerated: Path) -> None:
    committed = {key: translated_text(el) for key, el in messages(TS_FILE).items()}
    current = {key: translated_text(el) for key, el in messages(regenerated).items()}
    assert committed == current


def test_compiled_catalogue_is_not_stale(tmp_path: Path) -> None:
    compiled = tmp_path / "rutan_desk_id.qm"
    run_tool(qt_tool("pyside6-lrelease"), TS_FILE, "-qm", compiled)
    assert compiled.read_bytes() == QM_FILE.read_bytes(), "run lrelease: the .qm is stale"


def test_main_window_in_indonesian(qtbot: QtBot, ctx: AppContext, indonesian: None) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Pe&gawai",
        "&Jadwal Jaga",
        "Se&rah Terima",
        "&Kamtib",
        "Kerja Sa&ma",
        "Register &Surat",
    ]
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Berkas", "&Pengaturan", "Ban&tuan"]
    assert window.database_label.text() == f"Basis data: {ctx.paths.database_file}"
    assert window.audit_action.text() == "Periksa &jejak audit"
    window.load()
    staff = window.tab("staff")
    assert staff.search_edit.placeholderText() == "Cari nama, NIP/NRP atau jabatan (Ctrl+F)"
    assert staff.model.headerData(1, Qt.Orientation.Horizontal) == "Nama"
    assert staff.unit_filter.itemText(0) == "Semua unit"
    assert staff.count_label.text() == "0 dari 0 orang"


def test_english_needs_no_translator(qapp: QApplication) -> None:
    assert install_translator(qapp, "en") is None


def test_unknown_language_setting_falls_back_to_indonesian(ctx: AppContext) -> None:
    ctx.settings.setValue("ui/language", "fr")
    assert chosen_language(ctx.settings) == "id"
    ctx.settings.setValue("ui/language", "en")
    assert chosen_language(ctx.settings) == "en"


_FIELD_ERROR = re.compile(r"FieldError\(\s*[^,()]+,\s*\"([a-z0-9_]+)\"")
# NipError("code"), PatternError("code"), ...: any error class whose first argument is a code
# (FieldError's first argument is the field name, its code comes second).
_CODE_ERROR = re.compile(r"\b(?!FieldError)\w+Error\(\s*\"([a-z0-9_]+)\"")


def raised_codes() -> set[str]:
    codes: set[str] = set()
    for folder in ("domain", "services"):
        for path in (PACKAGE_DIR / folder).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            codes.update(_FIELD_ERROR.findall(text))
            codes.update(_CODE_ERROR.findall(text))
    return codes


def test_every_error_code_has_a_message() -> None:
    codes = raised_codes()
    # The scan itself must work: these are raised in nip.py, staff.py, institution.py.
    assert {"nip_length", "nip_appointment_too_early", "nrp_length", "name_required"} <= codes
    assert {"email_invalid", "logo_not_image", "golongan_unknown", "nip_duplicate"} <= codes
    assert {"cycle_empty", "cycle_unknown_code"} <= codes  # PatternError, in rotation.py
    assert len(codes) >= 30
    assert sorted(codes - known_codes()) == []


def test_every_message_is_translated(qapp: QApplication) -> None:
    def rendered() -> dict[str, str]:
        return {code: message_for(FieldError("field", code)) for code in known_codes()}

    english = rendered()
    translator = install_translator(qapp, "id")
    assert translator is not None
    try:
        indonesian = rendered()
        nip_length = message_for(FieldError("nip", "nip_length", {"length": 17}))
    finally:
        qapp.removeTranslator(translator)
    assert [code for code in english if english[code] == indonesian[code]] == []
    assert nip_length == "NIP terdiri dari 18 digit; yang diisi 17 digit."
    assert message_for(FieldError("nip", "nip_length", {"length": 17})) == (
        "A NIP has 18 digits; this one has 17."
    )


def test_unknown_code_is_shown_as_is() -> None:
    assert message_for(FieldError("x", "no_such_code")) == "no_such_code"


def test_no_translated_text_is_hidden_inside_an_f_string() -> None:
    """lupdate does not read ``self.tr("…")`` inside an f-string: such a text stays English on
    an Indonesian screen without any test noticing it missing from the catalogue."""
    hidden = re.compile(r"""f["'][^"'\n]*\{(?:self\.tr|QCoreApplication\.translate)\(""")
    ui = Path(rutan_desk.__file__).parent / "ui"
    found = [
        f"{path.relative_to(ui)}:{number}"
        for path in sorted(ui.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if hidden.search(line)
    ]
    assert found == []


def _classes_using_self_tr(tree: ast.Module) -> Iterator[ast.ClassDef]:
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef) and any(
            isinstance(call, ast.Call)
            and isinstance(call.func, ast.Attribute)
            and call.func.attr == "tr"
            and isinstance(call.func.value, ast.Name)
            and call.func.value.id == "self"
            for call in ast.walk(node)
        ):
            yield node


def test_no_class_with_self_tr_texts_is_subclassed() -> None:
    """``self.tr`` looks its text up under the class of the object (the subclass) while lupdate
    files it under the class that wrote it: a base class's texts stay English in every subclass.
    A base class names its context: ``QCoreApplication.translate("Base", "…")``."""
    ui = Path(rutan_desk.__file__).parent / "ui"
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in ui.rglob("*.py")}
    using_tr = {
        node.name: path.relative_to(ui)
        for path, tree in trees.items()
        for node in _classes_using_self_tr(tree)
    }
    subclassed = sorted(
        f"{base.id} ({using_tr[base.id]}) <- {node.name}"
        for tree in trees.values()
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
        for base in node.bases
        if isinstance(base, ast.Name) and base.id in using_tr
    )
    assert subclassed == []


def _mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def _window_keys(window: MainWindow) -> dict[str, str]:
    """Alt+letter of the tabs and the menu bar: what a clerk presses to move between them."""
    keys: dict[str, str] = {}
    for index in range(window.tabs.count()):
        key = _mnemonic(window.tabs.tabText(index))
        if key:
            keys[key] = window.tabs.tabText(index)
    for action in window.menuBar().actions():
        key = _mnemonic(action.text())
        if key:
            keys[key] = action.text()
    return keys


def _own_keys(content: QWidget) -> list[tuple[str, str]]:
    """Alt+letter of the buttons, check boxes and labels a tab shows (not those in menus and
    dialogs, which are active only while open)."""
    found = []
    for widget in content.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            key = _mnemonic(widget.text())
            if key:
                found.append((key, widget.text()))
    return found


def test_no_tab_takes_the_alt_key_of_another_tab_or_a_menu(
    qtbot: QtBot, ctx: AppContext, qapp: QApplication
) -> None:
    """In Indonesian, the office's language: Alt+J goes to "Jadwal Jaga", not to a filter of
    the tab shown."""
    translator = install_translator(qapp, "id")
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.resize(1366, 740)
        window.show()
        window.load()
        taken = _window_keys(window)
        clashes = []
        checked = 0
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            qapp.processEvents()  # a tab built now is shown on the next turn of the loop
            content = window.tabs.currentWidget()
            own = _own_keys(content)
            checked += len(own)
            for key, text in own:
                if key in taken and taken[key] != window.tabs.tabText(index):
                    clashes.append(f"{window.tabs.tabText(index)}: {text} ↔ {taken[key]}")
        assert clashes == [], "\n".join(clashes)
        assert len(taken) >= 6 and checked > 20  # the tabs' own keys were seen
    finally:
        if translator is not None:
            qapp.removeTranslator(translator)
