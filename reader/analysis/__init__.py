"""Actors and claims of French news articles (spaCy + French lexicons).

No Textual imports here: the app's thread worker reads `stream_analysis` (the
same results as `iter_analyze`, computed in a child process) and the CLI calls
`analyze`. Offsets are character offsets into the text passed in.
"""

from typing import TYPE_CHECKING, Any

from .cache import is_cached, load_cached, save_cached
from .version import ANALYZER_VERSION

if TYPE_CHECKING:  # the names __getattr__ gives, for the type checker only
    from .analyzer import analyze, iter_analyze
    from .isolated import stream_analysis
    from .language import detect_language
    from .model import Actor, Analysis, Claim, Span

# The model, the analyzer (lexicons, rules) and the process that runs it load when
# first used (PEP 562): an article is on the screen before any of them is needed,
# and a first open only asks whether a cache file exists.
_LAZY = {
    "analyze": ".analyzer",
    "iter_analyze": ".analyzer",
    "stream_analysis": ".isolated",
    "detect_language": ".language",
    "Actor": ".model",
    "Analysis": ".model",
    "Claim": ".model",
    "Span": ".model",
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = globals()[name] = getattr(importlib.import_module(_LAZY[name], __name__), name)
    return value


__all__ = [
    "ANALYZER_VERSION",
    "Actor",
    "Analysis",
    "Claim",
    "Span",
    "analyze",
    "detect_language",
    "is_cached",
    "iter_analyze",
    "load_cached",
    "save_cached",
    "stream_analysis",
]
