"""Two articles on one event side by side: actors aligned across the two analyses,
the speakers quoted in each, claims by kind. No Textual imports: the CLI's
`reader compare --json` and the compare view read the same result."""

from .align import ALIAS, NAME, ROLE, Alignment, Group, Match, align
from .compare import Comparison, Side, claims_by, compare, spoken

__all__ = [
    "ALIAS",
    "NAME",
    "ROLE",
    "Alignment",
    "Comparison",
    "Group",
    "Match",
    "Side",
    "align",
    "claims_by",
    "compare",
    "spoken",
]
