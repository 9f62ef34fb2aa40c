"""What the CLI tests of the classroom share: running a command, and where the key's
actors (conftest.GOLD) are named in conftest.ARTICLE."""

from click.testing import CliRunner

from reader.cli import main

# Every place of every mention of the key's actors: (quote, occurrence, type).
EVERY_PLACE = [
    ("Poutine", 1, "PER"),
    ("Kim", 1, "PER"),
    ("président russe", 1, "PER"),
    ("Kim Jong Un", 1, "PER"),
    ("Kim Jong Un", 2, "PER"),
    ("Kremlin", 1, "ORG"),
]


def cli(*args):
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert "Traceback" not in result.output, result.output
    return result
