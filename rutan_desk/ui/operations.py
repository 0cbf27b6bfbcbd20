"""One way to run a user action: a service call, its failures shown in Indonesian, its change
set announced once.

    Operation(self, ctx, lambda action: registry.create_staff(action, draft))
        .on_success(self._show_saved)
        .on_invalid(self.errors.show)      # a form shows what was refused beside its fields
        .run()

``run`` calls the service on the GUI thread (quick writes); ``run_in_background`` calls it on a
worker thread behind a progress dialog (planning a month, rendering a PDF). Either way, every
failure is turned into a message (see ``failures``): a refused input beside the field when the
caller handles ``on_invalid``, a record changed by someone else, a busy, full, read-only or
damaged database, a record no longer there, and anything unexpected (logged, then reported).
After a successful call the change set the store collected is emitted once on
``AppEvents.changed``, which is how every tab learns what to refresh.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtWidgets import QMessageBox, QWidget

from rutan_desk.domain.changes import EVERYTHING
from rutan_desk.services.context import ActionContext
from rutan_desk.services.errors import NotFoundError, StaleRecordError, ValidationError
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.failures import describe_failure
from rutan_desk.ui.widgets.background import BackgroundTask

T = TypeVar("T")
E = TypeVar("E", bound=BaseException)


class Operation(Generic[T]):
    """One service call for one user action. Handlers are chained before ``run``."""

    def __init__(
        self,
        parent: QWidget,
        app: AppContext,
        call: Callable[[ActionContext], T],
        *,
        title: str = "",
    ) -> None:
        self._parent = parent
        self._app = app
        self._call = call
        self._title = title
        self._on_success: Callable[[T], None] | None = None
        self._on_invalid: Callable[[ValidationError], None] | None = None
        self._handlers: list[tuple[type[BaseException], Callable[[Any], None]]] = []
        self._after_failure: Callable[[BaseException], None] | None = None
        self.task: BackgroundTask | None = None
        self.error: BaseException | None = None  # the last failure, for tests and callers

    def on_success(self, callback: Callable[[T], None]) -> Operation[T]:
        self._on_success = callback
        return self

    def on_invalid(self, callback: Callable[[ValidationError], None]) -> Operation[T]:
        """A form shows the refused fields itself (otherwise they are listed in a message)."""
        self._on_invalid = callback
        return self

    def on_error(self, kind: type[E], callback: Callable[[E], None]) -> Operation[T]:
        """The caller handles errors of ``kind`` itself (a hard roster rule, a person still
        named in records); checked before the standard messages."""
        self._handlers.append((kind, callback))
        return self

    def after_failure(self, callback: Callable[[BaseException], None]) -> Operation[T]:
        """Called after every failure, once it was shown or handled (e.g. to read a list
        again)."""
        self._after_failure = callback
        return self

    # -- running ---------------------------------------------------------------------------
    def run(self) -> bool:
        """Call the service now, on the GUI thread; True when it succeeded."""
        action = self._app.action()
        try:
            result = self._call(action)
        except Exception as error:
            self._failed(error)
            return False
        self._succeeded(result, action)
        return True

    def run_in_background(self, label: str) -> BackgroundTask:
        """Call the service on a worker thread behind a progress dialog; the handlers run on
        the GUI thread when it is done."""
        action = self._app.action()
        call = self._call
        self.task = BackgroundTask(self._parent, label, lambda: call(action))
        self.task.done.connect(lambda result: self._succeeded(result, action))
        self.task.error.connect(self._failed)
        self.task.start()
        return self.task

    # -- outcome ---------------------------------------------------------------------------
    def _succeeded(self, result: Any, action: ActionContext) -> None:
        self.error = None
        changes = action.take_changes()
        if not changes.empty:
            self._app.events.changed.emit(changes)
        if self._on_success is not None:
            self._on_success(result)

    def _failed(self, error: object) -> None:
        assert isinstance(error, BaseException)
        self.error = error
        self._report(error)
        if self._after_failure is not None:
            self._after_failure(error)

    def _report(self, error: BaseException) -> None:
        for kind, callback in self._handlers:
            if isinstance(error, kind):
                callback(error)
                return
        if isinstance(error, ValidationError) and self._on_invalid is not None:
            self._on_invalid(error)
            return
        failure = describe_failure(error, self._app.paths.log_file)
        title = f"{self._title} — {failure.title}" if self._title else failure.title
        QMessageBox.warning(self._parent, title, failure.text)
        if isinstance(error, (StaleRecordError, NotFoundError)):
            # What is on screen is out of date: every view reads its data again.
            self._app.events.changed.emit(EVERYTHING)
