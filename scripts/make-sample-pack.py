#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the bundled sample pack in resources/sample-pack/.

The pack contains invented ("fiktive") templates and sample documents of a
Smart Region toolbox in German, in many file formats (PDF, DOCX, ODT, XLSX,
ODS, PPTX, ODP, Markdown, TXT, CSV, HTML, PNG), plus the manifest
toolbox.json.  All municipalities, persons, companies and figures are made up.

Only the Python 3.11 standard library is used.  The output is deterministic:
zip members carry a fixed timestamp, PDFs carry fixed dates, nothing is random.
Running the script twice produces byte-identical files.

Usage:
    python3 scripts/make-sample-pack.py            # writes resources/sample-pack
    python3 scripts/make-sample-pack.py --out DIR  # writes somewhere else
    python3 scripts/make-sample-pack.py --no-check # skip the sanity checks
"""

from __future__ import annotations

import argparse
import collections
import csv
import io
import json
import re
import shutil
import struct
import subprocess
import sys
import textwrap
import unicodedata
import zipfile
import zlib
from pathlib import Path
from xml.sax.saxutils import escape as _xml_escape

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "resources" / "sample-pack"

ZIP_DATE = (2024, 1, 1, 0, 0, 0)
DISCLAIMER = ("Fiktives Beispieldokument der Smart-Region-Toolbox. Alle Namen, "
              "Personen, Firmen und Zahlen sind frei erfunden.")

DOC_TYPES = {"Mustertext", "Ausfüllvorlage", "Beispieldokument", "Leitfaden", "Checkliste",
             "Präsentation", "Kalkulation", "Logo"}

MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli",
          "August", "September", "Oktober", "November", "Dezember"]


def xml(s) -> str:
    """Escape text for XML element content and attribute values."""
    return _xml_escape(str(s), {'"': "&quot;"})


# ---------------------------------------------------------------------------
# Document registry
# ---------------------------------------------------------------------------

DOCS: list[dict] = []


def doc(file, title, *, category, type, tags, municipality, year, description,
        license="CC BY 4.0", author=None, month=3, listed=True, body=None,
        slides=None, sheets=None, rows=None, subject=None, encoding="utf-8",
        newline="\n", placeholders=None, header=None, footer=None, textbox=None):
    """Register one document of the pack.

    Templates (DOCX, ODT) may carry placeholders to fill (issue #14): in the body, header, footer
    and text box texts a "¦" splits a run (DOCX: separate w:r with a proofErr between, as Word
    writes them after an edit; ODT: a text:span), so that "[¦Gemeinde¦]" is one placeholder in
    three runs. placeholders: written form -> meaning, declared in toolbox.json.
    """
    file = unicodedata.normalize("NFC", file)
    DOCS.append(dict(
        file=file, title=title, category=category, type=type, tags=list(tags),
        municipality=municipality, year=year, description=description,
        license=license, author=author or municipality, month=month,
        listed=listed, body=body, slides=slides, sheets=sheets, rows=rows,
        subject=subject or description, encoding=encoding, newline=newline,
        placeholders=placeholders, header=header, footer=footer, textbox=textbox,
    ))


# ---------------------------------------------------------------------------
# Tiny markup used for the text documents
#
#   # Heading          -> section heading (level 1 inside the document)
#   ## Heading         -> level 2,  ### Heading -> level 3
#   - item             -> bullet list item
#   1. item            -> numbered list item
#   | a | b | c |      -> table row (first row is the header)
#   other lines        -> paragraph text; a blank line ends a paragraph
# ---------------------------------------------------------------------------

def parse(markup: str) -> list[tuple]:
    blocks: list[tuple] = []
    para: list[str] = []
    cur = None  # current list/table block (mutable list inside the tuple)

    def flush():
        nonlocal cur
        if para:
            blocks.append(("p", " ".join(para)))
            para.clear()
        cur = None

    for raw in textwrap.dedent(markup).strip("\n").splitlines():
        line = raw.strip()
        if not line:
            flush()
            continue
        m = re.match(r"^(#{1,3}) (.*)$", line)
        if m:
            flush()
            blocks.append(("h%d" % len(m.group(1)), m.group(2).strip()))
            continue
        if line.startswith("- "):
            if para or cur is None or cur[0] != "ul":
                flush()
                cur = ("ul", [])
                blocks.append(cur)
            cur[1].append(line[2:].strip())
            continue
        m = re.match(r"^\d+\. (.*)$", line)
        if m:
            if para or cur is None or cur[0] != "ol":
                flush()
                cur = ("ol", [])
                blocks.append(cur)
            cur[1].append(m.group(1).strip())
            continue
        if line.startswith("|"):
            if para or cur is None or cur[0] != "table":
                flush()
                cur = ("table", [])
                blocks.append(cur)
            cur[1].append([c.strip() for c in line.strip().strip("|").split("|")])
            continue
        if cur is not None:
            flush()
        para.append(line)
    flush()
    return blocks


def date_text(d) -> str:
    return "%s %d" % (MONTHS[d["month"] - 1], d["year"])


# ---------------------------------------------------------------------------
# PDF writer (Helvetica / Helvetica-Bold, WinAnsiEncoding)
# ---------------------------------------------------------------------------

# Advance widths (1/1000 em) from the Adobe core font metrics, indexed by
# character.  ASCII 32..126 first, then the WinAnsi characters we use.
_HELV_ASCII = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584]
_HELVB_ASCII = [
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
    975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
    333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
    611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584]
_HELV_EXTRA = {
    "Ä": 667, "Ö": 778, "Ü": 722, "ä": 556, "ö": 556, "ü": 556, "ß": 611,
    "é": 556, "è": 556, "á": 556, "à": 556, "ç": 500, "É": 667,
    "–": 556, "—": 1000, "„": 333, "“": 333, "”": 333, "‚": 222, "‘": 222,
    "’": 222, "€": 556, "•": 350, "§": 556, "°": 400, "×": 584, "…": 1000,
    "·": 278, "²": 333, "³": 333, "½": 834, "±": 584, "\u00a0": 278,
}
_HELVB_EXTRA = dict(_HELV_EXTRA)
_HELVB_EXTRA.update({
    "Ä": 722, "ö": 611, "ü": 611, "„": 500, "“": 500, "”": 500, "‚": 278,
    "‘": 278, "’": 278, "ç": 556, "ß": 611,
})
WIDTHS = {
    "F1": {**{chr(32 + i): w for i, w in enumerate(_HELV_ASCII)}, **_HELV_EXTRA},
    "F2": {**{chr(32 + i): w for i, w in enumerate(_HELVB_ASCII)}, **_HELVB_EXTRA},
}


def text_width(s: str, font: str, size: float) -> float:
    table = WIDTHS[font]
    return sum(table.get(ch, 600) for ch in s) * size / 1000.0


def pdf_str(s: str) -> bytes:
    """A PDF literal string in WinAnsiEncoding (cp1252)."""
    b = s.encode("cp1252")  # raises for characters outside WinAnsi
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"


def pdf_utf16(s: str) -> bytes:
    """A PDF text string as UTF-16BE hex string with byte order mark."""
    return b"<FEFF" + s.encode("utf-16-be").hex().upper().encode() + b">"


BROKEN_WORDS: list[str] = []  # words that had to be split across lines (should stay empty)


def wrap(text: str, font: str, size: float, maxw: float) -> list[str]:
    words = text.split()
    lines: list[str] = []
    cur = ""
    for w in words:
        cand = w if not cur else cur + " " + w
        if text_width(cand, font, size) <= maxw:
            cur = cand
            continue
        if cur:
            lines.append(cur)
            cur = ""
        # a single word that is too long: break at hyphens, else hard
        while text_width(w, font, size) > maxw:
            BROKEN_WORDS.append(w)
            cut = len(w)
            while cut > 1 and text_width(w[:cut], font, size) > maxw:
                cut -= 1
            hy = w.rfind("-", 0, cut)
            if hy > 0:
                cut = hy + 1
            lines.append(w[:cut])
            w = w[cut:]
        cur = w
    if cur:
        lines.append(cur)
    return lines or [""]


def allocate_widths(mins, natural, total):
    """Table column widths: at least the longest word, the rest by natural width."""
    natural = [max(n, m) for n, m in zip(natural, mins)]
    if sum(natural) <= total:
        return [w * total / sum(natural) for w in natural]
    if sum(mins) >= total:
        return [w * total / sum(mins) for w in mins]
    extra = total - sum(mins)
    slack = [n - m for n, m in zip(natural, mins)]
    return [m + extra * sl / sum(slack) for m, sl in zip(mins, slack)]


class PdfLayout:
    W, H = 595.28, 841.89
    ML, MR, MT, MB = 64.0, 64.0, 72.0, 70.0
    BODY = 10.5
    LEAD = 14.6

    def __init__(self, d: dict):
        self.d = d
        self.pages: list[list[str]] = []
        self.y = 0.0
        self.maxw = self.W - self.ML - self.MR
        self.new_page()

    # -- primitives -------------------------------------------------------
    def new_page(self):
        self.pages.append([])
        self.y = self.H - self.MT

    def op(self, s: str):
        self.pages[-1].append(s)

    def text(self, x, y, s, font="F1", size=None, gray=0.0):
        size = size or self.BODY
        color = "%.2f g " % gray if gray else "0 g "
        self.op("BT %s/%s %.1f Tf 1 0 0 1 %.2f %.2f Tm " % (color, font, size, x, y)
                + pdf_str(s).decode("latin-1") + " Tj ET")

    def need(self, h):
        if self.y - h < self.MB:
            self.new_page()
            return True
        return False

    # -- blocks -----------------------------------------------------------
    def title_block(self):
        d = self.d
        self.text(self.ML, self.y, d["municipality"], "F2", 10, gray=0.35)
        self.y -= 30
        for line in wrap(d["title"], "F2", 19, self.maxw):
            self.text(self.ML, self.y, line, "F2", 19)
            self.y -= 24
        self.y -= 2
        meta = "%s · Handlungsfeld %s · Stand: %s" % (d["type"], d["category"], date_text(d))
        self.text(self.ML, self.y, meta, "F1", 9.5, gray=0.35)
        self.y -= 12
        self.op("0.55 g 0.55 G 0.8 w %.2f %.2f m %.2f %.2f l S 0 G" %
                (self.ML, self.y, self.W - self.MR, self.y))
        self.y -= 26

    def heading(self, level, s):
        size = {1: 14.0, 2: 12.0, 3: 10.5}[level]
        before = {1: 10, 2: 6, 3: 4}[level]
        lines = wrap(s, "F2", size, self.maxw)
        h = before + len(lines) * (size + 4) + 3 * self.LEAD  # keep with next
        if not self.need(h):
            self.y -= before
        for line in lines:
            self.text(self.ML, self.y, line, "F2", size)
            self.y -= size + 5
        self.y -= 2

    def paragraph(self, s, indent=0.0, marker=None):
        lines = wrap(s, "F1", self.BODY, self.maxw - indent)
        for i, line in enumerate(lines):
            self.need(self.LEAD)
            if i == 0 and marker:
                self.text(self.ML + indent - 13, self.y, marker, "F1", self.BODY)
            self.text(self.ML + indent, self.y, line, "F1", self.BODY)
            self.y -= self.LEAD
        self.y -= 5 if marker else 7

    def bullet_list(self, items, numbered=False):
        for i, it in enumerate(items):
            self.paragraph(it, indent=16, marker=("%d." % (i + 1)) if numbered else "•")
        self.y -= 4

    def table(self, rows):
        ncol = max(len(r) for r in rows)
        rows = [r + [""] * (ncol - len(r)) for r in rows]
        size, lead, pad = 9.0, 11.5, 4.0
        # column widths: every column gets at least its longest word (so words
        # are not broken), the rest is shared in proportion to the natural width
        mins, natural = [], []
        for c in range(ncol):
            mn = nat = 0.0
            for ri, r in enumerate(rows):
                font = "F2" if ri == 0 else "F1"
                mn = max([mn] + [text_width(w, font, size) for w in r[c].split()])
                nat = max(nat, text_width(r[c], font, size))
            mins.append(mn + 2 * pad + 1)
            natural.append(nat + 2 * pad + 1)
        widths = allocate_widths(mins, natural, self.maxw)

        def row_lines(r, header):
            font = "F2" if header else "F1"
            return [wrap(cell, font, size, widths[i] - 2 * pad) for i, cell in enumerate(r)]

        def draw_row(r, header):
            cells = row_lines(r, header)
            h = max(len(c) for c in cells) * lead + 2 * pad - 2
            broke = self.need(h)
            top = self.y + lead - 2
            x = self.ML
            if header:
                self.op("0.88 g %.2f %.2f %.2f %.2f re f 0 g" % (self.ML, top - h, self.maxw, h))
            for i, c in enumerate(cells):
                yy = self.y - pad + 2
                for line in c:
                    self.text(x + pad, yy, line, "F2" if header else "F1", size)
                    yy -= lead
                self.op("0.5 G 0.5 w %.2f %.2f %.2f %.2f re S 0 G" % (x, top - h, widths[i], h))
                x += widths[i]
            self.y -= h
            return broke

        self.need(3 * lead + 2 * pad)
        draw_row(rows[0], True)
        for r in rows[1:]:
            cells = row_lines(r, False)
            h = max(len(c) for c in cells) * lead + 2 * pad - 2
            if self.y - h < self.MB:
                self.new_page()
                draw_row(rows[0], True)
            draw_row(r, False)
        self.y -= 12

    def render(self, blocks):
        self.title_block()
        for b in blocks:
            kind = b[0]
            if kind in ("h1", "h2", "h3"):
                self.heading(int(kind[1]), b[1])
            elif kind == "p":
                self.paragraph(b[1])
            elif kind == "ul":
                self.bullet_list(b[1])
            elif kind == "ol":
                self.bullet_list(b[1], numbered=True)
            elif kind == "table":
                self.table(b[1])
        # header & footer on every page
        n = len(self.pages)
        for i, ops in enumerate(self.pages):
            foot_y = 38
            ops.append("0.7 G 0.5 w %.2f %.2f m %.2f %.2f l S 0 G" %
                       (self.ML, foot_y + 12, self.W - self.MR, foot_y + 12))
            self._text_to(ops, self.ML, foot_y, "Fiktives Beispieldokument · Smart-Region-Toolbox", "F1", 8, 0.4)
            label = "Seite %d von %d" % (i + 1, n)
            self._text_to(ops, self.W - self.MR - text_width(label, "F1", 8), foot_y, label, "F1", 8, 0.4)
            if i > 0:
                head = "%s – %s" % (self.d["municipality"], self.d["title"])
                while text_width(head, "F1", 8) > self.maxw:
                    head = head[:-2].rstrip() + "…"
                self._text_to(ops, self.ML, self.H - 44, head, "F1", 8, 0.4)
        return self.pages

    @staticmethod
    def _text_to(ops, x, y, s, font, size, gray):
        ops.append("BT %.2f g /%s %.1f Tf 1 0 0 1 %.2f %.2f Tm " % (gray, font, size, x, y)
                   + pdf_str(s).decode("latin-1") + " Tj ET 0 g")


def pdf_date(d) -> bytes:
    return ("D:%04d%02d15090000+01'00'" % (d["year"], d["month"])).encode()


def make_pdf(d: dict) -> tuple[bytes, int]:
    pages = PdfLayout(d).render(parse(d["body"]))
    objs: list[bytes] = []

    def add(b: bytes) -> int:
        objs.append(b)
        return len(objs)

    add(b"")  # 1 catalog (filled later)
    add(b"")  # 2 pages
    add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    info = b"".join([
        b"<< /Title ", pdf_utf16(d["title"]),
        b" /Author ", pdf_utf16(d["author"]),
        b" /Subject ", pdf_utf16(d["subject"]),
        b" /Keywords ", pdf_utf16(", ".join(d["tags"])),
        b" /Creator ", pdf_utf16("Smart-Region-Toolbox make-sample-pack.py"),
        b" /Producer ", pdf_utf16("make-sample-pack.py (Python-Standardbibliothek)"),
        b" /CreationDate (", pdf_date(d), b") /ModDate (", pdf_date(d), b") >>"])
    info_id = add(info)
    kids = []
    for ops in pages:
        stream = zlib.compress(("\n".join(ops) + "\n").encode("latin-1"), 9)
        cid = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream)
                  + stream + b"\nendstream")
        pid = add(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] "
                  b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % cid)
        kids.append(pid)
    objs[0] = (b"<< /Type /Catalog /Pages 2 0 R /Lang (de-DE) "
               b"/ViewerPreferences << /DisplayDocTitle true >> >>")
    objs[1] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids)
               + b"] /Count %d >>" % len(kids))

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n" % (len(objs) + 1)
    out += b"0000000000 65535 f \n"
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, info_id, xref))
    return bytes(out), len(pages)


# ---------------------------------------------------------------------------
# Zip helper (deterministic)
# ---------------------------------------------------------------------------

def write_zip(path: Path, members: list[tuple[str, bytes | str]], odf_mimetype: str | None = None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        if odf_mimetype:
            zi = zipfile.ZipInfo("mimetype", ZIP_DATE)
            zi.compress_type = zipfile.ZIP_STORED
            zi.external_attr = 0o100644 << 16
            zi.create_system = 0
            z.writestr(zi, odf_mimetype.encode("ascii"))
        for name, data in members:
            if isinstance(data, str):
                data = data.encode("utf-8")
            zi = zipfile.ZipInfo(name, ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o100644 << 16
            zi.create_system = 0
            z.writestr(zi, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
    path.write_bytes(buf.getvalue())


def iso_date(d) -> str:
    return "%04d-%02d-15T09:00:00Z" % (d["year"], d["month"])


# ---------------------------------------------------------------------------
# Office Open XML: shared parts
# ---------------------------------------------------------------------------

XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_PKG_R = "http://schemas.openxmlformats.org/package/2006/relationships"


def ooxml_core(d) -> str:
    return (XML_HEAD +
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            "<dc:title>%s</dc:title><dc:subject>%s</dc:subject><dc:creator>%s</dc:creator>"
            "<cp:keywords>%s</cp:keywords><dc:description>%s</dc:description>"
            "<cp:lastModifiedBy>%s</cp:lastModifiedBy><dc:language>de-DE</dc:language>"
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>'
            "</cp:coreProperties>" % (
                xml(d["title"]), xml(d["subject"]), xml(d["author"]),
                xml(", ".join(d["tags"])), xml(DISCLAIMER), xml(d["author"]),
                iso_date(d), iso_date(d)))


def ooxml_app(d, application) -> str:
    return (XML_HEAD +
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            "<Application>%s</Application><Company>%s</Company></Properties>"
            % (xml(application), xml(d["municipality"])))


def root_rels(main_part) -> str:
    return (XML_HEAD + '<Relationships xmlns="%s">' % NS_PKG_R +
            '<Relationship Id="rId1" Type="%s/officeDocument" Target="%s"/>' % (NS_R, main_part) +
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/'
            'metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId3" Type="%s/extended-properties" Target="docProps/app.xml"/>' % NS_R +
            "</Relationships>")


def rels(entries) -> str:
    """entries: list of (id, type-suffix, target)."""
    return (XML_HEAD + '<Relationships xmlns="%s">' % NS_PKG_R +
            "".join('<Relationship Id="%s" Type="%s/%s" Target="%s"/>' % (i, NS_R, t, tg)
                    for i, t, tg in entries) + "</Relationships>")


def content_types(overrides) -> str:
    return (XML_HEAD +
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            + "".join('<Override PartName="%s" ContentType="%s"/>' % o for o in overrides) +
            '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
            '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
            "</Types>")


# ---------------------------------------------------------------------------
# DOCX
# ---------------------------------------------------------------------------

NS_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

DOCX_STYLES = XML_HEAD + ('<w:styles xmlns:w="%s">' % NS_W) + """\
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:eastAsia="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/>\
<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="de-DE" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>\
<w:pPrDefault><w:pPr><w:spacing w:after="140" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>\
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>\
<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>\
<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>\
<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>\
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/>\
<w:pPr><w:spacing w:after="80"/></w:pPr><w:rPr><w:b/><w:color w:val="1F4E79"/><w:sz w:val="40"/><w:szCs w:val="40"/></w:rPr></w:style>\
<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="11"/><w:qFormat/>\
<w:pPr><w:spacing w:after="320"/></w:pPr><w:rPr><w:color w:val="595959"/><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>\
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>\
<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr>\
<w:rPr><w:b/><w:color w:val="1F4E79"/><w:sz w:val="30"/><w:szCs w:val="30"/></w:rPr></w:style>\
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>\
<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr>\
<w:rPr><w:b/><w:color w:val="2E74B5"/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>\
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>\
<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="200" w:after="60"/><w:outlineLvl w:val="2"/></w:pPr>\
<w:rPr><w:b/><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr></w:style>\
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/>\
<w:pPr><w:spacing w:after="60"/><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>\
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:rPr><w:color w:val="7F7F7F"/><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>\
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/>\
<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr><w:tblPr><w:tblBorders>\
<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>\
<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>\
<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>\
</w:tblBorders></w:tblPr></w:style>\
</w:styles>"""


def docx_numbering(n_ol: int) -> str:
    def lvl(fmt, text, font=None):
        rpr = ('<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:hint="default"/></w:rPr>' % (font, font)
               if font else "")
        return ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:lvlText w:val="%s"/>'
                '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr>%s</w:lvl>'
                % (fmt, text, rpr))
    out = [XML_HEAD, '<w:numbering xmlns:w="%s">' % NS_W,
           '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>%s</w:abstractNum>'
           % lvl("bullet", "•", "Calibri"),
           '<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/>%s</w:abstractNum>'
           % lvl("decimal", "%1.")]
    out.append('<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')
    for k in range(n_ol):
        out.append('<w:num w:numId="%d"><w:abstractNumId w:val="1"/>'
                   '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' % (k + 2))
    out.append("</w:numbering>")
    return "".join(out)


def w_run(text, bold=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, xml(text))


def w_runs(text, bold=False):
    """Runs of text; "¦" splits it into separate runs with a proofErr between, as Word does."""
    parts = text.split("¦")
    out = [w_run(parts[0], bold) if parts[0] else ""]
    for i, part in enumerate(parts[1:]):
        out.append('<w:proofErr w:type="%s"/>' % ("spellStart" if i % 2 == 0 else "spellEnd"))
        if part:
            out.append(w_run(part, bold))
    return "".join(out)


def w_para(text, style=None, num=None, bold=False):
    ppr = ""
    if style or num:
        ppr = "<w:pPr>"
        if style:
            ppr += '<w:pStyle w:val="%s"/>' % style
        if num:
            ppr += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % num
        ppr += "</w:pPr>"
    return "<w:p>%s%s</w:p>" % (ppr, w_runs(text, bold) if text else "")


