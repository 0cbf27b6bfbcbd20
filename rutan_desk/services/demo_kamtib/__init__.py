"""The Kamtib records of the demo Rutan: three years of incidents, searches and patrol
visits, written through the services as the security office would have written them.

Built on the demo of ``services.demo`` once its handover month exists (the staff, the blocks,
the roster): the incidents the December 2023 handover book tells of are filed from it (an
inmate referred to the RSUD, the torch missing at a change of shift, the fight in kamar B-3),
and so are the search of 15 December 2023 and the patrols of that month (``named``,
``patrols``). Around them, up to today: a few incidents a month, mostly ringan (``stories``);
the stories issue 11 names (``named``); a routine search every month and some incidental
ones, among them a joint night search with TNI and Polri, whose findings are destroyed
together twice a year or handed to the Polres, some opening incidents (``searches``); a patrol
of the Polres or the Polsek every week (``patrols``).

Everything is repeatable for a seed and a day. The records are planned first and written in
the order they happened, so that an incident's number follows its year's order. Their times
are the office's wall clock and never after ``ctx.wib_now()``; what the services stamp
themselves (when a supplement or a reopening was written, ``created_at``, the audit trail) is
the moment the demo is built.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from rutan_desk.services.context import ActionContext
from rutan_desk.services.demo_kamtib.named import plan_named_stories
from rutan_desk.services.demo_kamtib.office import Office, Timeline
from rutan_desk.services.demo_kamtib.patrols import plan_patrol_visits
from rutan_desk.services.demo_kamtib.searches import plan_destructions, plan_searches
from rutan_desk.services.demo_kamtib.stories import plan_incidents
from rutan_desk.services.staff.records import StaffRecord


@dataclass(frozen=True)
class KamtibDemo:
    """What the Kamtib demo wrote."""

    first_day: date  # of the monthly records (the handover month's come before)
    last_day: date
    incidents: int
    searches: int
    findings: int
    destructions: int
    visits: int
    inmates: int


def populate_demo_kamtib(
    ctx: ActionContext, records: Sequence[StaffRecord], *, seed: int = 2023
) -> KamtibDemo:
    """Write the Kamtib records of the demo Rutan, from the December 2023 handover month to
    today. ``records`` are the demo's staff; the demo's blocks, roster and handovers must be
    there (``populate_demo`` with the roster and the handovers)."""
    office = Office(ctx, records, seed)
    timeline = Timeline()
    plan_named_stories(office, timeline)
    plan_incidents(office, timeline)
    plan_searches(office, timeline)
    plan_destructions(office, timeline)
    plan_patrol_visits(office, timeline)
    timeline.run()
    return KamtibDemo(
        first_day=office.first_day,
        last_day=office.now.date(),
        incidents=office.count["incidents"],
        searches=office.count["searches"],
        findings=office.count["findings"],
        destructions=office.count["destructions"],
        visits=office.count["visits"],
        inmates=len(office.inmates.known),
    )
