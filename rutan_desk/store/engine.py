"""The engine and the sessions.

SQLite gets its pragmas on every connection (WAL, foreign keys, busy timeout, synchronous FULL)
and real transactions: the pysqlite driver's own transaction handling is switched off and SQLAlchemy
emits BEGIN itself, ``BEGIN IMMEDIATE`` for writing sessions so that two writers queue on the busy
timeout instead of one failing half-way. PostgreSQL needs none of this.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from rutan_desk.domain.changes import ChangeSet
from rutan_desk.store.base import utc_now
from rutan_desk.store.errors import (
    StaleRecordError,
    ViewOnlyError,
    ViewOnlyReason,
    classify_database_error,
)
from rutan_desk.store.tracking import begin_write, install_read_only_guard, install_tracking
from rutan_desk.store.value_guard import install_value_guard

BUSY_TIMEOUT_MS = 5000
_WRITE_OPTION = "rutan_desk_write"


def sqlite_url(path: Path) -> str:
    return f"sqlite+pysqlite:///{path}"


class Database:
    """One database: its engine and the sessions that services open per user action."""

    def __init__(
        self,
        url: str | URL,
        *,
        foreign_keys: bool = True,
        busy_timeout_ms: int = BUSY_TIMEOUT_MS,
        echo: bool = False,
        view_only: ViewOnlyReason | None = None,
    ) -> None:
        self.url = make_url(url)
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        self.view_only = view_only
        kwargs: dict[str, Any] = {"echo": echo}
        if not self.is_sqlite:
            kwargs["pool_pre_ping"] = True
        elif view_only is not None and self.sqlite_path is not None:
            path = self.sqlite_path
            kwargs["creator"] = lambda: sqlite3.connect(
                read_only_uri(path), uri=True, check_same_thread=False
            )
        self.engine: Engine = create_engine(self.url, **kwargs)
        if self.is_sqlite:
            _install_sqlite_behaviour(
                self.engine,
                foreign_keys=foreign_keys,
                busy_timeout_ms=busy_timeout_ms,
                wal=view_only is None,
            )
        self._read_sessions = sessionmaker(bind=self.engine, expire_on_commit=False)
        install_read_only_guard(self._read_sessions)
        self._write_sessions = sessionmaker(
            bind=self.engine.execution_options(**{_WRITE_OPTION: True}), expire_on_commit=False
        )
        # The guard first: a value it refuses leaves nothing half-recorded by the tracking.
        install_value_guard(self._write_sessions)
        install_tracking(self._write_sessions)

    @property
    def sqlite_path(self) -> Path | None:
        """The database file, for a file-based SQLite database; None otherwise."""
        if not self.is_sqlite or not self.url.database or self.url.database == ":memory:":
            return None
        return Path(self.url.database)

    def stop_writing(self, reason: ViewOnlyReason) -> None:
        """From now on every write is refused with ViewOnlyError (a damaged file found after
        the start: nothing more goes into it until a backup is restored)."""
        self.view_only = reason

    def describe(self) -> str:
        """Where the data lives, for the status bar (no password)."""
        path = self.sqlite_path
        if path is not None:
            return str(path)
        return self.url.render_as_string(hide_password=True)

    @contextmanager
    def write(
        self,
        actor: str,
        *,
        at: datetime | None = None,
        on_commit: Callable[[ChangeSet], None] | None = None,
    ) -> Iterator[Session]:
        """One user action by ``actor``: everything inside commits together or not at all, with
        its audit entries; ``on_commit`` receives what it changed once it is committed.

        A driver error the user can act on becomes a StoreError (busy, disk full, read-only,
        damaged); a row changed by someone else since it was read, a StaleRecordError; a
        database open for viewing only, a ViewOnlyError before anything is tried."""
        if self.view_only is not None:
            raise ViewOnlyError(self.view_only)
        try:
            with self._write_sessions.begin() as session:
                begin_write(session, actor=actor, at=at or utc_now(), on_commit=on_commit)
                yield session
        except StaleDataError as error:
            # Another PC changed or removed the row between our read and our write.
            match = re.search(r"table '(\w+)'", str(error))
            raise StaleRecordError(match.group(1) if match else "record", "?") from error
        except DBAPIError as error:
            known = classify_database_error(error)
            if known is None:
                raise
            raise known from error

    @contextmanager
    def write_connection(self) -> Iterator[Connection]:
        """One writing transaction on a Core connection (``BEGIN IMMEDIATE`` on SQLite), for
        schema upgrades: it waits on the busy timeout for another writer to finish."""
        if self.view_only is not None:
            raise ViewOnlyError(self.view_only)
        with self.engine.execution_options(**{_WRITE_OPTION: True}).begin() as connection:
            yield connection

    @contextmanager
    def read(self) -> Iterator[Session]:
        try:
            with self._read_sessions() as session:
                yield session
        except DBAPIError as error:
            known = classify_database_error(error)
            if known is None:
                raise
            raise known from error

    def dispose(self) -> None:
        self.engine.dispose()


def read_only_uri(path: Path) -> str:
    """The URI that opens ``path`` for reading only. When its folder cannot be written to,
    SQLite cannot make the shared-memory file a WAL database needs: the file is then opened as
    immutable (nothing can change it meanwhile: nobody can write there), unless a write-ahead
    log with content lies beside it, which immutable would ignore."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    wal = Path(f"{path}-wal")
    has_log = wal.exists() and wal.stat().st_size > 0
    if not has_log and not os.access(path.parent, os.W_OK):
        uri += "&immutable=1"
    return uri


def _install_sqlite_behaviour(
    engine: Engine, *, foreign_keys: bool, busy_timeout_ms: int, wal: bool
) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" below decide when a transaction starts.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        if wal:  # setting it writes the file; a database opened read-only keeps its mode
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection: Connection) -> None:
        immediate = connection.get_execution_options().get(_WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")