def w_table(rows):
    ncol = max(len(r) for r in rows)
    rows = [r + [""] * (ncol - len(r)) for r in rows]
    total = 9072  # text width in twips (A4, 2.5 cm margins)
    # ~100 twips per character of 11 pt Calibri (more for bold headers); keep the longest word in one line
    mins = [125 * (2 + max([len(w) for r in rows for w in r[c].split()] + [3])) for c in range(ncol)]
    natural = [100 * (2 + max(len(r[c]) for r in rows)) for c in range(ncol)]
    widths = [int(w) for w in allocate_widths(mins, natural, total)]
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="%d" w:type="dxa"/>'
           '<w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>' % sum(widths)]
    out += ['<w:gridCol w:w="%d"/>' % w for w in widths]
    out.append("</w:tblGrid>")
    for ri, r in enumerate(rows):
        out.append("<w:tr>")
        if ri == 0:
            out.append("<w:trPr><w:tblHeader/></w:trPr>")
        for ci, cell in enumerate(r):
            shd = '<w:shd w:val="clear" w:color="auto" w:fill="DEEAF6"/>' if ri == 0 else ""
            out.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s</w:tcPr>%s</w:tc>'
                       % (widths[ci], shd, w_para(cell, bold=(ri == 0))))
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def make_docx(d, path: Path):
    blocks = parse(d["body"])
    body = [w_para(d["title"], "Title"),
            w_para("%s · %s · Stand: %s" % (d["municipality"], d["type"], date_text(d)), "Subtitle")]
    n_ol = 0
    for b in blocks:
        kind = b[0]
        if kind in ("h1", "h2", "h3"):
            body.append(w_para(b[1], "Heading" + kind[1]))
        elif kind == "p":
            body.append(w_para(b[1]))
        elif kind == "ul":
            body += [w_para(it, "ListParagraph", num=1) for it in b[1]]
        elif kind == "ol":
            n_ol += 1
            body += [w_para(it, "ListParagraph", num=n_ol + 1) for it in b[1]]
        elif kind == "table":
            body.append(w_table(b[1]))
            body.append(w_para(""))
    body.append(w_para(DISCLAIMER, "Footer"))
    namespaces = 'xmlns:w="%s" xmlns:r="%s"' % (NS_W, NS_R)
    if d["textbox"]:
        # A text box (VML, which Word and LibreOffice both read) right below the subtitle.
        namespaces += ' xmlns:v="urn:schemas-microsoft-com:vml"'
        body.insert(2, '<w:p><w:r><w:pict><v:shape id="Textfeld1" type="#_x0000_t202" '
                       'style="width:453pt;height:36pt"><v:textbox><w:txbxContent>%s</w:txbxContent>'
                       '</v:textbox></v:shape></w:pict></w:r></w:p>' % w_para(d["textbox"]))
    references = ""
    extra_parts, extra_rels, extra_types = [], [], []
    for kind, root, text in (("header", "hdr", d["header"]), ("footer", "ftr", d["footer"])):
        if not text:
            continue
        rid = "rId%d" % (3 + len(extra_rels))
        references += '<w:%sReference w:type="default" r:id="%s"/>' % (kind, rid)
        extra_parts.append(("word/%s1.xml" % kind, XML_HEAD + '<w:%s xmlns:w="%s" xmlns:r="%s">%s</w:%s>'
                            % (root, NS_W, NS_R, w_para(text, "Footer"), root)))
        extra_rels.append((rid, kind, "%s1.xml" % kind))
        extra_types.append(("/word/%s1.xml" % kind,
                            "application/vnd.openxmlformats-officedocument.wordprocessingml.%s+xml" % kind))
    document = (XML_HEAD + '<w:document %s><w:body>' % namespaces
                + "".join(body) +
                '<w:sectPr>' + references + '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" '
                'w:bottom="1134" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>'
                "</w:body></w:document>")
    ct = content_types([
        ("/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
        ("/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"),
        ("/word/numbering.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"),
    ] + extra_types)
    write_zip(path, [
        ("[Content_Types].xml", ct),
        ("_rels/.rels", root_rels("word/document.xml")),
        ("docProps/core.xml", ooxml_core(d)),
        ("docProps/app.xml", ooxml_app(d, "Microsoft Office Word")),
        ("word/document.xml", document),
        ("word/_rels/document.xml.rels", rels([("rId1", "styles", "styles.xml"),
                                               ("rId2", "numbering", "numbering.xml")] + extra_rels)),
        ("word/styles.xml", DOCX_STYLES),
        ("word/numbering.xml", docx_numbering(n_ol)),
    ] + extra_parts)


# ---------------------------------------------------------------------------
# Spreadsheet cells (shared by XLSX and ODS)
# ---------------------------------------------------------------------------

class Cell:
    """A spreadsheet cell.  kind: 'text', 'num', 'eur', 'pct', 'date'."""

    def __init__(self, value, kind=None, formula=None, bold=False):
        self.value = value
        self.formula = formula
        self.bold = bold
        if kind is None:
            kind = "text" if isinstance(value, str) else "num"
        self.kind = kind


def EUR(v, formula=None, bold=False):
    return Cell(round(float(v), 2), "eur", formula, bold)


def NUM(v, formula=None, bold=False):
    return Cell(v, "num", formula, bold)


def DATE(s):
    return Cell(s, "date")


def B(s):
    return Cell(s, "text", bold=True)


def as_cell(v) -> Cell | None:
    if v is None or isinstance(v, Cell):
        return v
    return Cell(v)


def col_letter(i: int) -> str:
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def fmt_num(v) -> str:
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return repr(v) if isinstance(v, float) else str(v)


def de_number(v, decimals=None) -> str:
    if decimals is None:
        decimals = 0 if float(v).is_integer() else 2
    s = "{:,.{}f}".format(v, decimals)
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def excel_serial(iso: str) -> int:
    import datetime
    return (datetime.date.fromisoformat(iso) - datetime.date(1899, 12, 30)).days


# ---------------------------------------------------------------------------
# XLSX
# ---------------------------------------------------------------------------

NS_SS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

XLSX_STYLES = XML_HEAD + ('<styleSheet xmlns="%s">' % NS_SS) + """\
<numFmts count="2"><numFmt numFmtId="164" formatCode="#,##0.00\\ &quot;€&quot;"/><numFmt numFmtId="165" formatCode="DD.MM.YYYY"/></numFmts>\
<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>\
<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>\
<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>\
<fill><patternFill patternType="solid"><fgColor rgb="FFDEEAF6"/><bgColor indexed="64"/></patternFill></fill></fills>\
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
<cellXfs count="7">\
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>\
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
<xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>\
<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
</cellXfs><cellStyles count="1"><cellStyle name="Standard" xfId="0" builtinId="0"/></cellStyles>\
</styleSheet>"""


def make_xlsx(d, path: Path):
    shared: list[str] = []
    index: dict[str, int] = {}

    refs = [0]

    def sst(s):
        refs[0] += 1
        if s not in index:
            index[s] = len(shared)
            shared.append(s)
        return index[s]

    sheets_xml = []
    for name, rows, widths in d["sheets"]:
        ncols = max(len(r) for r in rows)
        out = [XML_HEAD, '<worksheet xmlns="%s" xmlns:r="%s">' % (NS_SS, NS_R),
               '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>',
               '<dimension ref="A1:%s%d"/>' % (col_letter(ncols - 1), len(rows)),
               '<sheetViews><sheetView workbookViewId="0"%s><pane ySplit="1" topLeftCell="A2" '
               'activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
               % (' tabSelected="1"' if not sheets_xml else ""),
               '<sheetFormatPr defaultRowHeight="15"/><cols>']
        for i, w in enumerate(widths):
            out.append('<col min="%d" max="%d" width="%s" customWidth="1"/>' % (i + 1, i + 1, w))
        out.append("</cols><sheetData>")
        for ri, r in enumerate(rows):
            out.append('<row r="%d">' % (ri + 1))
            for ci, v in enumerate(r):
                c = as_cell(v)
                if c is None:
                    continue
                ref = "%s%d" % (col_letter(ci), ri + 1)
                if c.kind == "text":
                    s = 1 if ri == 0 else (5 if c.bold else 0)
                    out.append('<c r="%s" s="%d" t="s"><v>%d</v></c>' % (ref, s, sst(c.value)))
                    continue
                if c.kind == "eur":
                    s, val = (3 if c.bold else 2), fmt_num(c.value)
                elif c.kind == "date":
                    s, val = 4, str(excel_serial(c.value))
                else:
                    s, val = (6 if isinstance(c.value, float) else 0), fmt_num(c.value)
                f = "<f>%s</f>" % xml(c.formula) if c.formula else ""
                out.append('<c r="%s" s="%d">%s<v>%s</v></c>' % (ref, s, f, val))
            out.append("</row>")
        out.append('</sheetData><pageMargins left="0.7" right="0.7" top="0.79" bottom="0.79" '
                   'header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape" '
                   'fitToWidth="1" fitToHeight="0"/></worksheet>')
        sheets_xml.append("".join(out))

    workbook = (XML_HEAD + '<workbook xmlns="%s" xmlns:r="%s"><bookViews><workbookView/></bookViews><sheets>'
                % (NS_SS, NS_R) +
                "".join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (xml(s[0]), i + 1, i + 1)
                        for i, s in enumerate(d["sheets"])) +
                '</sheets><calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>')
    n = len(d["sheets"])
    wb_rels = [("rId%d" % (i + 1), "worksheet", "worksheets/sheet%d.xml" % (i + 1)) for i in range(n)]
    wb_rels += [("rId%d" % (n + 1), "sharedStrings", "sharedStrings.xml"),
                ("rId%d" % (n + 2), "styles", "styles.xml")]
    sst_xml = (XML_HEAD + '<sst xmlns="%s" count="%d" uniqueCount="%d">' % (NS_SS, refs[0], len(shared))
               + "".join('<si><t xml:space="preserve">%s</t></si>' % xml(s) for s in shared) + "</sst>")
    ct = content_types(
        [("/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")]
        + [("/xl/worksheets/sheet%d.xml" % (i + 1),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml") for i in range(n)]
        + [("/xl/sharedStrings.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"),
           ("/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml")])
    members = [("[Content_Types].xml", ct),
               ("_rels/.rels", root_rels("xl/workbook.xml")),
               ("docProps/core.xml", ooxml_core(d)),
               ("docProps/app.xml", ooxml_app(d, "Microsoft Excel")),
               ("xl/workbook.xml", workbook),
               ("xl/_rels/workbook.xml.rels", rels(wb_rels)),
               ("xl/styles.xml", XLSX_STYLES),
               ("xl/sharedStrings.xml", sst_xml)]
    members += [("xl/worksheets/sheet%d.xml" % (i + 1), x) for i, x in enumerate(sheets_xml)]
    write_zip(path, members)


# ---------------------------------------------------------------------------
# PPTX
# ---------------------------------------------------------------------------

NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
PNS = 'xmlns:a="%s" xmlns:r="%s" xmlns:p="%s"' % (NS_A, NS_R, NS_P)
SLIDE_W, SLIDE_H = 12192000, 6858000

PPTX_THEME = XML_HEAD + ('<a:theme xmlns:a="%s" name="Smart Region">' % NS_A) + """\
<a:themeElements><a:clrScheme name="Smart Region">\
<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>\
<a:dk2><a:srgbClr val="1F4E79"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2>\
<a:accent1><a:srgbClr val="2E7D32"/></a:accent1><a:accent2><a:srgbClr val="1F4E79"/></a:accent2>\
<a:accent3><a:srgbClr val="F9A825"/></a:accent3><a:accent4><a:srgbClr val="6A1B9A"/></a:accent4>\
<a:accent5><a:srgbClr val="00838F"/></a:accent5><a:accent6><a:srgbClr val="C62828"/></a:accent6>\
<a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme>\
<a:fontScheme name="Smart Region"><a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>\
<a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>\
<a:fmtScheme name="Smart Region"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>\
<a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst>\
<a:lnStyleLst><a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>\
<a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>\
<a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst>\
<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle>\
<a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>\
<a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>\
<a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements>\
<a:objectDefaults/><a:extraClrSchemeLst/></a:theme>"""

_SPTREE_HEAD = ('<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'
                '<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/>'
                '<a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>')

def _ph_sp(sid, name, ph, x, y, cx, cy):
    return ('<p:sp><p:nvSpPr><p:cNvPr id="%d" name="%s"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>'
            "<p:nvPr>%s</p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x=\"%d\" y=\"%d\"/><a:ext cx=\"%d\" cy=\"%d\"/>"
            '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr><p:txBody><a:bodyPr/><a:lstStyle/>'
            '<a:p><a:endParaRPr lang="de-DE"/></a:p></p:txBody></p:sp>' % (sid, name, ph, x, y, cx, cy))


PPTX_MASTER = (XML_HEAD + "<p:sldMaster %s><p:cSld><p:bg><p:bgRef idx=\"1001\"><a:schemeClr val=\"bg1\"/></p:bgRef></p:bg>"
               "<p:spTree>%s%s%s</p:spTree></p:cSld>"
               % (PNS, _SPTREE_HEAD,
                  _ph_sp(2, "Titelplatzhalter 1", '<p:ph type="title"/>', 838200, 365125, 10515600, 1325563),
                  _ph_sp(3, "Textplatzhalter 2", '<p:ph type="body" idx="1"/>', 838200, 1825625, 10515600, 4351338)) +
               '<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" '
               'accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" '
               'folHlink="folHlink"/><p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/>'
               "</p:sldLayoutIdLst></p:sldMaster>")

PPTX_LAYOUT = (XML_HEAD + '<p:sldLayout %s type="obj" preserve="1"><p:cSld name="Titel und Inhalt">'
               "<p:spTree>%s%s%s</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr>"
               "</p:sldLayout>"
               % (PNS, _SPTREE_HEAD,
                  _ph_sp(2, "Titel 1", '<p:ph type="title"/>', 838200, 365125, 10515600, 1325563),
                  _ph_sp(3, "Inhaltsplatzhalter 2", '<p:ph idx="1"/>', 838200, 1825625, 10515600, 4351338)))


def pptx_shape(sid, name, ph, x, y, cx, cy, paras):
    ph_xml = '<p:ph type="%s"/>' % ph if ph == "title" else '<p:ph idx="1"/>'
    return ('<p:sp><p:nvSpPr><p:cNvPr id="%d" name="%s"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>'
            '<p:nvPr>%s</p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="%d" y="%d"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr><p:txBody><a:bodyPr wrap="square">'
            '<a:normAutofit/></a:bodyPr><a:lstStyle/>%s</p:txBody></p:sp>'
            % (sid, xml(name), ph_xml, x, y, cx, cy, "".join(paras)))


def pptx_para(text, size, bold=False, bullet=False, color=None):
    ppr = ('<a:pPr marL="342900" indent="-342900"><a:spcBef><a:spcPts val="1200"/></a:spcBef>'
           '<a:buFont typeface="Arial"/><a:buChar char="•"/></a:pPr>'
           if bullet else '<a:pPr><a:buNone/></a:pPr>')
    fill = '<a:solidFill><a:srgbClr val="%s"/></a:solidFill>' % color if color else ""
    return ('<a:p>%s<a:r><a:rPr lang="de-DE" sz="%d"%s dirty="0">%s</a:rPr><a:t>%s</a:t></a:r></a:p>'
            % (ppr, size * 100, ' b="1"' if bold else "", fill, xml(text)))


def make_pptx(d, path: Path):
    slides = d["slides"]
    slide_parts = []
    for i, (title, bullets) in enumerate(slides):
        if i == 0:
            shapes = [pptx_shape(2, "Titel 1", "title", 838200, 2130425, 10515600, 1470025,
                                 [pptx_para(title, 40, True, color="1F4E79")]),
                      pptx_shape(3, "Untertitel 2", "body", 838200, 3886200, 10515600, 1752600,
                                 [pptx_para(b, 20, color="595959") for b in bullets])]
        else:
            shapes = [pptx_shape(2, "Titel 1", "title", 838200, 365125, 10515600, 1325563,
                                 [pptx_para(title, 32, True, color="1F4E79")]),
                      pptx_shape(3, "Inhaltsplatzhalter 2", "body", 838200, 1825625, 10515600, 4351338,
                                 [pptx_para(b, 24, bullet=True) for b in bullets])]
        footer = ('<p:sp><p:nvSpPr><p:cNvPr id="4" name="Fußzeile"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr>'
                  '<p:spPr><a:xfrm><a:off x="838200" y="6356350"/><a:ext cx="10515600" cy="365125"/></a:xfrm>'
                  '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr><p:txBody><a:bodyPr/><a:lstStyle/>'
                  + pptx_para("%s · Folie %d · Fiktives Beispiel" % (d["municipality"], i + 1), 10, color="7F7F7F")
                  + "</p:txBody></p:sp>")
        slide_parts.append(XML_HEAD + "<p:sld %s><p:cSld><p:spTree>%s%s%s</p:spTree></p:cSld>"
                           "<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>"
                           % (PNS, _SPTREE_HEAD, "".join(shapes), footer))
    n = len(slides)
    pres = (XML_HEAD + '<p:presentation %s saveSubsetFonts="1">' % PNS +
            '<p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst>'
            "<p:sldIdLst>" + "".join('<p:sldId id="%d" r:id="rId%d"/>' % (256 + i, i + 2) for i in range(n)) +
            '</p:sldIdLst><p:sldSz cx="%d" cy="%d"/><p:notesSz cx="6858000" cy="9144000"/>'
            "<p:defaultTextStyle/></p:presentation>" % (SLIDE_W, SLIDE_H))
    pres_rels = [("rId1", "slideMaster", "slideMasters/slideMaster1.xml")]
    pres_rels += [("rId%d" % (i + 2), "slide", "slides/slide%d.xml" % (i + 1)) for i in range(n)]
    pres_rels += [("rId%d" % (n + 2), "theme", "theme/theme1.xml")]
    ct = content_types(
        [("/ppt/presentation.xml", "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"),
         ("/ppt/slideMasters/slideMaster1.xml", "application/vnd.openxmlformats-officedocument.presentationml.slideMaster+xml"),
         ("/ppt/slideLayouts/slideLayout1.xml", "application/vnd.openxmlformats-officedocument.presentationml.slideLayout+xml"),
         ("/ppt/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml")]
        + [("/ppt/slides/slide%d.xml" % (i + 1), "application/vnd.openxmlformats-officedocument.presentationml.slide+xml")
           for i in range(n)])
    members = [("[Content_Types].xml", ct),
               ("_rels/.rels", root_rels("ppt/presentation.xml")),
               ("docProps/core.xml", ooxml_core(d)),
               ("docProps/app.xml", ooxml_app(d, "Microsoft Office PowerPoint")),
               ("ppt/presentation.xml", pres),
               ("ppt/_rels/presentation.xml.rels", rels(pres_rels)),
               ("ppt/slideMasters/slideMaster1.xml", PPTX_MASTER),
               ("ppt/slideMasters/_rels/slideMaster1.xml.rels",
                rels([("rId1", "slideLayout", "../slideLayouts/slideLayout1.xml"),
                      ("rId2", "theme", "../theme/theme1.xml")])),
               ("ppt/slideLayouts/slideLayout1.xml", PPTX_LAYOUT),
               ("ppt/slideLayouts/_rels/slideLayout1.xml.rels",
                rels([("rId1", "slideMaster", "../slideMasters/slideMaster1.xml")])),
               ("ppt/theme/theme1.xml", PPTX_THEME)]
    for i, part in enumerate(slide_parts):
        members.append(("ppt/slides/slide%d.xml" % (i + 1), part))
        members.append(("ppt/slides/_rels/slide%d.xml.rels" % (i + 1),
                        rels([("rId1", "slideLayout", "../slideLayouts/slideLayout1.xml")])))
    write_zip(path, members)


# ---------------------------------------------------------------------------
# OpenDocument (ODT, ODS, ODP)
# ---------------------------------------------------------------------------

ODF_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
    "dc": "http://purl.org/dc/elements/1.1/",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "number": "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0",
    "presentation": "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "of": "urn:oasis:names:tc:opendocument:xmlns:of:1.2",
}
ODF_NS_ATTRS = " ".join('xmlns:%s="%s"' % kv for kv in ODF_NS.items())
ODF_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'
MIME = {
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "odp": "application/vnd.oasis.opendocument.presentation",
}


def odf_meta(d) -> str:
    kw = "".join("<meta:keyword>%s</meta:keyword>" % xml(t) for t in d["tags"])
    return (ODF_HEAD + '<office:document-meta %s office:version="1.3"><office:meta>' % ODF_NS_ATTRS +
            "<meta:generator>Smart-Region-Toolbox make-sample-pack.py</meta:generator>"
            "<dc:title>%s</dc:title><dc:subject>%s</dc:subject><dc:description>%s</dc:description>"
            "%s<meta:initial-creator>%s</meta:initial-creator><dc:creator>%s</dc:creator>"
            "<meta:creation-date>%s</meta:creation-date><dc:date>%s</dc:date>"
            "<dc:language>de-DE</dc:language></office:meta></office:document-meta>"
            % (xml(d["title"]), xml(d["subject"]), xml(DISCLAIMER), kw, xml(d["author"]),
               xml(d["author"]), iso_date(d)[:-1], iso_date(d)[:-1]))


def odf_manifest(kind) -> str:
    return (ODF_HEAD + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
            'manifest:version="1.3">'
            '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="%s"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
            '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
            "</manifest:manifest>" % MIME[kind])


def write_odf(d, path: Path, kind, content, styles):
    write_zip(path, [("META-INF/manifest.xml", odf_manifest(kind)),
                     ("content.xml", content), ("styles.xml", styles), ("meta.xml", odf_meta(d))],
              odf_mimetype=MIME[kind])


ODT_STYLES = (ODF_HEAD + '<office:document-styles %s office:version="1.3">' % ODF_NS_ATTRS + """\
<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="&apos;Liberation Sans&apos;" style:font-family-generic="swiss" style:font-pitch="variable"/></office:font-face-decls>\
<office:styles>\
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.2cm"/>\
<style:text-properties style:font-name="Liberation Sans" fo:font-size="11pt" fo:language="de" fo:country="DE"/></style:default-style>\
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>\
<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text">\
<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.25cm" fo:line-height="125%"/></style:style>\
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Subtitle" style:class="chapter">\
<style:paragraph-properties fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="20pt" fo:font-weight="bold" fo:color="#1f4e79"/></style:style>\
<style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="chapter">\
<style:paragraph-properties fo:margin-bottom="0.6cm"/><style:text-properties fo:font-size="10pt" fo:color="#595959"/></style:style>\
<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text">\
<style:paragraph-properties fo:margin-top="0.45cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold" fo:color="#1f4e79"/></style:style>\
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1" style:class="text">\
<style:text-properties fo:font-size="15pt"/></style:style>\
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2" style:class="text">\
<style:text-properties fo:font-size="13pt"/></style:style>\
<style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="3" style:class="text">\
<style:text-properties fo:font-size="11pt"/></style:style>\
<style:style style:name="List_20_Paragraph" style:display-name="List Paragraph" style:family="paragraph" style:parent-style-name="Text_20_body"/>\
<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard">\
<style:paragraph-properties fo:margin-bottom="0cm"/></style:style>\
<style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents">\
<style:text-properties fo:font-weight="bold"/></style:style>\
<style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="8pt" fo:color="#7f7f7f"/></style:style>\
<text:list-style style:name="Bullets"><text:list-level-style-bullet text:level="1" text:bullet-char="•">\
<style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.635cm" fo:text-indent="-0.635cm" fo:margin-left="0.635cm"/></style:list-level-properties>\
</text:list-level-style-bullet></text:list-style>\
<text:list-style style:name="Numbering"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1">\
<style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.635cm" fo:text-indent="-0.635cm" fo:margin-left="0.635cm"/></style:list-level-properties>\
</text:list-level-style-number></text:list-style>\
</office:styles>\
<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.5cm" fo:margin-right="2cm"/></style:page-layout></office:automatic-styles>\
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>\
</office:document-styles>""")


def odt_text(text) -> str:
    """Escaped paragraph text; "¦" splits it into spans, as LibreOffice writes after an edit."""
    parts = text.split("¦")
    return xml(parts[0]) + "".join("<text:span>%s</text:span>" % xml(p) for p in parts[1:])


def make_odt(d, path: Path):
    blocks = parse(d["body"])
    out = ['<text:p text:style-name="Title">%s</text:p>' % xml(d["title"]),
           '<text:p text:style-name="Subtitle">%s</text:p>'
           % xml("%s · %s · Stand: %s" % (d["municipality"], d["type"], date_text(d)))]
    ntab = 0
    for b in blocks:
        kind = b[0]
        if kind in ("h1", "h2", "h3"):
            out.append('<text:h text:style-name="Heading_20_%s" text:outline-level="%s">%s</text:h>'
                       % (kind[1], kind[1], xml(b[1])))
        elif kind == "p":
            out.append('<text:p text:style-name="Text_20_body">%s</text:p>' % odt_text(b[1]))
        elif kind in ("ul", "ol"):
            out.append('<text:list text:style-name="%s">' % ("Bullets" if kind == "ul" else "Numbering"))
            out += ['<text:list-item><text:p text:style-name="List_20_Paragraph">%s</text:p></text:list-item>'
                    % odt_text(it) for it in b[1]]
            out.append("</text:list>")
        elif kind == "table":
            ntab += 1
            rows = b[1]
            ncol = max(len(r) for r in rows)
            out.append('<table:table table:name="Tabelle%d" table:style-name="Tab">' % ntab)
            out.append('<table:table-column table:style-name="TabCol" table:number-columns-repeated="%d"/>' % ncol)
            for ri, r in enumerate(rows):
                r = r + [""] * (ncol - len(r))
                if ri == 0:
                    out.append("<table:table-header-rows>")
                out.append("<table:table-row>")
                for c in r:
                    out.append('<table:table-cell table:style-name="TabCell" office:value-type="string">'
                               '<text:p text:style-name="%s">%s</text:p></table:table-cell>'
                               % ("Table_20_Heading" if ri == 0 else "Table_20_Contents", odt_text(c)))
                out.append("</table:table-row>")
                if ri == 0:
                    out.append("</table:table-header-rows>")
            out.append("</table:table>")
    if d["textbox"]:
        out.insert(2, '<text:p text:style-name="Text_20_body"><draw:frame draw:name="Textfeld1" '
                      'text:anchor-type="paragraph" svg:width="16cm" draw:z-index="0"><draw:text-box fo:min-height="1cm">'
                      '<text:p text:style-name="Standard">%s</text:p></draw:text-box></draw:frame></text:p>'
                      % odt_text(d["textbox"]))
    out.append('<text:p text:style-name="Footnote">%s</text:p>' % xml(DISCLAIMER))
    styles = ODT_STYLES
    if d["header"] or d["footer"]:
        master = '<style:master-page style:name="Standard" style:page-layout-name="pm1">'
        for kind in ("header", "footer"):
            if d[kind]:
                master += '<style:%s><text:p text:style-name="Footnote">%s</text:p></style:%s>' % (
                    kind, odt_text(d[kind]), kind)
        master += "</style:master-page>"
        styles = styles.replace('<style:master-page style:name="Standard" style:page-layout-name="pm1"/>', master)
    content = (ODF_HEAD + '<office:document-content %s office:version="1.3">' % ODF_NS_ATTRS +
               "<office:automatic-styles>"
               '<style:style style:name="Tab" style:family="table"><style:table-properties style:width="16.5cm" '
               'table:align="margins" fo:margin-top="0.2cm" fo:margin-bottom="0.3cm"/></style:style>'
               '<style:style style:name="TabCol" style:family="table-column"/>'
               '<style:style style:name="TabCell" style:family="table-cell"><style:table-cell-properties '
               'fo:padding="0.1cm" fo:border="0.5pt solid #808080"/></style:style>'
               "</office:automatic-styles><office:body><office:text>" + "".join(out) +
               "</office:text></office:body></office:document-content>")
    write_odf(d, path, "odt", content, styles)


ODS_STYLES = (ODF_HEAD + '<office:document-styles %s office:version="1.3">' % ODF_NS_ATTRS +
              '<office:styles><style:default-style style:family="table-cell"><style:text-properties '
              'fo:language="de" fo:country="DE"/></style:default-style>'
              '<style:style style:name="Default" style:family="table-cell"/></office:styles>'
              "</office:document-styles>")


def ods_formula(f: str) -> str:
    def ref(m):
        a, b = m.group(1), m.group(3)
        return "[.%s:.%s]" % (a, b) if b else "[.%s]" % a
    return "of:=" + re.sub(r"\b([A-Z]{1,2}[0-9]+)(:([A-Z]{1,2}[0-9]+))?\b", ref, f).replace(",", ";")


def make_ods(d, path: Path):
    out = []
    for name, rows, widths in d["sheets"]:
        ncols = max(len(r) for r in rows)
        out.append('<table:table table:name="%s">' % xml(name))
        for i in range(ncols):
            out.append('<table:table-column table:style-name="co%d" table:default-cell-style-name="Default"/>' % i)
        for ri, r in enumerate(rows):
            out.append("<table:table-row>")
            for v in r + [None] * (ncols - len(r)):
                c = as_cell(v)
                if c is None:
                    out.append("<table:table-cell/>")
                    continue
                style = ' table:style-name="%s"' % ("ceH" if ri == 0 else ("ceB" if c.bold else "ce0"))
                f = ' table:formula="%s"' % xml(ods_formula(c.formula)) if c.formula else ""
                if c.kind == "text":
                    out.append('<table:table-cell%s office:value-type="string"><text:p>%s</text:p></table:table-cell>'
                               % (style, xml(c.value)))
                elif c.kind == "eur":
                    style = ' table:style-name="%s"' % ("ceEB" if c.bold else "ceE")
                    out.append('<table:table-cell%s%s office:value-type="currency" office:currency="EUR" '
                               'office:value="%s"><text:p>%s €</text:p></table:table-cell>'
                               % (style, f, fmt_num(c.value), de_number(c.value, 2)))
                elif c.kind == "date":
                    dd = c.value.split("-")
                    out.append('<table:table-cell table:style-name="ceD" office:value-type="date" '
                               'office:date-value="%s"><text:p>%s.%s.%s</text:p></table:table-cell>'
                               % (c.value, dd[2], dd[1], dd[0]))
                else:
                    out.append('<table:table-cell%s%s office:value-type="float" office:value="%s">'
                               "<text:p>%s</text:p></table:table-cell>"
                               % (style, f, fmt_num(c.value), de_number(c.value)))
            out.append("</table:table-row>")
        out.append("</table:table>")
    col_styles = "".join(
        '<style:style style:name="co%d" style:family="table-column"><style:table-column-properties '
        'fo:break-before="auto" style:column-width="%.2fcm"/></style:style>' % (i, w * 0.19)
        for i, w in enumerate(max((s[2] for s in d["sheets"]), key=len)))
    content = (ODF_HEAD + '<office:document-content %s office:version="1.3">' % ODF_NS_ATTRS +
               "<office:automatic-styles>" + col_styles +
               '<number:currency-style style:name="N1"><number:number number:decimal-places="2" '
               'number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/>'
               '<number:text> </number:text><number:currency-symbol number:language="de" number:country="DE">€'
               "</number:currency-symbol></number:currency-style>"
               '<number:date-style style:name="N2"><number:day number:style="long"/><number:text>.</number:text>'
               '<number:month number:style="long"/><number:text>.</number:text><number:year number:style="long"/>'
               "</number:date-style>"
               '<style:style style:name="ce0" style:family="table-cell" style:parent-style-name="Default"/>'
               '<style:style style:name="ceH" style:family="table-cell" style:parent-style-name="Default">'
               '<style:table-cell-properties fo:background-color="#deeaf6"/><style:text-properties fo:font-weight="bold"/></style:style>'
               '<style:style style:name="ceB" style:family="table-cell" style:parent-style-name="Default">'
               '<style:text-properties fo:font-weight="bold"/></style:style>'
               '<style:style style:name="ceE" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N1"/>'
               '<style:style style:name="ceEB" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N1">'
               '<style:text-properties fo:font-weight="bold"/></style:style>'
               '<style:style style:name="ceD" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N2"/>'
               "</office:automatic-styles><office:body><office:spreadsheet>" + "".join(out) +
               "</office:spreadsheet></office:body></office:document-content>")
    write_odf(d, path, "ods", content, ODS_STYLES)


ODP_STYLES = (ODF_HEAD + '<office:document-styles %s office:version="1.3">' % ODF_NS_ATTRS +
              "<office:styles>"
              '<style:default-style style:family="graphic"><style:text-properties fo:language="de" fo:country="DE"/>'
              "</style:default-style></office:styles>"
              '<office:automatic-styles><style:page-layout style:name="PM1"><style:page-layout-properties '
              'fo:margin-top="0cm" fo:margin-bottom="0cm" fo:margin-left="0cm" fo:margin-right="0cm" '
              'fo:page-width="28cm" fo:page-height="15.75cm" style:print-orientation="landscape"/></style:page-layout>'
              '<style:style style:name="dp1" style:family="drawing-page"><style:drawing-page-properties '
              'draw:fill="solid" draw:fill-color="#ffffff"/></style:style></office:automatic-styles>'
              '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PM1" '
              'draw:style-name="dp1"/></office:master-styles></office:document-styles>')


def make_odp(d, path: Path):
    pages = []
    for i, (title, bullets) in enumerate(d["slides"]):
        if i == 0:
            t = ('<draw:frame draw:style-name="gr1" presentation:class="title" svg:x="2cm" svg:y="4.5cm" '
                 'svg:width="24cm" svg:height="3cm"><draw:text-box><text:p text:style-name="PT">%s</text:p>'
                 "</draw:text-box></draw:frame>" % xml(title))
            body = ('<draw:frame draw:style-name="gr1" presentation:class="subtitle" svg:x="2cm" svg:y="8cm" '
                    'svg:width="24cm" svg:height="4cm"><draw:text-box>%s</draw:text-box></draw:frame>'
                    % "".join('<text:p text:style-name="PS">%s</text:p>' % xml(b) for b in bullets))
        else:
            t = ('<draw:frame draw:style-name="gr1" presentation:class="title" svg:x="1.5cm" svg:y="0.8cm" '
                 'svg:width="25cm" svg:height="2.2cm"><draw:text-box><text:p text:style-name="PH">%s</text:p>'
                 "</draw:text-box></draw:frame>" % xml(title))
            body = ('<draw:frame draw:style-name="gr1" presentation:class="outline" svg:x="1.5cm" svg:y="3.3cm" '
                    'svg:width="25cm" svg:height="10.5cm"><draw:text-box><text:list text:style-name="LB">%s'
                    "</text:list></draw:text-box></draw:frame>"
                    % "".join('<text:list-item><text:p text:style-name="PB">%s</text:p></text:list-item>'
                              % xml(b) for b in bullets))
        foot = ('<draw:frame draw:style-name="gr1" svg:x="1.5cm" svg:y="14.5cm" svg:width="25cm" svg:height="0.8cm">'
                '<draw:text-box><text:p text:style-name="PF">%s</text:p></draw:text-box></draw:frame>'
                % xml("%s · Folie %d · Fiktives Beispiel" % (d["municipality"], i + 1)))
        pages.append('<draw:page draw:name="Folie %d" draw:style-name="dp1" draw:master-page-name="Standard">'
                     "%s%s%s</draw:page>" % (i + 1, t, body, foot))
    content = (ODF_HEAD + '<office:document-content %s office:version="1.3">' % ODF_NS_ATTRS +
               "<office:automatic-styles>"
               '<style:style style:name="dp1" style:family="drawing-page"/>'
               '<style:style style:name="gr1" style:family="graphic"><style:graphic-properties draw:stroke="none" '
               'draw:fill="none" draw:textarea-vertical-align="top" draw:auto-grow-height="false"/></style:style>'
               '<style:style style:name="PT" style:family="paragraph"><style:text-properties fo:font-size="36pt" '
               'fo:font-weight="bold" fo:color="#1f4e79"/></style:style>'
               '<style:style style:name="PS" style:family="paragraph"><style:text-properties fo:font-size="18pt" '
               'fo:color="#595959"/></style:style>'
               '<style:style style:name="PH" style:family="paragraph"><style:text-properties fo:font-size="28pt" '
               'fo:font-weight="bold" fo:color="#1f4e79"/></style:style>'
               '<style:style style:name="PB" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.25cm"/>'
               '<style:text-properties fo:font-size="18pt"/></style:style>'
               '<style:style style:name="PF" style:family="paragraph"><style:text-properties fo:font-size="9pt" '
               'fo:color="#7f7f7f"/></style:style>'
               '<text:list-style style:name="LB"><text:list-level-style-bullet text:level="1" text:bullet-char="•">'
               '<style:list-level-properties text:space-before="0cm" text:min-label-width="0.8cm"/>'
               "</text:list-level-style-bullet></text:list-style>"
               "</office:automatic-styles><office:body><office:presentation>" + "".join(pages) +
               "</office:presentation></office:body></office:document-content>")
    write_odf(d, path, "odp", content, ODP_STYLES)


# ---------------------------------------------------------------------------
# Plain formats: Markdown, TXT, HTML, CSV, PNG
# ---------------------------------------------------------------------------

def to_markdown(d) -> str:
    out = ["# " + d["title"], "",
           "*%s · %s · Stand: %s*" % (d["municipality"], d["type"], date_text(d)), ""]
    for b in parse(d["body"]):
        kind = b[0]
        if kind in ("h1", "h2", "h3"):
            out += ["#" * (int(kind[1]) + 1) + " " + b[1], ""]
        elif kind == "p":
            out += [b[1], ""]
        elif kind == "ul":
            out += ["- " + it for it in b[1]] + [""]
        elif kind == "ol":
            out += ["%d. %s" % (i + 1, it) for i, it in enumerate(b[1])] + [""]
        elif kind == "table":
            rows = b[1]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "|".join("---" for _ in rows[0]) + "|")
            out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
            out.append("")
    out += ["---", "", "_%s_" % DISCLAIMER, ""]
    return "\n".join(out)


def to_text(d, width=78) -> str:
    out = [d["title"], "=" * min(width, len(d["title"])),
           "%s · %s · Stand: %s" % (d["municipality"], d["type"], date_text(d)), ""]
    for b in parse(d["body"]):
        kind = b[0]
        if kind in ("h1", "h2", "h3"):
            out += [b[1], ("-" if kind == "h1" else "~") * len(b[1]), ""] if kind != "h3" else [b[1] + ":", ""]
        elif kind == "p":
            out += textwrap.wrap(b[1], width) + [""]
        elif kind in ("ul", "ol"):
            for i, it in enumerate(b[1]):
                mark = "  * " if kind == "ul" else "  %d. " % (i + 1)
                out += textwrap.wrap(it, width, initial_indent=mark, subsequent_indent=" " * len(mark))
            out.append("")
        elif kind == "table":
            rows = b[1]
            widths = [max(len(r[c]) for r in rows) for c in range(len(rows[0]))]
            for ri, r in enumerate(rows):
                out.append("  " + "  ".join(c.ljust(widths[i]) for i, c in enumerate(r)).rstrip())
                if ri == 0:
                    out.append("  " + "  ".join("-" * w for w in widths))
            out.append("")
    out += ["--", DISCLAIMER, ""]
    return "\n".join(out)


def make_png(path: Path, size=96):
    """A small logo: green rounded square with a white 'network' of nodes."""
    bg, fg, edge = (46, 125, 50), (255, 255, 255), (200, 230, 201)
    nodes = [(0.5, 0.3), (0.27, 0.62), (0.73, 0.62), (0.5, 0.5)]
    links = [(0, 3), (1, 3), (2, 3), (0, 1), (0, 2), (1, 2)]
    px = []
    for y in range(size):
        row = bytearray([0])  # filter type 0
        for x in range(size):
            u, v = (x + 0.5) / size, (y + 0.5) / size
            # rounded square mask
            r = 0.18
            cx, cy = min(max(u, r), 1 - r), min(max(v, r), 1 - r)
            inside = (u - cx) ** 2 + (v - cy) ** 2 <= r * r
            if not inside:
                row += bytes((255, 255, 255, 0))
                continue
            col = bg
            for a, b in links:
                (x1, y1), (x2, y2) = nodes[a], nodes[b]
                dx, dy = x2 - x1, y2 - y1
                t = max(0.0, min(1.0, ((u - x1) * dx + (v - y1) * dy) / (dx * dx + dy * dy)))
                if (u - x1 - t * dx) ** 2 + (v - y1 - t * dy) ** 2 < 0.018 ** 2:
                    col = edge
            for (nx, ny) in nodes:
                if (u - nx) ** 2 + (v - ny) ** 2 < 0.075 ** 2:
                    col = fg
            row += bytes(col + (255,))
        px.append(bytes(row))

    def chunk(tag, data):
        return (struct.pack(">I", len(data)) + tag + data
                + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF))

    ihdr = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    text = b"Title\x00Smart Region Musterland Logo (fiktiv)"
    png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"tEXt", text)
           + chunk(b"IDAT", zlib.compress(b"".join(px), 9)) + chunk(b"IEND", b""))
    path.write_bytes(png)


