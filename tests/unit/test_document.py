"""The document model: decoding, normalisation, sanitising, paragraphs, titles,
Markdown, and the failures a person can cause (each one clear line)."""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

import pytest

from reader.document import (
    Document,
    DocumentError,
    decode,
    load_document,
    paragraph_spans,
    sanitise,
)

FRENCH = "Élève, ça coûte 20 €. « Déjà ? » a-t-il demandé à l'œuvre."


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --- decoding ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "data, encoding",
    [
        (FRENCH.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + FRENCH.encode("utf-8"), "utf-8-sig"),
        (b"\xff\xfe" + FRENCH.encode("utf-16-le"), "utf-16"),
        (b"\xfe\xff" + FRENCH.encode("utf-16-be"), "utf-16"),
        (b"\xff\xfe\x00\x00" + FRENCH.encode("utf-32-le"), "utf-32"),
        (b"\x00\x00\xfe\xff" + FRENCH.encode("utf-32-be"), "utf-32"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf32le-bom", "utf32be-bom"],
)
def test_unicode_encodings_decode_and_drop_the_bom(tmp_path, data, encoding):
    doc = load_document(write(tmp_path, "a.txt", data))
    assert doc.text == FRENCH
    assert doc.encoding == encoding
    assert "\ufeff" not in doc.text


def test_cp1252_french_is_read_as_cp1252():
    text, encoding = decode("Élève, ça coûte 20 €".encode("cp1252"))
    assert text == "Élève, ça coûte 20 €"
    assert encoding.replace("_", "").lower() in {"cp1252", "windows1252"}


def test_cp1252_longer_french_article(tmp_path):
    source = (
        "Le président a déclaré à la presse qu'il était « très inquiet ». "
        "Élève, ça coûte 20 € : c'est trop cher pour l'œuvre.\n"
    )
    doc = load_document(write(tmp_path, "legacy.txt", source.encode("cp1252")))
    assert doc.text == source.strip("\n") + "\n" or doc.text == source
    assert "€" in doc.text and "œ" in doc.text and "è" in doc.text


def test_latin1_french_decodes_to_the_same_letters(tmp_path):
    source = "Élève, ça coûte 20 euros, à l'école où il était."
    doc = load_document(write(tmp_path, "latin1.txt", source.encode("latin-1")))
    assert doc.text == source


def test_utf16_mark_with_broken_body_is_one_clear_error():
    with pytest.raises(DocumentError, match="utf-16"):
        decode(b"\xff\xfe\x00\xd8")  # a lone surrogate


def test_nul_bytes_are_refused_as_binary(tmp_path):
    path = write(tmp_path, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(DocumentError, match="binary"):
        load_document(path)


# --- normalisation and sanitising ----------------------------------------------------


def test_nfd_input_becomes_nfc(tmp_path):
    nfd = unicodedata.normalize("NFD", "Élève à l'école, déjà.")
    assert nfd != unicodedata.normalize("NFC", nfd)
    doc = load_document(write(tmp_path, "nfd.txt", nfd.encode("utf-8")))
    assert doc.text == "Élève à l'école, déjà."
    assert unicodedata.is_normalized("NFC", doc.text)


@pytest.mark.parametrize(
    "raw", ["un\r\ndeux\r\ntrois", "un\rdeux\rtrois", "un\u2028deux\u2029trois"]
)
def test_line_ends_become_newlines(raw):
    assert Document.from_text(raw).text == "un\ndeux\ntrois"


def test_crlf_file_has_only_newlines(tmp_path):
    doc = load_document(write(tmp_path, "crlf.txt", b"Titre\r\n\r\nPremier.\r\n\r\nSecond.\r\n"))
    assert "\r" not in doc.text
    assert [doc.text[p.start : p.end] for p in doc.paragraphs] == ["Titre", "Premier.", "Second."]


@pytest.mark.parametrize(
    "raw",
    [
        "avant \x1b[31mrouge\x1b[0m fin",
        "copie \x1b]52;c;ZWNobyBwd25lZA==\x07 fin",
        "titre \x1b]0;x\x07 fin",
        "c1 \x9b31m \x85 \x90 fin",
        "bidi \u202eolleh\u202c \u2066x\u2069 fin",
        "nul \x00 del \x7f bel \x07 bs \x08 fin",
    ],
)
def test_no_character_a_terminal_would_obey_survives(raw):
    text = sanitise(raw)
    assert not any(ord(c) < 0x20 and c not in "\n\t" for c in text)
    assert not any(0x7F <= ord(c) <= 0x9F for c in text)
    assert not any(c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069" for c in text)
    # replaced one for one, so the text around stays where it was
    assert len(text) == len(raw)
    assert text.startswith(raw.split(" ")[0]) and text.endswith("fin")


def test_escape_is_shown_as_a_visible_picture():
    assert sanitise("a\x1bb\x00c") == "a\u241bb\u2400c"


def test_loaded_document_has_no_escape(tmp_path):
    data = b"Titre\n\nTexte \x1b]52;c;aGk=\x07 et \x1b]0;pwn\x07 et \x1b[2J."
    doc = load_document(write(tmp_path, "esc.txt", data))
    assert "\x1b" not in doc.text and "\x07" not in doc.text
    assert "]52;c;aGk=" in doc.text  # the rest stays, as text


# --- paragraphs, title, counts ------------------------------------------------------------


def test_paragraphs_are_runs_between_blank_lines():
    text = "  Un.\nsuite\n\n \t\nDeux.\n\n\n\nTrois.  "
    spans = paragraph_spans(text)
    assert [text[s.start : s.end] for s in spans] == ["Un.\nsuite", "Deux.", "Trois."]


def test_without_blank_lines_each_line_is_a_paragraph(sample_path):
    doc = load_document(sample_path)
    lines = [line.strip() for line in doc.text.splitlines() if line.strip()]
    assert [doc.text[p.start : p.end] for p in doc.paragraphs] == lines


def test_title_is_the_first_line_when_short():
    doc = Document.from_text("Poutine reçoit Kim\nLe président russe...\n\nSuite.")
    assert doc.title == "Poutine reçoit Kim"


def test_title_of_a_long_lede_is_its_first_sentence():
    lede = "Le président russe a reçu le dirigeant nord-coréen au cosmodrome. " * 3
    doc = Document.from_text(lede.strip() + "\n\nSuite.")
    assert doc.title == "Le président russe a reçu le dirigeant nord-coréen au cosmodrome."


def test_title_of_a_long_first_sentence_is_cut_at_a_word_with_an_ellipsis():
    sentence = "Le maire a inauguré la nouvelle médiathèque " + "intercommunale " * 8 + "hier."
    doc = Document.from_text(sentence + "\n\nSuite.")
    assert len(doc.title) <= 100 and doc.title.endswith("…")
    assert sentence.startswith(doc.title[:-1])
    assert sentence[len(doc.title) - 1] == " "  # the cut falls between two words


@pytest.mark.parametrize(
    "stamp",
    ["–MAJ-13/09/23-", "MAJ 13/09/2023 à 14h30 - ", "Mis à jour le 13/09/2023 à 14:30 : "],
)
def test_title_drops_the_update_stamp_that_opens_the_text(stamp):
    doc = Document.from_text(f"{stamp}Le conseil vote le budget\n\nSuite.")
    assert doc.title == "Le conseil vote le budget"
    assert doc.text.startswith(stamp)  # the text itself is never changed


def test_counts_of_the_sample(sample_path):
    doc = load_document(sample_path)
    assert len(doc.paragraphs) == 7
    assert 400 < doc.word_count < 460
    assert doc.reading_minutes == 2
    assert len(doc.sha256) == 64
    assert doc.sha256 == Document.from_text(doc.text).sha256


def test_sha256_is_of_the_normalised_text():
    a = Document.from_text("Élève\r\n")
    b = Document.from_text(unicodedata.normalize("NFD", "Élève") + "\n")
    assert a.text == b.text and a.sha256 == b.sha256


def test_offsets_of_paragraphs_and_sentences():
    doc = Document.from_text("Un. Deux.\n\nTrois ? Quatre !")
    assert [doc.text[s.start : s.end] for s in doc.sentences] == [
        "Un.",
        "Deux.",
        "Trois ?",
        "Quatre !",
    ]
    assert doc.paragraph_index(0) == 0
    assert doc.paragraph_index(doc.text.index("Trois")) == 1
    assert doc.paragraph_index(doc.text.index("\n")) == 0  # a gap belongs to the paragraph before
    assert doc.sentence_index(doc.text.index("Quatre")) == 3
    deux = doc.text.index("Deux")
    assert doc.sentence_at(deux + 2).start == deux
    assert doc.next_sentence(0, 2).start == doc.text.index("Trois")  # across paragraphs
    assert doc.next_sentence(doc.text.index("Quatre"), -3).start == 0
    assert doc.next_sentence(doc.text.index("Quatre"), 5).start == doc.text.index(
        "Quatre"
    )  # clamped
    assert doc.next_sentence(0, -1).start == 0


def test_empty_document_has_nothing_to_move_over():
    doc = Document.from_text("")
    assert doc.is_empty and doc.paragraphs == [] and doc.sentences == []
    assert doc.title == "" and doc.reading_minutes == 0
    assert doc.sentence_at(0) is None and doc.next_sentence(0) is None


def test_whitespace_only_document_is_empty():
    assert Document.from_text(" \n\n\t \n").is_empty


# --- Markdown ---------------------------------------------------------------------------

MARKDOWN = """\
# Poutine reçoit Kim

Un **texte** en *italique* avec un [lien](https://exemple.fr) et du `code`.

## Les enjeux

- premier point
- second point

1. un
2. deux
"""


def test_markdown_text_is_clean(tmp_path):
    doc = load_document(write(tmp_path, "article.md", MARKDOWN.encode()))
    assert doc.source_format == "markdown"
    assert (
        "#" not in doc.text
        and "**" not in doc.text
        and "](" not in doc.text
        and "`" not in doc.text
    )
    assert doc.text.startswith(
        "Poutine reçoit Kim\n\nUn texte en italique avec un lien et du code."
    )
    assert "• premier point" in doc.text and "2. deux" in doc.text


def test_markdown_title_comes_from_the_heading(tmp_path):
    doc = load_document(
        write(tmp_path, "article.markdown", ("Intro sans titre.\n\n" + MARKDOWN).encode())
    )
    assert doc.title == "Poutine reçoit Kim"


def test_markdown_styles_are_offsets_into_the_clean_text():
    doc = Document.from_text(MARKDOWN, markdown=True)
    styled = {(doc.text[s.start : s.end], s.style) for s in doc.styles}
    assert ("Poutine reçoit Kim", "heading1") in styled
    assert ("Les enjeux", "heading2") in styled
    assert ("texte", "bold") in styled
    assert ("italique", "italic") in styled
    assert ("lien", "link") in styled
    assert ("code", "code") in styled


def test_markdown_keeps_html_as_literal_text():
    doc = Document.from_text("# T\n\n<script>alert(1)</script>\n\nUn <b>mot</b>.\n", markdown=True)
    assert "<script>alert(1)</script>" in doc.text and "<b>mot</b>" in doc.text


def test_txt_with_hashes_is_not_markdown(tmp_path):
    doc = load_document(write(tmp_path, "a.txt", b"# pas un titre\n\n**brut**"))
    assert doc.source_format == "text" and doc.text == "# pas un titre\n\n**brut**"


# --- failures: one clear line each -----------------------------------------------------------


def one_line(exc: pytest.ExceptionInfo) -> str:
    message = str(exc.value)
    assert "\n" not in message and message
    return message


def test_missing_file(tmp_path):
    with pytest.raises(DocumentError) as exc:
        load_document(tmp_path / "absent.txt")
    assert "absent.txt" in one_line(exc) and "no such file" in one_line(exc)


def test_folder_is_not_a_document(tmp_path):
    with pytest.raises(DocumentError) as exc:
        load_document(tmp_path)
    assert "folder" in one_line(exc)


def test_permission_denied(tmp_path, refuse_open):
    path = write(tmp_path, "secret.txt", b"texte")

    refuse_open(path, PermissionError(13, "Permission denied", str(path)))
    with pytest.raises(DocumentError) as exc:
        load_document(path)
    assert "secret.txt" in one_line(exc) and "permission denied" in one_line(exc)


def test_other_os_errors_are_one_line(tmp_path, refuse_open):
    path = write(tmp_path, "io.txt", b"texte")

    refuse_open(path, OSError(5, "Input/output error"))
    with pytest.raises(DocumentError) as exc:
        load_document(path)
    assert "Input/output error" in one_line(exc)


def test_over_the_size_limit_names_the_limit(tmp_path):
    path = write(tmp_path, "big.txt", b"x" * (3 * 1024 * 1024))
    with pytest.raises(DocumentError) as exc:
        load_document(path, max_bytes=2 * 1024 * 1024)
    assert "2 MB" in one_line(exc) and "limit" in one_line(exc)


def test_sparse_file_over_200_mb_is_refused_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as f:
        f.truncate(201 * 1024 * 1024)  # sparse: no 200 MB written

    def never(*args):
        raise AssertionError("read a file over the limit")

    monkeypatch.setattr(os, "read", never)
    with pytest.raises(DocumentError) as exc:
        load_document(path)
    assert "200 MB" in one_line(exc)


@pytest.mark.parametrize(
    "data", [b"", b"  \n\n\t \r\n", "\u200b\ufeff \u2060".encode(), b"\xef\xbb\xbf"]
)
def test_an_article_with_no_visible_text_is_refused(tmp_path, data):
    with pytest.raises(DocumentError) as exc:
        load_document(write(tmp_path, "vide.txt", data))
    assert "vide.txt" in one_line(exc) and "empty or blank" in one_line(exc)


def test_undecodable_bytes_are_an_error_or_decoded_without_loss_of_safety(tmp_path):
    # Random high bytes: either a clear error, or some text with nothing a terminal obeys.
    data = bytes(range(0x80, 0x100)) * 4
    path = write(tmp_path, "weird.txt", data)
    try:
        doc = load_document(path)
    except DocumentError as exc:
        assert "\n" not in str(exc)
    else:
        assert not any(
            0x7F <= ord(c) <= 0x9F or (ord(c) < 0x20 and c not in "\n\t") for c in doc.text
        )


def test_markdown_lists_are_numbered_as_rendered():
    assert Document.from_text("1. a\n1. b\n1. c\n", markdown=True).text == "1. a\n\n2. b\n\n3. c"
    assert Document.from_text("5. a\n6. b\n", markdown=True).text == "5. a\n\n6. b"


def test_markdown_bullets_survive_a_nested_numbered_list():
    doc = Document.from_text("- a\n  1. x\n  2. y\n- b\n", markdown=True)
    assert doc.text == "• a\n\n1. x\n\n2. y\n\n• b"


def test_markdown_setext_heading_and_escapes():
    doc = Document.from_text(
        "Titre\n=====\n\nAvec \\*étoiles\\* et &amp; &lt;b&gt;.\n", markdown=True
    )
    assert doc.title == "Titre"
    assert doc.text == "Titre\n\nAvec *étoiles* et & <b>."
    assert ("Titre", "heading1") in {(doc.text[s.start : s.end], s.style) for s in doc.styles}


def test_markdown_entities_cannot_smuggle_controls():
    doc = Document.from_text(
        "# T&#x202e;\n\na &#27;]0;x&#7; &#x9b;31m &#x202e;y &#13;z e&#x301; **&#x2066;g**\n",
        markdown=True,
    )
    assert not any(ord(c) < 0x20 and c not in "\n\t" for c in doc.text)
    assert not any(
        0x7F <= ord(c) <= 0x9F or 0x202A <= ord(c) <= 0x202E or 0x2066 <= ord(c) <= 0x2069
        for c in doc.text
    )
    assert "é" in doc.text  # entity-built accents are composed too
    assert [doc.text[s.start : s.end] for s in doc.styles if s.style == "bold"] == ["\ufffdg"]


def test_a_device_is_not_read(tmp_path):
    with pytest.raises(DocumentError) as exc:
        load_document(os.devnull)  # /dev/zero would be read forever, and is refused the same way
    assert "not a regular file" in one_line(exc)


@pytest.mark.parametrize("size, ok", [(200, True), (3000, False)])
def test_a_pipe_is_read_up_to_the_limit(size, ok):
    """`reader <(curl ...)` hands over a pipe (/dev/fd/N): it has no size to check first."""
    read_end, write_end = os.pipe()
    os.write(write_end, ("Élève. " * size).encode("utf-8")[:size])
    os.close(write_end)
    try:
        if ok:
            assert load_document(f"/dev/fd/{read_end}", max_bytes=1000).text.startswith("Élève.")
        else:
            with pytest.raises(DocumentError) as exc:
                load_document(f"/dev/fd/{read_end}", max_bytes=1000)
            assert "1000-byte limit" in one_line(exc)
    finally:
        os.close(read_end)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_no_one_writes_to_is_refused_at_once(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(DocumentError) as exc:
        load_document(fifo)  # a plain open() would wait forever for a writer
    assert "empty or blank" in one_line(exc)
