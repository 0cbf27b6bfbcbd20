"""Mapped tables, a module per area.

Importing one model module registers only its tables, which keeps start-up light (the roster's
tables are not needed to show the staff list). Code that needs the whole schema — migrations,
and the search for records that refer to a person — calls ``load_all_models()`` first.
"""

from __future__ import annotations

import importlib
import pkgutil

from sqlalchemy import MetaData


def load_all_models() -> MetaData:
    """Import every module of this package (a new one cannot be forgotten by the migrations);
    return the metadata that now holds every table."""
    for module in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{module.name}")
    from rutan_desk.store.base import Base

    return Base.metadata