# ===========================================================================
# Content of the pack (all invented)
# ===========================================================================

M_MB = "Gemeinde Musterbach"
M_BH = "Stadt Beispielheim"
M_VS = "Landkreis Vogelsberg-Süd"
M_EF = "Gemeinde Erfundingen"
M_ML = "Stadt Modellau"
M_ZV = "Zweckverband Digitale Region Musterland"

# ---------------------------------------------------------------------------
# Vergabe
# ---------------------------------------------------------------------------

doc("Vergabe/Leistungsbeschreibung_LoRaWAN.pdf",
    "Leistungsbeschreibung: Aufbau und Betrieb eines LoRaWAN-Funknetzes",
    category="Vergabe", type="Mustertext", tags=["LoRaWAN", "Vergabe/Ausschreibung"],
    municipality=M_MB, year=2023, month=2,
    author="Gemeinde Musterbach – Fachbereich Zentrale Dienste",
    description="Musterleistungsbeschreibung für die Ausschreibung eines kommunalen LoRaWAN-Netzes "
                "mit Gateways, Netzwerkserver und Betriebsleistungen. Enthält Mindestanforderungen, "
                "Service-Level und Zuschlagskriterien.",
    body="""
# 1 Gegenstand der Leistung
Die Gemeinde Musterbach beabsichtigt, im gesamten Gemeindegebiet einschließlich der Ortsteile Oberbach, Unterbach und Hainrode ein öffentliches LoRaWAN-Funknetz (Long Range Wide Area Network) aufzubauen und für zunächst fünf Jahre betreiben zu lassen. Das Netz soll als Basisinfrastruktur für kommunale Sensoren dienen, etwa für Pegelmessung, Füllstandsmessung von Glascontainern, Bodenfeuchte an Straßenbäumen und die Überwachung von Liegenschaften.

Gegenstand dieser Leistungsbeschreibung sind die Lieferung, Montage und Inbetriebnahme der Gateways, die Bereitstellung eines Netzwerkservers, der laufende Betrieb des Netzes sowie die Schulung der Beschäftigten der Gemeinde. Nicht Gegenstand der Vergabe ist die Beschaffung der Sensoren selbst; diese erfolgt in gesonderten Verfahren.

# 2 Ausgangslage
Die Gemeinde Musterbach hat rund 6.800 Einwohnerinnen und Einwohner und eine Fläche von etwa 42 Quadratkilometern. Das Gelände ist hügelig, die Ortsteile liegen teilweise in Tallagen. Eine eigene Funkinfrastruktur besteht bisher nicht. Die Liegenschaften Rathaus, Bauhof, Feuerwehrgerätehaus Oberbach und Wasserhochbehälter Hainrode verfügen über Stromanschluss und Internetanbindung und stehen als Gateway-Standorte zur Verfügung.

Der Gemeinderat hat am 14. November 2022 beschlossen, ein Sensornetz aufzubauen und dabei auf offene Standards zu setzen. Die im Netz erhobenen Daten sollen grundsätzlich der Gemeinde gehören und, soweit keine personenbezogenen Daten betroffen sind, als Open Data veröffentlicht werden.

# 3 Leistungsumfang
## 3.1 Gateways
Der Auftragnehmer liefert mindestens vier LoRaWAN-Gateways für den Außeneinsatz und montiert sie an den in Anlage 2 genannten Standorten. Die Gateways müssen den Frequenzplan EU868 unterstützen, mindestens acht Kanäle parallel empfangen können und über eine Schutzart von mindestens IP67 verfügen. Die Anbindung an den Netzwerkserver erfolgt über die vorhandene kabelgebundene Internetverbindung; als Rückfallebene ist eine Mobilfunkverbindung vorzusehen.

Vor der Montage führt der Auftragnehmer eine Funkplanung durch und weist die zu erwartende Netzabdeckung in Form von Abdeckungskarten nach. Sollte sich zeigen, dass mit vier Gateways eine Abdeckung von 95 Prozent der bebauten Fläche nicht erreichbar ist, schlägt der Auftragnehmer zusätzliche Standorte vor. Zusätzliche Gateways werden zu den im Angebot genannten Einheitspreisen abgerechnet.

## 3.2 Netzwerkserver und Schnittstellen
Der Auftragnehmer stellt einen Netzwerkserver bereit, der in einem Rechenzentrum innerhalb der Europäischen Union betrieben wird. Alternativ kann der Netzwerkserver auf einer virtuellen Maschine der Gemeinde installiert werden. Der Netzwerkserver muss eine offene, dokumentierte Schnittstelle (zum Beispiel MQTT oder HTTP-Webhooks) besitzen, über die Sensordaten an beliebige Datenplattformen weitergeleitet werden können. Eine Bindung an bestimmte Sensorhersteller oder Plattformen ist ausgeschlossen.

Die Gemeinde erhält einen eigenen Administrationszugang mit Rollen- und Rechtekonzept. Alle Konfigurationsdaten, insbesondere die Schlüssel der angemeldeten Geräte, müssen jederzeit vollständig exportiert werden können.

## 3.3 Inbetriebnahme und Abnahme
Die Inbetriebnahme umfasst die Konfiguration aller Gateways, die Einrichtung des Netzwerkservers und die Anbindung von mindestens fünf Testsensoren, die der Auftragnehmer für die Dauer der Abnahme stellt. Die Abnahme erfolgt anhand eines gemeinsamen Messprotokolls. Dabei wird an mindestens 30 Messpunkten im Gemeindegebiet geprüft, ob Uplink-Nachrichten zuverlässig empfangen werden.

## 3.4 Dokumentation und Schulung
Der Auftragnehmer dokumentiert Standorte, Konfiguration und Zugangsdaten vollständig in deutscher Sprache. Er schult bis zu sechs Beschäftigte der Gemeinde in zwei halbtägigen Terminen in der Bedienung des Netzwerkservers, der Anmeldung neuer Sensoren und der Fehlerdiagnose.

# 4 Technische Mindestanforderungen
Die folgenden Anforderungen sind Ausschlusskriterien. Angebote, die eine Anforderung nicht erfüllen, werden nicht gewertet.

| Anforderung | Mindestwert | Nachweis |
| Frequenzplan | EU868, LoRaWAN 1.0.3 oder höher | Datenblatt |
| Empfangskanäle je Gateway | 8 Kanäle | Datenblatt |
| Schutzart Gateway | IP67 | Datenblatt |
| Betriebstemperatur | -25 °C bis +55 °C | Datenblatt |
| Standort Netzwerkserver | Europäische Union | Eigenerklärung |
| Schnittstellen | MQTT oder HTTP, dokumentiert | Schnittstellenbeschreibung |
| Datenexport | vollständig, maschinenlesbar | Eigenerklärung |

# 5 Betrieb und Service-Level
Der Auftragnehmer überwacht den Zustand der Gateways und des Netzwerkservers fortlaufend. Störungen werden nach ihrer Auswirkung in Prioritäten eingeteilt. Die Reaktionszeit bemisst sich ab Eingang der Störungsmeldung oder ab automatischer Erkennung.

| Priorität | Beschreibung | Reaktionszeit | Wiederherstellung |
| 1 – kritisch | Netzwerkserver nicht erreichbar | 2 Stunden | 8 Stunden |
| 2 – hoch | ein Gateway ausgefallen | 8 Stunden | 2 Werktage |
| 3 – normal | Einschränkungen ohne Datenverlust | 2 Werktage | 10 Werktage |

Die Verfügbarkeit des Netzwerkservers muss mindestens 99,5 Prozent im Jahresmittel betragen. Der Auftragnehmer legt der Gemeinde quartalsweise einen Betriebsbericht vor, der Verfügbarkeit, Störungen und die Zahl der angemeldeten Geräte ausweist.

# 6 Datenschutz und Informationssicherheit
Soweit der Auftragnehmer bei der Leistungserbringung personenbezogene Daten verarbeitet, schließt er mit der Gemeinde einen Auftragsverarbeitungsvertrag nach Art. 28 DSGVO ab. Der Auftragnehmer beschreibt in seinem Angebot die technischen und organisatorischen Maßnahmen, insbesondere zur Verschlüsselung, zur Verwaltung der Geräteschlüssel und zur Protokollierung administrativer Zugriffe. Orientierung bieten die Anforderungen des IT-Grundschutzes des BSI.

# 7 Rechte an Daten und Exit
Alle im Netz erhobenen Daten stehen ausschließlich der Gemeinde Musterbach zu. Der Auftragnehmer darf die Daten nicht für eigene Zwecke nutzen. Verträge des Auftragnehmers mit Unterauftragnehmern dürfen diesen Regelungen nicht widersprechen. Bei Vertragsende überträgt er sämtliche Konfigurationen, Schlüssel und Dokumentationen an die Gemeinde oder einen von ihr benannten Dritten und unterstützt den Übergang für bis zu drei Monate.

# 8 Zuschlagskriterien
Der Zuschlag wird auf das wirtschaftlichste Angebot erteilt. Die Wertung erfolgt nach folgenden Kriterien:

| Kriterium | Gewichtung |
| Preis (Gesamtkosten über fünf Jahre) | 40 % |
| Qualität der Funkplanung und Netzabdeckung | 25 % |
| Betriebs- und Servicekonzept | 20 % |
| Sicherheitskonzept | 15 % |

# 9 Termine
Die Montage der Gateways soll bis zum 30. Juni 2023 abgeschlossen sein. Der Regelbetrieb beginnt mit der erfolgreichen Abnahme. Die Laufzeit des Vertrages beträgt fünf Jahre mit einer Verlängerungsoption um zweimal ein Jahr. Der Vertrag kann aus wichtigem Grund jederzeit gekündigt werden.
""")

doc("Vergabe/Vergabevermerk_Sensorik.docx",
    "Vergabevermerk zur Beschaffung von Umweltsensoren",
    category="Vergabe", type="Beispieldokument",
    tags=["Vergabe/Dokumentation", "Sensorik/Umwelt"],
    municipality=M_BH, year=2022, month=9,
    author="Stadt Beispielheim – Zentrale Vergabestelle",
    description="Ausgefüllter Vergabevermerk einer Stadt über die Beschaffung von 40 Umweltsensoren "
                "im Wege einer Verhandlungsvergabe mit Teilnahmewettbewerb.",
    body="""
# 1 Angaben zum Auftrag
Die Stadt Beispielheim beschafft 40 Sensoren zur Messung von Lufttemperatur, Luftfeuchtigkeit und Feinstaub, die an Straßenlaternen und öffentlichen Gebäuden montiert werden. Die Sensoren übertragen ihre Messwerte über das städtische LoRaWAN-Netz. Der geschätzte Auftragswert beträgt 38.500 Euro netto und liegt damit unterhalb des EU-Schwellenwertes.

| Angabe | Inhalt |
| Auftraggeber | Stadt Beispielheim, Zentrale Vergabestelle |
| Aktenzeichen | VG-2022-117 |
| Verfahrensart | Verhandlungsvergabe mit Teilnahmewettbewerb |
| Geschätzter Auftragswert | 38.500 Euro netto |
| Bedarfsträger | Amt für Umwelt und Klimaschutz |

# 2 Wahl der Verfahrensart
Die Wahl der Verhandlungsvergabe wurde auf die Unterschwellenvergabeordnung in Verbindung mit den landesrechtlichen Wertgrenzen gestützt. Da der Markt für kommunal einsetzbare Umweltsensoren überschaubar ist und die Anforderungen an Messgenauigkeit, Energieversorgung und Datenformat im Dialog mit den Anbietern konkretisiert werden sollten, war eine Verhandlung sachgerecht. Ein vorgeschalteter Teilnahmewettbewerb stellte sicher, dass der Wettbewerb nicht unnötig eingeschränkt wurde.

# 3 Ablauf des Verfahrens
Die Bekanntmachung des Teilnahmewettbewerbs erfolgte am 4. Juli 2022 auf der Vergabeplattform des Landes. Bis zum Ablauf der Teilnahmefrist gingen fünf Teilnahmeanträge ein. Vier Bewerber erfüllten die Eignungskriterien und wurden zur Abgabe eines Erstangebots aufgefordert. Drei Erstangebote gingen fristgerecht ein.

Mit allen drei Bietern wurden am 23. August 2022 Verhandlungsgespräche geführt. Gegenstand waren die Batterielaufzeit, die Kalibrierung der Feinstaubsensoren und die Bereitstellung der Messwerte in einem offenen Datenformat. Anschließend wurden die Bieter zur Abgabe finaler Angebote aufgefordert.

# 4 Wertung der Angebote
Die Angebote wurden anhand der bekanntgegebenen Zuschlagskriterien Preis (50 Prozent), technische Qualität (30 Prozent) und Wartungskonzept (20 Prozent) gewertet.

| Bieter | Angebotspreis netto | Punkte gesamt | Rang |
| Bieter A – SensoTec Beispiel GmbH | 36.980 Euro | 87 | 1 |
| Bieter B – Umweltmesstechnik Muster KG | 34.200 Euro | 79 | 2 |
| Bieter C – Datenfunk Exempel AG | 41.750 Euro | 68 | 3 |

Bieter B hat zwar den niedrigsten Preis angeboten, die angebotenen Feinstaubsensoren erfüllen jedoch die geforderte Messgenauigkeit nur eingeschränkt und müssen jährlich vor Ort kalibriert werden. Dadurch entstehen Folgekosten, die im Wartungskonzept niedriger bewertet wurden.

# 5 Zuschlagsentscheidung
Der Zuschlag soll auf das Angebot des Bieters A erteilt werden. Die nicht berücksichtigten Bieter wurden am 12. September 2022 über die beabsichtigte Zuschlagserteilung informiert. Die Dokumentation des Verfahrens einschließlich der Verhandlungsprotokolle ist der Vergabeakte beigefügt.

Beispielheim, 20. September 2022

Zentrale Vergabestelle, i. A. Sabine Beispiel
""")

doc("Vergabe/Bewertungsmatrix_Angebote.xlsx",
    "Bewertungsmatrix für Angebote zum LoRaWAN-Netzbetrieb",
    category="Vergabe", type="Ausfüllvorlage", tags=["Vergabe/Ausschreibung", "LoRaWAN"],
    municipality=M_VS, year=2023, month=5,
    author="Landkreis Vogelsberg-Süd – Zentrale Vergabestelle",
    description="Rechenvorlage zur gewichteten Bewertung von drei Angeboten nach Preis, Netzabdeckung, "
                "Service und Sicherheit; die Preispunkte werden aus den Gesamtkosten über fünf Jahre berechnet.",
    sheets=None)  # filled below

doc("Vergabe/Rahmenvertrag_Sensorwartung.odt",
    "Rahmenvertrag über die Wartung kommunaler Sensoren",
    category="Vergabe", type="Mustertext", tags=["Vergabe/Vertrag", "Sensorik", "Betrieb"],
    municipality=M_ZV, year=2024, month=4,
    author="Zweckverband Digitale Region Musterland – Geschäftsstelle",
    description="Mustervertrag für die Wartung, Batteriewechsel und Störungsbeseitigung bei Sensoren "
                "mehrerer Verbandskommunen, abrufbar über Einzelaufträge.",
    body="""
# Präambel
Der Zweckverband Digitale Region Musterland betreibt für seine Mitgliedskommunen ein gemeinsames LoRaWAN-Netz und eine Datenplattform. Die Kommunen setzen zahlreiche Sensoren ein, deren Wartung einheitlich organisiert werden soll. Dieser Rahmenvertrag regelt die Bedingungen, zu denen der Auftragnehmer Wartungsleistungen auf Abruf erbringt. Einzelaufträge können der Zweckverband und die Mitgliedskommunen erteilen.

# § 1 Vertragsgegenstand
(1) Gegenstand des Vertrages sind die regelmäßige Wartung, der Tausch von Batterien, die Reinigung und Kalibrierung sowie die Störungsbeseitigung an Sensoren, die über das LoRaWAN-Netz des Zweckverbandes betrieben werden.

(2) Der Vertrag begründet keine Pflicht zur Abnahme einer bestimmten Menge an Leistungen. Das geschätzte Abrufvolumen beträgt 600 Wartungseinsätze pro Jahr.

# § 2 Einzelaufträge
(1) Leistungen werden durch schriftliche oder elektronische Einzelaufträge abgerufen. Jeder Einzelauftrag nennt den Standort, die Geräte-Kennung (DevEUI), die Art der Leistung und den gewünschten Termin.

(2) Für Einzelaufträge gelten ausschließlich die Bedingungen dieses Vertrages. Abweichende Bedingungen des Auftragnehmers werden nicht Vertragsbestandteil.

# § 3 Leistungszeiten und Fristen
(1) Planbare Wartungen führt der Auftragnehmer innerhalb von 15 Werktagen nach Abruf durch.

(2) Bei Störungen, die einen Sensor vollständig ausfallen lassen, beginnt der Auftragnehmer spätestens am zweiten Werktag nach Meldung mit der Entstörung. Für Pegelsensoren im Hochwasserfrühwarnsystem gilt eine verkürzte Reaktionszeit von acht Stunden, auch an Wochenenden.

# § 4 Vergütung
(1) Die Vergütung richtet sich nach den Einheitspreisen des Preisblattes (Anlage 1). Mit den Einheitspreisen sind An- und Abfahrt, Kleinmaterial und Dokumentation abgegolten.

(2) Ersatzteile und Batterien werden zum Einkaufspreis zuzüglich eines Zuschlages von zehn Prozent abgerechnet.

(3) Die Preise sind für die ersten beiden Vertragsjahre fest. Danach kann jede Vertragspartei eine Anpassung entsprechend der Entwicklung des Erzeugerpreisindex verlangen.

# § 5 Dokumentation
Der Auftragnehmer dokumentiert jeden Einsatz in dem vom Zweckverband bereitgestellten Wartungsportal. Die Dokumentation umfasst Datum, Geräte-Kennung, durchgeführte Arbeiten, getauschte Teile und Fotos des Montageortes.

# § 6 Haftung und Gewährleistung
Der Auftragnehmer haftet nach den gesetzlichen Vorschriften. Für Wartungsleistungen gilt eine Gewährleistungsfrist von zwölf Monaten. Schäden an Straßenbeleuchtung, Gebäuden oder Fahrzeugen, die bei der Montage entstehen, sind unverzüglich zu melden.

# § 7 Laufzeit und Kündigung
(1) Der Vertrag beginnt am 1. Juli 2024 und endet am 30. Juni 2027. Er verlängert sich einmalig um ein Jahr, wenn keine Partei sechs Monate vor Ablauf widerspricht.

(2) Das Recht zur Kündigung aus wichtigem Grund bleibt unberührt. Ein wichtiger Grund liegt insbesondere vor, wenn der Auftragnehmer die Reaktionszeiten für Pegelsensoren wiederholt überschreitet.

# § 8 Schlussbestimmungen
Änderungen und Ergänzungen dieses Vertrages bedürfen der Textform. Sollten einzelne Bestimmungen unwirksam sein, bleibt die Wirksamkeit der übrigen Bestimmungen unberührt. Frühere Verträge und Vereinbarungen der Verbandskommunen über Sensorwartung bleiben bis zu ihrem Ablauf bestehen; neue Verträge dieser Art sollen nur noch auf Grundlage dieses Rahmenvertrages geschlossen werden. Ansprüche aus früheren Verträgen bleiben unberührt.

| Anlage | Inhalt |
| Anlage 1 | Preisblatt mit Einheitspreisen |
| Anlage 2 | Liste der Sensortypen und Standorte |
| Anlage 3 | Auftragsverarbeitungsvertrag |
""")


def _bewertungsmatrix():
    bidders = ["NetzWerk Musterland GmbH", "Funkdienste Exempel AG", "Stadtwerke Modellau GmbH"]
    once = [48500.0, 39900.0, 55200.0]
    yearly = [9600.0, 13200.0, 8100.0]
    price_rows = [["Bieter", "Einmalkosten (netto)", "Betriebskosten pro Jahr", "Gesamtkosten 5 Jahre",
                   "Preispunkte (max. 10)"]]
    totals = [o + 5 * y for o, y in zip(once, yearly)]
    best = min(totals)
    for i, name in enumerate(bidders):
        r = i + 2
        price_rows.append([name, EUR(once[i]), EUR(yearly[i]),
                           EUR(totals[i], "B%d+5*C%d" % (r, r)),
                           NUM(round(10 * best / totals[i], 2), "ROUND(10*MIN($D$2:$D$4)/D%d,2)" % r)])
    price_points = [round(10 * best / t, 2) for t in totals]
    criteria = [("Preis (Gesamtkosten 5 Jahre)", 40, None),
                ("Funkplanung und Netzabdeckung", 25, [8, 7, 9]),
                ("Betriebs- und Servicekonzept", 20, [7, 6, 9]),
                ("Sicherheitskonzept", 15, [9, 6, 7])]
    rows = [["Kriterium", "Gewichtung (%)"] + sum(([b + " – Punkte", b + " – gewichtet"] for b in bidders), [])]
    sums = [0.0, 0.0, 0.0]
    for ci, (crit, weight, pts) in enumerate(criteria):
        r = ci + 2
        row = [crit, NUM(weight)]
        for bi in range(3):
            p = price_points[bi] if pts is None else pts[bi]
            pc, wc = col_letter(2 + 2 * bi), col_letter(3 + 2 * bi)
            if pts is None:
                row.append(NUM(p, "Preise!E%d" % (bi + 2)))
            else:
                row.append(NUM(p))
            w = round(p * weight / 10, 2)
            sums[bi] += w
            row.append(NUM(w, "ROUND(%s%d*$B%d/10,2)" % (pc, r, r)))
        rows.append(row)
    total = [B("Summe (max. 100)"), NUM(100, "SUM(B2:B5)", bold=True)]
    for bi in range(3):
        wc = col_letter(3 + 2 * bi)
        total += [None, NUM(round(sums[bi], 2), "SUM(%s2:%s5)" % (wc, wc), bold=True)]
    rows.append(total)
    rows.append([])
    rows.append(["Hinweis: Punkte 0 bis 10 je Kriterium; die Preispunkte werden aus dem Blatt „Preise“ übernommen."])
    return [("Bewertung", rows, [34, 16, 14, 14, 14, 14, 14, 14]),
            ("Preise", price_rows, [30, 20, 22, 22, 20])]


# ---------------------------------------------------------------------------
# Datenschutz
# ---------------------------------------------------------------------------

doc("Datenschutz/Datenschutz-Folgenabschätzung_Parkraumsensorik.pdf",
    "Datenschutz-Folgenabschätzung für die Parkraumsensorik in der Innenstadt",
    category="Datenschutz", type="Mustertext", tags=["Datenschutz/DSFA", "Mobilität/Parken", "Sensorik/Verkehr"],
    municipality=M_BH, year=2024, month=1,
    author="Stadt Beispielheim – Behördlicher Datenschutzbeauftragter",
    description="Datenschutz-Folgenabschätzung nach Art. 35 DSGVO für Bodensensoren, die die Belegung "
                "von Parkplätzen erfassen. Mit Schwellwertanalyse, Risikobewertung und Abhilfemaßnahmen.",
    body="""
# 1 Anlass und Ergebnis in Kürze
Die Stadt Beispielheim plant, 180 Stellplätze in der Innenstadt mit Bodensensoren auszustatten, die erkennen, ob ein Stellplatz belegt ist. Die Belegungsdaten sollen über das städtische LoRaWAN-Netz übertragen, in der Datenplattform der Stadt verarbeitet und in einer Parkplatz-App sowie auf dynamischen Hinweistafeln angezeigt werden. Zusätzlich sollen Auswertungen zur Auslastung in die Verkehrsplanung einfließen.

Die Sensoren erfassen keine Kennzeichen, keine Bilder und keine Funksignale von Fahrzeugen oder Mobiltelefonen. Dennoch hat die Stadt eine Datenschutz-Folgenabschätzung durchgeführt, weil die Belegungsdaten in Verbindung mit anderen Informationen, etwa bei Stellplätzen für Menschen mit Behinderung oder bei Bewohnerparkplätzen, einen Personenbezug erhalten können. Im Ergebnis ist das verbleibende Risiko nach Umsetzung der beschriebenen Maßnahmen gering. Eine vorherige Konsultation der Aufsichtsbehörde nach Art. 36 DSGVO ist nicht erforderlich.

# 2 Schwellwertanalyse
Vor der eigentlichen Folgenabschätzung wurde geprüft, ob die Verarbeitung voraussichtlich ein hohes Risiko für die Rechte und Freiheiten natürlicher Personen zur Folge hat. Dabei wurden die Kriterien der Artikel-29-Datenschutzgruppe und die Liste der Aufsichtsbehörden herangezogen.

| Kriterium | Erfüllt? | Begründung |
| Systematische Überwachung öffentlich zugänglicher Bereiche | teilweise | Stellplätze im öffentlichen Straßenraum werden dauerhaft erfasst |
| Verarbeitung sensibler Daten | möglich | Behindertenparkplätze lassen Rückschlüsse auf Gesundheit zu |
| Zusammenführung von Datenbeständen | nein | keine Verknüpfung mit Anwohner- oder Halterdaten vorgesehen |
| Neue Technologien | ja | Sensorik und Funkübertragung sind für die Stadt neu |
| Schutzbedürftige Betroffene | teilweise | Menschen mit Behinderung |

Da mehrere Kriterien zumindest teilweise erfüllt sind, hat die Stadt entschieden, eine vollständige Datenschutz-Folgenabschätzung durchzuführen. Dieses Vorgehen entspricht dem Grundsatz, im Zweifel sorgfältiger zu prüfen.

# 3 Systematische Beschreibung der Verarbeitung
## 3.1 Zwecke
Die Verarbeitung dient der Information der Verkehrsteilnehmenden über freie Stellplätze, der Verringerung des Parksuchverkehrs und der Planung des Parkraumangebots. Eine Nutzung der Daten zur Verfolgung von Verstößen gegen die Parkordnung, etwa zur Überschreitung der Höchstparkdauer, ist ausdrücklich nicht vorgesehen und wird technisch und organisatorisch ausgeschlossen.

## 3.2 Art der Daten
Jeder Sensor sendet bei einem Wechsel des Belegungszustandes sowie zusätzlich einmal pro Stunde eine Nachricht. Die Nachricht enthält die Geräte-Kennung, den Zustand „frei“ oder „belegt“, die Batteriespannung und einen Zeitstempel. Aus der Geräte-Kennung lässt sich über die Stammdaten der Stellplatz ermitteln.

## 3.3 Datenfluss
Die Nachrichten werden verschlüsselt über das LoRaWAN-Netz an den Netzwerkserver übertragen, dort entschlüsselt und über eine gesicherte Schnittstelle an die Datenplattform der Stadt weitergegeben. In der Datenplattform werden die Rohdaten 30 Tage gespeichert. Für Planungszwecke werden daraus stündliche Auslastungswerte je Straßenabschnitt berechnet, die unbefristet gespeichert und als Open Data veröffentlicht werden können. Einzelne Stellplätze sind in diesen aggregierten Werten nicht mehr erkennbar.

## 3.4 Beteiligte Stellen
Verantwortlicher ist die Stadt Beispielheim, vertreten durch das Amt für Verkehr und Mobilität. Der Betreiber des Netzwerkservers und der Hersteller der Sensorplattform sind als Auftragsverarbeiter tätig. Mit beiden wurden Auftragsverarbeitungsverträge geschlossen.

# 4 Notwendigkeit und Verhältnismäßigkeit
Die Verarbeitung stützt sich auf Art. 6 Abs. 1 lit. e DSGVO in Verbindung mit den Aufgaben der Stadt als Straßenverkehrsbehörde und Trägerin der Verkehrsplanung. Mildere Mittel wurden geprüft: Manuelle Zählungen liefern nur Momentaufnahmen und eignen sich nicht für ein Parkleitsystem. Kamerabasierte Systeme wären zwar günstiger pro Stellplatz, würden aber deutlich mehr Daten erfassen und wurden deshalb verworfen.

Die Datenminimierung ist gewährleistet, weil nur der Belegungszustand übertragen wird. Die Speicherfrist der Rohdaten ist auf 30 Tage begrenzt; dies ist für die Fehleranalyse und die Plausibilisierung der Auslastungswerte erforderlich.

# 5 Risiken für die Rechte und Freiheiten
Die Risiken wurden nach Eintrittswahrscheinlichkeit und Schwere des möglichen Schadens bewertet. Betrachtet wurden insbesondere Rückschlüsse auf das Verhalten einzelner Personen.

| Nr. | Risiko | Wahrscheinlichkeit | Schwere | Bewertung |
| R1 | Rückschluss auf Anwesenheit von Anwohnenden über Bewohnerparkplätze | mittel | gering | mittel |
| R2 | Rückschluss auf Gesundheit über Behindertenparkplätze | gering | mittel | mittel |
| R3 | Zweckentfremdung der Daten zur Parküberwachung | gering | mittel | mittel |
| R4 | Unbefugter Zugriff auf Rohdaten in der Plattform | gering | mittel | mittel |
| R5 | Manipulation von Sensordaten im Funkweg | sehr gering | gering | gering |

# 6 Abhilfemaßnahmen
Zur Verringerung der Risiken werden folgende Maßnahmen umgesetzt:
- Bewohnerparkplätze und Stellplätze für Menschen mit Behinderung werden nur in aggregierter Form veröffentlicht, nie einzeln.
- Die Rohdaten sind nur für zwei namentlich benannte Administratorinnen und Administratoren einsehbar; jeder Zugriff wird protokolliert.
- Eine Dienstanweisung untersagt die Nutzung der Daten für die Verkehrsüberwachung; das Ordnungsamt erhält keinen Zugang.
- Die Übertragung ist mit AES-128 nach LoRaWAN-Standard Ende-zu-Ende verschlüsselt; die Geräteschlüssel werden getrennt von den Daten verwahrt.
- Rohdaten werden nach 30 Tagen automatisch gelöscht; die Löschung wird monatlich stichprobenartig kontrolliert.
- Die Bürgerinnen und Bürger werden über Hinweisschilder und die Internetseite der Stadt informiert.

# 7 Restrisiko und Ergebnis
Nach Umsetzung der Maßnahmen sinken die Risiken R1 bis R4 auf die Stufe „gering“. Das Risiko R5 bleibt unverändert gering. Der Datenschutzbeauftragte der Stadt wurde bei der Erstellung beteiligt und hat keine Einwände erhoben. Der Personalrat wurde informiert, da Beschäftigte der Stadt nicht betroffen sind, war eine Mitbestimmung nicht erforderlich.

# 8 Überprüfung
Die Datenschutz-Folgenabschätzung wird spätestens nach zwei Jahren oder bei wesentlichen Änderungen überprüft, zum Beispiel wenn weitere Stellplätze, zusätzliche Datenfelder oder neue Empfänger der Daten hinzukommen. Die nächste planmäßige Überprüfung ist für Januar 2026 vorgesehen.
""")

