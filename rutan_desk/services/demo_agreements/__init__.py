"""The cooperation agreements of the demo Rutan, written through the services as the clerk
would have written them: the partners with their contact persons (``partners``); the PKS with
the Polres Blora signed on 27 January 2026 with its scan and obligations (``polres``); an MoU
with the Pemda ending within the warning window, a PKS with the BNNK expired and renewed, a
PKS with the Kodim extended by an addendum, the Dinkes' MoU until revoked with the RSUD's PKS
under it, and a revoked PKS with a partner since retired (``others``); the coordination
history (``coordination``).

Built on the Kamtib demo (``services.demo_kamtib``): the visit book's patrols of the Polres
are the evidence of its patrol obligation. Dates the story fixes are fixed; those a status
depends on (the end within the warning window, what is late) are counted from
``ctx.today()``, so the tab shows the same warnings whenever the demo is built. Repeatable
for a seed and a day.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from rutan_desk.services.context import ActionContext
from rutan_desk.services.demo_agreements.coordination import write_coordination
from rutan_desk.services.demo_agreements.desk import Desk
from rutan_desk.services.demo_agreements.others import (
    write_bnnk_chain,
    write_health,
    write_kodim_pks,
    write_pemda_mou,
    write_revoked,
)
from rutan_desk.services.demo_agreements.partners import write_partners
from rutan_desk.services.demo_agreements.polres import write_polres_pks
from rutan_desk.services.staff.records import StaffRecord


@dataclass(frozen=True)
class AgreementsDemo:
    """What the agreements demo wrote, by the demo's own names."""

    partners: dict[str, int]  # by short name
    agreements: dict[str, int]  # polres, pemda, bnnk_old, bnnk, kodim, kodim_addendum, ...
    coordination: int


def populate_demo_agreements(
    ctx: ActionContext, records: Sequence[StaffRecord], *, seed: int = 2023
) -> AgreementsDemo:
    """Write the partners, agreements, obligations and coordination history of the demo
    Rutan. ``records`` are the demo's staff (the Karutan signs, the staff attend); the
    patrol visits of the Kamtib demo, when there, are the patrol obligation's evidence."""
    desk = Desk(ctx, records, random.Random(seed * 7727 + 12))
    write_partners(desk)
    agreements = desk.agreements
    agreements["polres"] = write_polres_pks(desk)
    agreements["pemda"] = write_pemda_mou(desk)
    agreements["bnnk_old"], agreements["bnnk"] = write_bnnk_chain(desk)
    agreements["kodim"], agreements["kodim_addendum"] = write_kodim_pks(desk)
    agreements["dinkes"], agreements["rsud"] = write_health(desk)
    agreements["lpk"] = write_revoked(desk)
    coordination = write_coordination(desk)
    return AgreementsDemo(dict(desk.partners), dict(agreements), coordination)
