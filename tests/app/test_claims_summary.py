"""The Affirmations tab's summary: counts and shares by kind, and one line on where
the article's claims come from."""

from reader.analysis.model import Claim
from reader.i18n import set_language
from reader.widgets.analysis_panes import kind_counts, sourcing_summary


def claim(kind: str, source: str) -> Claim:
    return Claim("c0", 0, 1, "x", "author", None, kind, None, source=source)


CLAIMS = [
    claim("reported", "person"),
    claim("reported", "organisation"),
    claim("reported", "document"),
    claim("anonymous", "unidentified_person"),
    claim("anonymous", "vague_collective"),
    claim("opinion", "author"),
    claim("fact", "author"),
    claim("fact", "author"),
]


def test_counts_and_shares_by_kind_in_the_order_of_the_tab():
    assert kind_counts(CLAIMS) == "» 3 (38%)  ? 2 (25%)  ! 1 (12%)  # 2 (25%)"
    assert kind_counts([]) == ""


def test_one_line_says_where_the_claims_come_from():
    set_language("en")
    assert sourcing_summary(CLAIMS) == (
        "2 named sources, 2 anonymous, 1 document, 3 statements of the author"
    )
    assert sourcing_summary(CLAIMS[:1]) == (
        "1 named source, 0 anonymous, 0 documents, 0 statements of the author"
    )
