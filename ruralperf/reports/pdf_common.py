"""What every PDF of ruralperf shares: styles in the embedded font, tables, and a canvas that
numbers pages "第 x 页 / 共 y 页" per section (one section per statement, so a combined print
file restarts its page numbers for each staff member).

A `Section` flowable placed at the start of a section names it; the page decorations (header
on continuation pages, footer, draft watermark) are drawn when the document is saved, once the
page count of every section is known.
"""
from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Sequence

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, TableStyle

from ruralperf.reports import fonts

GRID = colors.HexColor("#8a8a8a")
SHADE = colors.HexColor("#eeeeee")
DARK = colors.HexColor("#222222")
MUTED = colors.HexColor("#555555")


@dataclass
class SectionInfo:
    """Texts of one section's page decorations."""

    header: str = ""  # printed on pages after the first, with "(continued)"
    footer_left: str = ""
    footer_center: str = ""
    draft_mark: str = ""  # diagonal watermark when non-empty
    page_label: Callable[[int, int], str] = lambda page, pages: f"{page} / {pages}"
    continued: str = ""
    blank: str = ""  # printed on the page that pads the section to an even count (duplex)
    extra: dict = field(default_factory=dict)


class Section(Flowable):
    """Zero-size marker: the pages from here on belong to `info`."""

    def __init__(self, info: SectionInfo):
        super().__init__()
        self.info = info

    def wrap(self, avail_width, avail_height):
        return 0, 0

    def draw(self):
        self.canv._rp_section = self.info


def draw_runs(canvas: Canvas, x: float, y: float, text: str, anchor: str = "left") -> None:
    """Draw `text` at (x, y) in the canvas's font size, each character in the first bundled
    font that has it (anchor: left, right or centre). Raises fonts.MissingGlyph."""
    font, size = canvas._fontname, canvas._fontsize
    pieces = fonts.runs(text)
    widths = [canvas.stringWidth(piece, f, size) for f, piece in pieces]
    x -= {"left": 0, "right": sum(widths), "centre": sum(widths) / 2}[anchor]
    for (f, piece), w in zip(pieces, widths):
        canvas.setFont(f, size)
        Canvas.drawString(canvas, x, y, piece)
        x += w
    canvas.setFont(font, size)


def _canvas_class(decorate: Callable[[Canvas, SectionInfo, int, int], None],
                  duplex: bool = False) -> type[Canvas]:
    class NumberedCanvas(Canvas):
        """Numbers pages per section; draws strings in the main font with glyph fallback."""

        def __init__(self, *args, **kwargs) -> None:
            kwargs["initialFontName"] = kwargs.get("initialFontName") or fonts.register()
            super().__init__(*args, **kwargs)
            self._rp_pages: list[dict] = []
            self._rp_section = SectionInfo()

        def _plain(self, text) -> bool:
            return self._fontname != fonts.FONT or fonts.covered(str(text))

        def drawString(self, x, y, text, *args, **kwargs):  # noqa: N802 (reportlab's name)
            if self._plain(text):
                return super().drawString(x, y, text, *args, **kwargs)
            draw_runs(self, x, y, str(text), "left")

        def drawRightString(self, x, y, text, *args, **kwargs):  # noqa: N802
            if self._plain(text):
                return super().drawRightString(x, y, text, *args, **kwargs)
            draw_runs(self, x, y, str(text), "right")

        def drawCentredString(self, x, y, text, *args, **kwargs):  # noqa: N802
            if self._plain(text):
                return super().drawCentredString(x, y, text, *args, **kwargs)
            draw_runs(self, x, y, str(text), "centre")

        def stringWidth(self, text, fontName=None, fontSize=None):  # noqa: N802
            font = fontName or self._fontname
            size = self._fontsize if fontSize is None else fontSize
            if font == fonts.FONT:
                return fonts.width(str(text), size)
            return super().stringWidth(text, font, size)

        def showPage(self):  # noqa: N802 (reportlab's name)
            self._rp_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            sections = [state["_rp_section"] for state in self._rp_pages]
            totals = Counter(id(s) for s in sections)
            seen: Counter = Counter()
            for state, section in zip(self._rp_pages, sections):
                self.__dict__.update(state)
                seen[id(section)] += 1
                page, pages = seen[id(section)], totals[id(section)]
                decorate(self, section, page, pages)
                Canvas.showPage(self)
                if duplex and page == pages and pages % 2:
                    self._blank_page(section)
            Canvas.save(self)

        def _blank_page(self, section: SectionInfo) -> None:
            """An empty back page, so that the next section starts on a new sheet."""
            width, height = self._pagesize
            self.setFont(fonts.register(), 8)
            self.setFillColor(MUTED)
            self.drawCentredString(width / 2, height / 2, section.blank)
            Canvas.showPage(self)

    return NumberedCanvas