doc("Datenschutz/Auftragsverarbeitungsvertrag_LoRaWAN-Plattform.docx",
    "Auftragsverarbeitungsvertrag (AVV) für den Betrieb der LoRaWAN-Plattform",
    category="Datenschutz", type="Mustertext", tags=["Datenschutz/AVV", "LoRaWAN", "Vergabe/Vertrag"],
    municipality=M_MB, year=2023, month=6,
    author="Gemeinde Musterbach – Datenschutzkoordination",
    description="Muster eines Vertrages zur Auftragsverarbeitung nach Art. 28 DSGVO zwischen einer Gemeinde "
                "und dem Betreiber ihres Netzwerkservers, mit Anlage zu technischen und organisatorischen Maßnahmen.",
    body="""
# Vertragsparteien
Zwischen der Gemeinde Musterbach, Rathausplatz 1, 12345 Musterbach (Verantwortlicher, nachfolgend „Auftraggeber“) und der NetzWerk Musterland GmbH, Industriestraße 7, 12346 Beispielheim (nachfolgend „Auftragnehmer“) wird folgender Vertrag zur Auftragsverarbeitung geschlossen. Er konkretisiert die datenschutzrechtlichen Pflichten der Parteien aus dem Hauptvertrag über Aufbau und Betrieb des LoRaWAN-Netzes vom 3. Juli 2023.

# § 1 Gegenstand und Dauer
(1) Der Auftragnehmer betreibt für den Auftraggeber einen Netzwerkserver, über den Sensordaten aus dem LoRaWAN-Netz empfangen, entschlüsselt und an die Datenplattform des Auftraggebers weitergeleitet werden.

(2) Die Dauer dieses Vertrages entspricht der Laufzeit des Hauptvertrages. Endet der Hauptvertrag, endet auch dieser Vertrag, ohne dass es einer Kündigung bedarf.

# § 2 Art der Daten und Kreis der Betroffenen
Die meisten Sensoren erfassen Umweltdaten ohne Personenbezug. Personenbezogene Daten können jedoch in folgenden Fällen verarbeitet werden:
- Daten der Beschäftigten des Auftraggebers, die Zugang zum Netzwerkserver haben (Name, dienstliche E-Mail-Adresse, Protokolldaten),
- Daten von Sensoren auf Grundstücken oder in Gebäuden, die Rückschlüsse auf Nutzerinnen und Nutzer zulassen, zum Beispiel Raumbelegung in Dorfgemeinschaftshäusern,
- Standortdaten von Sensoren in Fahrzeugen des Bauhofes.

# § 3 Weisungsgebundenheit
(1) Der Auftragnehmer verarbeitet die Daten ausschließlich im Rahmen der getroffenen Vereinbarungen und nach dokumentierten Weisungen des Auftraggebers. Weisungen erteilen der Leiter des Fachbereichs Zentrale Dienste oder dessen Vertretung.

(2) Ist der Auftragnehmer der Ansicht, dass eine Weisung gegen Datenschutzvorschriften verstößt, weist er den Auftraggeber unverzüglich darauf hin.

# § 4 Technische und organisatorische Maßnahmen
Der Auftragnehmer trifft die in Anlage 1 beschriebenen technischen und organisatorischen Maßnahmen nach Art. 32 DSGVO. Wesentliche Maßnahmen sind in der folgenden Übersicht zusammengefasst.

| Schutzziel | Maßnahme |
| Vertraulichkeit | Verschlüsselung der Daten im Funkweg und bei der Weiterleitung (TLS 1.2 oder höher) |
| Integrität | Prüfsummen der LoRaWAN-Nachrichten, Protokollierung aller Konfigurationsänderungen |
| Verfügbarkeit | redundanter Betrieb in zwei Brandabschnitten, tägliche Sicherung |
| Belastbarkeit | Lasttests vor Updates, Überwachung der Systemlast |
| Überprüfbarkeit | jährlicher Bericht über die Wirksamkeit der Maßnahmen |

# § 5 Unterauftragsverhältnisse
(1) Der Auftragnehmer darf Unterauftragnehmer nur nach vorheriger Zustimmung des Auftraggebers in Textform einsetzen. Zum Zeitpunkt des Vertragsschlusses ist als Unterauftragnehmer das Rechenzentrum der Rechenzentrum Exempel GmbH mit Standort in Frankfurt am Main genehmigt.

(2) Der Auftragnehmer legt den Unterauftragnehmern dieselben Datenschutzpflichten auf, die in diesem Vertrag vereinbart sind.

# § 6 Rechte der betroffenen Personen
Der Auftragnehmer unterstützt den Auftraggeber bei der Beantwortung von Anträgen betroffener Personen auf Auskunft, Berichtigung, Löschung oder Einschränkung der Verarbeitung. Er leitet Anfragen, die unmittelbar an ihn gerichtet werden, unverzüglich an den Auftraggeber weiter.

# § 7 Meldung von Verletzungen
Verletzungen des Schutzes personenbezogener Daten meldet der Auftragnehmer dem Auftraggeber unverzüglich, spätestens innerhalb von 24 Stunden nach Kenntnis. Die Meldung enthält mindestens die Art der Verletzung, die betroffenen Datenkategorien und die bereits ergriffenen Maßnahmen.

# § 8 Kontrollrechte
Der Auftraggeber ist berechtigt, die Einhaltung dieses Vertrages durch Prüfungen vor Ort nach Anmeldung mit einer Frist von 14 Tagen zu kontrollieren. Anstelle einer Prüfung vor Ort kann der Auftragnehmer ein aktuelles Testat eines unabhängigen Prüfers vorlegen, zum Beispiel eine Zertifizierung nach ISO/IEC 27001.

# § 9 Löschung und Rückgabe
Nach Beendigung der Leistungen gibt der Auftragnehmer sämtliche Daten, Gerätekonfigurationen und Schlüssel an den Auftraggeber zurück und löscht vorhandene Kopien. Die Löschung ist schriftlich zu bestätigen.

Musterbach, den 3. Juli 2023

Für den Auftraggeber: Bürgermeisterin Erika Mustermann · Für den Auftragnehmer: Geschäftsführer Max Beispiel
""")

doc("Datenschutz/IT-Sicherheitskonzept_Sensornetz.pdf",
    "IT-Sicherheitskonzept für das kreisweite Sensornetz",
    category="Datenschutz", type="Leitfaden", tags=["IT-Sicherheit", "LoRaWAN", "Betrieb"],
    municipality=M_VS, year=2024, month=5,
    author="Landkreis Vogelsberg-Süd – Informationssicherheitsbeauftragte",
    description="Sicherheitskonzept in Anlehnung an den IT-Grundschutz des BSI für LoRaWAN-Gateways, "
                "Netzwerkserver, Datenplattform und Sensoren, mit Schutzbedarfsfeststellung und Maßnahmenplan.",
    body="""
# 1 Geltungsbereich
Dieses Sicherheitskonzept gilt für das Sensornetz des Landkreises Vogelsberg-Süd. Dazu gehören 23 LoRaWAN-Gateways auf Liegenschaften des Kreises und der kreisangehörigen Kommunen, der Netzwerkserver, die Datenplattform mit Dashboard und Schnittstellen sowie rund 1.100 Sensoren. Nicht erfasst sind die Fachverfahren der Ämter, in die einzelne Daten übernommen werden; für sie gelten eigene Sicherheitskonzepte.

Das Konzept orientiert sich am IT-Grundschutz-Kompendium des Bundesamtes für Sicherheit in der Informationstechnik (BSI) und an der Methodik des BSI-Standards 200-2. Es wurde im Rahmen der Basis-Absicherung erstellt und soll schrittweise zur Standard-Absicherung weiterentwickelt werden.

# 2 Strukturanalyse
Die folgende Übersicht fasst die Zielobjekte des Sensornetzes zusammen.

| Zielobjekt | Anzahl | Standort | Verantwortlich |
| LoRaWAN-Gateways | 23 | Dächer und Masten kreisweit | Fachdienst IT |
| Netzwerkserver | 1 (virtuell, redundant) | Rechenzentrum des Kreises | Fachdienst IT |
| Datenplattform mit Dashboard | 1 | Rechenzentrum des Kreises | Stabsstelle Digitalisierung |
| Sensoren | ca. 1.100 | Außenbereich, Gebäude, Gewässer | jeweiliges Fachamt |
| Administrationsarbeitsplätze | 4 | Kreisverwaltung | Fachdienst IT |

Die Gateways sind über das Kreisnetz oder über Mobilfunk mit dem Netzwerkserver verbunden. Sie empfangen Funknachrichten aller Sensoren in Reichweite, können deren Inhalt aber nicht entschlüsseln. Die Entschlüsselung erfolgt erst im Netzwerkserver beziehungsweise auf dem Applikationsserver.

# 3 Schutzbedarfsfeststellung
Der Schutzbedarf wurde für die Grundwerte Vertraulichkeit, Integrität und Verfügbarkeit festgestellt. Maßgeblich war, welche Schäden bei einer Verletzung eintreten könnten. Besonders hoch ist die Anforderung an die Verfügbarkeit der Pegelsensoren, weil sie Teil der Hochwasserfrühwarnung sind.

| Zielobjekt | Vertraulichkeit | Integrität | Verfügbarkeit |
| Gateways | normal | normal | hoch |
| Netzwerkserver | hoch | hoch | hoch |
| Datenplattform | normal | hoch | hoch |
| Pegelsensoren | normal | hoch | sehr hoch |
| Sonstige Sensoren | normal | normal | normal |

Die hohe Vertraulichkeit des Netzwerkservers ergibt sich aus den dort gespeicherten Geräteschlüsseln. Wer diese Schlüssel kennt, könnte Sensordaten mitlesen oder gefälschte Messwerte einspielen.

# 4 Gefährdungslage
Aus den elementaren Gefährdungen des IT-Grundschutzes wurden für das Sensornetz insbesondere folgende als relevant bewertet:
- Diebstahl oder Zerstörung von Gateways und Sensoren im öffentlichen Raum (Vandalismus),
- Ausfall der Stromversorgung oder der Netzanbindung einzelner Gateways,
- Offenlegung von Geräteschlüsseln, etwa durch ungesicherte Tabellen oder E-Mails,
- Einspielen manipulierter Messwerte, die zu Fehlalarmen oder ausbleibenden Warnungen führen,
- Schwachstellen in der Software der Gateways und des Netzwerkservers,
- Fehlbedienung durch Beschäftigte ohne ausreichende Schulung.

# 5 Maßnahmen
## 5.1 Gateways
Gateways werden an Orten montiert, die für Unbefugte nicht ohne Hilfsmittel erreichbar sind. Die Gehäuse sind verplombt, lokale Konfigurationsschnittstellen sind deaktiviert. Die Verbindung zum Netzwerkserver erfolgt ausschließlich über verschlüsselte Verbindungen mit gegenseitiger Authentisierung. Firmware-Aktualisierungen werden mindestens halbjährlich geprüft und nach einem Test an einem Referenz-Gateway ausgerollt.

## 5.2 Netzwerkserver und Datenplattform
Netzwerkserver und Datenplattform laufen auf gehärteten virtuellen Maschinen im Rechenzentrum des Kreises. Administrative Zugänge erfordern eine Zwei-Faktor-Authentisierung. Alle Änderungen an der Konfiguration werden protokolliert; die Protokolle werden 180 Tage aufbewahrt. Es gibt tägliche Sicherungen, deren Wiederherstellung vierteljährlich getestet wird.

## 5.3 Verwaltung der Schlüssel
Jeder Sensor erhält einen individuellen AppKey. Sammelschlüssel für mehrere Geräte sind unzulässig. Schlüssel werden ausschließlich im Netzwerkserver und in einem verschlüsselten Passwortspeicher abgelegt. Die Weitergabe von Schlüsseln per E-Mail oder in Tabellenkalkulationen ist untersagt. Bei der Lieferung neuer Sensoren fordert der Kreis die Schlüssel in einer verschlüsselten Datei an und ändert sie, sofern das Gerät dies unterstützt, vor der Inbetriebnahme.

## 5.4 Sensoren
Sensoren werden vor dem Einsatz mit einer Inventarnummer versehen und in der Gerätedatenbank erfasst. Für Pegelsensoren werden Plausibilitätsprüfungen eingerichtet: Sprünge von mehr als 50 Zentimetern innerhalb von fünf Minuten lösen keine automatische Warnung aus, sondern eine Prüfung durch den Bereitschaftsdienst.

## 5.5 Organisation und Personal
Die Rollen Netzadministration, Plattformadministration und Fachverantwortung sind getrennt. Neue Beschäftigte werden vor der Vergabe von Zugängen geschult. Einmal jährlich findet eine Sensibilisierung zu Phishing und zum Umgang mit Zugangsdaten statt.

# 6 Notfallvorsorge
Für den Ausfall des Netzwerkservers besteht ein Wiederanlaufplan mit dem Ziel, den Betrieb innerhalb von vier Stunden wiederherzustellen. Fallen Gateways im Bereich der Pegelmessstellen aus, informiert die Datenplattform automatisch die Leitstelle. Für die Hochwasserwarnung bleibt die Sichtkontrolle der Pegellatten durch die Feuerwehren als Rückfallebene bestehen.

# 7 Fortschreibung
Die Informationssicherheitsbeauftragte überprüft dieses Konzept jährlich und nach jedem Sicherheitsvorfall. Änderungen an der Struktur des Sensornetzes, etwa neue Gateway-Standorte oder neue Sensortypen, sind ihr vorab mitzuteilen. Der Umsetzungsstand der Maßnahmen wird im Informationssicherheitsbericht an die Kreisverwaltung dargestellt.
""")

doc("Datenschutz/Checkliste_Datenschutz_Sensorprojekte.md",
    "Checkliste Datenschutz für kommunale Sensorprojekte",
    category="Datenschutz", type="Checkliste", tags=["Datenschutz/DSFA", "Datenschutz/AVV", "Sensorik"],
    municipality=M_ZV, year=2025, month=2,
    author="Zweckverband Digitale Region Musterland – Datenschutzbeauftragte",
    description="Kurze Prüfliste, mit der Projektteams vor dem Start eines Sensorprojektes klären, ob "
                "personenbezogene Daten anfallen, welche Verträge nötig sind und ob eine DSFA erforderlich ist.",
    body="""
Diese Checkliste hilft Projektteams in den Mitgliedskommunen, Datenschutzfragen frühzeitig zu klären. Sie ersetzt nicht die Beratung durch die Datenschutzbeauftragte, sorgt aber dafür, dass die wichtigsten Punkte vor der Beschaffung von Sensoren geprüft werden.

# 1. Personenbezug klären
- [ ] Welche Messgrößen erfasst der Sensor genau (zum Beispiel Temperatur, Belegung, Füllstand, Bewegung)?
- [ ] Können die Messwerte allein oder zusammen mit anderen Daten einer Person zugeordnet werden?
- [ ] Erfasst der Sensor Bilder, Töne, Funksignale von Mobiltelefonen oder Kennzeichen? Dann ist der Personenbezug in der Regel gegeben.
- [ ] Befindet sich der Sensor in einem Gebäude, in dem Beschäftigte arbeiten? Dann ist der Personalrat zu beteiligen.

# 2. Rechtsgrundlage und Zweck
- [ ] Der Zweck der Verarbeitung ist schriftlich festgelegt.
- [ ] Die Rechtsgrundlage ist benannt, in der Regel Art. 6 Abs. 1 lit. e DSGVO in Verbindung mit einer kommunalen Aufgabe.
- [ ] Eine spätere Nutzung für andere Zwecke ist ausgeschlossen oder ausdrücklich geprüft.

# 3. Verträge
- [ ] Mit jedem Dienstleister, der Daten im Auftrag verarbeitet, ist ein Auftragsverarbeitungsvertrag (AVV) geschlossen.
- [ ] Die Verträge regeln den Standort der Server; Standorte außerhalb der EU sind nur nach besonderer Prüfung zulässig.
- [ ] Bei gemeinsamer Verantwortung mehrerer Kommunen liegt eine Vereinbarung nach Art. 26 DSGVO vor.

# 4. Datenschutz-Folgenabschätzung
- [ ] Eine Schwellwertanalyse wurde durchgeführt und dokumentiert.
- [ ] Werden öffentlich zugängliche Bereiche systematisch überwacht, wird eine DSFA durchgeführt.
- [ ] Die Datenschutzbeauftragte hat zur DSFA Stellung genommen.

# 5. Technik und Organisation
- [ ] Daten werden verschlüsselt übertragen und gespeichert.
- [ ] Löschfristen sind festgelegt und technisch umgesetzt.
- [ ] Zugriffsrechte sind auf die notwendigen Personen beschränkt.
- [ ] Das Verzeichnis von Verarbeitungstätigkeiten ist ergänzt.

# 6. Transparenz
- [ ] Bürgerinnen und Bürger werden über die Sensoren informiert, etwa durch Hinweisschilder oder eine Internetseite.
- [ ] Es gibt eine Ansprechperson für Fragen zum Datenschutz.

> Tipp: Umweltsensoren ohne Personenbezug (Temperatur, Pegel, Bodenfeuchte) sind datenschutzrechtlich meist unproblematisch. Dokumentieren Sie diese Einschätzung trotzdem kurz in der Projektakte.
""")


# ---------------------------------------------------------------------------
# Förderung
# ---------------------------------------------------------------------------

doc("Förderung/Förderantrag_Smarte_Straßenbeleuchtung.pdf",
    "Förderantrag: Bedarfsgesteuerte Straßenbeleuchtung mit LoRaWAN",
    category="Förderung", type="Beispieldokument",
    tags=["Förderung/Land", "Energie & Straßenbeleuchtung", "LoRaWAN"],
    municipality=M_EF, year=2022, month=3,
    author="Gemeinde Erfundingen – Bauamt",
    description="Beispiel eines bewilligten Antrags auf Landesförderung für die Umrüstung von 310 Leuchten "
                "auf LED mit funkgesteuerter Dimmung, mit Arbeitspaketen und Finanzierungsplan.",
    body="""
# 1 Angaben zur Antragstellerin
| Angabe | Inhalt |
| Antragstellerin | Gemeinde Erfundingen, Hauptstraße 12, 23456 Erfundingen |
| Ansprechperson | Herr Jonas Exempel, Bauamt, Telefon 01234 5678-30 |
| Förderprogramm | Landesprogramm „Digitale Dorfmitte“ (fiktiv), Förderaufruf 2022 |
| Projekttitel | Licht nach Bedarf – smarte Straßenbeleuchtung in Erfundingen |
| Laufzeit | 1. Juli 2022 bis 30. Juni 2024 |
| Beantragte Zuwendung | 318.400 Euro (80 Prozent der zuwendungsfähigen Ausgaben) |

# 2 Ausgangslage
Die Gemeinde Erfundingen betreibt 1.240 Leuchten der Straßenbeleuchtung. Rund ein Viertel davon sind noch mit Natriumdampf- oder Quecksilberdampflampen ausgestattet, die einen hohen Stromverbrauch haben und teilweise nicht mehr nachgekauft werden können. Die Beleuchtung wird bisher zentral über Rundsteuersignale geschaltet: Alle Leuchten brennen von der Abenddämmerung bis zur Morgendämmerung mit voller Leistung, lediglich zwischen 1 Uhr und 5 Uhr wird jede zweite Leuchte abgeschaltet. Diese Halbnachtschaltung führt zu Beschwerden über dunkle Straßenabschnitte, insbesondere auf Schulwegen und an Bushaltestellen.

Die Stromkosten der Straßenbeleuchtung sind in den letzten Jahren deutlich gestiegen und belasten den Gemeindehaushalt. Gleichzeitig hat sich die Gemeinde im Klimaschutzkonzept das Ziel gesetzt, den Energieverbrauch der kommunalen Infrastruktur bis 2030 um 40 Prozent zu senken.

# 3 Ziele des Vorhabens
Mit dem Vorhaben sollen 310 Leuchten in den Ortsteilen Erfundingen-Mitte und Kleinerfundingen auf LED umgerüstet und mit Steuerknoten ausgestattet werden, die über ein LoRaWAN-Funknetz angesprochen werden. Die Leuchten können so einzeln oder in Gruppen gedimmt werden. In Nebenstraßen werden Bewegungsmelder eingesetzt, die das Licht bei Bedarf auf volle Helligkeit hochfahren.

Die Ziele im Einzelnen:
- Senkung des Stromverbrauchs der umgerüsteten Leuchten um mindestens 65 Prozent,
- Ersatz der Halbnachtschaltung durch eine gleichmäßige, gedimmte Grundbeleuchtung,
- Verbesserung der Sicherheit auf Schulwegen und an Bushaltestellen,
- Verringerung der Lichtverschmutzung zum Schutz nachtaktiver Insekten,
- Aufbau eines gemeindeweiten LoRaWAN-Netzes, das auch für weitere Anwendungen genutzt werden kann.

# 4 Maßnahmen und Arbeitspakete
Das Vorhaben gliedert sich in fünf Arbeitspakete. Die Umrüstung der Leuchten erfolgt abschnittsweise, damit Erfahrungen aus dem ersten Bauabschnitt in den zweiten einfließen können.

| AP | Bezeichnung | Zeitraum | Ergebnis |
| 1 | Planung, Ausschreibung und Vergabe | 07/2022 – 12/2022 | Aufträge für Leuchten, Montage und Software erteilt |
| 2 | Aufbau LoRaWAN-Netz | 10/2022 – 02/2023 | drei Gateways in Betrieb |
| 3 | Umrüstung Bauabschnitt 1 (140 Leuchten) | 03/2023 – 06/2023 | Leuchten umgerüstet, Dimmprofile getestet |
| 4 | Umrüstung Bauabschnitt 2 (170 Leuchten) | 08/2023 – 12/2023 | alle Leuchten umgerüstet |
| 5 | Energiemonitoring, Evaluation und Bürgerinformation | 07/2022 – 06/2024 | Abschlussbericht, Übertragungsleitfaden |

# 5 Ausgaben- und Finanzierungsplan
Die zuwendungsfähigen Ausgaben betragen insgesamt 398.000 Euro. Hinzu kommen nicht zuwendungsfähige Ausgaben für die Ersatzbeschaffung schadhafter Masten in Höhe von 14.000 Euro, die die Gemeinde aus dem Unterhaltungsbudget trägt. Der ausführliche Finanzierungsplan nach Jahren ist als Tabellenkalkulation beigefügt.

| Ausgabenposition | Betrag |
| Personalausgaben Projektkoordination (0,5 Stellen) | 72.000 Euro |
| LED-Leuchtenköpfe mit Steuerknoten (310 Stück) | 186.000 Euro |
| Montage und Elektroarbeiten | 80.000 Euro |
| LoRaWAN-Gateways inklusive Montage | 12.000 Euro |
| Lichtmanagement-Software (drei Jahre) | 18.000 Euro |
| Bürgerinformation und Beteiligung | 8.000 Euro |
| Evaluation und Energiemonitoring | 22.000 Euro |
| Summe zuwendungsfähige Ausgaben | 398.000 Euro |

Die Finanzierung erfolgt zu 80 Prozent aus der beantragten Zuwendung (318.400 Euro) und im Übrigen aus Eigenmitteln der Gemeinde (93.600 Euro einschließlich der nicht zuwendungsfähigen Ausgaben). Die Eigenmittel sind im Haushaltsplan 2022 und in der mittelfristigen Finanzplanung veranschlagt.

# 6 Wirtschaftlichkeit und Energieeinsparung
Die 310 Leuchten verbrauchen heute rund 148.000 Kilowattstunden Strom pro Jahr. Nach der Umrüstung und mit den geplanten Dimmprofilen wird ein Verbrauch von etwa 46.000 Kilowattstunden erwartet. Bei einem angenommenen Strompreis von 30 Cent pro Kilowattstunde ergibt sich eine jährliche Einsparung von rund 30.600 Euro. Zusätzlich sinken die Wartungskosten, weil LED-Leuchten eine deutlich längere Lebensdauer haben und Ausfälle über die Steuerknoten automatisch gemeldet werden.

# 7 Übertragbarkeit und Verstetigung
Die Ergebnisse werden in einem Leitfaden für andere Kommunen aufbereitet, der Ausschreibungsunterlagen, Dimmprofile und Erfahrungen mit der Bürgerbeteiligung enthält. Das LoRaWAN-Netz bleibt nach Projektende bestehen und wird in den Betrieb des Bauamtes übernommen. Die Betriebskosten für Software und Netz in Höhe von etwa 7.500 Euro pro Jahr werden aus den eingesparten Stromkosten finanziert.

# 8 Erklärungen
Die Gemeinde erklärt, dass mit dem Vorhaben noch nicht begonnen wurde, dass die Gesamtfinanzierung gesichert ist und dass für dieselben Maßnahmen keine weiteren Fördermittel beantragt wurden. Die Gemeinde ist nicht zum Vorsteuerabzug berechtigt; die Ausgaben sind daher einschließlich Umsatzsteuer angegeben.

Erfundingen, 28. März 2022 – Der Bürgermeister
""")


def _finanzierungsplan():
    items = [("Personalausgaben Projektkoordination (0,5 VZÄ)", 18000, 36000, 18000),
             ("LED-Leuchtenköpfe mit Steuerknoten (310 Stück)", 0, 186000, 0),
             ("Montage und Elektroarbeiten", 0, 74000, 6000),
             ("LoRaWAN-Gateways (3) inkl. Montage", 12000, 0, 0),
             ("Lichtmanagement-Software (Lizenz)", 6000, 6000, 6000),
             ("Bürgerinformation und Beteiligung", 4000, 3000, 1000),
             ("Evaluation und Energiemonitoring", 0, 10000, 12000)]
    rows = [["Position", "2022", "2023", "2024", "Summe"]]
    for i, (name, a, b, c) in enumerate(items):
        r = i + 2
        rows.append([name, EUR(a), EUR(b), EUR(c), EUR(a + b + c, "SUM(B%d:D%d)" % (r, r))])
    n = len(items)
    last = n + 1
    yr = [sum(it[k] for it in items) for k in (1, 2, 3)]
    zr = n + 2
    rows.append([B("Summe zuwendungsfähige Ausgaben")] +
                [EUR(yr[k], "SUM(%s2:%s%d)" % (col_letter(k + 1), col_letter(k + 1), last), bold=True) for k in range(3)] +
                [EUR(sum(yr), "SUM(E2:E%d)" % last, bold=True)])
    rows.append(["Nicht zuwendungsfähig: Ersatz schadhafter Masten", EUR(0), EUR(14000), EUR(0),
                 EUR(14000, "SUM(B%d:D%d)" % (zr + 1, zr + 1))])
    rows.append([B("Gesamtausgaben")] +
                [EUR(yr[k] + (14000 if k == 1 else 0), "%s%d+%s%d" % (col_letter(k + 1), zr, col_letter(k + 1), zr + 1), bold=True)
                 for k in range(4 - 1)] +
                [EUR(sum(yr) + 14000, "E%d+E%d" % (zr, zr + 1), bold=True)])
    rows.append([])
    rows.append([B("Finanzierung")])
    fr = len(rows) + 1
    rows.append(["Zuwendung Land (80 % der zuwendungsfähigen Ausgaben)"] +
                [EUR(yr[k] * 0.8, "%s%d*0.8" % (col_letter(k + 1), zr)) for k in range(3)] +
                [EUR(sum(yr) * 0.8, "SUM(B%d:D%d)" % (fr, fr))])
    rows.append(["Eigenmittel der Gemeinde"] +
                [EUR(yr[k] + (14000 if k == 1 else 0) - yr[k] * 0.8,
                     "%s%d-%s%d" % (col_letter(k + 1), zr + 2, col_letter(k + 1), fr)) for k in range(3)] +
                [EUR(sum(yr) + 14000 - sum(yr) * 0.8, "SUM(B%d:D%d)" % (fr + 1, fr + 1))])
    abruf = [["Datum", "Abgerufener Betrag", "Verwendungszweck", "Status"],
             [DATE("2022-11-15"), EUR(32000), "Personal und Gateways 2022", "ausgezahlt"],
             [DATE("2023-05-10"), EUR(120000), "Bauabschnitt 1", "ausgezahlt"],
             [DATE("2023-11-20"), EUR(132000), "Bauabschnitt 2", "ausgezahlt"],
             [DATE("2024-05-31"), EUR(34400), "Evaluation, Restzahlung", "beantragt"],
             [B("Summe"), EUR(318400, "SUM(B2:B5)", bold=True)]]
    return [("Finanzierungsplan", rows, [52, 16, 16, 16, 18]),
            ("Mittelabruf", abruf, [14, 20, 30, 14])]


doc("Förderung/Finanzierungsplan_Modellprojekt.ods",
    "Ausgaben- und Finanzierungsplan Modellprojekt „Licht nach Bedarf“",
    category="Förderung", type="Kalkulation", tags=["Förderung/Land", "Energie & Straßenbeleuchtung"],
    municipality=M_EF, year=2022, month=3,
    author="Gemeinde Erfundingen – Kämmerei",
    description="Tabellenkalkulation mit Ausgaben nach Jahren, Förderquote von 80 Prozent, Eigenmitteln "
                "und einer Übersicht der Mittelabrufe für ein gefördertes Beleuchtungsprojekt.",
    sheets=_finanzierungsplan())

doc("Förderung/Verwendungsnachweis_Sachbericht.odt",
    "Sachbericht zum Verwendungsnachweis: Smarter Winterdienst",
    category="Förderung", type="Ausfüllvorlage", tags=["Förderung/Bund", "Sensorik/Verkehr"],
    municipality=M_ML, year=2021, month=11,
    author="Stadt Modellau – Tiefbauamt",
    description="Vorlage und ausgefüllter Sachbericht für den Verwendungsnachweis eines Bundesmodellvorhabens "
                "zu Straßenzustandssensoren, die den Winterdienst bei Glätte unterstützen.",
    body="""
# 1 Kurzdarstellung des Vorhabens
Im Modellvorhaben „Smarter Winterdienst“ hat die Stadt Modellau an zwölf neuralgischen Stellen des Straßennetzes Sensoren installiert, die Fahrbahntemperatur, Feuchte und Gefrierpunkt messen. Die Messwerte werden über das LoRaWAN-Netz der Stadtwerke übertragen und im Einsatzleitsystem des Bauhofes angezeigt. Ziel war es, Glätte früher zu erkennen, Streueinsätze gezielter zu planen und den Verbrauch von Streusalz zu senken. Das Vorhaben wurde im Bundesmodellvorhaben „Smarte Kleinstädte“ (fiktiv) gefördert.

# 2 Durchführung und Verlauf
Das Vorhaben begann am 1. Oktober 2019 und endete planmäßig am 30. September 2021. Im ersten Projektjahr wurden die Standorte ausgewählt, die Sensoren beschafft und in die Fahrbahn beziehungsweise an Brückengeländern montiert. Bei zwei Brücken verzögerte sich die Montage um vier Monate, weil zusätzliche statische Prüfungen erforderlich waren.

Der erste Winter 2020/2021 diente als Testbetrieb. Die Beschäftigten des Winterdienstes erhielten Tablets in den Fahrzeugen und wurden in zwei Schulungen mit dem System vertraut gemacht. Im zweiten Teil des Winters wurden die Streueinsätze bereits überwiegend auf Grundlage der Sensordaten geplant.

# 3 Ergebnisse
Die wichtigsten Ergebnisse des Vorhabens sind:
- Glättebildung wurde im Mittel 70 Minuten früher erkannt als bei der bisherigen Kontrollfahrt.
- Der Verbrauch von Streusalz sank im Vergleich zum Durchschnitt der drei Vorjahre um 18 Prozent, bereinigt um die Zahl der Frosttage.
- Die Zahl der Kontrollfahrten in der Nacht ging von durchschnittlich 41 auf 17 pro Winter zurück.
- Die Messdaten werden seit März 2021 als Open Data auf dem Datenportal der Stadt veröffentlicht.

# 4 Abweichungen vom Finanzierungsplan
Die Ausgaben für die Sensoren lagen um 6.200 Euro über dem Ansatz, weil für die Brückenstandorte aufwendigere Halterungen benötigt wurden. Die Mehrausgaben wurden durch Einsparungen bei der Öffentlichkeitsarbeit ausgeglichen, da die geplante Informationsveranstaltung pandemiebedingt digital stattfand. Die Umschichtung wurde dem Zuwendungsgeber am 12. April 2021 angezeigt und genehmigt.

| Position | Plan | Ist | Abweichung |
| Sensoren und Montage | 54.000 Euro | 60.200 Euro | +6.200 Euro |
| Software und Schnittstellen | 22.000 Euro | 21.400 Euro | -600 Euro |
| Schulung und Begleitung | 9.000 Euro | 8.700 Euro | -300 Euro |
| Öffentlichkeitsarbeit | 10.000 Euro | 4.700 Euro | -5.300 Euro |
| Summe | 95.000 Euro | 95.000 Euro | 0 Euro |

# 5 Öffentlichkeitsarbeit und Transfer
Über das Vorhaben wurde in der Lokalpresse, im Amtsblatt und auf der Internetseite der Stadt berichtet. Die Ergebnisse wurden in einem Online-Fachgespräch mit 60 Teilnehmenden aus anderen Kommunen vorgestellt. Die Leistungsbeschreibung für die Sensoren und die Auswertungen stehen anderen Kommunen zur Nachnutzung zur Verfügung.

# 6 Verstetigung
Die Sensoren bleiben nach Ende der Förderung in Betrieb. Die jährlichen Betriebskosten von rund 3.800 Euro werden aus dem Budget des Winterdienstes finanziert und durch die Einsparungen beim Streusalz mehr als gedeckt. Die Stadt plant, das System um sechs weitere Standorte an Steigungsstrecken zu erweitern.

# 7 Bestätigung
Es wird bestätigt, dass die Ausgaben notwendig waren, wirtschaftlich und sparsam verfahren wurde und die Angaben mit den Büchern und Belegen übereinstimmen.

Modellau, 15. November 2021 – Tiefbauamt, Leitung
""")

