"""Saved web pages: the article's text and its metadata, without the page around it.

`extract_article` decodes the page the way a browser would (BOM, then the page's own
`<meta charset>` / http-equiv, then detection), hands the tree to trafilatura for the
main text and metadata, and returns plain text with paragraphs separated by blank
lines. The caller builds a `Document` from that text, so offsets and the SHA-256 are
those of the extracted text (DESIGN.md, principle 1). Nothing here touches the
network: trafilatura only ever receives a parsed tree, never a URL or a string that
could be taken for one. No Textual imports.
"""

from __future__ import annotations

import codecs
import logging
import re
from typing import Any

from reader.document import MAX_BYTES, DocumentError, decode, sanitise
from reader.i18n import _

Element = Any  # an lxml element: lxml ships no types

# trafilatura and htmldate log warnings ("discarding data", odd dates); with no
# handler configured, Python would print them on stderr, over the app's screen.
for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).addHandler(logging.NullHandler())

# --- decoding ---------------------------------------------------------------------

_PRESCAN = 16 * 1024  # browsers look at 1 KB; saved pages often carry long heads
_META_CHARSET = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_DECL = re.compile(r"""^\s*<\?xml[^>]*\?>""")
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)

# The WHATWG Encoding standard's label table, for the labels that matter here:
# pages labelled latin-1 or ASCII are read as windows-1252 by every browser, so
# their 0x92 is a curly apostrophe and 0x9C an "œ", not C1 control characters.
_WHATWG = {
    **dict.fromkeys(
        (
            "iso-8859-1",
            "iso8859-1",
            "iso_8859-1",
            "latin1",
            "latin-1",
            "l1",
            "us-ascii",
            "ascii",
            "ansi_x3.4-1968",
            "cp819",
            "ibm819",
            "x-cp1252",
        ),
        "cp1252",
    ),
    **dict.fromkeys(("iso-8859-9", "iso8859-9", "latin5", "l5"), "cp1254"),
    **dict.fromkeys(("iso-8859-11", "tis-620"), "cp874"),
}


def declared_encoding(data: bytes) -> str | None:
    """The encoding a page declares for itself, as a Python codec name, or None.

    A meta charset of UTF-16/32 is impossible (the meta would not be readable
    as ASCII) and browsers read such pages as UTF-8; so does this.
    """
    head = data[:_PRESCAN]
    match = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    if not match:
        return None
    label = match.group(1).decode("ascii", "replace").strip().lower()
    label = _WHATWG.get(label, label)
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return "utf-8" if name.startswith(("utf-16", "utf-32")) else name


def decode_page(data: bytes, name: str) -> tuple[str, str]:
    """Return (html text, encoding): BOM first, then the page's declaration, then
    detection (reader.document.decode), which also refuses binary data."""
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data[:_PRESCAN]:
        return decode(data, name)
    declared = declared_encoding(data)
    if declared:
        try:
            return data.decode(declared), declared
        except UnicodeDecodeError:
            pass  # the declaration lies (a page re-saved by an editor): detect instead
    return decode(data, name)


# --- extraction -------------------------------------------------------------------

_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _unwrap_layout_tables(tree: Element) -> None:
    """Turn tables used for page layout into divs.

    Old news sites lay out menu, sidebar and article as cells of one table, and
    trafilatura then keeps the whole table, menu included. A table is layout when it
    has a single row, or holds a heading, a nested table, a form or several
    paragraphs in one cell; a data table has none of those.
    """
    for table in list(tree.iter("table")):
        rows = _own(table, "tr")
        cells = _own(table, "td", "th")
        layout = (
            len(rows) <= 1
            or table.find(".//table") is not None
            or table.find(".//form") is not None
            or any(table.find(f".//{h}") is not None for h in _HEADINGS)
            or any(len(cell.findall(".//p")) >= 2 for cell in cells)
        )
        if layout:
            for el in [table, *_own(table, "thead", "tbody", "tfoot", "tr", "td", "th", "caption")]:
                el.tag = "div"
                el.attrib.pop("width", None)


