"""Builds a *.gold.json file from annotated sentences: the character offsets of each
claim are those of the sentence found by its full text. Every make_gold.py under
tests/data uses it. Run those scripts with python3; they need nothing else."""

import json
import unicodedata
from functools import partial
from pathlib import Path

KINDS = ("reported", "anonymous", "hedged", "opinion", "fact")
# The shorthands the annotated sentences use.
R, A, H, OP, F = KINDS
AUTHOR = "author"


def builder(script: str):
    """`build` for the folder of the make_gold.py script whose `__file__` is `script`."""
    return partial(build, Path(script).resolve().parent)


def build(here: Path, name: str, actors, claims) -> None:
    """`actors`: (name, type, [mentions]); `claims`: (sentence, speaker, kind)."""
    text = (here / f"{name}.txt").read_text(encoding="utf-8")
    assert text == unicodedata.normalize("NFC", text), name  # offsets are into NFC text
    out = {"document": f"{name}.txt", "language": "fr", "actors": [], "claims": []}
    for n, t, ms in actors:
        for m in ms:
            assert m in text, (name, m)
        out["actors"].append({"name": n, "type": t, "mentions": ms})
    names = {a["name"] for a in out["actors"]}
    for sentence, speaker, kind in claims:
        # docs/GUIDELINES.md: an actor speaks a reported claim; "anonymous" and "author" the others
        assert kind in KINDS, kind
        assert (kind == "reported") == (speaker in names), (speaker, kind)
        assert kind == "reported" or speaker == (
            "anonymous" if kind == "anonymous" else "author"
        ), (speaker, kind)
        i = text.index(sentence)
        assert text.count(sentence) == 1, sentence
        # the annotation is the whole sentence: it must end on its final punctuation
        j = i + len(sentence)
        assert text[j - 1] in ".»?!" and (j == len(text) or text[j] in " \n"), (
            sentence[-20:],
            text[j - 1 : j + 2],
        )
        assert i == 0 or text[i - 1] in " \n", sentence[:20]
        out["claims"].append(
            {"text": text[i:j], "speaker": speaker, "kind": kind, "start": i, "end": j}
        )
    (here / f"{name}.gold.json").write_text(
        json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    print(name, len(out["actors"]), "actors", len(out["claims"]), "claims")
