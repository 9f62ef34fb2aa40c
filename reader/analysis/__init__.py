"""Actors and claims of French news articles (spaCy + French lexicons).

No Textual imports here: the app's thread worker reads `stream_analysis` (the
same results as `iter_analyze`, computed in a child process) and the CLI calls
`analyze`. Offsets are character offsets into the text passed in.
"""

from .analyzer import analyze, iter_analyze
from .cache import is_cached, load_cached, save_cached
from .isolated import stream_analysis
from .language import detect_language
from .model import Actor, Analysis, Claim, Span
from .version import ANALYZER_VERSION

__all__ = ["ANALYZER_VERSION", "Actor", "Analysis", "Claim", "Span", "analyze", "detect_language",
           "is_cached", "iter_analyze", "load_cached", "save_cached", "stream_analysis"]
