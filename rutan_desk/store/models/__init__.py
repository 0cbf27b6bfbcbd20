"""Mapped tables, a module per area.

Importing one model module registers only its tables, which keeps start-up light (the roster's
tables are not needed to show the staff list). Code that needs the whole schema — migrations,
and the search for records that refer to a person — calls ``load_all_models()`` first.
"""

from __future__ import annotations

import importlib

from sqlalchemy import MetaData

MODEL_MODULES = ("audit", "institution", "staff", "roster", "calendar", "documents")


def load_all_models() -> MetaData:
    """Import every model module; return the metadata that now holds every table."""
    for name in MODEL_MODULES:
        importlib.import_module(f"{__name__}.{name}")
    from rutan_desk.store.base import Base

    return Base.metadata
