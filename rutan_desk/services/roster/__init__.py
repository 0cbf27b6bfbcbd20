"""The guard duty roster (jadwal jaga).

``queries`` holds the reads every roster service shares; ``setup`` the regu, members, rotations
and posts; ``rules`` the shift codes, rule settings and piket; ``generation`` plans a period;
``grid`` reads a month and edits one cell; ``checks`` applies the rules; ``changes`` records
absences, replacements and swaps; ``views`` reads a day, a person's month and the fairness of
a year.
"""
