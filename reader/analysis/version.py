# Bump when a rule or a lexicon changes: it is part of the cache key.
ANALYZER_VERSION = "25"
