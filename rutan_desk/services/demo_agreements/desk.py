"""The demo Rutan as its agreements need it: today, who signs and who attends for the Rutan,
the partners once saved, and the dice."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from rutan_desk.services.agreements.forms import AttendeeLine, PartyLine
from rutan_desk.services.context import ActionContext
from rutan_desk.services.staff.records import StaffRecord, head_of_security

KARUTAN = "Kepala Rumah Tahanan Negara"
KARUTAN_TITLE = "Kepala Rumah Tahanan Negara Kelas IIB Blora"  # as a signatory
PLACE = "Blora"


@dataclass
class Desk:
    """What every part of the agreements demo writes with. ``today`` is the office's
    (``ctx.today()``): the warning window and what is overdue are counted from it."""

    ctx: ActionContext
    staff: Sequence[StaffRecord]
    rng: random.Random
    today: date = field(init=False)
    karutan: StaffRecord = field(init=False)
    ka_kpr: StaffRecord = field(init=False)
    partners: dict[str, int] = field(default_factory=dict)  # by short name
    agreements: dict[str, int] = field(default_factory=dict)  # by the demo's own key

    def __post_init__(self) -> None:
        self.today = self.ctx.today()
        self.karutan = next(r for r in self.staff if r.position == KARUTAN)
        ka_kpr = head_of_security(list(self.staff))
        assert ka_kpr is not None, "the demo has a Ka KPR"
        self.ka_kpr = ka_kpr

    def own_party(self, number: str) -> PartyLine:
        """The Rutan's side, signed by the Karutan of the demo."""
        return PartyLine(
            partner_id=None,
            document_number=number,
            signatory_name=self.karutan.name,
            signatory_position=KARUTAN_TITLE,
            signatory_id_number=self.karutan.nip,
        )

    def first_of(self, position: str) -> StaffRecord:
        """The first of the staff in ``position`` (the Ka KPR when there is none)."""
        return next((r for r in self.staff if r.position == position), self.ka_kpr)

    def attendee(self, person: StaffRecord) -> AttendeeLine:
        return AttendeeLine(staff_id=person.id, position=person.position)

    def past(self, day: date) -> date:
        """``day``, or today when it would be later: nothing is recorded in the future."""
        return min(day, self.today)
