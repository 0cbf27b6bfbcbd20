"""The last check before a row is written: no text longer than its column, no control
character, no number beyond its column.

The services check what they take and say so beside the field; this guard holds for every
path, including one a service forgot, so that an over-long or hostile value is refused the
same way on SQLite (which would store it silently) and PostgreSQL (which would raise a raw
DataError). It runs at the start of every flush of a writing session, before the audit
tracking records anything, and checks only the values the flush would write: the attributes
a new row holds, the attributes a changed row changed. The rules of each mapped class are
read once from its columns.

Bulk statements (``session.execute(insert(Model), rows)``) do not flush and are not checked
here: the services that use them write values they made themselves, not what a user typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import BigInteger, Integer, SmallInteger, String, Text, event
from sqlalchemy.orm import InstanceState, Mapper, Session, attributes, sessionmaker

from rutan_desk.domain.errors import FieldError, ValidationError
from rutan_desk.domain.stored_values import (
    INT16_RANGE,
    INT32_RANGE,
    INT64_RANGE,
    has_forbidden_character,
)


@dataclass(frozen=True, slots=True)
class _TextRule:
    key: str
    max_length: int | None
    multiline: bool


@dataclass(frozen=True, slots=True)
class _NumberRule:
    key: str
    low: int
    high: int


@dataclass(frozen=True, slots=True)
class _Rules:
    texts: tuple[_TextRule, ...]
    numbers: tuple[_NumberRule, ...]


_RULES: dict[Mapper[Any], _Rules] = {}


def _rules_of(mapper: Mapper[Any]) -> _Rules:
    rules = _RULES.get(mapper)
    if rules is None:
        rules = _RULES[mapper] = _read_rules(mapper)
    return rules


def _integer_range(kind: Integer) -> tuple[int, int]:
    if isinstance(kind, BigInteger):
        return INT64_RANGE
    if isinstance(kind, SmallInteger):
        return INT16_RANGE
    return INT32_RANGE


def _read_rules(mapper: Mapper[Any]) -> _Rules:
    texts: list[_TextRule] = []
    numbers: list[_NumberRule] = []
    for attr in mapper.column_attrs:
        kind = attr.columns[0].type
        if isinstance(kind, String):
            multiline = isinstance(kind, Text)
            texts.append(_TextRule(attr.key, None if multiline else kind.length, multiline))
        elif isinstance(kind, Integer):
            low, high = _integer_range(kind)
            numbers.append(_NumberRule(attr.key, low, high))
    return _Rules(tuple(texts), tuple(numbers))


def value_errors(state: InstanceState[Any], keys: set[str] | None = None) -> list[FieldError]:
    """What is wrong with the values of ``state`` (only the attributes in ``keys``, when
    given) as the guard sees them."""
    rules = _rules_of(state.mapper)
    values = state.dict
    errors: list[FieldError] = []
    for text_rule in rules.texts:
        if keys is not None and text_rule.key not in keys:
            continue
        text = values.get(text_rule.key)
        if not isinstance(text, str) or not text:
            continue
        if text_rule.max_length is not None and len(text) > text_rule.max_length:
            errors.append(FieldError(text_rule.key, "text_too_long", {"max": text_rule.max_length}))
        if has_forbidden_character(text, multiline=text_rule.multiline):
            errors.append(FieldError(text_rule.key, "control_characters"))
    for number_rule in rules.numbers:
        if keys is not None and number_rule.key not in keys:
            continue
        number = values.get(number_rule.key)
        if isinstance(number, int) and not number_rule.low <= number <= number_rule.high:
            params = {"low": number_rule.low, "high": number_rule.high}
            errors.append(FieldError(number_rule.key, "number_out_of_range", params))
    return errors


def _check_flush(session: Session, _context: Any, _instances: Any) -> None:
    errors: list[FieldError] = []
    for obj in session.new:
        errors += value_errors(attributes.instance_state(obj))
    for obj in session.dirty:
        state = attributes.instance_state(obj)
        changed = set(state.committed_state)
        if changed:
            errors += value_errors(state, changed)
    if errors:
        raise ValidationError(errors)


def install_value_guard(factory: sessionmaker[Session]) -> None:
    """Check every flush of ``factory``'s sessions; install it before the audit tracking, so
    a refused flush has recorded nothing."""
    event.listen(factory, "before_flush", _check_flush)


__all__ = ["install_value_guard", "value_errors"]
