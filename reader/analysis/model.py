"""The analysis result and its JSON contract (DESIGN.md, "Analysis contract")."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

ACTOR_TYPES = ("PER", "ORG", "GPE", "GROUP")
CLAIM_KINDS = ("reported", "anonymous", "hedged", "opinion", "fact")
SOURCED = CLAIM_KINDS[:2]  # the kinds someone other than the author says
# At this confidence or more an item is "sure": right at least 92% of the time on
# held-out articles (confidence.py); below it the reader shows it fainter.
SURE = 0.8


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Span:
        return cls(int(d["start"]), int(d["end"]), str(d["text"]))


@dataclass
class Actor:
    id: str
    name: str
    type: str  # PER | ORG | GPE | GROUP
    mentions: list[Span] = field(default_factory=list)
    confidence: float = 1.0  # 0..1, from the evidence (confidence.py)


@dataclass
class Claim:
    id: str
    start: int
    end: int
    text: str
    speaker: str  # an actor's name, "anonymous" or "author"
    speaker_id: str | None
    kind: str  # one of CLAIM_KINDS
    cue: Span | None
    confidence: float = 1.0  # 0..1, from the evidence (confidence.py)
    source: str | None = None  # the type of its source: sourcing.SOURCE_TYPES
    attribution: str | None = None  # the form of its attribution cue: sourcing.ATTRIBUTIONS


@dataclass
class Analysis:
    language: str
    actors: list[Actor]
    claims: list[Claim]
    done: bool = True  # False for the partial snapshots of iter_analyze
    chars: int = 0  # length of the analysed text, for the contract's document.chars

    def to_contract(self, sha256: str) -> dict[str, Any]:
        return {
            "document": {"sha256": sha256, "language": self.language, "chars": self.chars},
            "actors": [
                {
                    "id": a.id,
                    "name": a.name,
                    "type": a.type,
                    "mentions": [m.to_dict() for m in a.mentions],
                    "confidence": a.confidence,
                }
                for a in self.actors
            ],
            "claims": [
                {
                    "id": c.id,
                    "start": c.start,
                    "end": c.end,
                    "text": c.text,
                    "speaker": c.speaker,
                    "speaker_id": c.speaker_id,
                    "kind": c.kind,
                    "cue": c.cue.to_dict() if c.cue else None,
                    "confidence": c.confidence,
                    "source": c.source,
                    "attribution": c.attribution,
                }
                for c in self.claims
            ],
        }

    @classmethod
    def from_contract(cls, d: dict[str, Any]) -> Analysis:
        """Inverse of to_contract; raises KeyError/TypeError/ValueError on a malformed dict."""
        doc = d["document"]
        actors = [
            Actor(
                str(a["id"]),
                str(a["name"]),
                _checked(a["type"], ACTOR_TYPES),
                [Span.from_dict(m) for m in a["mentions"]],
                _confidence(a),
            )
            for a in d["actors"]
        ]
        claims = [
            Claim(
                str(c["id"]),
                int(c["start"]),
                int(c["end"]),
                str(c["text"]),
                str(c["speaker"]),
                None if c.get("speaker_id") is None else str(c["speaker_id"]),
                _checked(c["kind"], CLAIM_KINDS),
                Span.from_dict(c["cue"]) if c.get("cue") else None,
                _confidence(c),
                _optional(c.get("source")),
                _optional(c.get("attribution")),
            )
            for c in d["claims"]
        ]
        return cls(str(doc["language"]), actors, claims, done=True, chars=int(doc.get("chars", 0)))


def _optional(value: object) -> str | None:
    return None if value is None else str(value)


def _confidence(item: dict[str, Any]) -> float:
    value = float(item.get("confidence", 1.0))
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"confidence out of range: {value!r}")
    return value


def _checked(value: str, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise ValueError(f"unexpected value {value!r}")
    return value
