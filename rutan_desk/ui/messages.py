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
    "control_characters": QT_TRANSLATE_NOOP(
        "Messages",
        "The text holds an invisible control character (pasted from another program?): "
        "type it again.",
    ),
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
    "partner_retired": QT_TRANSLATE_NOOP(
        "Messages", "{name} is retired as a partner: restore it first to name it again."
    ),
    "logo_too_large": QT_TRANSLATE_NOOP("Messages", "The logo may be at most {max_kb} KB."),
    "logo_not_image": QT_TRANSLATE_NOOP("Messages", "The logo must be a PNG or JPG image."),
    "logo_too_many_pixels": QT_TRANSLATE_NOOP(
        "Messages",
        "The logo image is too big: at most {max_side} pixels on each side. Scale it down first.",
    ),
    "letterhead_date_taken": QT_TRANSLATE_NOOP(
        "Messages", "Another letterhead version is already valid from {day}."
    ),
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
    "too_many_lines": QT_TRANSLATE_NOOP("Messages", "No more than {max} lines."),
    "cycle_too_long": QT_TRANSLATE_NOOP("Messages", "A cycle holds at most {max} shift codes."),
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
    "roster_history_past": QT_TRANSLATE_NOOP(
        "Messages",
        "{day} has passed: the roster of that day is history. Correct it by hand with a reason.",
    ),
    "roster_history_handover": QT_TRANSLATE_NOOP(
        "Messages",
        "A shift of {day} has been handed over: the roster of that day is history. Correct it "
        "by hand with a reason.",
    ),
    "roster_history_order": QT_TRANSLATE_NOOP(
        "Messages",
        "An issued duty order covers {day}: the roster of that day is history. Correct it by "
        "hand with a reason.",
    ),
    "cycle_double_booked": QT_TRANSLATE_NOOP(
        "Messages", "In this pattern {shift} and {other} overlap: one person cannot work both."
    ),
    "cycle_rest_after_night": QT_TRANSLATE_NOOP(
        "Messages",
        "In this pattern {shift} starts only {hours} hours after the night shift {other}; the "
        "rest after a night is at least {minimum} hours (Pengaturan jadwal).",
    ),
    "cycle_short_rest": QT_TRANSLATE_NOOP(
        "Messages",
        "In this pattern {shift} starts only {hours} hours after {other}; the rest between "
        "two shifts is at least {minimum} hours (Pengaturan jadwal).",
    ),
    "cycle_long_duty": QT_TRANSLATE_NOOP(
        "Messages",
        "In this pattern {other} and {shift} make {hours} hours of duty in a row; at most "
        "{maximum} are allowed (Pengaturan jadwal).",
    ),
    "order_nobody_on_duty": QT_TRANSLATE_NOOP(
        "Messages", "Nobody is on these shifts in this period; fill the roster first."
    ),
    "report_needs_receipt": QT_TRANSLATE_NOOP(
        "Messages", "The report gets its number once the incoming Karupam has received."
    ),
    "report_already_issued": QT_TRANSLATE_NOOP(
        "Messages", "The report of this handover has already been issued; open it in the register."
    ),
    "swap_same_person": QT_TRANSLATE_NOOP("Messages", "Choose another person to swap with."),
    "swap_nothing": QT_TRANSLATE_NOOP("Messages", "Neither of the two has anything to swap."),
    "karupam_not_member": QT_TRANSLATE_NOOP(
        "Messages", "{name} is not a current member of {regu}; add them to the regu first."
    ),
    "staff_not_chosen": QT_TRANSLATE_NOOP("Messages", "Choose a person from the list."),
    # First-day assistant
    "regu_without_members": QT_TRANSLATE_NOOP(
        "Messages", "Every regu needs at least one member: {regu}."
    ),
    "scheme_regu_count": QT_TRANSLATE_NOOP(
        "Messages", "This scheme needs {needed} regu; there are {count}."
    ),
    "posts_none_manned": QT_TRANSLATE_NOOP(
        "Messages", "At least one post must be manned on a shift."
    ),
    # Shift handover
    "number_negative": QT_TRANSLATE_NOOP("Messages", "The number cannot be negative."),
    "serial_required": QT_TRANSLATE_NOOP("Messages", "A firearm needs its serial number."),
    "serial_duplicate": QT_TRANSLATE_NOOP(
        "Messages", "This serial number is already used by {name}."
    ),
    "not_empty": QT_TRANSLATE_NOOP(
        "Messages", "{name} still has {count} inmates in the latest count; move them first."
    ),
    "instruction_removed": QT_TRANSLATE_NOOP(
        "Messages", "This instruction has already been removed."
    ),
    "shift_not_working": QT_TRANSLATE_NOOP(
        "Messages", "{code} is not a working shift (it has no hours)."
    ),
    "handover_exists": QT_TRANSLATE_NOOP(
        "Messages", "There is already a handover for this shift change."
    ),
    "handover_locked": QT_TRANSLATE_NOOP(
        "Messages",
        "This handover has been received and is locked; write an addendum to correct it.",
    ),
    "handover_not_locked": QT_TRANSLATE_NOOP(
        "Messages",
        "An addendum is only for a received handover; this one can still be edited.",
    ),
    "previous_unsigned": QT_TRANSLATE_NOOP(
        "Messages",
        "The previous handover ({day}, {shift}) is not signed: give the reason to start anyway.",
    ),
    "count_required": QT_TRANSLATE_NOOP(
        "Messages", "Enter the number counted for {block}, {category}."
    ),
    "count_negative": QT_TRANSLATE_NOOP("Messages", "A count cannot be negative."),
    "count_too_large": QT_TRANSLATE_NOOP(
        "Messages", "A number here may be at most {high}: check what was typed."
    ),
    "line_duplicate": QT_TRANSLATE_NOOP("Messages", "This line is entered twice."),
    "movement_count_positive": QT_TRANSLATE_NOOP(
        "Messages", "A movement needs a number of people above zero."
    ),
    "movement_reason_direction": QT_TRANSLATE_NOOP(
        "Messages", "This reason does not fit the direction (in or out)."
    ),
    "movement_exceeds_count": QT_TRANSLATE_NOOP(
        "Messages",
        "At {time}, {count} would leave {block}, {category}, but only {present} were there.",
    ),
    "time_outside_shift": QT_TRANSLATE_NOOP("Messages", "{time} is outside the {shift} shift."),
    "difference_needs_explanation": QT_TRANSLATE_NOOP(
        "Messages", "The count differs from the expected number: explain the difference."
    ),
    "equipment_not_checked": QT_TRANSLATE_NOOP("Messages", "{name} has not been checked."),
    "absence_reason_required": QT_TRANSLATE_NOOP(
        "Messages", "Give the reason why {name} is absent."
    ),
    "sign_out_of_order": QT_TRANSLATE_NOOP(
        "Messages",
        "Sign in this order: the outgoing Karupam, the incoming Karupam, then the Ka KPR.",
    ),
    "sign_same_person": QT_TRANSLATE_NOOP(
        "Messages", "This person has already signed this handover on another side."
    ),
    "sign_time_before_shift": QT_TRANSLATE_NOOP(
        "Messages", "The signature cannot be before the start of the outgoing shift."
    ),
    "sign_time_order": QT_TRANSLATE_NOOP(
        "Messages", "The signature cannot be earlier than the one before it."
    ),
    "firearm_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "Firearm {name} is missing ({quantity} of {expected}): record an incident.",
    ),
    "ammunition_short": QT_TRANSLATE_NOOP(
        "Messages", "Ammunition {name}: {quantity} of {expected}. Record an incident."
    ),
    "equipment_missing": QT_TRANSLATE_NOOP("Messages", "{name}: {quantity} of {expected} present."),
    "equipment_damaged": QT_TRANSLATE_NOOP("Messages", "{name} is damaged."),
    "damaged_count": QT_TRANSLATE_NOOP(
        "Messages", "{name} is marked damaged: say how many are damaged (1 to {quantity})."
    ),
    "addendum_author_unknown": QT_TRANSLATE_NOOP(
        "Messages", "An addendum is written in a person's name: sign in with your own account."
    ),
    # Accounts
    "login_invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "A login is 3 to 32 small letters, digits, dots, dashes or underscores, e.g. budi.s.",
    ),
    "password_too_short": QT_TRANSLATE_NOOP(
        "Messages", "A password has at least {min} characters."
    ),
    "password_is_login": QT_TRANSLATE_NOOP("Messages", "The password cannot be the login."),
    "password_too_simple": QT_TRANSLATE_NOOP(
        "Messages", "Too simple: use at least 4 different characters."
    ),
    "password_wrong": QT_TRANSLATE_NOOP("Messages", "This is not the current password."),
    "password_unchanged": QT_TRANSLATE_NOOP(
        "Messages", "Choose a password different from the old one."
    ),
    "passwords_differ": QT_TRANSLATE_NOOP("Messages", "The two passwords are not the same."),
    "account_unknown": QT_TRANSLATE_NOOP("Messages", "This account no longer exists."),
    "accounts_exist": QT_TRANSLATE_NOOP(
        "Messages", "This database already has accounts: sign in with one of them."
    ),
    "administrator_keeps_accounts": QT_TRANSLATE_NOOP(
        "Messages", "The Administrator always keeps the management of accounts."
    ),
    "sign_as_yourself": QT_TRANSLATE_NOOP(
        "Messages",
        "You can sign only as yourself. For a signature given on paper, record it as such.",
    ),
    "file_empty": QT_TRANSLATE_NOOP("Messages", "The file is empty."),
    "scan_required": QT_TRANSLATE_NOOP("Messages", "Choose the scan of the signed page."),
    "file_unreadable": QT_TRANSLATE_NOOP("Messages", "The file cannot be read."),
    "file_damaged": QT_TRANSLATE_NOOP(
        "Messages",
        "The kept file no longer matches the SHA-256 it was kept with: it has been changed or "
        "damaged. Restore it from a backup.",
    ),
    "file_too_large": QT_TRANSLATE_NOOP("Messages", "The file may be at most {max_mb} MB."),
    "file_not_scan": QT_TRANSLATE_NOOP("Messages", "Choose a scan: a PDF, PNG or JPG file."),
    "server_backup_in_future": QT_TRANSLATE_NOOP(
        "Messages", "The day of the server's backup cannot be after today."
    ),
    "login_duplicate": QT_TRANSLATE_NOOP("Messages", "The login {login} is already in use."),
    "last_administrator": QT_TRANSLATE_NOOP(
        "Messages", "This is the last active Administrator: make another one first."
    ),
    # Inmates
    "register_number_required": QT_TRANSLATE_NOOP(
        "Messages", "Enter the register number, e.g. A.II/123/2026."
    ),
    "register_number_invalid": QT_TRANSLATE_NOOP(
        "Messages", "A register number is written like A.II/123/2026 or B.I/45/2025."
    ),
    "register_category_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Unknown category {text}: use A.I to A.V, B.I, B.IIa, B.IIb or B.III."
    ),
    "register_serial_invalid": QT_TRANSLATE_NOOP(
        "Messages", "The serial of a register number is a number from 1 to {max}."
    ),
    "register_year_invalid": QT_TRANSLATE_NOOP(
        "Messages", "The year of a register number is from {low} to {high}."
    ),
    "register_number_duplicate": QT_TRANSLATE_NOOP(
        "Messages", "This register number is already recorded for {name}."
    ),
    "date_in_future": QT_TRANSLATE_NOOP("Messages", "This date is after today ({today})."),
    "released_before_admitted": QT_TRANSLATE_NOOP(
        "Messages", "The date out is before the date in ({admitted_on})."
    ),
    "merge_same_inmate": QT_TRANSLATE_NOOP(
        "Messages", "Choose another record: a record cannot be merged into itself."
    ),
    "merge_conflict": QT_TRANSLATE_NOOP(
        "Messages",
        "Both records are named in the same entry of {record}: remove one of them there first.",
    ),
    # Incidents
    "incident_time_required": QT_TRANSLATE_NOOP("Messages", "Enter the date and time."),
    "incident_time_future": QT_TRANSLATE_NOOP("Messages", "This time is later than now."),
    "incident_reported_before_happened": QT_TRANSLATE_NOOP(
        "Messages", "It cannot have been reported before it happened."
    ),
    "incident_step_not_allowed": QT_TRANSLATE_NOOP(
        "Messages", "An incident that is {current} cannot become {target}."
    ),
    "incident_reopen_not_closed": QT_TRANSLATE_NOOP(
        "Messages", "Only a finished incident can be reopened."
    ),
    "incident_reopen_reason_required": QT_TRANSLATE_NOOP(
        "Messages", "Write why the incident is reopened."
    ),
    "incident_type_required": QT_TRANSLATE_NOOP("Messages", "Choose the kind of incident."),
    "incident_type_retired": QT_TRANSLATE_NOOP(
        "Messages", "The kind {name} is no longer used: choose another."
    ),
    "incident_place_required": QT_TRANSLATE_NOOP(
        "Messages", "Choose the block, or write the place where it happened."
    ),
    "record_missing": QT_TRANSLATE_NOOP(
        "Messages", "A record this refers to has been removed: choose it again."
    ),
    "incident_person_missing": QT_TRANSLATE_NOOP(
        "Messages", "A person chosen here is no longer in the registry: choose again."
    ),
    "incident_outsider_name_required": QT_TRANSLATE_NOOP(
        "Messages", "Write the name of the person from outside."
    ),
    "incident_line_before_incident": QT_TRANSLATE_NOOP(
        "Messages", "This time is before the incident happened."
    ),
    "quantity_positive": QT_TRANSLATE_NOOP("Messages", "The quantity is at least 1."),
    "incident_locked": QT_TRANSLATE_NOOP(
        "Messages", "The report is approved and locked: add a supplement for new facts."
    ),
    "incident_closed": QT_TRANSLATE_NOOP(
        "Messages", "The incident is finished: reopen it, with the reason, to change it."
    ),
    "incident_chronology_required": QT_TRANSLATE_NOOP(
        "Messages", "Write the chronology before the incident is reported."
    ),
    "incident_already_approved": QT_TRANSLATE_NOOP(
        "Messages", "The report has already been approved."
    ),
    "incident_approve_draft": QT_TRANSLATE_NOOP(
        "Messages", "A draft is reported before it is approved."
    ),
    "incident_approved_before_report": QT_TRANSLATE_NOOP(
        "Messages", "The approval cannot be earlier than the report."
    ),
    "incident_supplement_before_approval": QT_TRANSLATE_NOOP(
        "Messages", "Supplements are for an approved report: until then, edit the report."
    ),
    "handover_no_missing_equipment": QT_TRANSLATE_NOOP(
        "Messages", "The handover has no missing firearm, ammunition or other item to report."
    ),
    "custody_before_previous": QT_TRANSLATE_NOOP(
        "Messages", "This is earlier than the last holder of the item."
    ),
    # Documents of the Kamtib tab
    "incident_report_needs_approval": QT_TRANSLATE_NOOP(
        "Messages", "The report gets its number once the incident is approved."
    ),
    "incident_report_already_issued": QT_TRANSLATE_NOOP(
        "Messages",
        "The report of this incident has already been issued; open it in the register.",
    ),
    # Daily report, monthly recap and berita acara of the Kamtib tab
    "daily_kamtib_already_issued": QT_TRANSLATE_NOOP(
        "Messages",
        "The daily report of this day has already been issued; open it in the register "
        "(cancel it there to issue a corrected one).",
    ),
    "kamtib_recap_already_issued": QT_TRANSLATE_NOOP(
        "Messages",
        "The recap of this month has already been issued; open it in the register "
        "(cancel it there to issue a corrected one).",
    ),
    "search_record_already_issued": QT_TRANSLATE_NOOP(
        "Messages",
        "The berita acara of this search has already been issued; open it in the register.",
    ),
    "destruction_needs_findings": QT_TRANSLATE_NOOP(
        "Messages", "Choose the findings that were destroyed together."
    ),
    # Searches and patrol visits
    "search_time_required": QT_TRANSLATE_NOOP(
        "Messages", "Enter the date and time the search began."
    ),
    "search_time_future": QT_TRANSLATE_NOOP("Messages", "This time is later than now."),
    "search_too_long": QT_TRANSLATE_NOOP(
        "Messages", "A search lasts at most {hours} hours: check the dates."
    ),
    "search_places_required": QT_TRANSLATE_NOOP(
        "Messages", "Add at least one block, room or place that was searched."
    ),
    "search_place_required": QT_TRANSLATE_NOOP("Messages", "Choose the block, or write the place."),
    "member_name_required": QT_TRANSLATE_NOOP(
        "Messages", "Write the officer's name, or choose them from the registry."
    ),
    "finding_item_unknown": QT_TRANSLATE_NOOP("Messages", "Choose the kind of item from the list."),
    "finding_description_required": QT_TRANSLATE_NOOP("Messages", "Describe the item found."),
    "fate_date_required": QT_TRANSLATE_NOOP(
        "Messages", "Enter the date the item was destroyed or handed over."
    ),
    "fate_berita_acara_required": QT_TRANSLATE_NOOP(
        "Messages", "Enter the number of the berita acara of the destruction."
    ),
    "fate_handed_to_required": QT_TRANSLATE_NOOP(
        "Messages", "Write to whom the item was handed over."
    ),
    "fate_before_search": QT_TRANSLATE_NOOP("Messages", "This date is before the search ({day})."),
    "fate_final": QT_TRANSLATE_NOOP(
        "Messages", "The item is already recorded as {fate}: correct it in the search itself."
    ),
    "finding_has_incident": QT_TRANSLATE_NOOP(
        "Messages", "This finding has already opened incident {number}."
    ),
    "finding_keeps_incident": QT_TRANSLATE_NOOP(
        "Messages", "A finding that opened incident {number} cannot be removed."
    ),
    "search_keeps_incident": QT_TRANSLATE_NOOP(
        "Messages", "A finding of this search opened incident {number}: it cannot be deleted."
    ),
    "finding_incident_type_missing": QT_TRANSLATE_NOOP(
        "Messages", 'The kind of incident "{name}" is not in use: add it in the settings first.'
    ),
    "visit_time_required": QT_TRANSLATE_NOOP(
        "Messages", "Enter the date and time the visitors arrived."
    ),
    "visit_time_future": QT_TRANSLATE_NOOP("Messages", "This time is later than now."),
    "visit_too_long": QT_TRANSLATE_NOOP(
        "Messages", "A visit lasts at most {hours} hours: check the dates."
    ),
    # -- cooperation agreements -------------------------------------------------------------
    "agreement_end_required": QT_TRANSLATE_NOOP(
        "Messages", 'Enter the last valid day, or tick "until revoked".'
    ),
    "agreement_end_or_until_revoked": QT_TRANSLATE_NOOP(
        "Messages", 'An agreement "until revoked" has no last day: clear the date.'
    ),
    "agreement_parties_required": QT_TRANSLATE_NOOP(
        "Messages", "An agreement has the Rutan and at least one partner as parties."
    ),
    "party_number_required": QT_TRANSLATE_NOOP(
        "Messages",
        "Party {row} has no document number: only a draft may be saved without it.",
    ),
    "addendum_parent_required": QT_TRANSLATE_NOOP(
        "Messages", "Choose the agreement this addendum amends."
    ),
    "agreement_parent_loop": QT_TRANSLATE_NOOP(
        "Messages", "An agreement cannot fall under itself: choose another parent agreement."
    ),
    "agreement_draft_not_revocable": QT_TRANSLATE_NOOP(
        "Messages", "A draft is not revoked: delete it instead."
    ),
    "agreement_already_revoked": QT_TRANSLATE_NOOP(
        "Messages", "This agreement is already revoked."
    ),
    "revoked_before_signed": QT_TRANSLATE_NOOP(
        "Messages", "This date is before the agreement was signed ({day})."
    ),
    "agreement_not_draft": QT_TRANSLATE_NOOP(
        "Messages", "Only a draft can be deleted; a finalised agreement is revoked."
    ),
    "agreement_in_use": QT_TRANSLATE_NOOP(
        "Messages",
        "Other agreements or coordination entries refer to this draft: it cannot be deleted.",
    ),
    "agreement_still_draft": QT_TRANSLATE_NOOP(
        "Messages", "Finalise the agreement first: a draft is not renewed or amended."
    ),
    "agreement_revoked": QT_TRANSLATE_NOOP(
        "Messages", "This agreement was revoked on {day}: it is not renewed or amended."
    ),
    "agreement_already_renewed": QT_TRANSLATE_NOOP(
        "Messages", 'This agreement already has its renewal: "{title}".'
    ),
    "addendum_not_renewable": QT_TRANSLATE_NOOP(
        "Messages", "An addendum is not renewed on its own: renew the agreement it amends."
    ),
    "addendum_of_addendum": QT_TRANSLATE_NOOP(
        "Messages", "Amend the agreement itself, not its addendum."
    ),
    "obligation_due_required": QT_TRANSLATE_NOOP(
        "Messages", "A one-off obligation needs its due date."
    ),
    "obligation_partner_required": QT_TRANSLATE_NOOP("Messages", "Choose the partner responsible."),
    "obligation_partner_not_party": QT_TRANSLATE_NOOP(
        "Messages", "This partner is not a party to the agreement."
    ),
    "obligation_carried_over": QT_TRANSLATE_NOOP(
        "Messages",
        "A renewal carried this obligation over: it stays on this agreement as its history.",
    ),
    "evidence_empty": QT_TRANSLATE_NOOP(
        "Messages", "Write a note, attach a file or choose a patrol visit as the evidence."
    ),
    "coordination_partner_required": QT_TRANSLATE_NOOP(
        "Messages", "Choose at least one partner the meeting was with."
    ),
    "identifier_character": QT_TRANSLATE_NOOP(
        "Messages",
        "The character {char} cannot be part of this number: type it with ordinary letters "
        "and digits.",
    ),
    # -- importing a list from Excel ------------------------------------------------------
    "import_file_type": QT_TRANSLATE_NOOP(
        "Messages", "Choose an Excel file (.xlsx) or a .csv file, not {suffix}."
    ),
    "import_file_missing": QT_TRANSLATE_NOOP("Messages", "The file {file} is not there any more."),
    "import_file_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "The file {file} cannot be read as a table ({reason})."
    ),
    "import_sheet_missing": QT_TRANSLATE_NOOP("Messages", "The workbook has no sheet {sheet}."),
    "import_too_many_rows": QT_TRANSLATE_NOOP(
        "Messages", "The sheet has more than {max} rows: is it the right file?"
    ),
    "import_column_required": QT_TRANSLATE_NOOP("Messages", "Choose the column of this field."),
    "import_column_twice": QT_TRANSLATE_NOOP(
        "Messages", "This column is already chosen for another field."
    ),
    "import_cell_not_text": QT_TRANSLATE_NOOP(
        "Messages", "The column {column} holds {value} here, where a text is expected."
    ),
    "import_nip_number": QT_TRANSLATE_NOOP(
        "Messages",
        "Excel stored this NIP as a number ({value}) and kept only its first 15 digits. "
        "Format the NIP column as Text and type the NIP again.",
    ),
    "import_phone_number": QT_TRANSLATE_NOOP(
        "Messages",
        "Excel stored this phone number as a number ({value}) and dropped its leading 0. "
        "Format the column as Text and type it again.",
    ),
    "import_nip_twice": QT_TRANSLATE_NOOP(
        "Messages", "The same NIP is also on row {lines} of the file."
    ),
    "import_plan_changed": QT_TRANSLATE_NOOP(
        "Messages",
        "The staff list changed since the preview; nothing was imported. Look at the "
        "preview again.",
    ),
    "import_cell_not_date": QT_TRANSLATE_NOOP(
        "Messages",
        "The column {column} holds {value} here, where a date (dd-mm-yyyy) is expected.",
    ),
    "import_block_unknown": QT_TRANSLATE_NOOP(
        "Messages",
        "There is no block {block}; the blocks are: {blocks}. Add it under Handover → "
        "Settings, or correct the file.",
    ),
    "import_register_number_twice": QT_TRANSLATE_NOOP(
        "Messages", "The same register number is also on row {lines} of the file."
    ),
    "import_inmate_plan_changed": QT_TRANSLATE_NOOP(
        "Messages",
        "The inmate list changed since the preview; nothing was imported. Look at the "
        "preview again.",
    ),
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
