"""The sentence shown beside a field for each validation code of the domain and services."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from rutan_desk.domain.errors import FieldError

CONTEXT = "Messages"

# QT_TRANSLATE_NOOP marks the English text for lupdate; the translation is looked up when the
# message is shown, after the translator has been installed.
_MESSAGES: dict[str, str] = {
    "nip_required": QT_TRANSLATE_NOOP("Messages", "Enter the 18-digit NIP."),
    "nip_not_digits": QT_TRANSLATE_NOOP("Messages", "A NIP has digits only."),
    "nip_length": QT_TRANSLATE_NOOP("Messages", "A NIP has 18 digits; this one has {length}."),
    "nip_birth_date_invalid": QT_TRANSLATE_NOOP(
        "Messages", "The first 8 digits ({text}) must be a birth date YYYYMMDD."
    ),
    "nip_birth_date_implausible": QT_TRANSLATE_NOOP(
        "Messages", "The birth date in the NIP ({date}) is not plausible."
    ),
    "nip_appointment_invalid": QT_TRANSLATE_NOOP(
        "Messages", "Digits 9-14 ({text}) must be the month of appointment YYYYMM."
    ),
    "nip_appointment_future": QT_TRANSLATE_NOOP(
        "Messages", "The month of appointment in the NIP ({month:02d}/{year}) is in the future."
    ),
    "nip_appointment_too_early": QT_TRANSLATE_NOOP(
        "Messages", "The month of appointment ({month:02d}/{year}) is before the age of {min_age}."
    ),
    "nip_gender_digit": QT_TRANSLATE_NOOP(
        "Messages", "Digit 15 must be 1 (man) or 2 (woman), not {digit}."
    ),
    "nip_serial_zero": QT_TRANSLATE_NOOP("Messages", "The last 3 digits (serial) cannot be 000."),
    "nip_duplicate": QT_TRANSLATE_NOOP("Messages", "This NIP is already registered for {name}."),
    "nrp_required": QT_TRANSLATE_NOOP("Messages", "Enter the 8-digit NRP."),
    "nrp_not_digits": QT_TRANSLATE_NOOP("Messages", "An NRP has digits only."),
    "nrp_length": QT_TRANSLATE_NOOP("Messages", "An NRP has 8 digits; this one has {length}."),
    "name_required": QT_TRANSLATE_NOOP("Messages", "Enter the name."),
    "name_no_letters": QT_TRANSLATE_NOOP("Messages", "A name needs letters."),
    "text_too_long": QT_TRANSLATE_NOOP("Messages", "At most {max} characters."),
    "golongan_required": QT_TRANSLATE_NOOP("Messages", "Choose the rank (pangkat/golongan)."),
    "golongan_unknown": QT_TRANSLATE_NOOP("Messages", "Unknown rank: {text}."),
    "position_required": QT_TRANSLATE_NOOP("Messages", "Enter the position (jabatan)."),
    "unit_required": QT_TRANSLATE_NOOP("Messages", "Enter the unit."),
    "agency_required": QT_TRANSLATE_NOOP("Messages", "Enter the agency, e.g. Polres Blora."),
    "gender_required": QT_TRANSLATE_NOOP("Messages", "Choose the gender."),
    "rank_required": QT_TRANSLATE_NOOP("Messages", "Enter the rank."),
    "phone_invalid": QT_TRANSLATE_NOOP(
        "Messages", "A phone number has 8 to 20 digits, e.g. 081234567890."
    ),
    "date_required": QT_TRANSLATE_NOOP("Messages", "Enter the date."),
    "status_before_birth": QT_TRANSLATE_NOOP(
        "Messages", "This date is before the birth date in the NIP."
    ),
    "external_id_kind_required": QT_TRANSLATE_NOOP(
        "Messages", "Choose the kind of identity number."
    ),
    "external_id_required": QT_TRANSLATE_NOOP("Messages", "Enter the identity number."),
    "external_id_duplicate": QT_TRANSLATE_NOOP(
        "Messages", "This number is already registered for {name}."
    ),
    "field_required": QT_TRANSLATE_NOOP("Messages", "This field is required."),
    "email_invalid": QT_TRANSLATE_NOOP("Messages", "This is not an e-mail address."),
    "logo_too_large": QT_TRANSLATE_NOOP("Messages", "The logo may be at most {max_kb} KB."),
    "logo_not_image": QT_TRANSLATE_NOOP("Messages", "The logo must be a PNG or JPG image."),
    "name_duplicate": QT_TRANSLATE_NOOP("Messages", "The name {name} is already in use."),
    "member_in_other_regu": QT_TRANSLATE_NOOP(
        "Messages", "{name} is still a member of {regu}; end that membership first."
    ),
    "end_before_start": QT_TRANSLATE_NOOP("Messages", "The end is before the start."),
    "minimum_negative": QT_TRANSLATE_NOOP("Messages", "A minimum cannot be negative."),
    "cycle_empty": QT_TRANSLATE_NOOP(
        "Messages", "Enter the shift codes of the cycle, e.g. P S M L."
    ),
    "cycle_unknown_code": QT_TRANSLATE_NOOP("Messages", "Unknown shift code: {text}."),
    "shift_code_invalid": QT_TRANSLATE_NOOP(
        "Messages", "A code is 1 to 4 letters or digits, starting with a letter."
    ),
    "shift_times_both": QT_TRANSLATE_NOOP(
        "Messages", "Give both the start and the end, or neither (a code without duty)."
    ),
    "shift_times_equal": QT_TRANSLATE_NOOP("Messages", "The end cannot be the start."),
    "shift_code_in_use": QT_TRANSLATE_NOOP(
        "Messages", "The code {code} is used in the roster and cannot be renamed."
    ),
    "colour_invalid": QT_TRANSLATE_NOOP("Messages", "Choose a colour like #a0c4ff."),
    "number_out_of_range": QT_TRANSLATE_NOOP("Messages", "Enter a number from {low} to {high}."),
    "pattern_invalid": QT_TRANSLATE_NOOP(
        "Messages", "The number pattern cannot be read; check the braces {{ }}."
    ),
    "pattern_unknown_field": QT_TRANSLATE_NOOP(
        "Messages", "Unknown field {{{text}}}: use nomor, tahun, bulan or bulan_romawi."
    ),
    "pattern_without_serial": QT_TRANSLATE_NOOP(
        "Messages", "The pattern needs the serial, e.g. {{nomor:04d}}."
    ),
    "order_period_too_long": QT_TRANSLATE_NOOP(
        "Messages", "One order covers at most {days} days; make one per month."
    ),
    "order_shifts_required": QT_TRANSLATE_NOOP("Messages", "Choose at least one shift."),
    "order_tasks_required": QT_TRANSLATE_NOOP("Messages", "Write at least one task (Untuk)."),
    "order_signer_required": QT_TRANSLATE_NOOP(
        "Messages", "Choose who signs as Plh. or on behalf (a.n.) of the head."
    ),
    "order_nobody_on_duty": QT_TRANSLATE_NOOP(
        "Messages", "Nobody is on these shifts in this period; fill the roster first."
    ),
    "swap_same_person": QT_TRANSLATE_NOOP("Messages", "Choose another person to swap with."),
    "swap_nothing": QT_TRANSLATE_NOOP("Messages", "Neither of the two has anything to swap."),
    "karupam_not_member": QT_TRANSLATE_NOOP(
        "Messages", "{name} is not a current member of {regu}; add them to the regu first."
    ),
    "staff_not_chosen": QT_TRANSLATE_NOOP("Messages", "Choose a person from the list."),
}


def message_for(error: FieldError) -> str:
    source = _MESSAGES.get(error.code)
    if source is None:
        return error.code
    text = QCoreApplication.translate(CONTEXT, source)
    params: dict[str, Any] = dict(error.params)
    for key, value in params.items():
        if hasattr(value, "strftime"):
            params[key] = value.strftime("%d-%m-%Y")
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return text


def known_codes() -> frozenset[str]:
    return frozenset(_MESSAGES)