doc("Förderung/Förderprogramme_Übersicht_2019.txt",
    "Übersicht Förderprogramme für Digitalisierungsprojekte der Kommunen (Stand 2019)",
    category="Förderung", type="Leitfaden", tags=["Förderung/Bund", "Förderung/Land"],
    municipality=M_VS, year=2019, month=10,
    author="Landkreis Vogelsberg-Süd – Wirtschaftsförderung",
    encoding="cp1252", newline="\r\n",
    description="Ältere Übersicht der Wirtschaftsförderung über Förderprogramme für kommunale "
                "Digitalisierungsprojekte, Antragsfristen und typische Förderquoten (Windows-Textdatei).",
    body="""
Diese Übersicht wurde von der Wirtschaftsförderung des Landkreises für die Bürgermeisterdienstbesprechung im Oktober 2019 zusammengestellt. Sie gibt einen ersten Überblick; maßgeblich sind immer die jeweils gültigen Förderrichtlinien. Programmnamen und Quoten sind Beispiele.

# Programme des Landes
## Digitale Dorfmitte (Landesprogramm, fiktiv)
Gefördert werden Vorhaben, die die Ortskerne kleiner Gemeinden mit digitalen Angeboten stärken, zum Beispiel Dorf-WLAN, digitale Informationstafeln oder Sensorik für Gemeinschaftseinrichtungen. Förderquote bis zu 80 Prozent, Höchstbetrag 400.000 € je Vorhaben – Anträge jeweils bis zum 31. März. Die Gemeinde Erfundingen plant einen Antrag für das Vorhaben „Licht nach Bedarf“.

## Kommunale Sensornetze (Förderrichtlinie KoSeN, fiktiv)
Förderung des Aufbaus von Funknetzen für das Internet der Dinge, insbesondere LoRaWAN. Zuwendungsfähig sind Gateways, Netzwerkserver und die ersten 50 Sensoren. Förderquote 70 Prozent, bei interkommunalen Vorhaben 90 Prozent.

# Programme des Bundes
## Smarte Kleinstädte (Bundesmodellvorhaben, fiktiv)
Modellvorhaben für Kleinstädte bis 20.000 Einwohner. Gefördert werden Konzepte und Pilotprojekte mit Übertragbarkeit auf andere Kommunen. Förderquote bis 90 Prozent, Laufzeit bis zu drei Jahre. Nächster Aufruf voraussichtlich im Frühjahr 2020.

# Europäische Programme
Für größere Vorhaben kommen Mittel der EU-Strukturfonds in Betracht, die über das Land verwaltet werden. Die Antragsverfahren sind aufwendig; eine frühzeitige Abstimmung mit der Wirtschaftsförderung wird empfohlen.

# Hinweise für die Antragstellung
- Mit dem Vorhaben darf vor der Bewilligung nicht begonnen werden (kein vorzeitiger Maßnahmebeginn ohne Genehmigung).
- Der Eigenanteil muss im Haushalt gesichert sein; ein Gemeinderatsbeschluss ist beizufügen.
- Interkommunale Vorhaben werden häufig mit höheren Quoten gefördert.
- Folgekosten nach Ende der Förderung sind im Antrag darzustellen.

Ansprechpartnerin: Wirtschaftsförderung des Landkreises, Frau Petra Muster, Telefon 06543 210-55.
""")


# ---------------------------------------------------------------------------
# Gremien
# ---------------------------------------------------------------------------

doc("Gremien/Beschlussvorlage_LoRaWAN-Netz.docx",
    "Beschlussvorlage: Aufbau eines gemeindeweiten LoRaWAN-Sensornetzes",
    category="Gremien", type="Mustertext", tags=["Gremien/Beschluss", "LoRaWAN", "Förderung/Land"],
    municipality=M_MB, year=2022, month=11,
    author="Gemeinde Musterbach – Der Gemeindevorstand",
    description="Muster einer Beschlussvorlage für den Gemeinderat mit Sachverhalt, Finanzierung, "
                "Alternativen und Beschlussvorschlag zum Aufbau eines Sensornetzes.",
    body="""
| Angabe | Inhalt |
| Vorlagen-Nr. | GV/2022/184 |
| Beratungsfolge | Haupt- und Finanzausschuss 07.11.2022 (Vorberatung), Gemeinderat 14.11.2022 (Entscheidung) |
| Federführung | Fachbereich Zentrale Dienste |
| Sitzung am | XX.XX.20XX |
| Sachbearbeitung | <Ansprech¦partner>, <Amt> |
| Finanzielle Auswirkungen | ja, siehe Abschnitt Finanzierung |

# Beschlussvorschlag
Der Gemeinderat beschließt:
1. Die Gemeinde Musterbach baut ein gemeindeweites LoRaWAN-Funknetz als Grundlage für kommunale Sensoranwendungen auf.
2. Der Gemeindevorstand wird beauftragt, die Leistungen für Aufbau und Betrieb des Netzes auszuschreiben und den Zuschlag auf das wirtschaftlichste Angebot zu erteilen.
3. Für das Vorhaben wird eine Förderung aus dem Landesprogramm für kommunale Sensornetze beantragt. Der Eigenanteil von bis zu 24.000 Euro wird im Haushalt 2023 bereitgestellt.
4. Die im Netz erhobenen Daten ohne Personenbezug werden grundsätzlich als Open Data veröffentlicht.

# Sachverhalt
Sensoren können Kommunen helfen, Aufgaben effizienter zu erledigen: Füllstandssensoren melden, wann Glascontainer geleert werden müssen, Pegelsensoren warnen frühzeitig vor Hochwasser an kleinen Gewässern, und Bodenfeuchtesensoren zeigen, welche Straßenbäume in Trockenperioden gegossen werden müssen. Damit solche Sensoren ihre Messwerte übermitteln können, wird ein Funknetz benötigt, das große Reichweiten bei geringem Energieverbrauch ermöglicht. Hierfür hat sich der offene Standard LoRaWAN bewährt, der bereits in vielen Kommunen eingesetzt wird.

Die Verwaltung hat im Sommer 2022 gemeinsam mit dem Zweckverband Digitale Region Musterland eine Funkplanung durchführen lassen. Danach kann das bebaute Gemeindegebiet mit vier Gateways auf gemeindeeigenen Gebäuden weitgehend abgedeckt werden. Die Ergebnisse der Funkplanung sind als Anlage beigefügt.

# Finanzierung
Die Kosten für Aufbau und Betrieb über fünf Jahre werden auf rund 96.000 Euro geschätzt. Bei einer Förderquote von 75 Prozent verbleibt ein Eigenanteil von etwa 24.000 Euro. Die laufenden Kosten nach Ende der Förderung betragen voraussichtlich 9.500 Euro pro Jahr. Demgegenüber stehen erwartete Einsparungen, etwa durch weniger Leerfahrten des Bauhofes bei der Leerung von Glascontainern.

| Kostenart | Betrag |
| Gateways einschließlich Montage | 18.000 Euro |
| Netzwerkserver und Plattform (5 Jahre) | 42.000 Euro |
| Erste Sensoren (Pilotanwendungen) | 26.000 Euro |
| Schulung und Projektbegleitung | 10.000 Euro |
| Gesamtkosten | 96.000 Euro |

# Alternativen
Als Alternative wurde die Nutzung eines kommerziellen Netzes eines Mobilfunkanbieters (NB-IoT) geprüft. Dabei fallen für jeden Sensor monatliche Gebühren an, und die Abdeckung in den Tallagen der Ortsteile ist unsicher. Eine weitere Möglichkeit wäre, auf Sensorik ganz zu verzichten; dann bleiben die beschriebenen Einsparpotenziale ungenutzt.

# Auswirkungen auf Klima und Umwelt
Das Vorhaben hat positive Auswirkungen auf den Klimaschutz, weil unnötige Fahrten vermieden und Ressourcen wie Gießwasser gezielter eingesetzt werden. Die Gateways haben einen geringen Stromverbrauch von jeweils etwa 10 Watt.

Musterbach, 24. Oktober 2022 – Die Bürgermeisterin

Unterschrift: ____________________ ({{Bürgermeister¦in}})
""",
    placeholders={"<Amt>": "department", "{{Bürgermeisterin}}": "mayor"},
    header="<Gemeinde> – Der Gemeindevorstand",
    footer="Beschlussvorlage der [Gemeinde] · Landkreis [¦Landkreis¦]")

doc("Gremien/Präsentation_Gemeinderat_Smart_Region.pptx",
    "Präsentation für den Gemeinderat: Sensornetz für Musterbach",
    category="Gremien", type="Präsentation", tags=["Gremien/Beschluss", "LoRaWAN", "Öffentlichkeitsarbeit"],
    municipality=M_MB, year=2022, month=10,
    author="Gemeinde Musterbach – Fachbereich Zentrale Dienste",
    description="Foliensatz zur Vorstellung des geplanten LoRaWAN-Sensornetzes in der Sitzung des "
                "Gemeinderates: Nutzen, Anwendungsfälle, Kosten, Datenschutz und Zeitplan.",
    slides=[
        ("Ein Sensornetz für Musterbach",
         ["Sitzung des Gemeinderates am 14. November 2022",
          "Fachbereich Zentrale Dienste, Gemeinde Musterbach"]),
        ("Warum ein Sensornetz?",
         ["Kommunale Aufgaben effizienter erledigen",
          "Frühwarnung bei Starkregen und Hochwasser an kleinen Bächen",
          "Ressourcen schonen: Gießwasser, Fahrten des Bauhofes, Energie",
          "Daten als Grundlage für Entscheidungen der Gemeinde"]),
        ("Was ist LoRaWAN?",
         ["Offener Funkstandard für das Internet der Dinge",
          "Große Reichweite: mehrere Kilometer je Gateway",
          "Sehr geringer Energiebedarf: Sensoren laufen jahrelang mit einer Batterie",
          "Verschlüsselte Übertragung, keine Gebühren je Sensor"]),
        ("Geplante Anwendungen",
         ["Pegelmessung am Mühlbach und am Hainroder Graben",
          "Füllstandsmessung der 28 Glascontainer",
          "Bodenfeuchte an Straßenbäumen in der Hauptstraße",
          "Temperatur- und Verbrauchsüberwachung in Liegenschaften"]),
        ("Kosten und Förderung",
         ["Gesamtkosten für fünf Jahre: rund 96.000 Euro",
          "Förderung aus dem Landesprogramm: 75 Prozent",
          "Eigenanteil der Gemeinde: etwa 24.000 Euro",
          "Laufende Kosten nach der Förderung: ca. 9.500 Euro pro Jahr"]),
        ("Datenschutz und Sicherheit",
         ["Erste Anwendungen erfassen keine personenbezogenen Daten",
          "Auftragsverarbeitungsvertrag mit dem Netzbetreiber",
          "Server in der Europäischen Union, Daten gehören der Gemeinde",
          "Sicherheitskonzept nach IT-Grundschutz"]),
        ("Zeitplan",
         ["Dezember 2022: Förderantrag und Ausschreibung",
          "März 2023: Zuschlag",
          "Juni 2023: Gateways in Betrieb",
          "Herbst 2023: erste Sensoren und öffentliches Dashboard"]),
        ("Beschlussvorschlag",
         ["Aufbau eines gemeindeweiten LoRaWAN-Netzes",
          "Ausschreibung und Vergabe durch den Gemeindevorstand",
          "Förderantrag; Eigenanteil im Haushalt 2023",
          "Veröffentlichung der Daten als Open Data",
          "Vielen Dank für Ihre Aufmerksamkeit – Fragen?"]),
    ])

doc("Gremien/Präsentation_Kreistag_Sensornetz.odp",
    "Sachstandsbericht Sensornetz für den Kreistag",
    category="Gremien", type="Präsentation",
    tags=["Kooperation/Interkommunal", "LoRaWAN", "Sensorik/Umwelt"],
    municipality=M_VS, year=2024, month=9,
    author="Landkreis Vogelsberg-Süd – Stabsstelle Digitalisierung",
    description="Präsentation zum Umsetzungsstand des kreisweiten Sensornetzes mit Zahlen zu Gateways, "
                "Sensoren, Kommunen und Kosten sowie den nächsten Schritten.",
    slides=[
        ("Kreisweites Sensornetz – Sachstand 2024",
         ["Sitzung des Kreistages am 23. September 2024",
          "Stabsstelle Digitalisierung, Landkreis Vogelsberg-Süd"]),
        ("Ziele des Sensornetzes",
         ["Gemeinsame Infrastruktur für alle 14 kreisangehörigen Kommunen",
          "Hochwasserfrühwarnung an Gewässern dritter Ordnung",
          "Klimaanpassung: Bodenfeuchte, Hitze, Starkregen",
          "Offene Daten für Verwaltung, Wirtschaft und Bürgerschaft"]),
        ("Stand der Umsetzung",
         ["23 Gateways in Betrieb, Abdeckung von 96 Prozent der Siedlungsfläche",
          "1.100 Sensoren angemeldet, davon 64 Pegelsensoren",
          "12 von 14 Kommunen nutzen das Netz aktiv",
          "Verfügbarkeit des Netzwerkservers im ersten Halbjahr: 99,8 Prozent"]),
        ("Interkommunale Zusammenarbeit",
         ["Kooperationsvereinbarung mit den Kommunen seit 2022",
          "Gemeinsame Beschaffung senkt die Preise für Sensoren um bis zu 30 Prozent",
          "Arbeitskreis Sensorik trifft sich vierteljährlich",
          "Erfahrungsaustausch mit dem Zweckverband Digitale Region Musterland"]),
        ("Finanzierung",
         ["Investitionen bis 2024: 740.000 Euro, davon 70 Prozent Fördermittel",
          "Betriebskosten: 86.000 Euro pro Jahr",
          "Umlage der Betriebskosten nach Zahl der Sensoren je Kommune",
          "Gebühren für private Nutzer werden derzeit geprüft"]),
        ("Nächste Schritte",
         ["2025: Erweiterung um Sensoren für Stadtbäume und Schulen",
          "Anbindung der Pegeldaten an die Warn-App des Kreises",
          "Fortschreibung des IT-Sicherheitskonzeptes",
          "Evaluation und Bericht an den Kreistag im Herbst 2025"]),
    ])

doc("Gremien/Niederschrift_Ausschuss_Digitales.pdf",
    "Auszug aus der Niederschrift des Ausschusses für Digitales, Umwelt und Mobilität",
    category="Gremien", type="Beispieldokument", tags=["Gremien/Beschluss", "Mobilität/Parken", "Open Data"],
    municipality=M_BH, year=2023, month=6,
    author="Stadt Beispielheim – Büro der Stadtverordnetenversammlung",
    description="Protokollauszug einer Ausschusssitzung mit Beratung und Beschluss zur Parkraumsensorik "
                "und zur Veröffentlichung von Sensordaten als Open Data.",
    body="""
# Sitzungsdaten
| Angabe | Inhalt |
| Gremium | Ausschuss für Digitales, Umwelt und Mobilität |
| Sitzung | 14. Sitzung der Wahlperiode |
| Datum und Ort | Dienstag, 13. Juni 2023, 18:00 Uhr, Sitzungssaal des Rathauses |
| Vorsitz | Stadtverordneter Thomas Beispiel |
| Schriftführung | Frau Anna Muster, Büro der Stadtverordnetenversammlung |
| Anwesend | 11 von 13 Mitgliedern, Magistrat, Verwaltung, 9 Gäste |

Der Vorsitzende eröffnet die Sitzung um 18:02 Uhr, begrüßt die Anwesenden und stellt die ordnungsgemäße Einladung und die Beschlussfähigkeit fest. Einwände gegen die Tagesordnung werden nicht erhoben.

# TOP 4: Pilotprojekt Parkraumsensorik in der Innenstadt (Vorlage M/2023/061)
Herr Stadtrat Klaus Exempel erläutert die Vorlage. Die Stadt möchte 180 Stellplätze in der Innenstadt, insbesondere in der Marktstraße, der Schillerstraße und auf dem Parkplatz an der Straße Am Stadtgraben, mit Bodensensoren ausstatten. Die Belegung soll in einer App und auf zwei dynamischen Anzeigetafeln an den Ortseingängen angezeigt werden. Ziel ist die Verringerung des Parksuchverkehrs, der nach einer Zählung aus dem Jahr 2022 bis zu 30 Prozent des Verkehrs in der Innenstadt ausmacht.

Frau Dr. Lena Beispiel vom Amt für Verkehr und Mobilität stellt die Ergebnisse der Datenschutz-Folgenabschätzung vor. Die Sensoren erfassen nur, ob ein Stellplatz frei oder belegt ist. Kennzeichen oder Bilder werden nicht erfasst. Die Daten sollen ausdrücklich nicht zur Parküberwachung genutzt werden.

# Aussprache
Stadtverordnete Frau Maria Fiktiv fragt, ob die Sensoren im Winter beim Einsatz von Räumfahrzeugen beschädigt werden können. Die Verwaltung antwortet, dass die Sensoren bündig in die Fahrbahn eingelassen werden und für den Winterdienst geeignet sind. Erfahrungen aus anderen Städten zeigten eine Ausfallquote von unter zwei Prozent pro Jahr.

Stadtverordneter Herr Paul Modell begrüßt das Vorhaben, regt aber an, auch Stellplätze für Lastenräder und Fahrräder einzubeziehen. Die Verwaltung sagt zu, dies für einen zweiten Bauabschnitt zu prüfen.

Stadtverordnete Frau Sophie Exempel bittet darum, die erhobenen Daten auch der Öffentlichkeit zur Verfügung zu stellen, damit etwa Hochschulen oder Start-ups eigene Auswertungen machen können. Herr Stadtrat Exempel verweist auf die Open-Data-Leitlinie der Stadt, nach der aggregierte Auslastungsdaten ohnehin veröffentlicht werden sollen.

Aus der Mitte des Ausschusses wird nach den Kosten gefragt. Die Investitionskosten betragen rund 118.000 Euro, die jährlichen Betriebskosten etwa 14.000 Euro. Ein Teil der Kosten soll über die Parkgebühren refinanziert werden; eine Erhöhung der Gebühren ist damit nicht verbunden.

# Beschluss
Der Ausschuss empfiehlt der Stadtverordnetenversammlung, wie folgt zu beschließen:
1. Dem Pilotprojekt Parkraumsensorik wird zugestimmt. Die Haushaltsmittel werden aus dem Budget des Amtes für Verkehr und Mobilität bereitgestellt.
2. Die Belegungsdaten werden nicht für Zwecke der Verkehrsüberwachung genutzt.
3. Aggregierte Auslastungsdaten werden stündlich auf dem Open-Data-Portal der Stadt veröffentlicht.
4. Der Magistrat berichtet dem Ausschuss nach zwölf Monaten über die Erfahrungen.

Abstimmungsergebnis: 10 Ja-Stimmen, 0 Nein-Stimmen, 1 Enthaltung. Der Beschlussempfehlung ist damit mehrheitlich zugestimmt.

# TOP 5: Mitteilungen des Magistrats
Der Magistrat teilt mit, dass das städtische LoRaWAN-Netz seit Mai 2023 das gesamte Stadtgebiet abdeckt. Bisher sind 212 Sensoren angemeldet. Die Verwaltung wird in der nächsten Sitzung einen Überblick über alle Sensoranwendungen geben.

Ende des öffentlichen Teils: 19:14 Uhr.

Für die Richtigkeit: Anna Muster (Schriftführerin) · Thomas Beispiel (Vorsitzender)
""")


# ---------------------------------------------------------------------------
# LoRaWAN & Netze
# ---------------------------------------------------------------------------

doc("LoRaWAN/Betriebskonzept_LoRaWAN-Netz.pdf",
    "Betriebskonzept für das LoRaWAN-Netz des Landkreises",
    category="LoRaWAN & Netze", type="Leitfaden", tags=["LoRaWAN", "Betrieb", "Kooperation/Interkommunal"],
    municipality=M_VS, year=2023, month=8,
    author="Landkreis Vogelsberg-Süd – Fachdienst IT",
    description="Beschreibt Rollen, Prozesse, Service-Zeiten, Kennzahlen und Entgelte für den Betrieb "
                "eines gemeinsamen LoRaWAN-Netzes von Landkreis und kreisangehörigen Kommunen.",
    body="""
# 1 Zweck des Betriebskonzeptes
Der Landkreis Vogelsberg-Süd betreibt seit 2022 ein LoRaWAN-Netz, das von der Kreisverwaltung und den kreisangehörigen Kommunen gemeinsam genutzt wird. Dieses Betriebskonzept legt fest, wer für welche Aufgaben zuständig ist, wie neue Sensoren angemeldet werden, wie mit Störungen umgegangen wird und wie die Kosten verteilt werden. Es richtet sich an die Beschäftigten der Kreisverwaltung, die Ansprechpersonen in den Kommunen und an beauftragte Dienstleister.

# 2 Betriebsmodell
Der Kreis ist Eigentümer der Gateways und des Netzwerkservers. Die Kommunen sind Eigentümerinnen ihrer Sensoren und verantwortlich für deren fachliche Nutzung. Der technische Betrieb des Netzwerkservers erfolgt durch den Fachdienst IT des Kreises. Wartungsarbeiten an Gateways auf Masten und Dächern werden an einen Dienstleister vergeben.

Dieses Modell wurde gewählt, weil eine einzelne Kommune den Aufwand für den Betrieb eines eigenen Netzes kaum tragen kann. Gleichzeitig behalten die Kommunen die Hoheit über ihre Daten: Jede Kommune erhält einen eigenen Mandanten auf dem Netzwerkserver und sieht nur die eigenen Sensoren.

# 3 Rollen und Verantwortlichkeiten
| Rolle | Wahrgenommen durch | Aufgaben |
| Netzbetrieb | Fachdienst IT des Kreises | Betrieb Netzwerkserver, Überwachung Gateways, Updates |
| Plattformbetrieb | Stabsstelle Digitalisierung | Datenplattform, Dashboards, Schnittstellen, Open Data |
| Mandantenverantwortung | je Kommune eine benannte Person | Anmeldung eigener Sensoren, fachliche Prüfung der Daten |
| Vor-Ort-Service | beauftragter Dienstleister | Montage, Wartung und Austausch von Gateways |
| Steuerung | Arbeitskreis Sensorik | Priorisierung, Standards, Weiterentwicklung |

# 4 Prozesse
## 4.1 Anmeldung neuer Sensoren
Neue Sensoren dürfen nur angemeldet werden, wenn sie im Sensorkatalog des Kreises freigegeben sind oder eine Einzelfreigabe durch den Netzbetrieb vorliegt. So wird sichergestellt, dass nur Geräte mit geeigneter Sendeleistung, Sendehäufigkeit und Verschlüsselung im Netz betrieben werden.
1. Die Kommune prüft, ob der Sensortyp im Sensorkatalog enthalten ist.
2. Die Mandantenverantwortliche erfasst den Sensor mit Standort, Zweck und Ansprechperson im Gerätekatalog.
3. Die Geräteschlüssel werden verschlüsselt übermittelt und im Netzwerkserver hinterlegt.
4. Der Sensor wird in Betrieb genommen; der Netzbetrieb prüft den ersten Datenempfang.
5. Die Daten werden, soweit vorgesehen, an die Datenplattform weitergeleitet und im Dashboard angezeigt.

## 4.2 Störungsmanagement
Störungen können von den Kommunen über das Ticketsystem des Kreises gemeldet werden. Der Netzbetrieb erkennt Ausfälle von Gateways zudem automatisch, wenn ein Gateway länger als 15 Minuten keine Statusmeldung sendet. Bei Ausfall eines Gateways im Einzugsbereich von Pegelsensoren wird zusätzlich die Leitstelle informiert.

## 4.3 Änderungen und Updates
Updates der Gateway-Firmware und des Netzwerkservers werden mindestens eine Woche vorher im Arbeitskreis angekündigt und außerhalb der Kernzeiten eingespielt. Sicherheitskritische Updates können ohne Vorankündigung eingespielt werden; die Kommunen werden nachträglich informiert.

# 5 Service-Zeiten
Der Netzbetrieb ist werktags von 7:30 Uhr bis 16:00 Uhr erreichbar. Außerhalb dieser Zeiten besteht für die Hochwasserfrühwarnung eine Rufbereitschaft. Die angestrebte Verfügbarkeit des Netzwerkservers beträgt 99,5 Prozent im Jahresmittel.

# 6 Kennzahlen
Der Betrieb wird anhand weniger Kennzahlen gesteuert, die quartalsweise im Arbeitskreis Sensorik vorgestellt werden:
- Verfügbarkeit des Netzwerkservers und der einzelnen Gateways,
- Anzahl der angemeldeten Sensoren je Kommune und je Sensortyp,
- Anteil erfolgreich empfangener Nachrichten (Paketempfangsrate),
- Anzahl und Bearbeitungsdauer der Störungsmeldungen,
- Auslastung der Funkkanäle an den am stärksten genutzten Gateways.

# 7 Kosten und Entgelte
Die Investitionskosten für Gateways und Netzwerkserver trägt der Kreis. Die laufenden Betriebskosten werden zur Hälfte vom Kreis getragen; die andere Hälfte wird auf die Kommunen nach der Zahl ihrer angemeldeten Sensoren umgelegt. Für das Jahr 2024 ergibt sich daraus ein Entgelt von 3,60 Euro pro Sensor und Monat. Eine gesonderte Gebühr für die Mitnutzung der Gateways wird von den Kommunen nicht erhoben.

Private Dritte, etwa Wohnungsbaugesellschaften oder landwirtschaftliche Betriebe, können das Netz künftig ebenfalls nutzen. Die Höhe der Gebühren für Dritte und die rechtliche Ausgestaltung, etwa über eine Gebührensatzung oder privatrechtliche Entgelte, werden derzeit geprüft.

# 8 Lebenszyklus und Dokumentation
Gateways werden nach spätestens acht Jahren ersetzt. Sensoren, die dauerhaft keine Daten mehr liefern, werden nach Rücksprache mit der Kommune nach 90 Tagen abgemeldet. Alle Gateways, Sensoren, Schlüssel und Konfigurationen werden im Gerätekatalog dokumentiert; dieser ist zugleich Grundlage für die Umlage der Kosten.
""")


def _kostenaufstellung():
    items = [
        ("1", "LoRaWAN-Gateway für den Außeneinsatz (8 Kanäle, IP67)", 4, "Stück", 1450.00, "inkl. Antenne und Blitzschutz"),
        ("2", "Montage Gateway einschließlich Kabelweg", 4, "pauschal", 980.00, "Hubsteiger erforderlich"),
        ("3", "Pegelsensor (Radar) mit Solarpanel", 3, "Stück", 1890.00, "Mühlbach, Hainroder Graben"),
        ("4", "Füllstandssensor Glascontainer (Ultraschall)", 28, "Stück", 189.00, "alle Containerstandorte"),
        ("5", "Bodenfeuchtesensor für Straßenbäume", 20, "Stück", 245.00, "zwei Messtiefen"),
        ("6", "Temperatur- und Luftfeuchtesensor", 15, "Stück", 79.50, "Liegenschaften"),
        ("7", "CO2-Ampel für Klassenräume", 24, "Stück", 139.00, "Grundschule Musterbach"),
        ("8", "Wasserzähler-Auslesemodul", 12, "Stück", 98.00, "Dorfgemeinschaftshäuser"),
        ("9", "Netzwerkserver und Datenplattform (Jahreslizenz)", 1, "Jahr", 6400.00, "Mandant des Zweckverbandes"),
        ("10", "Dashboard für die Öffentlichkeit (Einrichtung)", 1, "pauschal", 2800.00, "Open-Data-Schnittstelle"),
        ("11", "Ersatzbatterien (Vorrat für zwei Jahre)", 60, "Stück", 14.20, "Lithium, 3,6 V"),
        ("12", "Schulung Bauhof und Verwaltung", 2, "Termin", 650.00, "je halber Tag"),
    ]
    rows = [["Pos.", "Bezeichnung", "Menge", "Einheit", "Einzelpreis netto", "Gesamtpreis netto", "Bemerkung"]]
    total = 0.0
    for i, (pos, name, qty, unit, price, note) in enumerate(items):
        r = i + 2
        g = round(qty * price, 2)
        total += g
        rows.append([pos, name, NUM(qty), unit, EUR(price), EUR(g, "C%d*E%d" % (r, r)), note])
    last = len(items) + 1
    s = last + 1
    rows.append([None, B("Summe netto"), None, None, None, EUR(total, "SUM(F2:F%d)" % last, bold=True)])
    rows.append([None, "Umsatzsteuer 19 %", None, None, None, EUR(total * 0.19, "ROUND(F%d*0.19,2)" % s)])
    rows.append([None, B("Summe brutto"), None, None, None,
                 EUR(round(total, 2) + round(total * 0.19, 2), "F%d+F%d" % (s, s + 1), bold=True)])
    op = [["Jahr", "Lizenzen Plattform", "Wartung Gateways", "Batterietausch", "Mobilfunk-Backup", "Summe"]]
    for i, year in enumerate(range(2024, 2029)):
        r = i + 2
        lic, wart, batt, mob = 6400.0, 1200.0, 450.0 + 150 * i, 240.0
        op.append([NUM(year), EUR(lic), EUR(wart), EUR(batt), EUR(mob),
                   EUR(lic + wart + batt + mob, "SUM(B%d:E%d)" % (r, r))])
    op.append([B("Summe 5 Jahre")] + [
        EUR(sum((c.value for c in (rw[k] for rw in op[1:]))), "SUM(%s2:%s6)" % (col_letter(k), col_letter(k)), bold=True)
        for k in range(1, 6)])
    return [("Kosten", rows, [6, 52, 8, 10, 18, 18, 32]),
            ("Betrieb", op, [16, 20, 20, 18, 18, 16])]


doc("LoRaWAN/Kostenaufstellung_Sensorik.xlsx",
    "Kostenaufstellung Sensorik und Netz",
    category="LoRaWAN & Netze", type="Kalkulation", tags=["Sensorik", "LoRaWAN", "Förderung/Land"],
    municipality=M_MB, year=2023, month=1,
    author="Gemeinde Musterbach – Fachbereich Finanzen",
    description="Kalkulation der Investitionskosten für Gateways und Sensoren (Pegel, Füllstand, Bodenfeuchte, "
                "CO2) sowie der Betriebskosten für fünf Jahre, mit Formeln für Summen und Umsatzsteuer.",
    sheets=_kostenaufstellung())

