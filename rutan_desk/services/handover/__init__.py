"""The shift handover (serah terima jaga).

A handover belongs to one shift change: the outgoing shift of a day hands over to the shift that
follows it. Its opening count is the previous handover's counted numbers (the very first one is
typed in as the opening balance), so the counts form one chain across days and months. A
handover is a draft until the outgoing Karupam hands it over and the incoming Karupam receives
it; from then on it is locked, and a later correction is a numbered addendum.

``forms`` holds the data the form edits; ``prefill`` starts a new handover from the roster;
``saving`` checks, saves and signs; ``queries`` reads one handover or the history; ``report``
prints and issues the Laporan Serah Terima Jaga; ``setup`` keeps blocks, inmate categories,
equipment and standing instructions.
"""
