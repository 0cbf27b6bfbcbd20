"""Validation errors that name the field and the reason.

The domain never words a message itself: it returns a code and its parameters, and the UI turns
them into a translated sentence beside the field. That keeps every user-visible string in one
translation catalogue.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class FieldError:
    field: str
    code: str
    params: dict[str, Any] = dataclasses.field(default_factory=dict)


class ValidationError(Exception):
    """Raised by a service when input is refused; nothing has been written."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("; ".join(f"{e.field}: {e.code}" for e in errors))
        self.errors = errors

    def codes(self) -> dict[str, str]:
        """The first error code per field, which is what a form shows."""
        result: dict[str, str] = {}
        for error in self.errors:
            result.setdefault(error.field, error.code)
        return result


class NotFoundError(LookupError):
    """The record asked for does not exist (any more)."""
