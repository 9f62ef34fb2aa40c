"""Trains the tone model of `reader/analysis/tone.py` and writes its weights to
`reader/analysis/lexicons/tone.json`.

The examples are the author's sentences of the held-out gold articles of the
folders in TRAINED_ON (tests/data/heldout): a sentence annotated "opinion" is
commentary, any other sentence nobody is said to have said (fact, hedge, plain
narration) is not. Sentences of reported or anonymous claims are left out: their
evaluation is their speaker's, and the analyzer never asks their tone. The gold
articles were written rich in opinion; `tone_neutral.txt`, plain narration of the
kinds real news is mostly made of (accidents, trials, votes, results, with the
dramatic words a dispatch uses neutrally: "a coûté la vie", "lourd bilan"), adds the
negatives that bring the model back to news as it is.
The fit is a logistic regression with an L2 penalty, the classes weighted to
balance, by plain gradient descent from zero: the same data give the same weights.

Run: .venv/bin/python tests/data/train_tone.py [--leave-out FOLDER ...] [--out PATH]
(--leave-out keeps a folder out, to measure the model on it.)
"""

from __future__ import annotations

import argparse
import json
import sys
from importlib.metadata import version
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from reader.analysis import stance, tone  # noqa: E402
from reader.analysis.pipeline import MODEL, get_nlp  # noqa: E402

HELD_OUT = ROOT / "tests" / "data" / "heldout"
NEUTRAL = ROOT / "tests" / "data" / "tone_neutral.txt"
OUT = ROOT / "reader" / "analysis" / "lexicons" / "tone.json"
PENALTY = 1000.0  # L2, in units of one example's loss: set by leaving each folder out in turn
STEPS, RATE = 2000, 0.05
SOURCED = ("reported", "anonymous")
# Named, so that a new blind set is never trained on by accident: it measures the model.
TRAINED_ON = ("a", "b", "c", "d", "e", "f", "g", "h", "i", "j")


def articles(leave_out: set[str]) -> list[tuple[str, Path, Path]]:
    """(folder, gold, text) for every gold article of TRAINED_ON but `leave_out`'s."""
    return [
        (gold.parent.name, gold, gold.with_name(gold.name.replace(".gold.json", ".txt")))
        for folder in TRAINED_ON
        if folder not in leave_out
        for gold in sorted((HELD_OUT / folder).glob("*.gold.json"))
    ]


def examples(gold_path: Path, text_path: Path) -> list[tuple[np.ndarray, bool]]:
    """(features, is an opinion) for each author sentence of one article."""
    nlp = get_nlp()
    claims = json.loads(gold_path.read_text(encoding="utf-8"))["claims"]
    text = text_path.read_text(encoding="utf-8")
    out, offset = [], 0
    for line in text.split("\n"):
        for sent in nlp(line).sents if line.strip() else ():
            a, b = offset + sent.start_char, offset + sent.end_char
            kind = next((c["kind"] for c in claims if _overlaps(a, b, c)), None)
            if kind not in SOURCED:
                tokens = list(sent)
                out.append((tone.features(tokens, stance.quoted_tokens(tokens)), kind == "opinion"))
        offset += len(line) + 1
    return out


def neutral() -> list[tuple[np.ndarray, bool]]:
    """(features, False) for each sentence of NEUTRAL, one a line."""
    nlp = get_nlp()
    lines = [
        line
        for line in NEUTRAL.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    return [(tone.features(list(doc), set()), False) for doc in nlp.pipe(lines)]


def _overlaps(a: int, b: int, claim: dict[str, int]) -> bool:
    shared = min(b, claim["end"]) - max(a, claim["start"])
    return shared > 0 and shared >= 0.5 * min(b - a, claim["end"] - claim["start"])


def fit(x: np.ndarray, y: np.ndarray, penalty: float = PENALTY) -> tuple[np.ndarray, float]:
    """Weights and bias on the raw features (the standardisation folded in)."""
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-6
    z = (x - mean) / scale
    balance = np.where(y, (1 - y.mean()) / y.mean(), 1.0)
    w, b = np.zeros(z.shape[1]), 0.0
    for _ in range(STEPS):
        p = 1 / (1 + np.exp(-(z @ w + b)))
        g = balance * (p - y)
        w -= RATE * (z.T @ g + penalty * w) / len(y)
        b -= RATE * g.mean()
    return w / scale, b - float((w * mean / scale).sum())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--leave-out", nargs="*", default=[])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--penalty", type=float, default=PENALTY)
    args = parser.parse_args()
    used = articles(set(args.leave_out))
    rows = [row for _, gold, text in used for row in examples(gold, text)] + neutral()
    x = np.array([f for f, _ in rows], dtype=np.float64)
    y = np.array([o for _, o in rows], dtype=np.float64)
    weights, bias = fit(x, y, args.penalty)
    args.out.write_text(
        json.dumps(
            {
                "about": "tone model of reader/analysis/tone.py; made by tests/data/train_tone.py",
                "vectors": f"{MODEL} {version(MODEL.replace('_', '-'))}",
                "trained_on": sorted({folder for folder, _, _ in used}),
                "sentences": len(rows),
                "opinions": int(y.sum()),
                "bias": round(bias, 6),
                "weights": [round(float(v), 6) for v in weights],
            },
            indent=0,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"{args.out.name}: {len(rows)} sentences, {int(y.sum())} opinions")


if __name__ == "__main__":
    main()
