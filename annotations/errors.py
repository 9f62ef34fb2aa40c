"""The notes store's error, in a module of its own: code that only catches it (the
reading screen) does not load the store itself (filelock, TinyDB) before it is used."""


class StoreError(Exception):
    """A note could not be read or saved; the message is one line for a person."""
