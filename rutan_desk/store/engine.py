"""The engine and the sessions.

SQLite gets its pragmas on every connection (WAL, foreign keys, busy timeout, synchronous FULL)
and real transactions: the pysqlite driver's own transaction handling is switched off and SQLAlchemy
emits BEGIN itself, ``BEGIN IMMEDIATE`` for writing sessions so that two writers queue on the busy
timeout instead of one failing half-way. PostgreSQL needs none of this.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from rutan_desk.store.errors import DatabaseBusyError

BUSY_TIMEOUT_MS = 5000
_WRITE_OPTION = "rutan_desk_write"


def _is_busy(error: OperationalError) -> bool:
    text = str(error.orig).lower()
    return "locked" in text or "busy" in text or "could not obtain lock" in text


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
    ) -> None:
        self.url = make_url(url)
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        kwargs: dict[str, Any] = {"echo": echo}
        if not self.is_sqlite:
            kwargs["pool_pre_ping"] = True
        self.engine: Engine = create_engine(self.url, **kwargs)
        if self.is_sqlite:
            _install_sqlite_behaviour(
                self.engine, foreign_keys=foreign_keys, busy_timeout_ms=busy_timeout_ms
            )
        self._read_sessions = sessionmaker(bind=self.engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(
            bind=self.engine.execution_options(**{_WRITE_OPTION: True}), expire_on_commit=False
        )

    @property
    def sqlite_path(self) -> Path | None:
        """The database file, for a file-based SQLite database; None otherwise."""
        if not self.is_sqlite or not self.url.database or self.url.database == ":memory:":
            return None
        return Path(self.url.database)

    def describe(self) -> str:
        """Where the data lives, for the status bar (no password)."""
        path = self.sqlite_path
        if path is not None:
            return str(path)
        return self.url.render_as_string(hide_password=True)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One user action: everything inside commits together or not at all."""
        try:
            with self._write_sessions.begin() as session:
                yield session
        except OperationalError as error:
            if _is_busy(error):
                raise DatabaseBusyError(str(error.orig)) from error
            raise

    @contextmanager
    def write_connection(self) -> Iterator[Connection]:
        """One writing transaction on a Core connection (``BEGIN IMMEDIATE`` on SQLite), for
        schema upgrades: it waits on the busy timeout for another writer to finish."""
        with self.engine.execution_options(**{_WRITE_OPTION: True}).begin() as connection:
            yield connection

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._read_sessions() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def _install_sqlite_behaviour(engine: Engine, *, foreign_keys: bool, busy_timeout_ms: int) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" below decide when a transaction starts.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection: Connection) -> None:
        immediate = connection.get_execution_options().get(_WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")
