"""The short inmate records in the UI: the picker the forms use to name an inmate (found as
the clerk types, entered on the spot when not yet recorded) and the form that adds or corrects
one."""
