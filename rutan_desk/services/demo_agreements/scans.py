"""The "scans" of the demo's signed papers: a one-page PDF drawn with reportlab, standing in
for what the clerk would scan (the same bytes every time: reportlab's invariant mode)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas

DEMO_MARK = "Contoh pindaian data demo Rutan Desk"


@dataclass(frozen=True)
class Signer:
    side: str  # PIHAK KESATU
    title: str  # the position, as printed above the signature
    name: str
    number: str  # NIP. … / NRP …


def signed_paper_pdf(
    heading: Sequence[str], body: Sequence[str], signers: Sequence[Signer]
) -> bytes:
    """A page with the centred ``heading`` lines, the ``body`` lines and the signers side by
    side at the foot."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=True)
    width, height = A4
    canvas.setTitle(heading[0] if heading else DEMO_MARK)
    y = height - 3 * cm
    canvas.setFont("Helvetica-Bold", 12)
    for line in heading:
        canvas.drawCentredString(width / 2, y, line)
        y -= 0.6 * cm
    y -= 0.6 * cm
    canvas.setFont("Helvetica", 11)
    for line in body:
        canvas.drawString(3 * cm, y, line)
        y -= 0.55 * cm
    column = (width - 5 * cm) / max(len(signers), 1)
    top = min(y - 1.2 * cm, 9 * cm)
    for index, signer in enumerate(signers):
        x = 3 * cm + index * column + column / 2
        canvas.setFont("Helvetica-Bold", 10)
        canvas.drawCentredString(x, top, signer.side)
        canvas.setFont("Helvetica", 10)
        canvas.drawCentredString(x, top - 0.5 * cm, signer.title)
        canvas.drawCentredString(x, top - 3 * cm, signer.name)
        canvas.drawCentredString(x, top - 3.5 * cm, signer.number)
    canvas.setFont("Helvetica-Oblique", 8)
    canvas.drawCentredString(width / 2, 1.5 * cm, DEMO_MARK)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
