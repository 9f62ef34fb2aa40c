"""Notes and their life: the model, the crash-safe store, re-anchoring. No Textual here."""