SENSOR_ROWS = [
    # id, type, quantity, place, street, district, lat, lon, since, gateway, status, note
    ("MB-PEG-001", "Pegelsensor Radar", "Wasserstand (cm)", "Brücke Mühlbach", "Mühlgasse", "Musterbach", "50,62481", "9,18237", "15.09.2023", "GW-01", "aktiv", ""),
    ("MB-PEG-002", "Pegelsensor Radar", "Wasserstand (cm)", "Durchlass Hainroder Graben", "Talweg", "Hainrode", "50,63902", "9,20115", "15.09.2023", "GW-04", "aktiv", "Solarpanel; Montage an Mast \"Nord\""),
    ("MB-PEG-003", "Pegelsensor Radar", "Wasserstand (cm)", "Regenrückhaltebecken Oberbach", "Am Sportplatz", "Oberbach", "50,61517", "9,16422", "02.10.2023", "GW-03", "aktiv", ""),
    ("MB-GLS-001", "Füllstandssensor", "Füllstand (%)", "Containerplatz Rathaus", "Rathausplatz", "Musterbach", "50,62210", "9,17985", "11.10.2023", "GW-01", "aktiv", "Weißglas"),
    ("MB-GLS-002", "Füllstandssensor", "Füllstand (%)", "Containerplatz Rathaus", "Rathausplatz", "Musterbach", "50,62212", "9,17991", "11.10.2023", "GW-01", "aktiv", "Braunglas"),
    ("MB-GLS-003", "Füllstandssensor", "Füllstand (%)", "Containerplatz Rathaus", "Rathausplatz", "Musterbach", "50,62214", "9,17997", "11.10.2023", "GW-01", "aktiv", "Grünglas"),
    ("MB-GLS-004", "Füllstandssensor", "Füllstand (%)", "Parkplatz Friedhof", "Kirchstraße", "Oberbach", "50,61733", "9,16108", "11.10.2023", "GW-03", "aktiv", ""),
    ("MB-GLS-005", "Füllstandssensor", "Füllstand (%)", "Bürgerhaus", "Schulstraße", "Unterbach", "50,62945", "9,19452", "12.10.2023", "GW-02", "gestört", "keine Daten seit 03.01.2024; Batterie prüfen"),
    ("MB-BOD-001", "Bodenfeuchtesensor", "Bodenfeuchte (%) 30/60 cm", "Straßenbaum Nr. 114 (Linde)", "Hauptstraße", "Musterbach", "50,62302", "9,18120", "20.04.2024", "GW-01", "aktiv", ""),
    ("MB-BOD-002", "Bodenfeuchtesensor", "Bodenfeuchte (%) 30/60 cm", "Straßenbaum Nr. 121 (Ahorn)", "Hauptstraße", "Musterbach", "50,62355", "9,18201", "20.04.2024", "GW-01", "aktiv", ""),
    ("MB-BOD-003", "Bodenfeuchtesensor", "Bodenfeuchte (%) 30/60 cm", "Straßenbaum Nr. 130 (Platane)", "Hauptstraße", "Musterbach", "50,62401", "9,18277", "20.04.2024", "GW-01", "aktiv", "Neupflanzung 2023"),
    ("MB-BOD-004", "Bodenfeuchtesensor", "Bodenfeuchte (%) 30/60 cm", "Spielplatz Lindenweg", "Lindenweg", "Unterbach", "50,63011", "9,19587", "22.04.2024", "GW-02", "aktiv", ""),
    ("MB-TMP-001", "Temperatur/Luftfeuchte", "Temperatur (°C), rel. Feuchte (%)", "Rathaus, Sitzungssaal", "Rathausplatz", "Musterbach", "50,62205", "9,17970", "05.02.2024", "GW-01", "aktiv", "Innenraum"),
    ("MB-TMP-002", "Temperatur/Luftfeuchte", "Temperatur (°C), rel. Feuchte (%)", "Dorfgemeinschaftshaus Hainrode", "Brunnenstraße", "Hainrode", "50,63850", "9,20010", "05.02.2024", "GW-04", "aktiv", "Innenraum; Frostwächter"),
    ("MB-TMP-003", "Temperatur/Luftfeuchte", "Temperatur (°C), rel. Feuchte (%)", "Bauhof, Salzhalle", "Industriestraße", "Musterbach", "50,62655", "9,18840", "06.02.2024", "GW-02", "aktiv", ""),
    ("MB-CO2-001", "CO2-Ampel", "CO2 (ppm), Temperatur (°C)", "Grundschule, Raum 1.04", "Schulstraße", "Musterbach", "50,62120", "9,17655", "08.01.2024", "GW-01", "aktiv", ""),
    ("MB-CO2-002", "CO2-Ampel", "CO2 (ppm), Temperatur (°C)", "Grundschule, Raum 1.05", "Schulstraße", "Musterbach", "50,62121", "9,17661", "08.01.2024", "GW-01", "aktiv", ""),
    ("MB-CO2-003", "CO2-Ampel", "CO2 (ppm), Temperatur (°C)", "Grundschule, Raum 2.01", "Schulstraße", "Musterbach", "50,62124", "9,17668", "08.01.2024", "GW-01", "außer Betrieb", "Raum wird renoviert"),
    ("MB-WAS-001", "Wasserzähler-Modul", "Verbrauch (m³)", "Sportlerheim Oberbach", "Am Sportplatz", "Oberbach", "50,61498", "9,16390", "14.03.2024", "GW-03", "aktiv", ""),
    ("MB-WAS-002", "Wasserzähler-Modul", "Verbrauch (m³)", "Friedhofshalle", "Kirchstraße", "Oberbach", "50,61740", "9,16095", "14.03.2024", "GW-03", "aktiv", "Leckage-Alarm aktiviert"),
    ("MB-WET-001", "Wetterstation", "Niederschlag (mm), Wind (m/s), Temperatur (°C)", "Dach Feuerwehrgerätehaus", "Feuerwehrstraße", "Oberbach", "50,61610", "9,16250", "01.06.2023", "GW-03", "aktiv", "Referenz für Starkregen"),
    ("MB-PAR-001", "Parksensor", "Belegung (frei/belegt)", "E-Ladesäule Rathaus, Stellplatz 1", "Rathausplatz", "Musterbach", "50,62230", "9,18002", "10.07.2024", "GW-01", "Test", "Pilot; keine Veröffentlichung"),
    ("MB-PAR-002", "Parksensor", "Belegung (frei/belegt)", "E-Ladesäule Rathaus, Stellplatz 2", "Rathausplatz", "Musterbach", "50,62233", "9,18008", "10.07.2024", "GW-01", "Test", "Pilot; keine Veröffentlichung"),
    ("MB-GW-001", "Gateway", "–", "Rathaus, Dach", "Rathausplatz", "Musterbach", "50,62208", "9,17977", "28.06.2023", "GW-01", "aktiv", "Gateway selbst"),
]

doc("LoRaWAN/Sensorstandorte_Musterbach.csv",
    "Sensorstandorte und Gateways der Gemeinde Musterbach",
    category="LoRaWAN & Netze", type="Beispieldokument", tags=["Sensorik", "Open Data", "LoRaWAN"],
    municipality=M_MB, year=2024, month=7, license="dl-de/by-2-0",
    author="Gemeinde Musterbach – Fachbereich Zentrale Dienste",
    description="Liste aller Sensoren mit Typ, Messgröße, Standort, Koordinaten, Gateway und Status, "
                "wie sie aus Excel exportiert wird (Semikolon, UTF-8 mit BOM).",
    rows=[("Sensor-ID", "Sensortyp", "Messgröße", "Standort", "Straße", "Ortsteil", "Breitengrad",
           "Längengrad", "Inbetriebnahme", "Gateway", "Status", "Bemerkung")] + SENSOR_ROWS)

doc("LoRaWAN/Gateway-Standortanalyse.docx",
    "Standortanalyse für LoRaWAN-Gateways in Erfundingen",
    category="LoRaWAN & Netze", type="Beispieldokument", tags=["LoRaWAN", "Energie & Straßenbeleuchtung"],
    municipality=M_EF, year=2022, month=2,
    author="Gemeinde Erfundingen – Bauamt",
    description="Bewertung möglicher Gateway-Standorte nach Höhe, Stromversorgung, Netzanbindung und Zugänglichkeit, "
                "mit Ergebnis der Funkplanung und Empfehlung für drei Standorte.",
    body="""
# 1 Anlass
Für die geplante bedarfsgesteuerte Straßenbeleuchtung und weitere Sensoranwendungen benötigt die Gemeinde Erfundingen ein LoRaWAN-Netz. Die vorliegende Analyse bewertet mögliche Standorte für Gateways und schlägt eine Auswahl vor. Grundlage sind eine Begehung der Liegenschaften am 18. Januar 2022 und eine rechnerische Funkplanung auf Basis eines digitalen Geländemodells.

# 2 Bewertungskriterien
Ein guter Gateway-Standort liegt möglichst hoch und frei, verfügt über eine Stromversorgung und eine Internetverbindung und ist für Wartungsarbeiten zugänglich. Außerdem sollte die Gemeinde über den Standort verfügen können, damit keine Mietverträge mit Dritten nötig sind. Die Kriterien wurden mit Punkten von 1 (ungünstig) bis 5 (sehr gut) bewertet.

# 3 Bewertung der Standorte
| Standort | Höhe über Grund | Strom | Netz | Zugang | Punkte |
| Rathaus, Dachfirst | 14 m | ja | Glasfaser | Dachluke | 4,5 |
| Wasserturm Kleinerfundingen | 28 m | ja | Mobilfunk | Leiter, Absturzsicherung | 4,8 |
| Feuerwehrgerätehaus | 9 m | ja | DSL | Hubsteiger | 3,6 |
| Kirchturm St. Martin | 35 m | nein | keine | nur mit Genehmigung | 2,9 |
| Mehrzweckhalle | 11 m | ja | Glasfaser | Flachdach, gut | 4,2 |

Der Kirchturm wäre funktechnisch der beste Standort, scheidet aber mangels Stromversorgung und wegen der Abstimmung mit der Kirchengemeinde vorerst aus. Eine spätere Nutzung soll im Rahmen einer Vereinbarung mit der Kirchengemeinde geprüft werden.

# 4 Ergebnis der Funkplanung
Mit den Standorten Rathaus, Wasserturm und Mehrzweckhalle wird nach der Funkplanung eine Abdeckung von 97 Prozent der Straßenbeleuchtung im Gemeindegebiet erreicht. Unterversorgt bleiben lediglich einzelne Leuchten im Aussiedlerhof-Bereich Am Hohen Rain. Dort können die Steuerknoten notfalls über eine lokale Zeitschaltung betrieben werden.

# 5 Empfehlung
Die Verwaltung empfiehlt, Gateways an den drei Standorten Rathaus, Wasserturm Kleinerfundingen und Mehrzweckhalle zu errichten. Für den Wasserturm ist eine Abstimmung mit dem Wasserbeschaffungsverband erforderlich, da dort bereits Funktechnik für die Fernwirkanlage installiert ist. Die Baukosten einschließlich Montage werden auf 12.000 Euro geschätzt und sind im Förderantrag berücksichtigt.
""")


# ---------------------------------------------------------------------------
# Open Data
# ---------------------------------------------------------------------------

doc("Open Data/Open-Data-Leitlinie.pdf",
    "Open-Data-Leitlinie der Stadt Beispielheim",
    category="Open Data", type="Leitfaden", tags=["Open Data", "Strategie"],
    municipality=M_BH, year=2021, month=4,
    author="Stadt Beispielheim – Hauptamt, Stabsstelle Digitalisierung",
    description="Verbindliche Leitlinie zur Veröffentlichung offener Verwaltungsdaten: Grundsätze, Ausnahmen, "
                "Lizenzen, Formate, Metadaten, Rollen und Veröffentlichungsprozess.",
    body="""
# Präambel
Die Stadt Beispielheim verfügt über zahlreiche Daten, die für Bürgerinnen und Bürger, Wirtschaft, Wissenschaft und Zivilgesellschaft von Interesse sind: von Haltestellen und Spielplätzen über Haushaltszahlen bis zu Messwerten aus dem Sensornetz. Diese Daten wurden mit öffentlichen Mitteln erhoben. Die Stadt bekennt sich daher zu dem Grundsatz, dass Daten ohne Personenbezug und ohne sonstige Schutzbedürftigkeit offen, kostenfrei und maschinenlesbar zur Verfügung gestellt werden. Offene Daten stärken Transparenz und Vertrauen, ermöglichen neue Anwendungen und helfen auch der Verwaltung selbst, weil Daten leichter zwischen Ämtern geteilt werden können.

# 1 Geltungsbereich
Diese Leitlinie gilt für alle Ämter und Eigenbetriebe der Stadt Beispielheim. Den städtischen Gesellschaften wird empfohlen, sich der Leitlinie anzuschließen. Sie gilt für Daten, die nach Inkrafttreten der Leitlinie erhoben werden, und soll schrittweise auf vorhandene Datenbestände angewendet werden.

# 2 Grundsätze
- Offen als Standard: Daten werden veröffentlicht, sofern keine Ausnahme nach Abschnitt 3 vorliegt.
- Vollständigkeit: Daten werden möglichst in der Form veröffentlicht, in der sie erhoben wurden, ergänzt um aggregierte Fassungen.
- Aktualität: Daten werden zeitnah nach ihrer Erhebung veröffentlicht; Sensordaten möglichst fortlaufend.
- Maschinenlesbarkeit: Daten werden in offenen, maschinenlesbaren Formaten bereitgestellt.
- Kostenfreiheit: Für die Nutzung offener Daten werden keine Gebühren erhoben.
- Dauerhaftigkeit: Veröffentlichte Datensätze bleiben unter einer stabilen Adresse erreichbar.

# 3 Ausnahmen
Nicht veröffentlicht werden personenbezogene Daten, Betriebs- und Geschäftsgeheimnisse, Daten, deren Veröffentlichung die öffentliche Sicherheit gefährden würde, zum Beispiel genaue Standorte kritischer Infrastruktur, sowie Daten, an denen Dritte Rechte halten, die einer Veröffentlichung entgegenstehen. Bei Sensordaten ist besonders zu prüfen, ob durch die zeitliche und räumliche Auflösung Rückschlüsse auf einzelne Personen möglich sind. In diesen Fällen werden die Daten vor der Veröffentlichung aggregiert.

Ob eine Ausnahme vorliegt, entscheidet das datenhaltende Amt. Die Entscheidung ist kurz zu begründen und der Open-Data-Koordination mitzuteilen. Im Zweifel berät die oder der Datenschutzbeauftragte.

# 4 Lizenzen
Offene Daten der Stadt werden grundsätzlich unter der Datenlizenz Deutschland – Namensnennung – Version 2.0 oder unter der Creative-Commons-Lizenz CC BY 4.0 veröffentlicht. Für Daten, bei denen eine Namensnennung unverhältnismäßig wäre, etwa bei hochfrequenten Sensordaten, kann die Lizenz CC0 gewählt werden. Eigene Lizenzbedingungen der Stadt werden nicht verwendet.

# 5 Formate und Metadaten
Tabellarische Daten werden mindestens als CSV in UTF-8-Kodierung bereitgestellt, Geodaten zusätzlich als GeoJSON. Sensordaten werden über eine dokumentierte Schnittstelle angeboten. PDF-Dokumente allein gelten nicht als offene Daten.

Jeder Datensatz erhält Metadaten nach dem Standard DCAT-AP.de. Dazu gehören mindestens Titel, Beschreibung, Schlagworte, Lizenz, Aktualisierungsintervall, zeitlicher und räumlicher Bezug sowie eine Ansprechstelle. Die Metadaten werden an das Datenportal des Landes und an GovData weitergegeben.

# 6 Rollen
| Rolle | Aufgaben |
| Datenverantwortliche in den Ämtern | Auswahl, Prüfung und Pflege der Datensätze, Beschreibung der Daten |
| Open-Data-Koordination | Beratung, Betrieb des Datenportals, Qualitätssicherung der Metadaten |
| Datenschutzbeauftragte | Beratung bei Zweifeln über den Personenbezug |
| Lenkungskreis Digitalisierung | jährliche Priorisierung, Bericht an die Stadtverordnetenversammlung |

# 7 Veröffentlichungsprozess
1. Das Amt meldet einen Datensatz über das Formular im Intranet an.
2. Die Open-Data-Koordination prüft gemeinsam mit dem Amt Format, Lizenz und Metadaten.
3. Das Amt bestätigt, dass keine Ausnahme nach Abschnitt 3 vorliegt.
4. Der Datensatz wird auf dem Datenportal veröffentlicht und im Datenkatalog verzeichnet.
5. Das Amt aktualisiert den Datensatz im festgelegten Intervall; die Koordination überwacht die Aktualität.

# 8 Umgang mit Rückmeldungen
Nutzerinnen und Nutzer können über das Datenportal Fehler melden, Wünsche nach weiteren Daten äußern und Anwendungen vorstellen, die auf den Daten beruhen. Die Open-Data-Koordination beantwortet Rückmeldungen innerhalb von zehn Arbeitstagen und veröffentlicht einmal jährlich eine Übersicht der häufigsten Datenwünsche.

# 9 Inkrafttreten und Überprüfung
Diese Leitlinie tritt mit Beschluss des Magistrats vom 19. April 2021 in Kraft. Sie wird nach zwei Jahren überprüft. Dabei sollen insbesondere die Erfahrungen mit der Veröffentlichung von Sensordaten aus dem städtischen LoRaWAN-Netz ausgewertet werden.
""")

doc("Open Data/Datennutzungsvereinbarung.docx",
    "Datennutzungsvereinbarung zwischen Zweckverband und Hochschule",
    category="Open Data", type="Mustertext", tags=["Open Data", "Kooperation/Interkommunal", "Vergabe/Vertrag"],
    municipality=M_ZV, year=2024, month=10,
    author="Zweckverband Digitale Region Musterland – Geschäftsstelle",
    description="Muster einer Datennutzungsvereinbarung über die Bereitstellung nicht öffentlicher Sensor-Rohdaten "
                "für ein Forschungsprojekt, mit Regelungen zu Zweckbindung, Veröffentlichung und Löschung.",
    body="""
# Vorbemerkung
Der Zweckverband Digitale Region Musterland stellt aggregierte Sensordaten seiner Mitgliedskommunen als Open Data bereit. Für ein Forschungsprojekt zur Wirkung von Stadtgrün auf das Mikroklima benötigt die Hochschule für angewandte Wissenschaften Beispielheim (fiktiv) zusätzlich Rohdaten in höherer zeitlicher Auflösung, die nicht veröffentlicht werden. Diese Datennutzungsvereinbarung regelt die Bedingungen der Bereitstellung. Sie kann als Muster für vergleichbare Datennutzungsvereinbarungen mit anderen Partnern dienen.

# § 1 Gegenstand
(1) Der Zweckverband stellt der Hochschule die Rohdaten der Temperatur-, Luftfeuchte- und Bodenfeuchtesensoren in den Kommunen Beispielheim und Musterbach für den Zeitraum vom 1. Januar 2023 bis zum 31. Dezember 2024 zur Verfügung.

(2) Die Bereitstellung erfolgt über einen passwortgeschützten Zugang zur Schnittstelle der Datenplattform. Eine Weitergabe der Zugangsdaten ist nicht gestattet.

# § 2 Zweckbindung
Die Daten dürfen ausschließlich für das Forschungsprojekt „Grüne Kühle – Mikroklima in Kleinstädten“ genutzt werden. Eine Nutzung für andere Zwecke, insbesondere für kommerzielle Zwecke, bedarf der vorherigen Zustimmung des Zweckverbandes in Textform.

# § 3 Keine personenbezogenen Daten
Die bereitgestellten Daten enthalten nach Einschätzung des Zweckverbandes keine personenbezogenen Daten. Die Hochschule verpflichtet sich, keine Versuche zu unternehmen, aus den Daten Rückschlüsse auf einzelne Personen zu ziehen oder die Daten mit anderen Daten zu diesem Zweck zu verknüpfen.

# § 4 Veröffentlichung von Ergebnissen
(1) Die Hochschule darf Ergebnisse, die auf den Daten beruhen, veröffentlichen. Rohdaten dürfen nur in aggregierter Form veröffentlicht werden, mindestens als Stundenmittelwerte.

(2) Bei Veröffentlichungen ist die Quelle wie folgt anzugeben: „Datenquelle: Zweckverband Digitale Region Musterland und Mitgliedskommunen“.

(3) Die Hochschule stellt dem Zweckverband ihre Veröffentlichungen und, soweit möglich, die daraus abgeleiteten Datensätze unentgeltlich zur Verfügung. Abgeleitete Datensätze können vom Zweckverband als Open Data veröffentlicht werden.

# § 5 Gewährleistung und Haftung
Die Daten werden so bereitgestellt, wie sie vorliegen. Der Zweckverband übernimmt keine Gewähr für Richtigkeit, Vollständigkeit und Verfügbarkeit. Die Haftung des Zweckverbandes ist auf Vorsatz und grobe Fahrlässigkeit beschränkt.

# § 6 Kosten
Die Bereitstellung erfolgt unentgeltlich. Gebühren oder Entgelte werden nicht erhoben, da das Forschungsprojekt im öffentlichen Interesse liegt und die Ergebnisse den Kommunen zugutekommen.

# § 7 Laufzeit und Löschung
(1) Die Vereinbarung gilt bis zum 31. Dezember 2026.

(2) Nach Ende der Laufzeit löscht die Hochschule die Rohdaten, sofern keine gesetzlichen oder förderrechtlichen Aufbewahrungspflichten für Forschungsdaten bestehen. In diesem Fall werden die Daten gesperrt und nur noch zum Nachweis der Forschungsergebnisse aufbewahrt.

# § 8 Ansprechpersonen
| Partner | Ansprechperson | Kontakt |
| Zweckverband Digitale Region Musterland | Frau Julia Muster, Geschäftsstelle | daten@zv-musterland.example |
| Hochschule Beispielheim | Herr Prof. Dr. Felix Beispiel, Fachgebiet Stadtklima | stadtklima@hs-beispielheim.example |
| «Gemeinde» | «Ansprech¦partner», «Fachbereich» | «E-Mail» |

[¦Ort¦], den XX.XX.20XX

Für die [¦Gemeinde¦]: ______________________ ({{Bürgermeister}})
""",
    placeholders={"[Gemeinde]": "municipality", "«Gemeinde»": "municipality", "«Ansprechpartner»": "contact"},
    header="Datennutzungsvereinbarung – [Gemeinde]",
    footer="{{Gemeinde}} · {{Straße}} · {{PLZ}} {{Ort}} · Telefon {{Tele¦fon}}",
    textbox="Entwurf für die [¦Name der Kommune¦] – Platzhalter mit „Vorlage verwenden“ ausfüllen")


def to_html(d) -> str:
    def inline(s):
        s = xml(s).replace("–", "&ndash;")
        return s
    parts = []
    for b in parse(d["body"]):
        kind = b[0]
        if kind in ("h1", "h2", "h3"):
            lvl = int(kind[1]) + 1
            parts.append("    <h%d>%s</h%d>" % (lvl, inline(b[1]), lvl))
        elif kind == "p":
            parts.append("    <p>%s</p>" % inline(b[1]))
        elif kind in ("ul", "ol"):
            parts.append("    <%s>\n%s\n    </%s>" % (kind, "\n".join("      <li>%s</li>" % inline(i) for i in b[1]), kind))
        elif kind == "table":
            rows = b[1]
            head = "".join("<th>%s</th>" % inline(c) for c in rows[0])
            body = "\n".join("        <tr>%s</tr>" % "".join("<td>%s</td>" % inline(c) for c in r) for r in rows[1:])
            parts.append("    <table>\n      <thead><tr>%s</tr></thead>\n      <tbody>\n%s\n      </tbody>\n    </table>"
                         % (head, body))
    return """<!DOCTYPE html>
<html lang="de">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="author" content="%(author)s">
  <meta name="description" content="%(desc)s">
  <meta name="keywords" content="%(kw)s">
  <title>%(title)s</title>
  <style>
    /* Layout des Open-Data-Portals (CSS darf nicht im Suchindex landen) */
    body { font-family: "Source Sans Pro", Arial, sans-serif; max-width: 60rem; margin: 0 auto; color: #1d1d1b; }
    header { background: #2e7d32; color: #fff; padding: 1rem 2rem; }
    nav a { color: #fff; margin-right: 1.5rem; text-decoration: none; }
    table { border-collapse: collapse; width: 100%%; }
    th, td { border: 1px solid #bbb; padding: .4rem .6rem; text-align: left; }
    .cookie-hinweis { position: fixed; bottom: 0; background: #ffeb3b; }
  </style>
  <script>
    // Zählpixel und Cookie-Hinweis – dieser Text gehört nicht zum Dokumentinhalt.
    var portalKonfiguration = { trackingPixelLaden: false, sprache: "de-DE" };
    function zeigeCookieHinweis() {
      if (document.cookie.indexOf("hinweisGelesen=1") < 0 && 1 < 2) {
        document.body.insertAdjacentHTML("beforeend", "<div class='cookie-hinweis'>Geheimer Skripttext</div>");
      }
    }
    window.addEventListener("load", zeigeCookieHinweis);
  </script>
</head>
<body>
  <header>
    <p>%(muni)s &middot; Open-Data-Portal</p>
    <nav><a href="#daten">Daten</a><a href="#schnittstelle">Schnittstelle</a><a href="#kontakt">Kontakt</a></nav>
  </header>
  <main>
    <h1>%(title)s</h1>
    <p class="stand">Stand: %(date)s</p>
%(body)s
  </main>
  <footer>
    <p>&copy; %(year)d %(muni)s &ndash; Impressum &middot; Datenschutzerkl&auml;rung &middot; Barrierefreiheit</p>
    <p><small>%(disc)s</small></p>
  </footer>
  <script type="text/javascript">document.write("<!-- weiterer Skriptinhalt -->");</script>
</body>
</html>
""" % dict(author=xml(d["author"]), desc=xml(d["description"]), kw=xml(", ".join(d["tags"])),
           title=xml(d["title"]), muni=xml(d["municipality"]), date=date_text(d), body="\n".join(parts),
           year=d["year"], disc=xml(DISCLAIMER))


doc("Open Data/Open-Data-Portal_Informationsseite.html",
    "Offene Daten der Stadt Modellau – So nutzen Sie das Datenportal",
    category="Open Data", type="Beispieldokument", tags=["Open Data", "Öffentlichkeitsarbeit", "Sensorik/Umwelt"],
    municipality=M_ML, year=2025, month=5, license="CC0 1.0",
    author="Stadt Modellau – Open-Data-Koordination",
    description="Informationsseite eines städtischen Open-Data-Portals mit Erläuterungen zu Datensätzen, Lizenzen, "
                "Schnittstelle für Sensordaten und Kontaktmöglichkeiten (HTML-Seite).",
    body="""
# Was sind offene Daten?
Offene Daten sind Daten der Verwaltung, die jede und jeder ohne Einschränkung nutzen, weiterverarbeiten und weiterverbreiten darf. Die Stadt Modellau veröffentlicht auf diesem Portal Daten ohne Personenbezug, zum Beispiel Standorte von Spielplätzen und Ladesäulen, Haushaltsdaten und Messwerte aus dem städtischen Sensornetz. Die Nutzung ist kostenfrei; es fallen keine Gebühren an.

# Welche Daten gibt es?
Derzeit stehen 86 Datensätze aus elf Themenbereichen zur Verfügung. Besonders gefragt sind:
- Messwerte der Straßenwetterstationen und Glättesensoren (alle 15 Minuten aktualisiert),
- Pegelstände des Modellbachs und des Stadtgrabens,
- Belegung der Park-and-ride-Plätze am Bahnhof,
- Standorte der öffentlichen Trinkbrunnen und Toiletten,
- Haushaltsplan und Jahresabschlüsse seit 2015.

# Lizenzen
Sofern nicht anders angegeben, stehen die Daten unter der Datenlizenz Deutschland – Namensnennung – Version 2.0. Bitte nennen Sie bei der Nutzung „Stadt Modellau“ als Quelle. Sensordaten in Echtzeit stellen wir unter CC0 bereit; hier ist keine Namensnennung erforderlich.

| Datenart | Lizenz | Aktualisierung |
| Geodaten (Standorte) | dl-de/by-2-0 | monatlich |
| Sensordaten Echtzeit | CC0 1.0 | alle 15 Minuten |
| Haushaltsdaten | dl-de/by-2-0 | jährlich |

# Schnittstelle für Sensordaten
Für Entwicklerinnen und Entwickler bieten wir eine Schnittstelle an, über die aktuelle und historische Messwerte im JSON-Format abgerufen werden können. Die Schnittstelle folgt dem offenen Standard SensorThings API. Eine Registrierung ist nicht notwendig; bitte beachten Sie jedoch die Begrenzung auf 1.000 Abrufe pro Stunde und Adresse.

# Mitmachen
Sie vermissen einen Datensatz oder haben eine Anwendung auf Grundlage unserer Daten entwickelt? Schreiben Sie uns. Einmal im Jahr laden wir zum Open-Data-Tag ins Rathaus ein, bei dem Bürgerinnen und Bürger, Schulen und Unternehmen ihre Ideen vorstellen.

# Kontakt
Open-Data-Koordination der Stadt Modellau, Marktplatz 3, 34567 Modellau, E-Mail: opendata@modellau.example
""")


# ---------------------------------------------------------------------------
# Kooperation
# ---------------------------------------------------------------------------

doc("Kooperation/Kooperationsvereinbarung_Interkommunal.odt",
    "Kooperationsvereinbarung über ein gemeinsames Sensornetz mehrerer Kommunen",
    category="Kooperation", type="Mustertext", tags=["Kooperation/Interkommunal", "LoRaWAN", "Betrieb"],
    municipality=M_ZV, year=2020, month=9,
    author="Zweckverband Digitale Region Musterland – Geschäftsstelle",
    description="Mustervereinbarung zur interkommunalen Zusammenarbeit beim Aufbau und Betrieb eines LoRaWAN-Netzes: "
                "Aufgabenverteilung, Kostenteilung, Datenhoheit, Lenkungsgremium und Austritt.",
    body="""
# Präambel
Die Gemeinde Musterbach, die Stadt Beispielheim, die Gemeinde Erfundingen und die Stadt Modellau (nachfolgend „die Kommunen“) wollen die Chancen der Digitalisierung gemeinsam nutzen. Viele Aufgaben, etwa die Hochwasservorsorge an Gewässern, enden nicht an Gemarkungsgrenzen. Ein gemeinsames Sensornetz ist zudem wirtschaftlicher als vier einzelne Netze. Die Kommunen schließen daher diese Kooperationsvereinbarung. Die Zusammenarbeit soll später in den Zweckverband Digitale Region Musterland überführt werden.

# § 1 Ziel der Kooperation
(1) Die Kommunen bauen gemeinsam ein LoRaWAN-Netz auf, betreiben es und stellen es allen beteiligten Kommunen für kommunale Sensoranwendungen zur Verfügung.

(2) Die Kommunen tauschen Erfahrungen aus, stimmen Standards für Sensoren und Datenformate ab und schreiben Leistungen nach Möglichkeit gemeinsam aus.

# § 2 Federführung
(1) Die Stadt Beispielheim übernimmt die Federführung. Sie führt die Vergabeverfahren im Namen und für Rechnung aller Kommunen durch und schließt die Verträge mit dem Netzbetreiber.

(2) Die federführende Kommune erhält für ihren Verwaltungsaufwand eine Pauschale von fünf Prozent der jährlichen Betriebskosten.

# § 3 Lenkungskreis
(1) Die Kommunen bilden einen Lenkungskreis, in den jede Kommune eine Vertreterin oder einen Vertreter entsendet. Der Lenkungskreis tagt mindestens zweimal jährlich.

(2) Der Lenkungskreis entscheidet über Standards, die Aufnahme neuer Kommunen und den Wirtschaftsplan. Entscheidungen werden mit einfacher Mehrheit getroffen; Entscheidungen mit finanziellen Auswirkungen bedürfen der Einstimmigkeit.

# § 4 Kosten
(1) Die Investitionskosten für Gateways werden von der Kommune getragen, auf deren Gebiet das Gateway steht. Die Kosten für Netzwerkserver, Plattform und gemeinsame Leistungen werden nach Einwohnerzahl auf die Kommunen verteilt.

(2) Fördermittel, die für das gemeinsame Vorhaben gewährt werden, werden im gleichen Verhältnis angerechnet. Interkommunale Vorhaben werden von vielen Förderprogrammen besonders gefördert; die Kommunen nutzen diese Möglichkeit.

| Kommune | Einwohner | Anteil an gemeinsamen Kosten |
| Stadt Beispielheim | 24.300 | 48 % |
| Stadt Modellau | 14.900 | 29 % |
| Gemeinde Musterbach | 6.800 | 13 % |
| Gemeinde Erfundingen | 4.900 | 10 % |

# § 5 Datenhoheit
(1) Jede Kommune bleibt Eigentümerin der Daten ihrer Sensoren und entscheidet allein über deren Nutzung und Veröffentlichung.

(2) Die Kommunen streben an, Daten ohne Personenbezug als Open Data zu veröffentlichen. Für den Austausch von Daten zwischen den Kommunen sind keine gesonderten Verträge erforderlich, soweit es sich um offene Daten handelt.

# § 6 Datenschutz
Soweit personenbezogene Daten verarbeitet werden, legen die Kommunen in einer gesonderten Vereinbarung fest, wer welche Pflichten nach der Datenschutz-Grundverordnung erfüllt. Mit dem Netzbetreiber schließt die federführende Kommune einen Auftragsverarbeitungsvertrag, dem die übrigen Kommunen beitreten.

# § 7 Beitritt und Austritt
(1) Weitere Kommunen können der Kooperation mit Zustimmung des Lenkungskreises beitreten.

(2) Jede Kommune kann mit einer Frist von zwölf Monaten zum Ende eines Kalenderjahres austreten. Gateways auf ihrem Gebiet gehen dabei gegen Erstattung des Restbuchwertes auf die verbleibenden Kommunen über, sofern diese es wünschen.

# § 8 Inkrafttreten
Diese Vereinbarung tritt in Kraft, sobald die zuständigen Gremien aller Kommunen zugestimmt haben. Sie ersetzt die bisherigen Absichtserklärungen der Kommunen aus dem Jahr 2019.

# Unterschriften
| Kommune | Vertreten durch | Unterschrift |
| [¦Gemeinde¦] | {{Bürger¦meister}} | ________________ |

«Ort», den TT.MM.JJJJ
""",
    placeholders={"[Gemeinde]": "municipality", "«Landkreis»": "district"},
    header="Kooperationsvereinbarung – Landkreis «Land¦kreis»",
    footer="[Gemeinde] · {{Telefon}} · {{E-¦Mail}}",
    textbox="Ansprechperson: «Ansprech¦partner», «Fachbereich»")


