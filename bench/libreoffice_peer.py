"""The peer for duty_order_s: LibreOffice headless turning a duty order .docx into a PDF, which
is what a clerk does today (a Word template filled in by hand, then "Export as PDF").

The .docx is built from the same ``DutyOrder`` the duty_order_s figure renders: written with the
stdlib as flat ODT XML (.fodt; no python-docx dependency), then converted ONCE to .docx by
LibreOffice as untimed setup. An untimed warm-up conversion to PDF then creates the private user
profile and fills the file cache, like a clerk's LibreOffice that is already installed and has
been opened before. Each timed run is a new ``soffice --headless --convert-to pdf`` process (start,
.docx import, layout, PDF export) and its PDF is checked; the figure is the median over at most
``MAX_RUNS`` runs whatever ``--runs`` says, because LibreOffice is slow (most of a second a run).

Needs ``soffice``: the Debian package libreoffice-writer-nogui (or libreoffice-writer).
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from rutan_desk.domain.formatting import full_date
from rutan_desk.domain.institution import InstitutionProfile
from rutan_desk.domain.nip import format_nip
from rutan_desk.domain.ranks import civil_service_rank
from rutan_desk.reports.duty_order import DutyOrder

MAX_RUNS = 5
SOFFICE_TIMEOUT_S = 180  # a wedged soffice must not hang the whole benchmark run
MISSING_SOFFICE = (
    "duty_order_libreoffice_s and duty_order_speedup skipped: soffice is not on PATH "
    "(install the Debian package libreoffice-writer-nogui)"
)

# The same page as rutan_desk.reports.page: margins 30/20 mm left/right, 20/25 mm top/bottom.
_MARGINS_MM = {"left": 30, "right": 20, "top": 20, "bottom": 25}

_FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>{title}</dc:title></office:meta>
<office:font-face-decls>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'"
  style:font-family-generic="roman" style:font-pitch="variable"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0mm" fo:margin-bottom="0mm"/>
  <style:text-properties style:font-name="Liberation Serif" fo:font-size="12pt"
   fo:language="id" fo:country="ID"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="Page">
  <style:page-layout-properties fo:page-width="{page_width}mm" fo:page-height="{page_height}mm"
   fo:margin-left="{left}mm" fo:margin-right="{right}mm" fo:margin-top="{top}mm"
   fo:margin-bottom="{bottom_body}mm"/>
  <style:footer-style>
   <style:header-footer-properties fo:min-height="0mm" fo:margin-top="4mm"/>
  </style:footer-style>
 </style:page-layout>
 <style:style style:name="Title" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="14pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Center" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center"/>
 </style:style>
 <style:style style:name="Body" style:family="paragraph"/>
{gap_styles}
 <style:style style:name="Letterhead" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="11pt"/>
 </style:style>
 <style:style style:name="LetterheadUnit" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="13pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="LetterheadRule" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center" fo:padding-bottom="1mm"
   fo:margin-bottom="6mm" fo:border-bottom="1.6pt double #000000"/>
  <style:text-properties fo:font-size="8.5pt"/>
 </style:style>
 <style:style style:name="Cell" style:family="paragraph">
  <style:text-properties fo:font-size="10.5pt"/>
 </style:style>
 <style:style style:name="Footer" style:family="paragraph">
  <style:paragraph-properties fo:text-align="end"/>
  <style:text-properties fo:font-size="9pt"/>
 </style:style>
 <style:style style:name="Italic" style:family="text">
  <style:text-properties fo:font-style="italic"/>
 </style:style>
 <style:style style:name="Strong" style:family="text">
  <style:text-properties fo:font-weight="bold" style:text-underline-style="solid"
   style:text-underline-width="auto" style:text-underline-color="font-color"/>
 </style:style>
 <style:style style:name="Numbered" style:family="table">
  <style:table-properties style:width="{body_width}mm" table:align="left"/>
 </style:style>
 <style:style style:name="NumberedKept" style:family="table">
  <style:table-properties style:width="{body_width}mm" table:align="left"
   fo:keep-with-next="always" style:may-break-between-rows="false"/>
 </style:style>
 <style:style style:name="Unbroken" style:family="table-row">
  <style:table-row-properties fo:keep-together="always"/>
 </style:style>
 <style:style style:name="Numbered.Label" style:family="table-column">
  <style:table-column-properties style:column-width="28mm"/>
 </style:style>
 <style:style style:name="Numbered.Colon" style:family="table-column">
  <style:table-column-properties style:column-width="5mm"/>
 </style:style>
 <style:style style:name="Numbered.Number" style:family="table-column">
  <style:table-column-properties style:column-width="8mm"/>
 </style:style>
 <style:style style:name="Numbered.Text" style:family="table-column">
  <style:table-column-properties style:column-width="{numbered_text}mm"/>
 </style:style>
 <style:style style:name="Plain" style:family="table-cell">
  <style:table-cell-properties fo:padding="0mm" fo:padding-bottom="0.7mm" fo:border="none"
   style:vertical-align="top"/>
 </style:style>
 <style:style style:name="People" style:family="table">
  <style:table-properties style:width="{body_width}mm" table:align="left"/>
 </style:style>
{people_columns}
 <style:style style:name="Grid" style:family="table-cell">
  <style:table-cell-properties fo:padding="1mm" fo:border="0.5pt solid #000000"
   style:vertical-align="top"/>
 </style:style>
 <style:style style:name="GridHeader" style:family="table-cell">
  <style:table-cell-properties fo:padding="1mm" fo:border="0.5pt solid #000000"
   fo:background-color="#f5f5f5" style:vertical-align="top"/>
 </style:style>
 <style:style style:name="Signature" style:family="table">
  <style:table-properties style:width="80mm" table:align="right"/>
 </style:style>
 <style:style style:name="Signature.Column" style:family="table-column">
  <style:table-column-properties style:column-width="80mm"/>
 </style:style>
 <style:style style:name="SignatureSpace" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="18mm"/>
 </style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="Page">
  <style:footer><text:p text:style-name="Footer">Halaman <text:page-number
   text:select-page="current">1</text:page-number> dari <text:page-count>1</text:page-count>
  </text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
"""