def standard_decoration(canvas: Canvas, info: SectionInfo, page: int, pages: int) -> None:
    """Footer (left, centre, page x of y), continuation header, draft watermark."""
    width, height = canvas._pagesize
    font = fonts.register()
    margin = 14 * mm
    canvas.saveState()
    if info.draft_mark:
        canvas.setFillColor(colors.Color(0.6, 0.6, 0.6, alpha=0.18))
        canvas.setFont(font, 46)
        canvas.translate(width / 2, height / 2)
        canvas.rotate(35)
        canvas.drawCentredString(0, 0, info.draft_mark)
        canvas.rotate(-35)
        canvas.translate(-width / 2, -height / 2)
    canvas.setFillColor(MUTED)
    canvas.setStrokeColor(GRID)
    canvas.setLineWidth(0.4)
    canvas.line(margin, 11 * mm, width - margin, 11 * mm)
    canvas.setFont(font, 7.5)
    canvas.drawString(margin, 7.5 * mm, info.footer_left)
    left_end = margin + canvas.stringWidth(info.footer_left, font, 7.5)
    centre_start = (width - canvas.stringWidth(info.footer_center, font, 7.5)) / 2
    # a long left text (an approved run names its approver) pushes the centre one line down
    centre_y = 7.5 * mm if left_end + 3 * mm <= centre_start else 4 * mm
    canvas.drawCentredString(width / 2, centre_y, info.footer_center)
    canvas.drawRightString(width - margin, 7.5 * mm, info.page_label(page, pages))
    if page > 1 and info.header:
        canvas.setFont(font, 8)
        canvas.drawString(margin, height - 9 * mm, f"{info.header}{info.continued}")
        canvas.line(margin, height - 10.5 * mm, width - margin, height - 10.5 * mm)
    canvas.restoreState()


def build_pdf(story: list, pagesize, *, margins_mm=(15, 15, 15, 16), title: str = "",
              decorate=standard_decoration, duplex: bool = False) -> bytes:
    """Lay out `story` and return the PDF bytes. Margins are (left, right, top, bottom).
    `duplex`: every section with an odd page count is followed by a blank page, so that on a
    two-sided printer each section starts on its own sheet."""
    fonts.register()
    buffer = io.BytesIO()
    left, right, top, bottom = (x * mm for x in margins_mm)
    doc = SimpleDocTemplate(buffer, pagesize=pagesize, leftMargin=left, rightMargin=right,
                            topMargin=top, bottomMargin=bottom, title=title,
                            author="ruralperf", creator="ruralperf")
    try:
        doc.build(story, canvasmaker=_canvas_class(decorate, duplex))
    except fonts.MissingGlyph as exc:  # name the person whose page it was, if any
        section = getattr(getattr(doc, "canv", None), "_rp_section", None)
        person = section.extra.get("person") if section is not None else None
        if person and exc.code == "glyph_missing":
            raise exc.for_person(*person) from None
        raise
    return buffer.getvalue()


# -- styles -----------------------------------------------------------------------------------

def style(size: float = 9, align: str = "left", color=DARK, leading: float | None = None,
          name: str = "rp", cjk: bool = True) -> ParagraphStyle:
    """A paragraph style in the embedded font. `cjk` wraps between any two characters (Chinese
    text); without it, lines break between words only (English text)."""
    alignment = {"left": TA_LEFT, "right": TA_RIGHT, "center": TA_CENTER}[align]
    return ParagraphStyle(f"{name}-{size}-{align}-{cjk}", fontName=fonts.register(),
                          fontSize=size, leading=leading or size * 1.3, alignment=alignment,
                          textColor=color, wordWrap="CJK" if cjk else None, splitLongWords=True)


_STYLE_CACHE: dict[tuple, ParagraphStyle] = {}


def _cached(size: float, align: str, color, cjk: bool) -> ParagraphStyle:
    key = (size, align, color, cjk)
    st = _STYLE_CACHE.get(key)
    if st is None:
        st = _STYLE_CACHE[key] = style(size, align, color, cjk=cjk)
    return st


def _has_cjk(text: str) -> bool:
    return any(ord(ch) >= 0x2E80 for ch in text)


