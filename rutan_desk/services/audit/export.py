"""A filtered view of the audit trail as a PDF (Jejak Audit), to print or hand over.

The document says which filter chose the entries, when it was made and by whom, and lists the
newest ``MAX_EXPORT`` entries of the view at most (saying so when there were more).
"""

from __future__ import annotations

from sqlalchemy import select

from rutan_desk.domain.formatting import moment_text, short_date
from rutan_desk.reports.audit_trail import AuditTrailReport, AuditTrailRow, render_audit_trail
from rutan_desk.services.audit.entries import AuditRecord
from rutan_desk.services.audit.labels import area_name, entity_name
from rutan_desk.services.audit.queries import AuditQuery, browse
from rutan_desk.services.context import ActionContext
from rutan_desk.services.institution import get_profile
from rutan_desk.store.models.accounts import AccountRow

MAX_EXPORT = 2000


def filter_lines(ctx: ActionContext, query: AuditQuery) -> list[str]:
    """The filter in words, as the document prints it."""
    if query.first and query.last:
        period = f"{short_date(query.first)} s.d. {short_date(query.last)}"
    elif query.first:
        period = f"sejak {short_date(query.first)}"
    elif query.last:
        period = f"sampai {short_date(query.last)}"
    else:
        period = "seluruhnya"
    lines = [f"Periode: {period}"]
    if query.actor:
        lines.append(f"Akun: {_actor_text(ctx, query.actor)}")
    if query.area is not None:
        lines.append(f"Bidang: {area_name(query.area)}")
    if query.entity:
        record = entity_name(query.entity)
        lines.append(f"Catatan: {record} #{query.entity_id}" if query.entity_id else record)
    if query.text.strip():
        lines.append(f"Teks dicari: “{query.text.strip()}”")
    return lines


def _actor_text(ctx: ActionContext, actor: str) -> str:
    kind, _, login = actor.partition(":")
    if kind == "akun":
        with ctx.read() as session:
            name = session.scalar(select(AccountRow.display_name).where(AccountRow.login == login))
        return f"{name} ({login})" if name else login
    return f"{login} ({'sistem' if kind == 'sistem' else kind})" if login else actor


def report_row(entry: AuditRecord) -> AuditTrailRow:
    account = entry.actor_login
    if entry.actor_name:
        account = f"{entry.actor_name} ({entry.actor_login})"
    elif entry.actor_kind == "sistem":
        account = f"{entry.actor_login} (sistem)"
    return AuditTrailRow(
        entry.id,
        entry.time_text,
        account,
        entry.record_text,
        entry.action_name,
        entry.change_lines(every_line=False),
        one_per_line=entry.action == "update" and not entry.bulk,
    )


def audit_trail_report(
    ctx: ActionContext, query: AuditQuery, *, limit: int = MAX_EXPORT
) -> AuditTrailReport:
    page = browse(ctx, query, limit=limit)
    note = ""
    if page.next_before is not None:
        count = f"{limit:,}".replace(",", ".")
        note = (
            f"Hanya {count} perubahan terbaru yang dicantumkan; persempit penyaring untuk "
            "melihat yang lebih lama."
        )
    return AuditTrailReport(
        filters=filter_lines(ctx, query),
        rows=[report_row(entry) for entry in page.entries],
        made=f"Dicetak {moment_text(ctx.utc_now())} oleh {ctx.actor.label}",
        note=note,
        paper=get_profile(ctx.db, ctx.today()).paper_size,
    )


def audit_trail_pdf(ctx: ActionContext, query: AuditQuery, *, limit: int = MAX_EXPORT) -> bytes:
    """The entries ``query`` selects (newest first, at most ``limit``) as a PDF."""
    report = audit_trail_report(ctx, query, limit=limit)
    return render_audit_trail(report, get_profile(ctx.db, ctx.today()))
