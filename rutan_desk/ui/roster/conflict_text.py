"""Conflicts of the roster explained in the interface language, with names and dates."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from rutan_desk.domain.formatting import full_date
from rutan_desk.domain.roster_rules import Conflict, Rule


def _number(value: object) -> str:
    """6.0 → "6", 6.5 → "6,5": Indonesian writes a decimal comma."""
    return f"{float(str(value)):g}".replace(".", ",")


def absence_label(kind: str) -> str:
    labels = {
        "cuti": QCoreApplication.translate("ConflictText", "on leave (cuti)"),
        "sakit": QCoreApplication.translate("ConflictText", "sick (sakit)"),
        "izin": QCoreApplication.translate("ConflictText", "on permission (izin)"),
        "diklat": QCoreApplication.translate("ConflictText", "in training (diklat)"),
        "dinas_luar": QCoreApplication.translate("ConflictText", "on official travel (dinas luar)"),
        "inactive": QCoreApplication.translate("ConflictText", "no longer active"),
    }
    return labels.get(kind, kind)


def describe(conflict: Conflict, names: Mapping[int, str], posts: Mapping[int, str]) -> str:
    """One sentence: what rule, who, when, and the figures that broke it."""
    people = ", ".join(names.get(pid, str(pid)) for pid in conflict.person_ids)
    day = full_date(conflict.day)
    shift = conflict.shift or ""
    post = posts.get(conflict.post_id or -1, "")
    p = conflict.params
    if conflict.rule is Rule.DOUBLE_BOOKED:
        return QCoreApplication.translate(
            "ConflictText", "{people} is on two shifts at once on {day} ({shift} and {other})."
        ).format(people=people, day=day, shift=shift, other=p.get("other_shift", ""))
    if conflict.rule is Rule.REST_AFTER_NIGHT:
        return QCoreApplication.translate(
            "ConflictText",
            "{people} starts {shift} on {day} only {rest} hours after a night shift; "
            "{minimum} hours of rest are required.",
        ).format(
            people=people,
            shift=shift,
            day=day,
            rest=_number(p.get("rest_hours", 0)),
            minimum=p.get("min_hours"),
        )
    if conflict.rule is Rule.SHORT_REST:
        return QCoreApplication.translate(
            "ConflictText",
            "{people} starts {shift} on {day} only {rest} hours after {other} on {other_day}; "
            "{minimum} hours of rest are required between two shifts.",
        ).format(
            people=people,
            shift=shift,
            day=day,
            rest=_number(p.get("rest_hours", 0)),
            other=p.get("other_shift", ""),
            other_day=full_date(p["other_day"]) if "other_day" in p else "",
            minimum=p.get("min_hours"),
        )
    if conflict.rule is Rule.LONG_DUTY:
        return QCoreApplication.translate(
            "ConflictText",
            "{people} is on duty {hours} hours in a row from {first} on {first_day} (with "
            "{shift} on {day}); at most {maximum} hours are allowed.",
        ).format(
            people=people,
            hours=_number(p.get("hours", 0)),
            first=p.get("from_shift", ""),
            first_day=full_date(p["from_day"]) if "from_day" in p else "",
            shift=shift,
            day=day,
            maximum=p.get("max_hours"),
        )
    if conflict.rule is Rule.TOO_MANY_DAYS:
        return QCoreApplication.translate(
            "ConflictText",
            "{people} works {days} days in a row up to {day}; at most {maximum} allowed.",
        ).format(people=people, days=p.get("days"), day=day, maximum=p.get("max_days"))
    if conflict.rule is Rule.UNDERSTAFFED and conflict.post_id is None:
        return QCoreApplication.translate(
            "ConflictText",
            "Shift {shift} on {day} has {present} people; the alert period needs {needed}.",
        ).format(shift=shift, day=day, present=p.get("present"), needed=p.get("needed"))
    if conflict.rule is Rule.UNDERSTAFFED:
        return QCoreApplication.translate(
            "ConflictText", "Post {post}, shift {shift} on {day}: {present} of {needed} guards."
        ).format(post=post, shift=shift, day=day, present=p.get("present"), needed=p.get("needed"))
    if conflict.rule is Rule.NO_WOMAN:
        return QCoreApplication.translate(
            "ConflictText",
            "Post {post}, shift {shift} on {day}: {present} of {needed} women officers.",
        ).format(
            post=post, shift=shift, day=day, present=p.get("present", 0), needed=p.get("needed", 1)
        )
    if conflict.rule is Rule.MAN_ON_WOMEN_POST:
        return QCoreApplication.translate(
            "ConflictText", "{people} is placed at {post} (women only), shift {shift} on {day}."
        ).format(people=people, post=post, shift=shift, day=day)
    if conflict.rule is Rule.UNAVAILABLE:
        return QCoreApplication.translate(
            "ConflictText", "{people} is on duty ({shift}) on {day} but is {reason}."
        ).format(
            people=people, shift=shift, day=day, reason=absence_label(str(p.get("reason", "")))
        )
    if conflict.rule is Rule.EXTERNAL_ALONE:
        return QCoreApplication.translate(
            "ConflictText", "{people} (external) is on shift {shift} on {day} without a Karupam."
        ).format(people=people, shift=shift, day=day)
    return f"{conflict.rule.value}: {people} {day} {shift}"


def severity(conflict: Conflict) -> str:
    if conflict.hard:
        return QCoreApplication.translate("ConflictText", "Must fix")
    return QCoreApplication.translate("ConflictText", "Warning")
