"""Saved web pages: main text, metadata, decoding, refusals (reader.webpage)."""

from __future__ import annotations

import json
import socket

import pytest
from support import DATA

from reader import webpage
from reader.document import Document, DocumentError, paragraph_spans
from reader.webpage import declared_encoding, decode_page, extract_article

PAGES = DATA / "pages"
ARTICLES = sorted(p.name.removesuffix(".expected.txt") for p in PAGES.glob("*.expected.txt"))


def paragraphs(text: str) -> list[str]:
    return [text[s.start : s.end] for s in paragraph_spans(text)]


def extract(name: str) -> tuple[str, dict[str, str]]:
    return extract_article((PAGES / f"{name}.html").read_bytes(), f"{name}.html")


def test_there_are_fixtures_of_every_layout():
    assert {"news_article", "blog_content", "many_paragraphs", "legacy_cp1252"} <= set(ARTICLES)
    assert (PAGES / "no_body.html").exists()


@pytest.mark.parametrize("name", ARTICLES)
def test_main_text_is_kept_paragraph_by_paragraph(name):
    text, _ = extract(name)
    expected = paragraphs((PAGES / f"{name}.expected.txt").read_text("utf-8"))
    got = paragraphs(text)
    missing = [p for p in expected if p not in got]
    assert not missing
    # in the page's order
    assert [p for p in got if p in expected] == expected


@pytest.mark.parametrize("name", ARTICLES)
def test_boilerplate_is_dropped(name):
    text, _ = extract(name)
    folded = text.casefold()
    leaked = [
        line
        for line in (PAGES / f"{name}.boilerplate.txt").read_text("utf-8").splitlines()
        if line.strip() and line.casefold() in folded
    ]
    assert not leaked


@pytest.mark.parametrize("name", ARTICLES)
def test_metadata(name):
    _, meta = extract(name)
    want = json.loads((PAGES / f"{name}.meta.json").read_text("utf-8"))
    assert {k: meta.get(k) for k in want} == want
    assert set(meta) <= {"title", "author", "date", "site", "url"}


def test_text_starts_with_the_title_once_and_paragraphs_are_separated_by_blank_lines():
    text, meta = extract("news_article")
    got = paragraphs(text)
    assert got[0] == meta["title"]
    assert text.count(meta["title"]) == 1  # the page's <h1> is not repeated
    assert len(got) == 1 + 5
    assert "\n\n" in text and "\n\n\n" not in text


def test_double_line_breaks_make_paragraphs_and_source_line_wraps_do_not():
    text, _ = extract("blog_content")
    assert len(paragraphs(text)) == 1 + 6
    assert not any(line != line.strip() for line in text.splitlines())
    page = _page(
        "<article><h1>T</h1><p>Une phrase écrite sur\n   plusieurs lignes du source HTML,\n"
        "qui reste une seule ligne dans le texte extrait pour le lecteur.</p>"
        + _FILLER
        + "</article>"
    )
    text, _ = extract_article(page, "wrapped.html")
    assert (
        "Une phrase écrite sur plusieurs lignes du source HTML, qui reste une seule ligne "
        "dans le texte extrait pour le lecteur."
    ) in paragraphs(text)


def test_offsets_and_identity_are_those_of_the_extracted_text():
    text, _ = extract("news_article")
    doc = Document.from_text(text)
    assert doc.text == text  # already normalised: building the Document changes nothing
    again, _ = extract("news_article")
    assert Document.from_text(again).sha256 == doc.sha256
    start = doc.text.index("Le syndicat majoritaire")
    assert doc.text[doc.paragraphs[doc.paragraph_index(start)].start :].startswith("Le syndicat")


# --- no article ---------------------------------------------------------------------


def test_page_without_article_body_is_refused_in_one_line():
    with pytest.raises(DocumentError) as err:
        extract("no_body")
    message = str(err.value)
    assert message.startswith("no_body.html: ") and "no article body" in message
    assert "\n" not in message


@pytest.mark.parametrize(
    "data",
    [b"", b"   ", b"<html><body></body></html>", b"<html><body><img src=x.png></body></html>"],
)
def test_empty_pages_are_refused(data):
    with pytest.raises(DocumentError):
        extract_article(data, "empty.html")


def test_binary_data_is_refused():
    with pytest.raises(DocumentError, match="binary"):
        extract_article(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10, "image.html")


def test_page_over_the_size_limit_is_refused(monkeypatch):
    monkeypatch.setattr(webpage, "MAX_BYTES", 1024 * 1024)
    data = _page("<p>" + "x" * (1024 * 1024) + "</p>")
    with pytest.raises(DocumentError, match=r"big\.html: .* over the 1 MB limit"):
        extract_article(data, "big.html")


# --- decoding ---------------------------------------------------------------------


def test_windows_1252_page_is_decoded_by_its_meta_charset():
    raw = (PAGES / "legacy_cp1252.html").read_bytes()
    assert b"\x9c" in raw and b"\x92" in raw  # œ and ’ stored as single bytes
    text, meta = extract("legacy_cp1252")
    assert "Le cœur du vieux bourg" in text and "l’église" in text and "800 000 €" in text
    assert "\ufffd" not in text
    assert meta["author"] == "Françoise Bénézech"


