"""The last line of defence: an uncaught error is logged in full and explained to the user."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from rutan_desk.app import configure_logging
from rutan_desk.ui.crash import ExceptionHook, install_exception_hook


class Recorder:
    def __init__(self) -> None:
        self.calls: list[tuple[str, str]] = []

    def __call__(self, _parent: object, title: str, text: str, *_args: object) -> object:
        self.calls.append((title, text))
        return QMessageBox.StandardButton.Ok


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "logs" / "rutan-desk.log"
    path.parent.mkdir()
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    configure_logging(path)
    yield path
    for handler in root.handlers:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


@pytest.fixture
def critical(monkeypatch: pytest.MonkeyPatch) -> Recorder:
    recorder = Recorder()
    monkeypatch.setattr(QMessageBox, "critical", recorder)
    return recorder


def raised() -> tuple[type[BaseException], BaseException, object]:
    def failing_step() -> None:
        raise ZeroDivisionError("division by zero in the duty roster")

    try:
        failing_step()
    except ZeroDivisionError as error:
        return type(error), error, error.__traceback__
    raise AssertionError("unreachable")


def test_uncaught_error_is_logged_and_explained(
    qapp: object, log_file: Path, critical: Recorder
) -> None:
    hook = ExceptionHook(log_file)
    kind, error, trace = raised()

    hook(kind, error, trace)  # type: ignore[arg-type]

    text = log_file.read_text(encoding="utf-8")
    assert "ERROR rutan_desk: Uncaught error" in text
    assert "Traceback (most recent call last):" in text
    assert "in failing_step" in text
    assert "ZeroDivisionError: division by zero in the duty roster" in text

    assert len(critical.calls) == 1
    title, message = critical.calls[0]
    assert title == "Unexpected error"
    assert str(log_file) in message
    assert "nothing is ever saved half-way" in message


def test_second_error_while_the_message_is_open_is_only_logged(
    qapp: object, log_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hook = ExceptionHook(log_file)
    shown: list[str] = []

    def critical_that_fails_again(_parent: object, _title: str, text: str) -> None:
        shown.append(text)
        hook(*raised())  # type: ignore[arg-type]

    monkeypatch.setattr(QMessageBox, "critical", critical_that_fails_again)
    hook(*raised())  # type: ignore[arg-type]

    assert len(shown) == 1
    assert log_file.read_text(encoding="utf-8").count("Uncaught error") == 2
    assert not hook._showing


def test_keyboard_interrupt_goes_to_the_default_hook(
    qapp: object, log_file: Path, critical: Recorder, monkeypatch: pytest.MonkeyPatch
) -> None:
    passed_on: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "__excepthook__", lambda kind, *_rest: passed_on.append(kind))
    hook = ExceptionHook(log_file)
    try:
        raise KeyboardInterrupt
    except KeyboardInterrupt as error:
        hook(KeyboardInterrupt, error, error.__traceback__)
    assert passed_on == [KeyboardInterrupt]
    assert critical.calls == []


def test_install_replaces_sys_excepthook(log_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    hook = install_exception_hook(log_file)
    assert sys.excepthook is hook
    assert hook.log_file == log_file