# ---------------------------------------------------------------------------
# Umwelt & Klima
# ---------------------------------------------------------------------------

doc("Umwelt-Klima/Pegelmessung_Hochwasserfrühwarnung.pdf",
    "Pegelmessung und Hochwasserfrühwarnung an kleinen Gewässern",
    category="Umwelt & Klima", type="Beispieldokument", tags=["Sensorik/Umwelt", "Klimaanpassung", "LoRaWAN"],
    municipality=M_VS, year=2024, month=3,
    author="Landkreis Vogelsberg-Süd – Untere Wasserbehörde und Stabsstelle Digitalisierung",
    description="Projektbericht über 64 funkbasierte Pegelsensoren an Bächen und Gräben: Messprinzip, Standortwahl, "
                "Schwellenwerte, Alarmierung der Feuerwehren, Erfahrungen und Kosten.",
    body="""
# 1 Ausgangslage
Starkregenereignisse haben in den vergangenen Jahren auch im Landkreis Vogelsberg-Süd zu Überflutungen geführt. Betroffen waren vor allem kleine Gewässer wie Bäche und Entwässerungsgräben, für die es keine amtlichen Pegel und keine Hochwasservorhersage gibt. Das Wasser steigt dort oft innerhalb einer Stunde stark an. Die Feuerwehren erfuhren von der Gefahr meist erst durch Anrufe betroffener Anwohnerinnen und Anwohner.

Der Kreis hat daher gemeinsam mit den Kommunen ein Netz aus Pegelsensoren aufgebaut, die ihre Messwerte über das kreisweite LoRaWAN-Netz übertragen. Die Sensoren sollen früh auf steigende Wasserstände hinweisen, sodass Feuerwehren, Bauhöfe und Bürgerinnen und Bürger Zeit gewinnen, um Maßnahmen zu ergreifen.

# 2 Messprinzip
Eingesetzt werden Radarsensoren, die an Brücken oder Auslegern über dem Gewässer montiert werden und den Abstand zur Wasseroberfläche berührungslos messen. Anders als Drucksonden im Wasser werden sie nicht durch Treibgut oder Sedimente beschädigt. Die Sensoren messen alle fünf Minuten und senden ihre Werte alle 15 Minuten. Steigt der Wasserstand schneller als zehn Zentimeter in 15 Minuten, wechseln sie automatisch in einen Modus mit Übertragung alle fünf Minuten.

Die Energieversorgung erfolgt über Batterien mit einer Lebensdauer von etwa fünf Jahren; an Standorten mit häufigem Schnellmodus ergänzt ein kleines Solarpanel die Versorgung. Zusätzlich wurden an zwölf Standorten Kameras installiert, deren Bilder nur den Gewässerabschnitt zeigen und stündlich zur Plausibilisierung übertragen werden.

# 3 Auswahl der Standorte
Die Standorte wurden gemeinsam mit den Kommunen, den Feuerwehren und der Unteren Wasserbehörde ausgewählt. Grundlage waren die Starkregengefahrenkarten, Einsatzberichte der Feuerwehren und Hinweise aus der Bevölkerung. Priorität hatten Gewässerabschnitte oberhalb von Ortslagen, Durchlässe mit Verklausungsgefahr und Zuflüsse von Rückhaltebecken.

| Kommune | Anzahl Sensoren | Gewässer (Auswahl) | Besonderheit |
| Gemeinde Musterbach | 3 | Mühlbach, Hainroder Graben | Durchlass unter der Bahnstrecke |
| Gemeinde Erfundingen | 5 | Erbach, Kirchgraben | zwei Standorte mit Kamera |
| Stadt Beispielheim | 9 | Stadtgraben, Wiesenbach | Anbindung an das Rückhaltebecken |
| übrige Kommunen | 47 | diverse | Ausbau bis Ende 2024 |

# 4 Schwellenwerte und Alarmierung
Für jeden Sensor wurden drei Warnstufen festgelegt. Die Schwellenwerte wurden aus Vermessungen der Ufer, der Höhe von Brücken und Durchlässen sowie aus Erfahrungen früherer Ereignisse abgeleitet. In den ersten Monaten wurden sie mehrfach angepasst, um Fehlalarme zu vermeiden.

| Warnstufe | Bedeutung | Automatische Benachrichtigung |
| 1 – Vorwarnung | deutlich erhöhter Wasserstand | Bauhof und Bereitschaft der Kommune per E-Mail |
| 2 – Warnung | Ausuferung an tiefen Stellen möglich | zusätzlich Wehrführung der Ortsfeuerwehr per SMS |
| 3 – Alarm | Überflutung bebauter Flächen wahrscheinlich | zusätzlich Leitstelle des Kreises |

Die Pegelstände aller Sensoren werden auf einer öffentlichen Karte angezeigt. Bürgerinnen und Bürger können sich für einzelne Pegel per App benachrichtigen lassen. Die Leitstelle entscheidet weiterhin selbst, ob Warnungen über die Warn-App des Bundes oder über Sirenen ausgegeben werden. Die Sensoren ersetzen also keine amtliche Warnung, sondern liefern eine zusätzliche Entscheidungsgrundlage.

# 5 Erfahrungen aus dem ersten Betriebsjahr
Im ersten Betriebsjahr wurden 31 Vorwarnungen, 9 Warnungen und 2 Alarme ausgelöst. Bei einem Gewitter im Juli 2023 erreichte der Hainroder Graben innerhalb von 40 Minuten die Warnstufe 3. Die Feuerwehr Musterbach konnte einen verklausten Durchlass räumen, bevor Keller überflutet wurden. Nach Einschätzung der Wehrführung wurden dadurch Schäden in sechsstelliger Höhe vermieden.

Es gab aber auch Probleme: Drei Sensoren lieferten im Winter falsche Werte, weil sich Eis oder Schnee auf dem Gewässer gebildet hatte. Zwei Sensoren wurden durch Vandalismus beschädigt. Außerdem zeigte sich, dass die Funkabdeckung in engen Tälern schlechter ist als geplant; an vier Standorten mussten zusätzliche Gateways errichtet werden.

# 6 Kosten
Ein Pegelstandort kostet einschließlich Sensor, Halterung, Montage und Einmessung zwischen 2.400 und 3.800 Euro. Für die 64 Standorte ergaben sich Investitionskosten von rund 198.000 Euro, davon wurden 70 Prozent aus Landesmitteln zur Klimaanpassung gefördert. Die laufenden Kosten für Wartung, Batterien und Plattform betragen etwa 180 Euro pro Standort und Jahr.

# 7 Empfehlungen für andere Kommunen
- Binden Sie die Feuerwehren von Anfang an ein; sie kennen die kritischen Stellen am besten.
- Planen Sie eine Testphase von mindestens sechs Monaten ein, bevor Warnungen automatisch an Dritte gehen.
- Dokumentieren Sie für jeden Standort die Bezugshöhen sorgfältig, damit Sensoren nach einem Tausch korrekt messen.
- Verknüpfen Sie Pegeldaten mit Niederschlagsdaten; so lassen sich Ereignisse besser einordnen.
- Regeln Sie Zuständigkeiten außerhalb der Dienstzeiten verbindlich.
""")


# ---------------------------------------------------------------------------
# Mobilität
# ---------------------------------------------------------------------------

doc("Mobilität/Parkraumsensorik_Pilotbericht.odt",
    "Erfahrungsbericht: Zwölf Monate Parkraumsensorik in der Innenstadt",
    category="Mobilität", type="Beispieldokument", tags=["Mobilität/Parken", "Sensorik/Verkehr", "Open Data"],
    municipality=M_BH, year=2024, month=9,
    author="Stadt Beispielheim – Amt für Verkehr und Mobilität",
    description="Bericht an den Ausschuss über das erste Betriebsjahr von 180 Parkraumsensoren: Technik, "
                "Auslastung, Parksuchverkehr, Akzeptanz, Kosten und Empfehlungen.",
    body="""
# 1 Zusammenfassung
Seit September 2023 erfassen 180 Bodensensoren in der Innenstadt von Beispielheim, ob Stellplätze frei oder belegt sind. Die Informationen werden in der Stadt-App und auf zwei Anzeigetafeln an den Ortseingängen angezeigt. Nach zwölf Monaten fällt die Bilanz überwiegend positiv aus: Die Sensoren arbeiten zuverlässig, die Anzeige wird genutzt, und der Parksuchverkehr in der Marktstraße ist messbar zurückgegangen. Verbesserungsbedarf besteht bei der Erkennung von Motorrädern und bei der Information von Ortsunkundigen.

# 2 Technik und Betrieb
Die Sensoren wurden bündig in die Fahrbahn eingelassen und erkennen Fahrzeuge über die Veränderung des Erdmagnetfeldes in Kombination mit einem Radarsensor. Sie übertragen ihre Daten über das städtische LoRaWAN-Netz. Die Verfügbarkeit lag im Jahresmittel bei 98,7 Prozent. Vier Sensoren fielen aus und wurden im Rahmen der Gewährleistung getauscht; zwei davon waren bei Bauarbeiten eines Versorgungsunternehmens beschädigt worden.

Die Erkennungsgenauigkeit wurde an drei Stichtagen durch manuelle Zählungen überprüft. Sie lag bei Pkw bei 99 Prozent, bei Motorrädern nur bei 71 Prozent, weil diese häufig nicht mittig über dem Sensor abgestellt werden.

# 3 Auslastung der Stellplätze
Die Auswertung der aggregierten Daten zeigt deutliche Unterschiede zwischen den Straßen:
- In der Marktstraße sind die Stellplätze werktags zwischen 10 und 13 Uhr zu über 90 Prozent belegt.
- Auf dem Parkplatz Am Stadtgraben liegt die Auslastung selbst zu Spitzenzeiten selten über 70 Prozent.
- Samstags verschiebt sich die Spitze auf den Vormittag, sonntags sind alle Bereiche schwach ausgelastet.
- Die durchschnittliche Parkdauer in der Marktstraße beträgt 48 Minuten.

Die Daten bestätigen, dass ausreichend Stellplätze vorhanden sind, diese aber ungleich genutzt werden. Die Anzeigetafeln lenken seit Februar 2024 gezielt auf den Parkplatz Am Stadtgraben.

# 4 Wirkung auf den Parksuchverkehr
Eine Verkehrszählung im Juni 2024 ergab, dass der Anteil des Parksuchverkehrs in der Marktstraße von 30 auf 22 Prozent gesunken ist. Da im selben Zeitraum auch die Baustelle in der Bahnhofstraße beendet wurde, lässt sich der Rückgang nicht vollständig den Sensoren zuschreiben. Die Verwaltung schätzt den Anteil der Parkraumsensorik auf etwa die Hälfte des Effekts.

# 5 Akzeptanz
In einer Online-Umfrage mit 412 Teilnehmenden gaben 64 Prozent an, die Parkinformation in der App mindestens gelegentlich zu nutzen. Kritisch wurde angemerkt, dass die Anzeigetafeln für Ortsunkundige schwer verständlich seien. Bedenken wegen des Datenschutzes äußerten nur wenige Befragte; die Information über die Datenschutz-Folgenabschätzung auf der Internetseite wurde positiv aufgenommen.

# 6 Kosten
| Position | Betrag |
| Sensoren und Einbau (180 Stellplätze) | 86.400 Euro |
| Anzeigetafeln | 21.800 Euro |
| Softwareanpassung Stadt-App | 9.800 Euro |
| Betrieb im ersten Jahr | 13.600 Euro |

# 7 Empfehlungen
Die Verwaltung empfiehlt, das Pilotprojekt in den Regelbetrieb zu überführen und im zweiten Bauabschnitt 60 weitere Stellplätze sowie 20 Fahrradabstellplätze auszustatten. Die Gestaltung der Anzeigetafeln soll überarbeitet werden. Die aggregierten Auslastungsdaten werden weiterhin stündlich als Open Data veröffentlicht und stehen damit auch anderen Kommunen für Vergleiche zur Verfügung.
""")

doc("Mobilität/Parken/Parkraumkonzept_Innenstadt.md",
    "Parkraumkonzept Innenstadt – Entwurf für die Bürgerwerkstatt",
    category="Mobilität", type="Beispieldokument", tags=["Mobilität/Parken", "Beteiligung"],
    municipality=M_BH, year=2025, month=1, 
    author="Stadt Beispielheim – Amt für Verkehr und Mobilität",
    description="Entwurf der Verwaltung für ein neues Parkraumkonzept der Innenstadt, Grundlage für die Bürgerwerkstatt im März 2025.",
    body="""
Dieser Entwurf fasst die Überlegungen der Verwaltung für ein neues Parkraumkonzept zusammen. Er dient als Grundlage für die Bürgerwerkstatt im März 2025 und ist noch nicht mit den Gremien abgestimmt.

# Ausgangslage
Die Daten der Parkraumsensoren zeigen, dass die Innenstadt nicht zu wenige Stellplätze hat, sondern dass sie ungleich verteilt genutzt werden. Gleichzeitig wünschen sich viele Bürgerinnen und Bürger mehr Platz für Fußgänger, Außengastronomie, Bäume und Fahrräder. Die Parkgebühren wurden seit 2012 nicht angepasst.

# Ziele
- Parksuchverkehr weiter reduzieren
- Straßenraum in der Marktstraße zurückgewinnen
- Bewohnerinnen und Bewohner der Altstadt entlasten
- Einnahmen aus Parkgebühren für den Ausbau des Radverkehrs nutzen

# Maßnahmen im Überblick
| Maßnahme | Zeitraum | Zuständig |
| Neuordnung der Gebührenzonen | 2025 | Ordnungsamt |
| Umwandlung von 24 Stellplätzen in der Marktstraße | 2026 | Tiefbauamt |
| Ausbau der Sensorik auf Fahrradabstellplätze | 2025 | Amt für Verkehr und Mobilität |
| Dynamisches Parkleitsystem mit drei neuen Tafeln | 2026 | Amt für Verkehr und Mobilität |

# Offene Fragen für die Bürgerwerkstatt
1. Welche Höhe der Gebühren halten Sie für angemessen?
2. Wie soll der gewonnene Straßenraum genutzt werden?
3. Welche Informationen zur Parkplatzsuche wünschen Sie sich in der Stadt-App?
""")


# ---------------------------------------------------------------------------
# Beteiligung
# ---------------------------------------------------------------------------

doc("Beteiligung/Beteiligungskonzept_Bürgerwerkstatt.md",
    "Beteiligungskonzept: Bürgerwerkstatt „Unsere smarte Stadt“",
    category="Beteiligung", type="Leitfaden", tags=["Beteiligung", "Öffentlichkeitsarbeit", "Strategie"],
    municipality=M_ML, year=2024, month=2,
    author="Stadt Modellau – Stabsstelle Bürgerbeteiligung",
    description="Konzept für eine mehrstufige Bürgerbeteiligung zur Smart-City-Strategie mit Zielgruppen, Formaten, "
                "Zeitplan und Regeln für den Umgang mit den Ergebnissen.",
    body="""
# Ziel der Beteiligung
Die Stadt Modellau schreibt ihre Smart-City-Strategie fort. Digitale Angebote sollen sich an den Bedürfnissen der Menschen orientieren und nicht an technischen Möglichkeiten. Deshalb sollen Bürgerinnen und Bürger frühzeitig und auf verschiedenen Wegen beteiligt werden. Die Ergebnisse fließen in die Strategie ein; wo Vorschläge nicht aufgegriffen werden, wird dies begründet.

# Zielgruppen
Besonders angesprochen werden sollen Gruppen, die sich bei klassischen Beteiligungsformaten selten einbringen:
- Jugendliche und junge Erwachsene, zum Beispiel über die Schulen und das Jugendparlament,
- ältere Menschen, die digitale Angebote bisher wenig nutzen,
- Menschen mit Behinderung über den Behindertenbeirat,
- Gewerbetreibende und Vereine in der Innenstadt,
- Bewohnerinnen und Bewohner der Ortsteile.

# Formate
| Format | Beschreibung | Zeitraum |
| Online-Umfrage | zehn Fragen zu Alltag, Mobilität und Verwaltungsleistungen | April 2024 |
| Bürgerwerkstatt | halbtägige Werkstatt mit Tischen zu den Handlungsfeldern | Mai 2024 |
| Stadtspaziergang | Besuch von Sensorstandorten mit Erklärung der Technik | Juni 2024 |
| Schulprojekt | Schülerinnen und Schüler bauen eigene Umweltsensoren | Juni/Juli 2024 |
| Ergebnisforum | Vorstellung des Strategieentwurfs und Rückmeldung | September 2024 |

# Ablauf der Bürgerwerkstatt
1. Begrüßung durch den Bürgermeister und kurze Einführung: Was bedeutet „smarte Stadt“ für Modellau?
2. Arbeit an Thementischen: Mobilität, Umwelt und Klima, Verwaltung online, Leben in den Ortsteilen.
3. Markt der Ideen: Alle Teilnehmenden bewerten die Vorschläge mit Klebepunkten.
4. Abschluss: Wie geht es weiter, und wie erfahren die Teilnehmenden, was aus ihren Vorschlägen wird?

# Regeln für den Umgang mit Ergebnissen
Alle Vorschläge werden dokumentiert und auf der Beteiligungsplattform veröffentlicht. Die Verwaltung prüft jeden Vorschlag und ordnet ihn einer von drei Kategorien zu: wird umgesetzt, wird geprüft, wird nicht umgesetzt. Die Begründung wird ebenfalls veröffentlicht. Das Ergebnisforum im September ist fester Bestandteil des Verfahrens, damit die Beteiligten erfahren, welche Wirkung ihre Beteiligung hatte.

# Barrierefreiheit
Die Veranstaltungen finden in barrierefreien Räumen statt. Auf Wunsch werden Gebärdensprachdolmetschung und Unterlagen in Leichter Sprache angeboten. Die Online-Umfrage kann auch auf Papier im Bürgerbüro ausgefüllt werden.

# Budget
Für externe Moderation, Material, Verpflegung und Öffentlichkeitsarbeit stehen 18.500 Euro zur Verfügung. Die Kosten werden zu 80 Prozent aus dem Förderprogramm für die Strategieentwicklung gedeckt.
""")

doc("Beteiligung/Kommunikationsplan_Sensornetz.docx",
    "Kommunikationsplan zur Einführung des Sensornetzes",
    category="Beteiligung", type="Ausfüllvorlage", tags=["Öffentlichkeitsarbeit", "Beteiligung", "LoRaWAN"],
    municipality=M_MB, year=2023, month=4,
    author="Gemeinde Musterbach – Büro der Bürgermeisterin",
    description="Vorlage für die Planung der Kommunikation rund um ein neues Sensornetz: Ziele, Zielgruppen, "
                "Kernbotschaften, Maßnahmen mit Zeitplan und Umgang mit kritischen Fragen.",
    body="""
# 1 Ziele der Kommunikation
Die Einführung des Sensornetzes soll von Anfang an transparent begleitet werden. Bürgerinnen und Bürger sollen verstehen, was die Sensoren messen, welchen Nutzen sie haben und was mit den Daten geschieht. Gerüchte über Überwachung oder Strahlenbelastung sollen durch sachliche Information vermieden werden. Zugleich soll das Projekt zeigen, dass auch eine kleine Kommune die Digitalisierung aktiv gestaltet.

# 2 Zielgruppen
- Bürgerinnen und Bürger in allen Ortsteilen, insbesondere Anwohnende von Sensor- und Gateway-Standorten,
- Gemeindevertretung und Ortsbeiräte,
- Beschäftigte der Verwaltung und des Bauhofes,
- Feuerwehren, Schulen und Vereine,
- lokale Presse und Nachbarkommunen.

# 3 Kernbotschaften
- Die Sensoren messen Umweltwerte wie Wasserstand, Bodenfeuchte oder Füllstand, keine Personen.
- Die Funktechnik sendet nur sehr kurz und mit geringer Leistung, weit unter der eines Mobiltelefons.
- Die Daten gehören der Gemeinde und werden, wo möglich, für alle offen veröffentlicht.
- Das Sensornetz hilft, Kosten zu sparen und besser auf Starkregen vorbereitet zu sein.

# 4 Maßnahmenplan
| Maßnahme | Zielgruppe | Zeitpunkt | Verantwortlich |
| Artikel im Mitteilungsblatt | alle Haushalte | Mai 2023 | Büro der Bürgermeisterin |
| Informationsabend im Bürgerhaus | Bürgerinnen und Bürger | Juni 2023 | Fachbereich Zentrale Dienste |
| Schreiben an Anwohnende der Gateway-Standorte | Anwohnende | vor Montage | Fachbereich Zentrale Dienste |
| Hinweisschilder mit QR-Code an Sensoren | Passanten | ab Montage | Bauhof |
| Pressetermin zur Inbetriebnahme | Presse | Juli 2023 | Bürgermeisterin |
| Öffentliches Dashboard auf der Internetseite | alle | Herbst 2023 | Fachbereich Zentrale Dienste |
| Mitmachaktion mit der Grundschule | Kinder, Eltern | Herbst 2023 | Schulleitung, Gemeinde |

# 5 Umgang mit kritischen Fragen
Für häufige Fragen wird eine Liste mit abgestimmten Antworten erstellt, die allen Beschäftigten mit Bürgerkontakt zur Verfügung steht. Dazu gehören Fragen nach Datenschutz, Funkstrahlung, Kosten und der Frage, warum nicht zuerst Straßen saniert werden. Anfragen, die sich nicht mit der Liste beantworten lassen, werden an den Fachbereich weitergeleitet und innerhalb einer Woche beantwortet.

# 6 Erfolgskontrolle
Nach sechs Monaten wird ausgewertet, wie viele Personen die Informationsangebote genutzt haben, wie oft das Dashboard aufgerufen wurde und welche Rückmeldungen eingegangen sind. Die Ergebnisse fließen in die Kommunikation für weitere Projekte ein.
""")

doc("Beteiligung/Logo_Smart_Region_Musterland.png",
    "Logo Smart Region Musterland (Bildmarke)",
    category="Beteiligung", type="Logo", tags=["Öffentlichkeitsarbeit"],
    municipality=M_ZV, year=2023, month=1, license="CC BY 4.0",
    author="Zweckverband Digitale Region Musterland – Geschäftsstelle",
    description="Bildmarke des Smart-Region-Verbundes für Präsentationen, Hinweisschilder und Pressemitteilungen "
                "(PNG, 96 × 96 Pixel, transparenter Hintergrund).")


# ---------------------------------------------------------------------------
# Projektmanagement
# ---------------------------------------------------------------------------

doc("Projektmanagement/Projektsteckbrief_Smarte_Abfallbehälter.odt",
    "Projektsteckbrief: Füllstandssensoren für öffentliche Abfallbehälter",
    category="Projektmanagement", type="Ausfüllvorlage", tags=["Projektmanagement", "Sensorik", "Betrieb"],
    municipality=M_EF, year=2025, month=3,
    author="Gemeinde Erfundingen – Bauhof",
    description="Ausgefüllte Steckbrief-Vorlage für ein kleines Sensorprojekt: Eckdaten, Ziele, Lösung, "
                "Beteiligte, Kosten, Meilensteine, Risiken und Kennzahlen auf wenigen Seiten.",
    body="""
# Eckdaten
| Feld | Eintrag |
| Projektname | Smarte Abfallbehälter im Ortskern und am Badesee |
| Projektleitung | Frau Nina Erfunden, Bauhof |
| Auftraggeber | Bürgermeister der Gemeinde Erfundingen |
| Laufzeit | April 2025 bis März 2026 |
| Budget | 14.800 Euro (Sachkosten), Personal aus Bestand |
| Handlungsfeld | Umwelt und Sauberkeit, Betrieb |

# Ausgangslage
Der Bauhof leert die 46 öffentlichen Abfallbehälter im Ortskern und am Badesee nach einem festen Tourenplan zweimal pro Woche, im Sommer am Badesee täglich. Viele Behälter sind bei der Leerung nur halb gefüllt, während andere, etwa an der Bushaltestelle am Marktplatz, bereits nach einem Tag überquellen. Beschwerden über überfüllte Mülleimer häufen sich vor allem an Wochenenden.

# Ziele
- Leerungen nach tatsächlichem Bedarf statt nach festem Plan
- Reduzierung der Leerungsfahrten um mindestens 25 Prozent
- weniger überfüllte Behälter und weniger Beschwerden
- Erfahrungen mit dem gemeindeeigenen LoRaWAN-Netz für weitere Anwendungen sammeln

# Lösung
In die Behälter werden Ultraschallsensoren eingebaut, die den Füllstand messen und dreimal täglich über das LoRaWAN-Netz übertragen. Eine Tourenplanungssoftware schlägt dem Bauhof jeden Morgen die Behälter vor, die geleert werden müssen. Behälter, die über 80 Prozent gefüllt sind, werden in der Karte rot angezeigt.

# Beteiligte
| Beteiligte | Rolle |
| Bauhof | Projektleitung, Montage, Leerung |
| Bauamt | Betrieb LoRaWAN-Netz, Beschaffung |
| Ordnungsamt | Auswertung der Beschwerden |
| Zweckverband Digitale Region Musterland | Datenplattform, Beratung |

# Meilensteine
1. April 2025: Beschaffung der Sensoren abgeschlossen
2. Mai 2025: Montage in allen 46 Behältern
3. Juni bis September 2025: Testbetrieb in der Badesaison
4. Januar 2026: Auswertung und Entscheidung über Ausweitung auf weitere Ortsteile

# Risiken
- Vandalismus an Behältern und Sensoren; Gegenmaßnahme: Einbau im Deckel, verdeckte Montage
- Fehlmessungen durch Sperrmüll oder Pizzakartons; Gegenmaßnahme: Plausibilitätsregeln
- Akzeptanz der Beschäftigten im Bauhof; Gegenmaßnahme: frühe Beteiligung bei der Tourenplanung

# Kennzahlen
Gemessen werden die Zahl der Leerungsfahrten pro Woche, die durchschnittliche Füllmenge bei Leerung, die Zahl der Beschwerden und die eingesparten Arbeitsstunden. Die Ausgangswerte wurden im März 2025 erhoben.
""")


def _zeitplan():
    import datetime
    tasks = [
        ("1", "Projektstart und Lenkungskreis", "Stabsstelle Digitalisierung", "2022-02-01", "2022-02-28", "abgeschlossen"),
        ("2", "Funkplanung und Standortbewertung", "Fachdienst IT", "2022-03-01", "2022-05-15", "abgeschlossen"),
        ("3", "Förderantrag Sensornetz", "Stabsstelle Digitalisierung", "2022-03-15", "2022-04-30", "abgeschlossen"),
        ("4", "Ausschreibung Gateways und Netzwerkserver", "Zentrale Vergabestelle", "2022-05-16", "2022-08-31", "abgeschlossen"),
        ("5", "Vertragsschluss und AVV", "Rechtsamt", "2022-09-01", "2022-09-30", "abgeschlossen"),
        ("6", "Montage Gateways Bauabschnitt Nord (12 Standorte)", "Dienstleister", "2022-10-01", "2022-12-15", "abgeschlossen"),
        ("7", "Montage Gateways Bauabschnitt Süd (11 Standorte)", "Dienstleister", "2023-03-01", "2023-05-31", "abgeschlossen"),
        ("8", "Einrichtung Mandanten für die Kommunen", "Fachdienst IT", "2023-01-09", "2023-02-28", "abgeschlossen"),
        ("9", "Schulungen der Mandantenverantwortlichen", "Stabsstelle Digitalisierung", "2023-03-01", "2023-04-30", "abgeschlossen"),
        ("10", "Pilotanwendungen Pegel und Bodenfeuchte", "Untere Wasserbehörde", "2023-04-01", "2023-09-30", "abgeschlossen"),
        ("11", "Öffentliches Dashboard und Open-Data-Schnittstelle", "Stabsstelle Digitalisierung", "2023-06-01", "2023-10-31", "in Arbeit"),
        ("12", "Evaluation und Bericht an den Kreistag", "Stabsstelle Digitalisierung", "2023-11-01", "2024-01-31", "geplant"),
    ]
    rows = [["Nr.", "Arbeitspaket", "Verantwortlich", "Beginn", "Ende", "Dauer (Tage)", "Status"]]
    for i, (nr, name, who, start, end, status) in enumerate(tasks):
        r = i + 2
        days = (datetime.date.fromisoformat(end) - datetime.date.fromisoformat(start)).days + 1
        rows.append([nr, name, who, DATE(start), DATE(end), NUM(days, "E%d-D%d+1" % (r, r)), status])
    ms = [["Meilenstein", "Datum", "Erreicht"],
          ["Förderbescheid liegt vor", DATE("2022-07-12"), "ja"],
          ["Zuschlag erteilt", DATE("2022-08-29"), "ja"],
          ["Erstes Gateway sendet", DATE("2022-10-20"), "ja"],
          ["Alle 23 Gateways in Betrieb", DATE("2023-05-31"), "ja"],
          ["Dashboard öffentlich", DATE("2023-10-31"), "nein"]]
    return [("Zeitplan", rows, [6, 50, 28, 12, 12, 12, 14]), ("Meilensteine", ms, [34, 12, 10])]