def test_latin1_label_is_read_as_windows_1252_like_browsers_do():
    assert (
        declared_encoding(
            b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'
        )
        == "cp1252"
    )
    text, _ = extract("legacy_latin1_label")
    assert "semaine d’avance" in text and "main-d’œuvre" in text
    assert not any("\x80" <= ch <= "\x9f" for ch in text)  # no C1 control from 0x92


@pytest.mark.parametrize(
    "head, codec",
    [
        (b'<meta charset="windows-1252">', "cp1252"),
        (b"<meta charset=utf-8>", "utf-8"),
        (b'<META HTTP-EQUIV="content-type" CONTENT="text/html;charset=iso-8859-15">', "iso8859-15"),
        (b'<meta charset="utf-16">', "utf-8"),  # impossible in an ASCII meta: browsers use UTF-8
        (b'<meta charset="no-such-codec">', None),
        (b"<p>charset=latin1 in the text is not a declaration</p>", None),
    ],
)
def test_declared_encoding(head, codec):
    assert declared_encoding(b"<html><head>" + head) == codec


def test_xml_declaration_counts():
    assert declared_encoding(b'<?xml version="1.0" encoding="ISO-8859-1"?>\n<html>') == "cp1252"


def test_a_declaration_that_lies_falls_back_to_detection():
    body = "<p>" + "Les élèves ont préparé une fête très réussie à l’école. " * 20 + "</p>"
    data = ('<html><head><meta charset="utf-8"></head><body>' + body + "</body></html>").encode(
        "cp1252"
    )
    html, encoding = decode_page(data, "lie.html")
    assert "élèves" in html and "l’école" in html
    assert encoding != "utf-8"


def test_bom_wins_over_the_meta_charset():
    page = '<html><head><meta charset="windows-1252"></head><body><p>Déjà vu</p></body></html>'
    html, encoding = decode_page(b"\xef\xbb\xbf" + page.encode("utf-8"), "bom.html")
    assert "Déjà vu" in html and encoding == "utf-8-sig"
    html, _ = decode_page(page.encode("utf-16"), "bom16.html")
    assert "Déjà vu" in html


# --- safety -----------------------------------------------------------------------


def test_terminal_escapes_in_the_page_never_reach_text_or_metadata():
    esc = "\x1b]52;c;ZXZpbA==\x07"
    data = _page(
        f"<article><h1>Titre{esc}</h1><p>Un paragraphe{esc} piégé.</p>{_FILLER}</article>",
        title=f"Titre{esc}",
        author=f"Auteur{esc}\nbis",
    )
    text, meta = extract_article(data, "evil.html")
    for value in [text, *meta.values()]:
        assert "\x1b" not in value and "\x07" not in value
    assert "Un paragraphe␛]52;c;ZXZpbA==␇ piégé." in text  # shown, as in a text file
    assert "\n" not in meta["author"]


def test_nothing_is_fetched(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("network access during extraction")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    _, meta = extract("news_article")  # has a canonical https:// URL
    assert meta["site"] == "Le Quotidien du Sud"
    data = _page("<p>https://example.org/page</p>" + _FILLER)
    extract_article(data, "url.html")


def test_extraction_prints_nothing(capfd):
    with pytest.raises(DocumentError):
        extract("no_body")  # trafilatura logs "discarding data" warnings here
    extract("blog_content")
    out, err = capfd.readouterr()
    assert out == "" and err == ""


# --- tables -----------------------------------------------------------------------


def test_data_tables_stay_tables_and_layout_tables_are_unwrapped():
    table = (
        "<table><tr><th>Ville</th><th>Votants</th></tr><tr><td>Lyon</td><td>1200</td></tr>"
        "<tr><td>Nantes</td><td>980</td></tr></table>"
    )
    page = _page(
        f"<table><tr><td class='menu'><a href='/'>Accueil</a> <a href='/x'>Rubrique</a></td>"
        f"<td><h1>Résultats</h1>{_FILLER}{table}</td></tr></table>"
    )
    text, _ = extract_article(page, "tables.html")
    assert "Ville | Votants\nLyon | 1200\nNantes | 980" in text
    assert "Accueil" not in text


_FILLER = "".join(
    f"<p>Paragraphe {i} : le conseil municipal a longuement débattu du budget des écoles et des transports.</p>"
    for i in range(3)
)


def _page(body: str, *, title: str = "Page", author: str = "") -> bytes:
    meta = f'<meta name="author" content="{author}">' if author else ""
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>{meta}</head>'
        f"<body>{body}</body></html>"
    ).encode()


def test_a_missing_module_is_one_line_and_exit_2_not_a_traceback(tmp_path):
    """As with pip before 24, which may leave lxml's html_clean extra out: trafilatura
    then cannot be imported. A fresh process, so that the module is really missing."""
    import subprocess
    import sys

    page = PAGES / "news_article.html"
    script = (
        "import sys; sys.modules['lxml_html_clean'] = None\n"  # import raises ImportError
        "from reader.cli import main; main([sys.argv[1]])"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(page)], capture_output=True, text=True, cwd=tmp_path
    )
    assert done.returncode == 2, done.stderr
    [line] = done.stderr.strip().splitlines()
    assert "news_article.html: web pages cannot be read here:" in line
    assert "lxml_html_clean" in line