_FODT_TAIL = "</office:text></office:body></office:document>\n"


def soffice_path() -> str | None:
    return shutil.which("soffice")


def _p(text: str, style: str = "Body") -> str:
    return f'<text:p text:style-name="{style}">{escape(text)}</text:p>'


_GAPS_MM = (2, 3, 4, 5, 6, 8)


def _gap_styles() -> str:
    """Paragraph styles for empty spacer paragraphs, one per height in _GAPS_MM, plain and
    kept with the next paragraph."""
    return "\n".join(
        f' <style:style style:name="Gap{height}{suffix}" style:family="paragraph">'
        f'<style:paragraph-properties fo:margin-bottom="{height}mm" fo:line-height="1pt"{keep}/>'
        '<style:text-properties fo:font-size="1pt"/></style:style>'
        for height in _GAPS_MM
        for suffix, keep in (("", ""), ("Kept", ' fo:keep-with-next="always"'))
    )


def _gap(height_mm: int, *, keep_with_next: bool = False) -> str:
    suffix = "Kept" if keep_with_next else ""
    return f'<text:p text:style-name="Gap{height_mm}{suffix}"/>'


def _cell(content: str, style: str = "Grid") -> str:
    """An open table cell; _row closes it."""
    return f'<table:table-cell table:style-name="{style}" office:value-type="string">{content}'


def _row(cells: Sequence[str], style: str = "") -> str:
    closed = "".join(f"{cell}</table:table-cell>" for cell in cells)
    styled = f' table:style-name="{style}"' if style else ""
    return f"<table:table-row{styled}>{closed}</table:table-row>"


def _numbered(label: str, items: Sequence[str], *, keep_with_next: bool = False) -> str:
    """ "Dasar : 1. …" as a borderless table, hanging numbers, as the reportlab order does."""
    columns = "".join(
        f'<table:table-column table:style-name="Numbered.{name}"/>'
        for name in ("Label", "Colon", "Number", "Text")
    )
    rows = [
        _row(
            [
                _cell(_p(label if index == 1 else ""), "Plain"),
                _cell(_p(":" if index == 1 else ""), "Plain"),
                _cell(_p(f"{index}."), "Plain"),
                _cell(_p(item), "Plain"),
            ]
        )
        for index, item in enumerate(items, start=1)
    ]
    style = "NumberedKept" if keep_with_next else "Numbered"
    return f'<table:table table:style-name="{style}">{columns}{"".join(rows)}</table:table>'