def para(text: object, size: float = 9, align: str = "left", color=DARK) -> Paragraph:
    """A wrapping paragraph of plain text (escaped; rare characters in the fallback font)."""
    text = "" if text is None else str(text)
    return Paragraph(fonts.markup(text), _cached(size, align, color, _has_cjk(text)))


def rich(markup_text: str, size: float = 9, align: str = "left", color=DARK) -> Paragraph:
    """A paragraph of markup the caller built with `fonts.markup` pieces."""
    return Paragraph(markup_text, _cached(size, align, color, _has_cjk(markup_text)))


_TOKEN = re.compile(r"[A-Za-z0-9_.,:;%()\[\]/+\-=×≥≤<>'\"#&@]+ ?| +|.", re.S)
_NO_LINE_START = set("，。、；：？！）》」』】,.;:?!)%")


def wrap_text(text: object, width: float, size: float) -> str:
    """`text` broken into lines no wider than `width` points (joined by newlines).

    A fast stand-in for a Paragraph inside table cells: Chinese breaks between any two
    characters (closing punctuation stays on its line), runs of Latin letters and digits break
    at spaces, and only a run longer than a whole line is cut."""
    text = "" if text is None else str(text)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line, used = "", 0.0
        for token in _TOKEN.findall(paragraph):
            w = fonts.width(token, size)
            if used + w <= width or (line and len(token) == 1 and token in _NO_LINE_START):
                line, used = line + token, used + w
                continue
            if line:
                lines.append(line.rstrip())
                line, used = "", 0.0
            if token.isspace():
                continue
            while w > width and len(token) > 1:  # a run longer than a line: cut it
                cut = len(token) - 1
                while cut > 1 and fonts.width(token[:cut], size) > width:
                    cut -= 1
                lines.append(token[:cut])
                token = token[cut:]
                w = fonts.width(token, size)
            line, used = token, w
        lines.append(line.rstrip())
    return "\n".join(lines)


def cell(text: object, width: float, size: float = 8.5, padding: float = 6):
    """Table cell content: plain (fast) text wrapped to the column, or a Paragraph when the text
    holds characters that need the fallback font."""
    text = "" if text is None else str(text)
    if fonts.missing_glyphs(text):
        return para(text, size)
    return wrap_text(text, width - padding, size)


@lru_cache(maxsize=None)
def heading_style() -> ParagraphStyle:
    """Section headings of statements ("一、任务完成情况")."""
    st = style(10.5, leading=15, name="heading")
    st.spaceBefore = 5
    st.spaceAfter = 2
    return st


def table_style(size: float = 8.5, header_rows: int = 1, right_cols: Sequence[int] = (),
                center_cols: Sequence[int] = (), padding: float = 3) -> TableStyle:
    commands = [
        ("FONT", (0, 0), (-1, -1), fonts.register(), size),
        ("TEXTCOLOR", (0, 0), (-1, -1), DARK),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), padding),
        ("RIGHTPADDING", (0, 0), (-1, -1), padding),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if header_rows:
        commands += [("BACKGROUND", (0, 0), (-1, header_rows - 1), SHADE),
                     ("ALIGN", (0, 0), (-1, header_rows - 1), "CENTER")]
    for c in right_cols:
        commands.append(("ALIGN", (c, header_rows), (c, -1), "RIGHT"))
    for c in center_cols:
        commands.append(("ALIGN", (c, header_rows), (c, -1), "CENTER"))
    return TableStyle(commands)


def fit_widths(rows: Sequence[Sequence[str]], available: float,
               sizes=(8, 7.5, 7, 6.5, 6, 5.5, 5, 4.5), padding: float = 4,
               min_chars: float = 3) -> tuple[float, list[float]]:
    """Font size and column widths so that every data cell fits on one line.

    Takes the largest size at which the widest cell of each column fits in `available` (a
    column is at least `min_chars` Chinese characters wide, for its wrapped title); the spare
    width is shared equally. If nothing fits even at the smallest size, columns are scaled
    down and cells wrap."""
    columns = list(zip(*rows)) if rows else []
    for size in sizes:
        minimum = min_chars * size + padding
        need = [max([minimum] + [fonts.width(str(v), size) + padding for v in col])
                for col in columns]
        if sum(need) <= available:
            spare = (available - sum(need)) / max(1, len(need))
            return size, [w + spare for w in need]
    total = sum(need) or 1
    return sizes[-1], [w * available / total for w in need]
