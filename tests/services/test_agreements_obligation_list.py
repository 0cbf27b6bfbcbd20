"""The obligations of the agreements a list shows, one line each (the agreements tab exports
them): in the agreements' order, late as the warnings say, last done as the evidence says,
read in two queries however many agreements; on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import event

from rutan_desk.domain.agreements import ObligationStatus, Recurrence, Responsible
from rutan_desk.services.agreements.forms import EvidenceDraft
from rutan_desk.services.agreements.obligation_list import list_obligations
from rutan_desk.services.agreements.obligations import (
    add_evidence,
    save_obligation,
    set_obligation_status,
)
from rutan_desk.services.agreements.queries import load_agreement
from rutan_desk.services.agreements.saving import save_agreement
from rutan_desk.services.agreements.warnings import agreement_warnings
from rutan_desk.services.context import ActionContext
from rutan_desk.store.engine import Database
from tests.services.test_agreements import (
    TODAY,
    an_obligation,
    clocked,  # noqa: F401  (fixture)
    pemda,  # noqa: F401  (fixture)
    polres,  # noqa: F401  (fixture)
    the_pks,
)
from tests.services.test_agreements_obligations import officer, patrol  # noqa: F401


class Statements:
    """Counts the SQL statements a database runs while it is watched."""

    def __init__(self, db: Database) -> None:
        self.count = 0
        self._engine = db.engine

    def _seen(self, *_args: object) -> None:
        self.count += 1

    def __enter__(self) -> Statements:
        event.listen(self._engine, "before_cursor_execute", self._seen)
        return self

    def __exit__(self, *_exc: object) -> None:
        event.remove(self._engine, "before_cursor_execute", self._seen)


@pytest.fixture
def agreements(
    clocked: ActionContext,  # noqa: F811
    polres: int,  # noqa: F811
    pemda: int,  # noqa: F811
    officer: int,  # noqa: F811
) -> tuple[int, int, dict[str, int]]:
    """The PKS with the Polres (in force) with three obligations, and a draft with the Pemda
    whose one obligation is past its date but not chased (a draft is not in force)."""
    pks = save_agreement(clocked, the_pks(polres), finalise=True)
    made = {
        "cctv": save_obligation(clocked, an_obligation(pks, due_on=date(2026, 3, 31))),
        "alarm": save_obligation(
            clocked,
            an_obligation(
                pks,
                text="Tombol alarm di pintu utama (P2U)",
                responsible=Responsible.PARTNER,
                partner_id=polres,
                owner="",
                due_on=date(2026, 2, 1),
            ),
        ),
        "patrols": save_obligation(
            clocked,
            an_obligation(
                pks,
                text="Patroli sambang rutin ke Rutan",
                responsible=Responsible.JOINT,
                recurrence=Recurrence.MONTHLY,
                due_on=None,
                evidence_agency="Polres Blora",
            ),
        ),
    }
    add_evidence(clocked, made["alarm"], EvidenceDraft(done_on=date(2026, 2, 3), note="Dipasang"))
    add_evidence(clocked, made["alarm"], EvidenceDraft(done_on=date(2026, 1, 29), note="Kabel"))
    set_obligation_status(clocked, made["alarm"], ObligationStatus.SELESAI, expected_version=3)
    patrol(clocked, officer, datetime(2026, 1, 30, 23, 10))
    patrol(clocked, officer, datetime(2026, 3, 14, 1, 5))
    patrol(clocked, officer, datetime(2025, 12, 20, 9, 0))  # before the agreement: not its
    draft = save_agreement(clocked, the_pks(pemda, title="Rancangan PKS Pemda"))
    made["draft"] = save_obligation(clocked, an_obligation(draft, due_on=date(2026, 3, 1)))
    return pks, draft, made


def test_the_obligations_of_the_agreements_shown_come_one_line_each_in_their_order(
    clocked: ActionContext,  # noqa: F811
    agreements: tuple[int, int, dict[str, int]],
) -> None:
    pks, draft, made = agreements
    lines = list_obligations(clocked.db, [draft, pks], TODAY)

    assert [line.id for line in lines] == [
        made["draft"],
        made["cctv"],
        made["alarm"],
        made["patrols"],
    ]
    cctv = lines[1]
    assert (cctv.agreement_id, cctv.agreement_title) == (pks, the_pks(0).title)
    assert cctv.numbers == ("W13.PAS.PAS11-HM.05.01-0012", "B/12/I/2026/Polres")
    assert cctv.partners == ("Polres Blora",)
    assert lines[0].partners == ("Pemda Blora",)
    assert [
        (line.responsible_name, line.owner, line.recurrence, line.due_on, line.status)
        for line in lines[1:]
    ] == [
        (
            "Rutan",
            "Hermawan Yusuf Puspongoro",
            Recurrence.ONCE,
            date(2026, 3, 31),
            ObligationStatus.BELUM,
        ),
        ("Polres Blora", "", Recurrence.ONCE, date(2026, 2, 1), ObligationStatus.SELESAI),
        ("Bersama", "Hermawan Yusuf Puspongoro", Recurrence.MONTHLY, None, ObligationStatus.BELUM),
    ]
    assert [line.status_label for line in lines[1:3]] == ["Belum dilaksanakan", "Selesai"]
    assert lines[3].recurrence_label == "Setiap bulan"
    # Late: the one-off past its date of the agreement in force, not the draft's, not the
    # done one, not the monthly one whose March had its patrol visit.
    assert [line.overdue for line in lines] == [False, True, False, False]
    # Last done: the latest evidence entered, or the latest patrol visit of the agency.
    assert [line.last_done_on for line in lines] == [
        None,
        None,
        date(2026, 2, 3),
        date(2026, 3, 14),
    ]


def test_late_is_what_the_agreement_and_the_warnings_say(
    clocked: ActionContext,  # noqa: F811
    agreements: tuple[int, int, dict[str, int]],
) -> None:
    pks, draft, made = agreements
    may = date(2026, 5, 2)  # April had no patrol visit: the monthly one is late as well
    lines = list_obligations(clocked.db, [pks, draft], may)
    late = {line.id for line in lines if line.overdue}
    assert late == {made["cctv"], made["patrols"]}
    assert late == {o.id for o in agreement_warnings(clocked.db, may).overdue_obligations}
    assert late == {o.id for o in load_agreement(clocked.db, pks, may).obligations if o.overdue}


def test_the_lines_are_read_in_two_queries_however_many_agreements(
    clocked: ActionContext,  # noqa: F811
    polres: int,  # noqa: F811
    agreements: tuple[int, int, dict[str, int]],
) -> None:
    pks, draft, _made = agreements
    more = [
        save_agreement(clocked, the_pks(polres, title=f"PKS pelaksanaan {n}"), finalise=True)
        for n in range(3)
    ]
    for agreement in more:
        save_obligation(clocked, an_obligation(agreement, due_on=date(2026, 1, 2)))

    with Statements(clocked.db) as few:
        assert len(list_obligations(clocked.db, [pks], TODAY)) == 3
    with Statements(clocked.db) as many:
        lines = list_obligations(clocked.db, [pks, draft, *more], TODAY)
    assert len(lines) == 7 and [line.overdue for line in lines[-3:]] == [True] * 3
    assert many.count == few.count
    assert list_obligations(clocked.db, [], TODAY) == []
