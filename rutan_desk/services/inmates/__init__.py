"""The light inmate registry: a short record per inmate (name, register number, block, dates),
entered when first needed and reused by incidents, searches and handovers. ``records`` reads
and searches it; ``registry`` adds, corrects and merges a record typed twice."""

from __future__ import annotations