def _letterhead(profile: InstitutionProfile) -> str:
    """The kop surat as a clerk's template has it: centred lines and a double rule."""
    lines = [
        _p(text.upper(), "Letterhead")
        for text in (profile.ministry, profile.directorate, profile.regional_office)
        if text
    ]
    if profile.unit_name:
        lines.append(_p(profile.unit_name.upper(), "LetterheadUnit"))
    contact = "  ".join(
        part
        for part in (
            profile.address,
            f"Telp. {profile.phone}" if profile.phone else "",
            profile.email,
            profile.website,
        )
        if part
    )
    lines.append(_p(contact, "LetterheadRule"))
    return "".join(lines)


def _people_table(order: DutyOrder, body_width_mm: float) -> tuple[str, str]:
    """Kepada: No, Nama, NIP/NRP, Pangkat/Gol., Jabatan (or, for a piket order, the position
    under the name and the duty in the last column). Returns (column styles, table); the header
    row repeats on every page, as in the reportlab order."""
    piket = order.with_duty_column
    header = ["No", "Nama / Jabatan" if piket else "Nama", "NIP/NRP", "Pangkat/Gol."]
    header.append("Tugas" if piket else "Jabatan")
    widths = [9.0, 48.0 if piket else 44.0, 41.0, 30.0]
    widths.append(body_width_mm - sum(widths))
    column_styles = "\n".join(
        f' <style:style style:name="People.C{i}" style:family="table-column">'
        f'<style:table-column-properties style:column-width="{w:.1f}mm"/></style:style>'
        for i, w in enumerate(widths)
    )
    columns = "".join(
        f'<table:table-column table:style-name="People.C{i}"/>' for i in range(len(widths))
    )
    head = _row([_cell(_p(text, "Cell"), "GridHeader") for text in header])
    rows = []
    for number, person in enumerate(order.people, start=1):
        name = _p(person.name, "Cell")
        if piket and person.position:
            name += (
                f'<text:p text:style-name="Cell"><text:span text:style-name="Italic">'
                f"{escape(person.position)}</text:span></text:p>"
            )
        rows.append(
            _row(
                [
                    _cell(_p(str(number), "Cell")),
                    _cell(name),
                    _cell(_p(format_nip(person.identity), "Cell")),
                    _cell(_p(person.rank, "Cell")),
                    _cell(_p(person.duty if piket else person.position, "Cell")),
                ]
            )
        )
    table = (
        f'<table:table table:style-name="People">{columns}'
        f"<table:table-header-rows>{head}</table:table-header-rows>{''.join(rows)}</table:table>"
    )
    return column_styles, table


def _signature(order: DutyOrder) -> str:
    signatory = order.signatory
    lines = [
        _p(f"Dikeluarkan di {order.city}"),
        _p(f"Pada tanggal {full_date(order.issued_on)}"),
        _p(""),
        _p(f"{signatory.prefix} {signatory.title}".strip().rstrip(",") + ","),
        '<text:p text:style-name="SignatureSpace"><text:span text:style-name="Strong">'
        f"{escape(signatory.name)}</text:span></text:p>",
    ]
    rank = civil_service_rank(signatory.golongan)
    if rank is not None:
        lines.append(_p(rank.label()))
    if signatory.nip:
        lines.append(_p(f"NIP. {format_nip(signatory.nip)}"))
    return (
        '<table:table table:style-name="Signature">'
        '<table:table-column table:style-name="Signature.Column"/>'
        f"{_row([_cell(''.join(lines), 'Plain')], 'Unbroken')}</table:table>"
    )


