"""The actors of two analyses aligned: who appears in both articles, who in one only.

Each pair of actors, one from each text, gets the strongest evidence that they are
one actor: the same name, a shared name or alias, a surname or an acronym of the
other's name, or the same precise role. Pairs are then taken one to one, strongest
first. An actor the analyzer left apart from its alias in one text ("Poutine" beside
"Vladimir Poutine") joins the match its name or alias points to, so an analyzer's
split never shows as an actor "only in B".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from reader.analysis.model import Actor, Span

from .names import Forms, different_people, forms, same_role, shortened

NAME, ALIAS, ROLE = "name", "alias", "role"  # how a match was made, strongest first

# Evidence, strongest first: (score, how it shows). A surname or an acronym is an
# alias the other text never wrote out, so it counts a little less than a shared one.
EVIDENCE = {
    "name": (1.0, NAME),
    "alias": (0.9, ALIAS),
    "surname": (0.8, ALIAS),
    "acronym": (0.8, ALIAS),
    "role": (0.6, ROLE),
}
# Only a name or an alias makes a second actor join a match: a role is too loose.
JOIN = EVIDENCE["acronym"][0]
# The analyzer may type one actor differently in two texts (an organisation named
# like a person...): a different type weakens the evidence; across person and
# non-person only a name or a shared alias counts.
OTHER_TYPE, OTHER_KIND = 0.9, 0.7


@dataclass(frozen=True)
class Group:
    """One actor as one article names it: an actor of its analysis, or more when the
    analyzer left an alias apart. The first one names it."""

    actors: tuple[Actor, ...]

    @property
    def name(self) -> str:
        return self.actors[0].name

    @property
    def type(self) -> str:
        return self.actors[0].type

    @cached_property
    def ids(self) -> frozenset[str]:
        return frozenset(a.id for a in self.actors)

    @cached_property
    def mentions(self) -> list[Span]:
        return sorted((m for a in self.actors for m in a.mentions), key=lambda m: m.start)


@dataclass(frozen=True)
class Match:
    a: Group
    b: Group
    how: str  # NAME, ALIAS or ROLE: the strongest evidence that they are one actor


@dataclass(frozen=True)
class Alignment:
    both: list[Match]
    only_a: list[Group]
    only_b: list[Group]


@dataclass(frozen=True)
class _Candidate:
    score: float
    evidence: str
    i: int  # index in A
    j: int  # index in B


def evidence(x: Forms, tx: str, y: Forms, ty: str) -> str | None:
    """The strongest reason to take two actors (forms and types) for one, or None."""
    if different_people(x, y):
        return None
    if x.name == y.name:
        return "name"
    if x.proper & y.proper:
        return "alias"
    if (tx == "PER") != (ty == "PER"):
        return None
    if any(shortened(p, q) for p in x.names for q in y.names):
        return "surname"
    if (x.acronym and x.acronym in y.capitals) or (y.acronym and y.acronym in x.capitals):
        return "acronym"
    if share_a_role(x, y):
        return "role"
    return None


def share_a_role(x: Forms, y: Forms) -> bool:
    return any(same_role(r, q) for r in x.roles for q in y.roles)


def _score(kind: str, tx: str, ty: str) -> float:
    weight = 1.0 if tx == ty else OTHER_TYPE if (tx == "PER") == (ty == "PER") else OTHER_KIND
    return EVIDENCE[kind][0] * weight


def _keys(f: Forms, *, probe: bool = False) -> set[str]:
    """What two actors share when any evidence can link them (an acronym meets the
    other's capitals, as a probe meets the index): pairs that share nothing are
    never compared, so that two books of a thousand actors align in a blink."""
    keys = {"n:" + f.name} | {"p:" + k for k in f.proper} | {"r:" + r.split()[0] for r in f.roles}
    keys |= {"l:" + name[-1] for name in f.names if name}  # a surname ends both
    acronym, capitals = ("cap:", "acr:") if probe else ("acr:", "cap:")
    keys |= {capitals + c for c in f.capitals}
    if f.acronym:
        keys.add(acronym + f.acronym)
    return keys


def _candidates(
    a: Sequence[Actor], b: Sequence[Actor], fa: list[Forms], fb: list[Forms]
) -> list[_Candidate]:
    index: dict[str, list[int]] = {}
    for j, f in enumerate(fb):
        for k in _keys(f):
            index.setdefault(k, []).append(j)
    found, holders = [], Counter[tuple[str, int]]()
    for i, x in enumerate(a):
        for j in sorted({j for k in _keys(fa[i], probe=True) for j in index.get(k, ())}):
            y = b[j]
            if share_a_role(fa[i], fb[j]):
                holders[("a", i)] += 1
                holders[("b", j)] += 1
            kind = evidence(fa[i], x.type, fb[j], y.type)
            if kind is not None:
                found.append(_Candidate(_score(kind, x.type, y.type), kind, i, j))
    bearers = Counter[tuple[str, int]]()
    for c in found:
        if c.evidence == "surname":
            bearers[("a", c.i)] += 1
            bearers[("b", c.j)] += 1
    # A surname or a role that fits two actors of the other text identifies neither.
    # A role counts every actor that shares it, even one known to be someone else:
    # A's "maire" may be its Ferrand, and B's mayor neither.
    fanout = {"surname": bearers, "role": holders}
    return [
        c
        for c in found
        if c.evidence not in fanout
        or fanout[c.evidence][("a", c.i)] == fanout[c.evidence][("b", c.j)] == 1
    ]


def align(a: Sequence[Actor], b: Sequence[Actor]) -> Alignment:
    """Actors of text A and text B: matched one to one, then the ones left over."""
    fa, fb = [forms(x) for x in a], [forms(y) for y in b]
    found = _candidates(a, b, fa, fb)
    found.sort(key=lambda c: (-c.score, -(len(a[c.i].mentions) + len(b[c.j].mentions)), c.i, c.j))
    pairs: dict[int, int] = {}  # i -> j
    taken_b: set[int] = set()
    for c in found:
        if c.i not in pairs and c.j not in taken_b:
            pairs[c.i] = c.j
            taken_b.add(c.j)
    # Each match by its actor in A: its members in A and in B, primary first.
    members_a = {i: [i] for i in pairs}
    members_b = {i: [j] for i, j in pairs.items()}
    match_of_j = {j: i for i, j in pairs.items()}
    placed_a, placed_b = set(pairs), set(taken_b)
    for c in found:  # strongest first: a leftover joins the match it fits best
        if c.score < JOIN:
            continue
        if c.i not in placed_a and c.j in match_of_j:
            _join(fa, members_a[match_of_j[c.j]], c.i, placed_a)
        elif c.j not in placed_b and c.i in pairs:
            _join(fb, members_b[c.i], c.j, placed_b)
    how = {(c.i, c.j): EVIDENCE[c.evidence][1] for c in found}
    both = [
        Match(
            Group(tuple(a[k] for k in members_a[i])),
            Group(tuple(b[k] for k in members_b[i])),
            how[(i, j)],
        )
        for i, j in pairs.items()
    ]
    return Alignment(
        sorted(both, key=lambda m: (-len(m.a.mentions) - len(m.b.mentions), m.a.name)),
        _leftovers(a, placed_a),
        _leftovers(b, placed_b),
    )


def _join(forms_of: list[Forms], members: list[int], k: int, placed: set[int]) -> None:
    """Actor `k` joins a match's members of its text, unless it is another person."""
    if not any(different_people(forms_of[g], forms_of[k]) for g in members):
        members.append(k)
        placed.add(k)


def _leftovers(actors: Sequence[Actor], used: set[int]) -> list[Group]:
    rest = [Group((x,)) for k, x in enumerate(actors) if k not in used]
    return sorted(rest, key=lambda g: (-len(g.mentions), g.name))