def _own(table: Element, *tags: str) -> list[Element]:
    """Elements of `table` itself, not of a table nested in one of its cells."""
    return [el for el in table.iter(*tags) if next(el.iterancestors("table"), None) is table]


# Boilerplate trafilatura's own lists miss: a copyright line after the article
# (old table layouts put it outside any <footer>).
_PRUNE = [
    "//*[contains(translate(@class, 'COPYRIGHT', 'copyright'), 'copyright')"
    " or contains(translate(@id, 'COPYRIGHT', 'copyright'), 'copyright')]"
]


def _parse(html: str) -> Element | None:
    from lxml import html as lxml_html
    from lxml.etree import LxmlError

    html = _XML_DECL.sub("", html, count=1)  # lxml refuses a str with an encoding declaration
    parser = lxml_html.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False)
    try:
        tree = lxml_html.document_fromstring(html, parser=parser)
    except (LxmlError, ValueError):  # ParserError, ValueError... on empty or non-HTML input
        return None
    return tree


_BLOCKS = {"p", "head", "list", "table", "code", "quote"}
_WHITESPACE = re.compile(r"[ \t\n\r\f\v\u00a0]+")


def _inline_lines(el: Element) -> list[str]:
    """Lines of one block: source whitespace collapsed, `<lb/>` the only break."""
    lines: list[list[str]] = [[]]

    def walk(node: Element) -> None:
        if node.tag == "lb":
            lines.append([])
        elif node.text:
            lines[-1].append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                lines[-1].append(child.tail)

    walk(el)
    return [_WHITESPACE.sub(" ", "".join(parts)).strip() for parts in lines]


def _split_blocks(lines: list[str]) -> list[str]:
    """Group lines into paragraphs: an empty line (`<br><br>`) starts a new one,
    as blogs that separate paragraphs with double breaks mean it."""
    out: list[str] = []
    current: list[str] = []
    for line in [*lines, ""]:
        if line:
            current.append(line)
        elif current:
            out.append("\n".join(current))
            current = []
    return out


def _block_texts(el: Element) -> list[str]:
    if el.tag == "list":
        items = ("\n".join(_split_blocks(_inline_lines(i))) for i in el.iter("item"))
        return ["\n".join(t for t in items if t)]
    if el.tag == "table":
        rows = (
            " | ".join(" ".join(_inline_lines(c)) for c in row.iter("cell"))
            for row in el.iter("row")
        )
        return ["\n".join(r for r in rows if r.strip(" |"))]
    return _split_blocks(_inline_lines(el))


def _paragraphs(el: Element, out: list[str]) -> None:
    """Walk trafilatura's output tree: each block is one paragraph; containers
    (div, a quote made of paragraphs) are walked into."""
    if el.text and el.text.strip() and el.tag not in _BLOCKS:
        out.append(_WHITESPACE.sub(" ", el.text).strip())
    for child in el:
        is_container = child.tag not in _BLOCKS or (
            child.tag == "quote" and any(c.tag in _BLOCKS for c in child)
        )
        if is_container:
            _paragraphs(child, out)
        else:
            out.extend(t for t in _block_texts(child) if t)
        if child.tail and child.tail.strip():
            out.append(_WHITESPACE.sub(" ", child.tail).strip())


_SENTENCE_END = re.compile(r"[.!?…]")
_WORDS = re.compile(r"\w+")
EXTENSIVE_DATE_BYTES = 1_000_000
MIN_PROSE_CHARS = 120  # below this a page has a caption or a menu, not an article
_LINE_BREAKERS = _BLOCKS | {"lb", "item", "row", "cell", "div"}