def duty_order_fodt(order: DutyOrder, profile: InstitutionProfile) -> str:
    """The duty order as a flat ODT document: the same sections, page and fonts as
    rutan_desk.reports.duty_order, so LibreOffice lays out the same amount of text."""
    page_width, page_height = order.paper.millimetres
    body_width = page_width - _MARGINS_MM["left"] - _MARGINS_MM["right"]
    people_columns, people_table = _people_table(order, body_width)
    head = _FODT_HEAD.format(
        title=escape(f"Surat Perintah {order.number}"),
        page_width=page_width,
        page_height=page_height,
        left=_MARGINS_MM["left"],
        right=_MARGINS_MM["right"],
        top=_MARGINS_MM["top"],
        # The footer ("Halaman x dari y") sits inside the bottom margin, as in ours.
        bottom_body=_MARGINS_MM["bottom"] - 12,
        body_width=body_width,
        gap_styles=_gap_styles(),
        numbered_text=body_width - 41,
        people_columns=people_columns,
    )
    # Gaps as in the reportlab story. Every table is followed by a paragraph: in a .docx two
    # tables with nothing between them are one table, and LibreOffice merges them on import.
    body = [_letterhead(profile), _p("SURAT PERINTAH", "Title")]
    body += [_p(f"NOMOR {order.number}", "Center"), _gap(6)]
    if order.considering:
        body += [_numbered("Menimbang", order.considering), _gap(3)]
    body += [_numbered("Dasar", order.basis), _gap(5)]
    body += [_p(order.command_word.upper(), "Title"), _gap(4), _p("Kepada :"), _gap(2)]
    body += [people_table, _gap(5)]
    # The signature never stands alone at the top of a page: it travels with the tasks.
    body += [_numbered("Untuk", order.tasks, keep_with_next=True), _gap(8, keep_with_next=True)]
    body += [_signature(order), _gap(6)]
    if order.copies:
        body.append(_p("Tembusan:"))
        body += [_p(f"{number}. {copy}") for number, copy in enumerate(order.copies, start=1)]
    return head + "\n".join(body) + _FODT_TAIL


def _soffice(soffice: str, profile_dir: Path, *args: str) -> None:
    # A private profile: a new process that finds another soffice on the default profile would
    # hand the job to it and return at once, which would time nothing.
    subprocess.run(
        [soffice, "--headless", f"-env:UserInstallation={profile_dir.as_uri()}", *args],
        check=True,
        capture_output=True,
        timeout=SOFFICE_TIMEOUT_S,
    )


def _check_pdf(pdf: Path, order: DutyOrder) -> None:
    """The peer must really have produced the order: a non-empty PDF with its title and names."""
    if not pdf.is_file() or pdf.stat().st_size == 0:
        raise RuntimeError(f"LibreOffice produced no PDF at {pdf}")
    try:
        from pypdf import PdfReader
    except ImportError:  # pypdf is a test extra; without it the size check has to do
        return
    # Whitespace collapsed: a name wrapped in its cell comes out with a line break inside.
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    for expected in ("SURAT PERINTAH", order.people[0].name, order.people[-1].name):
        if " ".join(expected.split()) not in text:
            raise RuntimeError(f"LibreOffice's PDF lacks {expected!r}")


def libreoffice_duty_order_s(order: DutyOrder, profile: InstitutionProfile, runs: int) -> float:
    """Median wall time of ``soffice --headless --convert-to pdf`` on the order's .docx, a new
    process each run, over ``min(runs, MAX_RUNS)`` runs (at least one)."""
    soffice = soffice_path()
    if soffice is None:
        raise FileNotFoundError(MISSING_SOFFICE)
    with tempfile.TemporaryDirectory(prefix="rutan-bench-lo-") as folder:
        work = Path(folder)
        profile_dir, source_dir, out_dir = work / "profile", work / "source", work / "out"
        source_dir.mkdir()
        fodt = source_dir / "surat-perintah.fodt"
        fodt.write_text(duty_order_fodt(order, profile), encoding="utf-8")
        # Untimed setup: the .docx a clerk has today (this first run also creates the profile),
        # then a warm-up conversion to PDF that loads the export filter and fills the cache.
        _soffice(
            soffice, profile_dir, "--convert-to", "docx", "--outdir", str(source_dir), str(fodt)
        )
        docx = source_dir / "surat-perintah.docx"
        if not docx.is_file():
            raise RuntimeError(f"LibreOffice did not write {docx}")
        pdf = out_dir / "surat-perintah.pdf"
        convert = ("--convert-to", "pdf", "--outdir", str(out_dir), str(docx))
        _soffice(soffice, profile_dir, *convert)
        _check_pdf(pdf, order)
        times = []
        for _ in range(max(1, min(runs, MAX_RUNS))):
            pdf.unlink()  # each run must write the PDF afresh, not find the last one
            started = time.perf_counter()
            _soffice(soffice, profile_dir, *convert)
            times.append(time.perf_counter() - started)
            _check_pdf(pdf, order)
    return statistics.median(times)
