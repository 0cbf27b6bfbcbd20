"""The roster calendar: public holidays and cuti bersama (from the ``holidays`` package, with
the clerk's corrections and local holidays) and alert periods (siaga) with their circular and
the extra guards they ask for."""

from __future__ import annotations
