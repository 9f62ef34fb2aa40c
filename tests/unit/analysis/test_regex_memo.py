"""The regex memo used while spaCy loads changes speed, never the compiled code."""

import re
from re import _compiler, _parser

from hypothesis import given
from hypothesis import strategies as st

from reader.analysis.regex_memo import shared_charsets


def code(pattern: str, flags: int) -> list[int]:
    return _compiler._code(_parser.parse(pattern, flags), flags)


PATTERNS = [
    (r"[a-zàâçéèêëîïôûùüÿœæ]+", re.IGNORECASE),
    (r"(?:^[\w'’-]+$)|(?:[^\W\d_]{2,}-[^\W\d_]+)|[A-ZÀ-Ö]+", 0),
    (r"[^\s«»\"]+[\u2010-\u2015][^\s«»\"]+", re.IGNORECASE | re.UNICODE),
]


def test_same_code_with_and_without_the_memo_and_restored_after():
    plain = [code(p, f) for p, f in PATTERNS]
    with shared_charsets():
        assert _compiler._optimize_charset.__name__ == "optimize"
        memo = [code(p, f) for p, f in PATTERNS]
        again = [code(p, f) for p, f in PATTERNS]  # answered from the memo
    assert memo == plain and again == plain
    assert _compiler._optimize_charset.__name__ == "_optimize_charset"


@given(st.lists(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=30))
def test_any_class_compiles_the_same_whatever_the_flags(chars):
    """One memo serves patterns with and without IGNORECASE: its key must tell them apart."""
    pattern = "[" + "".join(re.escape(c) for c in chars) + "]+|" + "[^" + re.escape(chars[0]) + "]"
    all_flags = (0, re.IGNORECASE, re.IGNORECASE | re.ASCII, 0)
    with shared_charsets():
        memo = [code(pattern, f) for f in all_flags]
    assert memo == [code(pattern, f) for f in all_flags]


def test_spacy_french_tokenizer_exceptions_compile_the_same():
    from spacy.lang.fr.tokenizer_exceptions import TOKEN_MATCH

    source = TOKEN_MATCH.__self__
    plain = code(source.pattern, source.flags)
    with shared_charsets():
        assert code(source.pattern, source.flags) == plain


def test_a_compiler_of_another_shape_is_left_alone(monkeypatch):
    def optimize(charset, fixup=None, fixes=None):  # not the signature the memo knows
        raise AssertionError("not to be called here")

    monkeypatch.setattr(_compiler, "_optimize_charset", optimize)
    with shared_charsets():
        assert _compiler._optimize_charset is optimize
