"""The staff registry: own staff (by NIP) and external personnel (Polri, TNI, other agencies).
``records`` reads it; ``registry`` adds, changes, deactivates and removes people."""

from __future__ import annotations