def _prose_chars(body: Element) -> int:
    """Characters of the extracted text that read as prose: lines of six words or
    more, as the page's source has them. Extractors' fallbacks join a menu or a
    form into one paragraph of one-word lines; collapsing those lines first would
    turn "Politique Économie Sport Culture" into something sentence-like."""
    parts: list[str] = []

    def walk(node: Element) -> None:
        if node.tag in _LINE_BREAKERS:
            parts.append("\n")
        parts.append(node.text or "")
        for child in node:
            walk(child)
            parts.append(child.tail or "")
        if node.tag in _LINE_BREAKERS:
            parts.append("\n")

    walk(body)
    lines = [line for line in "".join(parts).split("\n") if len(_WORDS.findall(line)) >= 6]
    if not any(_SENTENCE_END.search(line) for line in lines):
        return 0
    return sum(len(line.strip()) for line in lines)


def _clean_meta(value: object) -> str:
    if not value:
        return ""
    return _WHITESPACE.sub(" ", sanitise(str(value))).strip()  # one line: it goes in a status bar


def extract_article(data: bytes, name: str) -> tuple[str, dict[str, str]]:
    """(article text, metadata) from a saved web page's bytes.

    Metadata keys are among title, author, date (ISO, YYYY-MM-DD) and site, present
    only when found. The text starts with the title (when there is one) as its own
    paragraph, then the article's paragraphs, separated by blank lines. Raises DocumentError with one
    line when the page is too big, cannot be decoded or holds no article body.
    """
    if len(data) > MAX_BYTES:
        raise DocumentError(
            f"{name}: {len(data) / 1e6:.0f} MB is over the {MAX_BYTES // (1024 * 1024)} MB limit for an article"
        )
    html, _encoding = decode_page(data, name)
    try:
        import trafilatura  # heavy (~0.3 s); only web pages pay for it
        from trafilatura.settings import set_date_params
    except ImportError as exc:  # an installation that lacks a module: which one, in one line
        reason = str(exc).splitlines()[0] if str(exc) else exc.name
        raise DocumentError(
            _("{name}: web pages cannot be read here: {reason}").format(name=name, reason=reason)
        ) from None
    # Control characters become visible pictures now, as in a text file: lxml would
    # turn them into U+FFFD and trafilatura drops a whole page that holds one.
    tree = _parse(sanitise(html))
    if tree is None:
        raise DocumentError(_("{name}: is not an HTML page that can be read").format(name=name))
    _unwrap_layout_tables(tree)
    result = trafilatura.bare_extraction(
        tree,  # a tree, never a URL or bytes: nothing is fetched or decoded again
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        deduplicate=False,
        prune_xpath=_PRUNE,
        # htmldate's search of the whole text for dates is most of the time spent
        # on a big page; a page that big is a book, not a dated news item.
        date_extraction_params=set_date_params(extensive=len(data) < EXTENSIVE_DATE_BYTES),
    )
    body = getattr(result, "body", None)  # result: a trafilatura Document, or None
    if body is None or _prose_chars(body) < MIN_PROSE_CHARS:
        raise DocumentError(
            f"{name}: no article body found in this page (only menus, forms or links)"
        )
    paragraphs: list[str] = []
    _paragraphs(body, paragraphs)
    paragraphs = [sanitise(p) for p in paragraphs]

    meta = {
        "title": _clean_meta(getattr(result, "title", None)),
        "author": _clean_meta(getattr(result, "author", None)),
        "date": _clean_meta(getattr(result, "date", None)),
        "site": _clean_meta(getattr(result, "sitename", None) or getattr(result, "hostname", None)),
        "url": _clean_meta(getattr(result, "url", None)),
    }
    meta = {k: v for k, v in meta.items() if v}
    title = meta.get("title")
    if title:
        if paragraphs and paragraphs[0].casefold() == title.casefold():
            paragraphs.pop(0)  # the page's own <h1>, kept once, as the first paragraph
        paragraphs.insert(0, title)
    return "\n\n".join(paragraphs) + "\n", meta
