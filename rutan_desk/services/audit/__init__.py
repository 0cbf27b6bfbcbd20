"""Reading the audit trail: who changed what, when, with the values before and after.

``queries`` browses the trail (by period, account, area, record and text; newest first, a page
at a time) and gives one record's history; ``entries`` turns a stored entry into what a person
reads (the fields that changed, the lines of a record that changed, names instead of ids);
``labels`` holds the Indonesian names of areas, records and fields; ``export`` renders a
filtered view as a PDF. Every read needs the permission to view the audit trail.
"""