doc("Projektmanagement/Projektzeitplan_LoRaWAN-Rollout.ods",
    "Projektzeitplan Rollout des kreisweiten LoRaWAN-Netzes",
    category="Projektmanagement", type="Ausfüllvorlage", tags=["Projektmanagement", "LoRaWAN"],
    municipality=M_VS, year=2022, month=2,
    author="Landkreis Vogelsberg-Süd – Stabsstelle Digitalisierung",
    description="Zeitplan mit zwölf Arbeitspaketen, Verantwortlichen, Start- und Enddaten, berechneter Dauer "
                "und Meilensteinen für den Aufbau eines Sensornetzes.",
    sheets=_zeitplan())

doc("Projektmanagement/Schulungskonzept_Sensorplattform.md",
    "Schulungskonzept für die Nutzung der regionalen Sensorplattform",
    category="Projektmanagement", type="Leitfaden", tags=["Projektmanagement", "Betrieb", "Sensorik"],
    municipality=M_ZV, year=2023, month=3,
    author="Zweckverband Digitale Region Musterland – Geschäftsstelle",
    description="Konzept mit Zielgruppen, Lernzielen und vier Schulungsmodulen für Verwaltung, Bauhöfe und "
                "Feuerwehren, einschließlich Materialien und Erfolgskontrolle.",
    body="""
# Ausgangslage
Seit Anfang 2023 nutzen die Mitgliedskommunen des Zweckverbandes die gemeinsame Sensorplattform. Die Erfahrungen der ersten Monate zeigen, dass viele Beschäftigte die Plattform nur zögerlich nutzen. Häufige Gründe sind Unsicherheit bei der Bedienung, fehlendes Wissen über die Möglichkeiten der Sensoren und unklare Zuständigkeiten. Das Schulungskonzept soll die Beschäftigten befähigen, die Plattform sicher und selbstständig zu nutzen.

# Zielgruppen
| Zielgruppe | Anzahl (ca.) | Vorkenntnisse |
| Mandantenverantwortliche der Kommunen | 12 | mittel |
| Beschäftigte der Bauhöfe | 45 | gering |
| Feuerwehren (Wehrführungen) | 30 | gering bis mittel |
| Führungskräfte und Bürgermeister | 15 | gering |

# Lernziele
Nach der Schulung können die Teilnehmenden je nach Zielgruppe:
- Messwerte im Dashboard finden, lesen und bewerten,
- Benachrichtigungen und Schwellenwerte einrichten,
- neue Sensoren nach dem Anmeldeprozess in Betrieb nehmen,
- einfache Störungen erkennen und an den Netzbetrieb melden,
- den Nutzen von Sensordaten für Entscheidungen der Kommune einschätzen.

# Module
## Modul 1: Grundlagen (90 Minuten, online)
Was ist LoRaWAN? Wie kommen die Daten vom Sensor auf den Bildschirm? Welche Sensoren gibt es in unserer Region? Dieses Modul ist für alle Zielgruppen gedacht.

## Modul 2: Dashboard und Benachrichtigungen (halber Tag, vor Ort)
Praktische Übungen mit echten Daten der eigenen Kommune. Die Teilnehmenden richten eine Benachrichtigung für einen Sensor ihrer Wahl ein.

## Modul 3: Sensoren anmelden und warten (ein Tag, vor Ort)
Für Mandantenverantwortliche und Bauhöfe: Anmeldung, Batterietausch, Montage, Fehlersuche. Jede Gruppe nimmt einen Übungssensor in Betrieb.

## Modul 4: Daten für Entscheidungen (60 Minuten, online)
Für Führungskräfte: Beispiele aus der Region, Kennzahlen, Open Data und Kosten-Nutzen-Betrachtung.

# Materialien
Zu jedem Modul gibt es eine Kurzanleitung mit Bildschirmfotos, ein Erklärvideo von höchstens fünf Minuten und eine Übungsumgebung. Alle Materialien werden in der Toolbox des Zweckverbandes bereitgestellt und von den Kommunen für eigene Schulungen genutzt.

# Erfolgskontrolle
Nach jeder Schulung füllen die Teilnehmenden einen kurzen Fragebogen aus. Drei Monate später wird ausgewertet, wie viele Benachrichtigungen eingerichtet und wie viele Sensoren durch die Kommunen selbst angemeldet wurden.
""")

doc("Projektmanagement/Checkliste_Projektstart.md",
    "Checkliste für den Start eines Smart-Region-Projektes",
    category="Projektmanagement", type="Checkliste", tags=["Projektmanagement", "Förderung/Land", "Beteiligung"],
    municipality=M_ML, year=2022, month=6,
    author="Stadt Modellau – Stabsstelle Digitalisierung",
    description="Prüfliste für Projektverantwortliche mit den wichtigsten Schritten vor dem Projektstart: Auftrag, "
                "Team, Finanzierung, Datenschutz, Vergabe, Kommunikation und Betrieb nach Projektende.",
    body="""
Smart-Region-Projekte scheitern selten an der Technik, sondern häufiger an unklaren Zuständigkeiten, fehlender Finanzierung für den Betrieb oder mangelnder Akzeptanz. Diese Checkliste hilft, die wichtigsten Fragen vor dem Start zu klären.

# Auftrag und Ziele
- [ ] Es gibt einen klaren Projektauftrag mit Auftraggeber, Projektleitung und Budget.
- [ ] Das Problem, das gelöst werden soll, ist beschrieben – nicht nur die Technik.
- [ ] Die Ziele sind messbar formuliert, zum Beispiel „20 Prozent weniger Leerfahrten“.
- [ ] Es ist geklärt, ob ein Beschluss der Gremien erforderlich ist.

# Team und Beteiligte
- [ ] Die Fachabteilung, die das Ergebnis später nutzt, ist im Projektteam vertreten.
- [ ] IT, Datenschutz und gegebenenfalls Personalrat sind informiert.
- [ ] Es wurde geprüft, ob Nachbarkommunen oder der Zweckverband bereits ähnliche Projekte haben.

# Finanzierung
- [ ] Investitions- und Betriebskosten sind für mindestens fünf Jahre geschätzt.
- [ ] Fördermöglichkeiten sind geprüft; vor Bewilligung wurde nicht mit dem Vorhaben begonnen.
- [ ] Die Finanzierung des Betriebs nach Ende der Förderung ist geklärt.

# Recht und Vergabe
- [ ] Die Vergabeart ist mit der Vergabestelle abgestimmt.
- [ ] Anforderungen an offene Schnittstellen und Datenexport sind in der Leistungsbeschreibung enthalten.
- [ ] Die Datenschutz-Checkliste für Sensorprojekte wurde bearbeitet.

# Kommunikation
- [ ] Es gibt einen einfachen Kommunikationsplan.
- [ ] Bürgerinnen und Bürger werden informiert, bevor Sensoren oder Gateways montiert werden.

# Betrieb und Verstetigung
- [ ] Es ist festgelegt, wer nach Projektende für Betrieb und Wartung zuständig ist.
- [ ] Die Ergebnisse werden dokumentiert und in der Toolbox für andere Kommunen bereitgestellt.
""")

doc("Projektmanagement/Lessons_Learned_Pilotphase.txt",
    "Lessons Learned aus der Pilotphase des Sensornetzes",
    category="Projektmanagement", type="Beispieldokument", tags=["Projektmanagement"],
    municipality=M_MB, year=2024, month=2, listed=False,
    author="Gemeinde Musterbach – Fachbereich Zentrale Dienste",
    description="Notizen aus dem Abschlussworkshop, bewusst nicht im Manifest verzeichnet.",
    body="""
Ergebnisprotokoll des Workshops vom 6. Februar 2024 im Rathaus Musterbach. Teilnehmende: Fachbereich Zentrale Dienste, Bauhof, Feuerwehr Oberbach, Zweckverband. Die Notizen wurden für die Toolbox leicht überarbeitet.

# Was gut funktioniert hat
- Die Funkabdeckung ist besser als erwartet; auch Sensoren in Kellern von Liegenschaften werden meist empfangen.
- Die Pegelsensoren haben sich beim Gewitter im Juli bewährt. Die Feuerwehr möchte weitere Standorte.
- Die Zusammenarbeit mit dem Zweckverband spart Zeit: Verträge, AVV und Plattform mussten nicht selbst erstellt werden.
- Das öffentliche Dashboard wird häufiger aufgerufen als gedacht, vor allem bei Regenwetter.

# Was schwierig war
- Die Lieferzeiten für Sensoren lagen teilweise bei fünf Monaten.
- Zwei Füllstandssensoren waren falsch konfiguriert und meldeten wochenlang „leer“.
- Der Bauhof hatte anfangs keine Zeit für die Montage; Aufgaben und Stunden müssen früher eingeplant werden.
- Die Schlüssel der Sensoren kamen vom Hersteller per unverschlüsselter E-Mail. Das darf nicht wieder passieren.

# Was wir beim nächsten Mal anders machen
1. Sensoren nur aus dem Sensorkatalog des Zweckverbandes bestellen.
2. Für jede Anwendung eine verantwortliche Person im Fachbereich benennen, nicht nur in der IT.
3. Erst einen kleinen Test mit drei Sensoren machen, dann die ganze Menge bestellen.
4. Die Bürgerinnen und Bürger vor der Montage informieren, nicht danach.
""")


# ---------------------------------------------------------------------------
# Strategie
# ---------------------------------------------------------------------------

doc("Strategie/Smart-City-Strategie_Beispielheim.pdf",
    "Smart-City-Strategie „Beispielheim vernetzt 2030“",
    category="Strategie", type="Beispieldokument", tags=["Strategie", "Beteiligung", "Open Data", "Klimaanpassung"],
    municipality=M_BH, year=2020, month=12,
    author="Stadt Beispielheim – Magistrat, Stabsstelle Digitalisierung",
    description="Strategiedokument einer Kleinstadt mit Leitbild, sechs Handlungsfeldern, Zielen, Governance, "
                "Maßnahmenfahrplan bis 2030, Finanzierung und Monitoring.",
    body="""
# Vorwort
Digitalisierung ist kein Selbstzweck. Sie soll das Leben in Beispielheim einfacher, nachhaltiger und gerechter machen. Mit dieser Strategie legt die Stadt erstmals fest, wofür sie digitale Technologien einsetzen will, welche Grundsätze dabei gelten und wie Bürgerinnen und Bürger beteiligt werden. Die Strategie ist in einem einjährigen Prozess entstanden, an dem sich mehr als 900 Menschen beteiligt haben: in Werkstätten, in einer Online-Umfrage, in Schulprojekten und in Gesprächen mit Vereinen und Unternehmen.

Beispielheim ist eine Stadt mit rund 24.000 Einwohnerinnen und Einwohnern, einer historischen Altstadt, sechs Stadtteilen und einem ländlich geprägten Umland. Wir sind überzeugt, dass gerade Kommunen unserer Größe von Digitalisierung profitieren können, wenn sie Kräfte bündeln und auf offene, übertragbare Lösungen setzen.

# 1 Leitbild
Beispielheim nutzt digitale Technologien, um die Lebensqualität zu verbessern, Ressourcen zu schonen und die Verwaltung bürgernah zu gestalten. Dabei gelten fünf Grundsätze:
- Der Mensch steht im Mittelpunkt: Digitale Angebote ergänzen persönliche Angebote, sie ersetzen sie nicht.
- Offenheit: Die Stadt setzt auf offene Standards, offene Schnittstellen und, wo möglich, offene Software.
- Datensouveränität: Daten, die im Auftrag der Stadt erhoben werden, gehören der Stadt. Daten ohne Personenbezug werden als Open Data veröffentlicht.
- Nachhaltigkeit: Jede Maßnahme wird auch daran gemessen, ob sie zum Klimaschutz und zur Klimaanpassung beiträgt.
- Zusammenarbeit: Die Stadt arbeitet mit Nachbarkommunen, dem Landkreis und der Hochschule zusammen.

# 2 Handlungsfelder
## 2.1 Mobilität
Die Stadt will den Parksuchverkehr verringern, den Umstieg auf Bus, Bahn und Fahrrad erleichtern und Verkehrsdaten für die Planung nutzen. Geplant sind unter anderem eine Parkraumsensorik in der Innenstadt, digitale Fahrgastinformationen an den wichtigsten Haltestellen und sichere Fahrradabstellanlagen mit Belegungsanzeige.

## 2.2 Umwelt und Klima
Sensoren für Temperatur, Bodenfeuchte und Pegelstände sollen helfen, die Stadt auf Hitze, Trockenheit und Starkregen vorzubereiten. Die Bewässerung von Stadtbäumen soll nach Bedarf erfolgen. Die Straßenbeleuchtung wird schrittweise auf bedarfsgesteuerte LED-Technik umgestellt.

## 2.3 Verwaltung
Alle wichtigen Verwaltungsleistungen sollen online beantragt werden können. Intern setzt die Stadt auf die elektronische Akte und digitale Arbeitsabläufe. Die Beschäftigten werden durch Schulungen auf die Veränderungen vorbereitet.

## 2.4 Bildung und digitale Teilhabe
Die Schulen erhalten eine zeitgemäße Ausstattung. Für ältere Menschen bietet die Stadtbibliothek gemeinsam mit Ehrenamtlichen regelmäßige Sprechstunden zu digitalen Fragen an. Öffentliche WLAN-Zugänge werden an zentralen Orten ausgebaut.

## 2.5 Wirtschaft und Innenstadt
Der Einzelhandel wird bei der Präsenz auf einer lokalen Online-Plattform unterstützt. Frequenzdaten aus anonymen Zählungen helfen, die Entwicklung der Innenstadt zu beobachten.

## 2.6 Beteiligung
Eine Beteiligungsplattform macht Vorhaben der Stadt transparent und ermöglicht Rückmeldungen. Digitale Beteiligung ergänzt Bürgerversammlungen und Werkstätten, ersetzt sie aber nicht.

# 3 Ziele bis 2030
| Ziel | Indikator | Zielwert 2030 |
| Weniger Parksuchverkehr in der Innenstadt | Anteil am Verkehr | unter 15 Prozent |
| Energieeinsparung Straßenbeleuchtung | Verbrauch gegenüber 2019 | minus 60 Prozent |
| Onlinezugang zu Verwaltungsleistungen | Anteil der Leistungen | 90 Prozent |
| Offene Daten | veröffentlichte Datensätze | 150 |
| Beteiligung | Personen pro Jahr | 2.000 |

# 4 Governance
Die Umsetzung der Strategie wird von einem Lenkungskreis unter Vorsitz des Bürgermeisters gesteuert. Ihm gehören die Amtsleitungen, die Stabsstelle Digitalisierung, der Personalrat und zwei Vertreterinnen oder Vertreter der Stadtverordnetenversammlung an. Ein Beirat aus Bürgerinnen und Bürgern, Wirtschaft und Hochschule berät den Lenkungskreis. Die Stabsstelle Digitalisierung koordiniert die Projekte und berichtet jährlich über den Stand.

# 5 Maßnahmenfahrplan
| Zeitraum | Schwerpunkte |
| 2021 – 2022 | LoRaWAN-Netz, Open-Data-Leitlinie und Datenportal, erste Sensoranwendungen |
| 2023 – 2024 | Parkraumsensorik, Bodenfeuchte an Stadtbäumen, Beteiligungsplattform |
| 2025 – 2027 | Ausbau Onlinedienste, bedarfsgesteuerte Straßenbeleuchtung, Frequenzzählung |
| 2028 – 2030 | Evaluation, Fortschreibung der Strategie, Übertragung bewährter Lösungen |

# 6 Finanzierung
Für die Umsetzung der Strategie sind bis 2030 Investitionen von rund 4,2 Millionen Euro vorgesehen. Die Stadt wird sich intensiv um Fördermittel von Bund und Land bemühen und Maßnahmen, wo möglich, gemeinsam mit Nachbarkommunen umsetzen. Bei jeder Maßnahme werden die Folgekosten für den Betrieb von Anfang an berücksichtigt. Projekte, deren Betrieb nicht dauerhaft finanziert werden kann, werden nicht begonnen.

# 7 Monitoring und Fortschreibung
Die Zielerreichung wird jährlich anhand der Indikatoren gemessen und in einem öffentlichen Bericht dargestellt. Die Strategie wird spätestens 2026 überprüft und bei Bedarf fortgeschrieben. Neue Erkenntnisse, technische Entwicklungen und Rückmeldungen aus der Bürgerschaft fließen in die Fortschreibung ein.
""")

doc("Strategie/Glossar_Smart_Region.txt",
    "Glossar: Begriffe rund um Smart Region und Sensornetze",
    category="Strategie", type="Leitfaden", tags=["Strategie", "LoRaWAN", "Open Data"],
    municipality=M_ZV, year=2025, month=6, license="CC0 1.0",
    author="Zweckverband Digitale Region Musterland – Geschäftsstelle",
    description="Alphabetisches Glossar mit kurzen Erklärungen von Fachbegriffen wie Gateway, DevEUI, Open Data, "
                "Auftragsverarbeitung und Datenschutz-Folgenabschätzung für Beschäftigte der Kommunen.",
    body="""
Dieses Glossar erklärt häufige Begriffe aus Smart-Region-Projekten in einfacher Sprache. Es wird laufend ergänzt.

### Auftragsverarbeitung
Ein Dienstleister verarbeitet personenbezogene Daten im Auftrag und nach Weisung einer Kommune. Dafür ist ein Vertrag nach Art. 28 DSGVO nötig, kurz AVV.

### Dashboard
Eine Bildschirmansicht, die Messwerte von Sensoren übersichtlich als Zahlen, Diagramme oder Karten zeigt.

### Datenschutz-Folgenabschätzung
Eine strukturierte Prüfung der Risiken einer Datenverarbeitung für die betroffenen Menschen. Sie ist vorgeschrieben, wenn voraussichtlich ein hohes Risiko besteht, etwa bei der systematischen Überwachung öffentlicher Bereiche.

### Datennutzungsvereinbarung
Ein Vertrag, der regelt, wer Daten zu welchem Zweck und unter welchen Bedingungen nutzen darf, zum Beispiel wenn eine Hochschule nicht veröffentlichte Rohdaten erhält.

### DevEUI
Die weltweit eindeutige Kennung eines LoRaWAN-Geräts, vergleichbar mit einer Seriennummer.

### Gateway
Eine Funkstation, die die Nachrichten der Sensoren empfängt und über das Internet an den Netzwerkserver weiterleitet. Ein Gateway kann mehrere Kilometer weit empfangen.

### Interkommunale Zusammenarbeit
Mehrere Kommunen erledigen eine Aufgabe gemeinsam, zum Beispiel durch eine Kooperationsvereinbarung oder einen Zweckverband.

### LoRaWAN
Long Range Wide Area Network: ein offener Funkstandard für das Internet der Dinge, der große Reichweiten bei sehr geringem Energieverbrauch ermöglicht.

### Netzwerkserver
Die zentrale Software eines LoRaWAN-Netzes. Sie verwaltet Geräte und Schlüssel, entfernt doppelt empfangene Nachrichten und leitet die Daten an Anwendungen weiter.

### Open Data
Offene Daten, die jede und jeder frei nutzen, weiterverarbeiten und weitergeben darf, meist unter einer offenen Lizenz wie CC BY 4.0 oder der Datenlizenz Deutschland.

### Sensor
Ein Gerät, das eine physikalische Größe misst, zum Beispiel Temperatur, Wasserstand, Bodenfeuchte oder Füllstand, und den Messwert übermittelt.

### Smart Region
Ein Verbund von Kommunen, die digitale Technologien gemeinsam nutzen, um Aufgaben in der Fläche besser zu erfüllen, statt dass jede Kommune eigene Lösungen entwickelt.
""")


# ===========================================================================
# Build
# ===========================================================================

FORMAT_NAMES = {".pdf": "PDF", ".docx": "DOCX", ".odt": "ODT", ".xlsx": "XLSX", ".ods": "ODS",
                ".pptx": "PPTX", ".odp": "ODP", ".md": "Markdown", ".txt": "TXT", ".csv": "CSV",
                ".html": "HTML", ".png": "PNG"}
MIN_FORMATS = {"PDF": 8, "DOCX": 5, "ODT": 3, "XLSX": 2, "PPTX": 1, "ODP": 1, "ODS": 1,
               "Markdown": 3, "TXT": 2, "CSV": 1, "HTML": 1, "PNG": 1}

PACK_INFO = {
    "name": "Smart-Region-Toolbox Beispielpaket",
    "version": "1.0",
    "publisher": "Smart-Region-Toolbox Projektteam (fiktive Beispieldaten)",
    "date": "2026-01-15",
    "description": ("Beispielpaket mit Mustern, Leitfäden, Checklisten und Beispieldokumenten aus frei erfundenen "
                    "Kommunen (Gemeinde Musterbach, Stadt Beispielheim, Landkreis Vogelsberg-Süd, Gemeinde "
                    "Erfundingen, Stadt Modellau, Zweckverband Digitale Region Musterland). Es dient zum "
                    "Ausprobieren von Katalog, Suche und Vorschau. Alle Namen, Personen und Zahlen sind fiktiv."),
}


def build(out: Path) -> list[dict]:
    for d in DOCS:
        if d["file"] == "Vergabe/Bewertungsmatrix_Angebote.xlsx":
            d["sheets"] = _bewertungsmatrix()
    results = []
    for d in DOCS:
        path = out / d["file"]
        path.parent.mkdir(parents=True, exist_ok=True)
        ext = path.suffix.lower()
        info = ""
        if ext == ".pdf":
            data, pages = make_pdf(d)
            path.write_bytes(data)
            info = "%d Seiten" % pages
        elif ext == ".docx":
            make_docx(d, path)
        elif ext == ".odt":
            make_odt(d, path)
        elif ext == ".xlsx":
            make_xlsx(d, path)
            info = "%d Blätter" % len(d["sheets"])
        elif ext == ".ods":
            make_ods(d, path)
            info = "%d Blätter" % len(d["sheets"])
        elif ext == ".pptx":
            make_pptx(d, path)
            info = "%d Folien" % len(d["slides"])
        elif ext == ".odp":
            make_odp(d, path)
            info = "%d Folien" % len(d["slides"])
        elif ext == ".md":
            path.write_bytes(to_markdown(d).encode("utf-8"))
        elif ext == ".txt":
            text = to_text(d).replace("\n", d["newline"])
            path.write_bytes(text.encode(d["encoding"]))
            info = d["encoding"] + (", CRLF" if d["newline"] == "\r\n" else "")
        elif ext == ".html":
            path.write_bytes(to_html(d).encode("utf-8"))
        elif ext == ".csv":
            buf = io.StringIO()
            w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
            w.writerows(d["rows"])
            path.write_bytes(buf.getvalue().encode("utf-8-sig"))
            info = "%d Zeilen, UTF-8 mit BOM" % (len(d["rows"]) - 1)
        elif ext == ".png":
            make_png(path)
            info = "96×96 RGBA"
        else:
            raise SystemExit("unbekanntes Format: " + d["file"])
        results.append(dict(doc=d, path=path, fmt=FORMAT_NAMES[ext], info=info, size=path.stat().st_size))

    manifest = {
        "format": "smart-region-toolbox-pack",
        "formatVersion": 1,
        "pack": PACK_INFO,
        "documents": [
            {"file": d["file"], "title": d["title"], "description": d["description"],
             "category": d["category"], "type": d["type"], "tags": d["tags"],
             "municipality": d["municipality"], "year": d["year"], "license": d["license"],
             "language": "de",
             **({"placeholders": d["placeholders"]} if d["placeholders"] else {})}
            for d in DOCS if d["listed"]],
    }
    (out / "toolbox.json").write_bytes(
        (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    return results


def print_summary(out: Path, results):
    print("%-66s %-9s %-16s %-26s %9s" % ("Datei", "Format", "Kategorie", "Umfang", "Bytes"))
    print("-" * 130)
    for r in results:
        d = r["doc"]
        name = d["file"] + ("" if d["listed"] else "  (nicht im Manifest)")
        print("%-66s %-9s %-16s %-26s %9d" % (name, r["fmt"], d["category"], r["info"], r["size"]))
    total = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    print("-" * 130)
    print("%d Dateien + toolbox.json, Gesamtgröße %.1f KiB" % (len(results), total / 1024))


# ---------------------------------------------------------------------------
# Sanity checks
# ---------------------------------------------------------------------------

def check(out: Path, results) -> list[str]:
    import xml.etree.ElementTree as ET
    errors: list[str] = []

    def err(msg):
        errors.append(msg)

    manifest = json.loads((out / "toolbox.json").read_text(encoding="utf-8"))
    docs = manifest["documents"]
    # manifest entries exist, fields valid
    for e in docs:
        if not (out / e["file"]).is_file():
            err("Manifest-Datei fehlt: " + e["file"])
        if e["type"] not in DOC_TYPES:
            err("ungültiger Typ %r in %s" % (e["type"], e["file"]))
        if not 1 <= len(e["tags"]) <= 4:
            err("1–4 Tags erwartet: " + e["file"])
        if not 2019 <= e["year"] <= 2025:
            err("Jahr außerhalb 2019–2025: " + e["file"])
        if set(e) - {"placeholders"} != {"file", "title", "description", "category", "type", "tags",
                                          "municipality", "year", "license", "language"}:
            err("unerwartete Felder: " + e["file"])
        ph = e.get("placeholders", {})
        if not isinstance(ph, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in ph.items()):
            err("placeholders muss ein Objekt Text → Bedeutung sein: " + e["file"])
    tags = {t for e in docs for t in e["tags"]}
    if not 15 <= len(tags) <= 25:
        err("15–25 verschiedene Tags erwartet, gefunden: %d" % len(tags))
    cats = {e["category"] for e in docs}
    if len(cats) < 8:
        err("mindestens 8 Kategorien erwartet, gefunden: %d" % len(cats))
    if len({e["municipality"] for e in docs}) < 5:
        err("zu wenige Kommunen")
    # files on disk vs. manifest
    on_disk = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file() and p.name != "toolbox.json")
    listed = {e["file"] for e in docs}
    unlisted = [f for f in on_disk if f not in listed]
    # one file without an entry (its metadata comes from its folder); the nested
    # Mobilität/Parken/Parkraumkonzept has its entry, so "Parken" is not a second, flat tag
    if len(unlisted) != 1:
        err("genau 1 Datei ohne Manifesteintrag erwartet: %r" % unlisted)
    if len(on_disk) < 32:
        err("mindestens 32 Dokumente erwartet")
    if not any(any(ch in f for ch in "äöüÄÖÜß") for f in on_disk):
        err("kein Datei- oder Ordnername mit Umlaut")
    # format counts
    counts = collections.Counter(r["fmt"] for r in results)
    for fmt, n in MIN_FORMATS.items():
        if counts[fmt] < n:
            err("zu wenige %s-Dateien: %d < %d" % (fmt, counts[fmt], n))
    # zip containers
    for r in results:
        p = r["path"]
        if p.suffix not in (".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp"):
            continue
        with zipfile.ZipFile(p) as z:
            bad = z.testzip()
            if bad:
                err("%s: defektes Zip-Mitglied %s" % (p.name, bad))
            for zi in z.infolist():
                if zi.date_time != ZIP_DATE:
                    err("%s: Zeitstempel nicht fix" % p.name)
                if zi.filename.endswith((".xml", ".rels")):
                    try:
                        ET.fromstring(z.read(zi))
                    except ET.ParseError as ex:
                        err("%s: %s ist kein wohlgeformtes XML (%s)" % (p.name, zi.filename, ex))
            if p.suffix.startswith(".od"):
                first = z.infolist()[0]
                if first.filename != "mimetype" or first.compress_type != zipfile.ZIP_STORED or first.extra:
                    err("%s: mimetype nicht als erstes unkomprimiertes Mitglied" % p.name)
                if z.read("mimetype").decode() != MIME[p.suffix[1:]]:
                    err("%s: falscher mimetype" % p.name)
                for part in ("META-INF/manifest.xml", "content.xml", "meta.xml", "styles.xml"):
                    if part not in z.namelist():
                        err("%s: %s fehlt" % (p.name, part))
            else:
                for part in ("[Content_Types].xml", "_rels/.rels", "docProps/core.xml"):
                    if part not in z.namelist():
                        err("%s: %s fehlt" % (p.name, part))
    # text encodings
    for r in results:
        d, p = r["doc"], r["path"]
        if p.suffix == ".csv":
            raw = p.read_bytes()
            if not raw.startswith(b"\xef\xbb\xbf"):
                err(p.name + ": BOM fehlt")
            rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
            if rows != [list(x) for x in d["rows"]]:
                err(p.name + ": CSV lässt sich nicht zurücklesen")
        if p.suffix == ".txt":
            raw = p.read_bytes()
            if d["encoding"] == "cp1252":
                try:
                    raw.decode("utf-8")
                    err(p.name + ": sollte kein gültiges UTF-8 sein")
                except UnicodeDecodeError:
                    pass
                if "ä".encode("cp1252") not in raw:
                    err(p.name + ": kein ä in cp1252")
            else:
                raw.decode("utf-8")
    # PDFs with poppler
    have_poppler = shutil.which("pdftotext") and shutil.which("pdfinfo")
    for r in results:
        d, p = r["doc"], r["path"]
        if p.suffix != ".pdf":
            continue
        head = p.read_bytes()
        if not head.startswith(b"%PDF-1.4") or not head.rstrip().endswith(b"%%EOF"):
            err(p.name + ": PDF-Rahmen fehlerhaft")
        if not have_poppler:
            continue
        info = subprocess.run(["pdfinfo", str(p)], capture_output=True, text=True)
        if info.returncode != 0 or info.stderr.strip():
            err("%s: pdfinfo meldet: %s" % (p.name, info.stderr.strip()))
        fields = dict(line.split(":", 1) for line in info.stdout.splitlines() if ":" in line)
        if fields.get("Title", "").strip() != d["title"]:
            err("%s: Titel %r" % (p.name, fields.get("Title")))
        if fields.get("Author", "").strip() != d["author"]:
            err("%s: Autor %r" % (p.name, fields.get("Author")))
        pages = int(fields.get("Pages", "0"))
        if not 2 <= pages <= 6:
            err("%s: %d Seiten (2–6 erwartet)" % (p.name, pages))
        txt = subprocess.run(["pdftotext", "-enc", "UTF-8", str(p), "-"], capture_output=True, text=True)
        if txt.returncode != 0 or txt.stderr.strip():
            err("%s: pdftotext meldet: %s" % (p.name, txt.stderr.strip()))
        text = txt.stdout
        words = set(re.findall(r"\w*[äöüÄÖÜß]\w*", d["body"]))
        missing = sorted(w for w in words if w not in text)
        if not words or missing:
            err("%s: Wörter mit Umlauten fehlen im Text: %s" % (p.name, ", ".join(missing[:10])))
        for needle in ("ä", "ß", "Seite 1 von %d" % pages):
            if needle not in text:
                err("%s: %r nicht im extrahierten Text" % (p.name, needle))
    if BROKEN_WORDS:
        err("in PDFs mussten Wörter getrennt werden: %s" % ", ".join(sorted(set(BROKEN_WORDS))))
    # size
    total = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    if total > 2 * 1024 * 1024:
        err("Paket größer als 2 MB: %d Bytes" % total)
    return errors


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="Zielordner (Standard: %(default)s)")
    ap.add_argument("--no-check", action="store_true", help="Plausibilitätsprüfungen überspringen")
    args = ap.parse_args(argv)
    out = args.out.resolve()
    if out.exists():
        # only ever wipe a directory that looks like a generated pack
        if any(out.iterdir()) and not (out / "toolbox.json").exists():
            print("Abbruch: %s ist nicht leer und enthält keine toolbox.json" % out, file=sys.stderr)
            return 2
        shutil.rmtree(out)
    out.mkdir(parents=True)
    results = build(out)
    print_summary(out, results)
    if args.no_check:
        return 0
    errors = check(out, results)
    if errors:
        print("\nFEHLER:", file=sys.stderr)
        for e in errors:
            print("  - " + e, file=sys.stderr)
        return 1
    print("\nAlle Prüfungen bestanden.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
