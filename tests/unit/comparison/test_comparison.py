"""Who speaks in each text, and claims by kind, on invented analyses."""

from __future__ import annotations

import json

from support import actor

from reader.analysis.model import Analysis, Claim
from reader.comparison import Side, claims_by, compare


def claim(kind: str, speaker: str = "author", speaker_id: str | None = None, at: int = 0) -> Claim:
    return Claim(f"c{at}", at, at + 5, "texte", speaker, speaker_id, kind, None)


def side(name: str, actors, claims) -> Side:
    return Side(f"Titre {name}", name * 64, Analysis("fr", actors, claims))


def test_speakers_are_split_by_who_is_quoted_in_each_text():
    vasseur_a, vasseur_b = actor("Claire Vasseur", id="va"), actor("Vasseur", id="vb")
    delorme_a, delorme_b = actor("Marc Delorme", id="da"), actor("M. Delorme", id="db")
    lemoine = actor("Gérard Lemoine", id="lb")
    a = side(
        "a",
        [vasseur_a, delorme_a],
        [claim("reported", "Claire Vasseur", "va", 0), claim("reported", "Marc Delorme", "da", 9)],
    )
    b = side(
        "b",
        [vasseur_b, delorme_b, lemoine],
        [claim("reported", "Vasseur", "vb", 0), claim("reported", "Gérard Lemoine", "lb", 9)],
    )
    result = compare(a, b).to_json()
    # Delorme appears in both, but is quoted only in A.
    assert result["actors"]["both"] == [
        {"a": "Claire Vasseur", "b": "Vasseur"},
        {"a": "Marc Delorme", "b": "M. Delorme"},
    ]
    assert result["speakers"] == {
        "both": [{"a": "Claire Vasseur", "b": "Vasseur"}],
        "only_a": ["Marc Delorme"],
        "only_b": ["Gérard Lemoine"],
    }


def test_a_speaker_without_an_id_is_found_by_name():
    a = side("a", [actor("Claire Vasseur", id="va")], [claim("reported", "Claire Vasseur")])
    b = side("b", [], [])
    assert compare(a, b).to_json()["speakers"]["only_a"] == ["Claire Vasseur"]


def test_speakers_are_listed_most_quoted_first():
    ids = ["x", "y"]
    a = side(
        "a",
        [actor("Paul Garnier", id="x"), actor("Sophie Marchal", id="y")],
        [claim("reported", "", ids[1], k) for k in range(3)] + [claim("reported", "", "x", 5)],
    )
    result = compare(a, side("b", [], []))
    assert [g.name for g in result.speakers.only_a] == ["Sophie Marchal", "Paul Garnier"]
    assert [c.start for c in claims_by(a.analysis, result.speakers.only_a[0].ids)] == [0, 1, 2]


def test_claims_are_counted_by_kind_every_kind_listed():
    a = side(
        "a", [], [claim("fact"), claim("fact"), claim("hedged"), claim("anonymous", "anonymous")]
    )
    b = side("b", [], [])
    result = compare(a, b)
    assert result.to_json()["claims"] == {
        "a": {"reported": 0, "anonymous": 1, "hedged": 1, "opinion": 0, "fact": 2},
        "b": {"reported": 0, "anonymous": 0, "hedged": 0, "opinion": 0, "fact": 0},
    }
    assert result.claim_shares(a) == {
        "reported": 0.0,
        "anonymous": 0.25,
        "hedged": 0.25,
        "opinion": 0.0,
        "fact": 0.5,
    }
    assert set(result.claim_shares(b).values()) == {0.0}


def test_the_json_has_exactly_the_documented_shape():
    result = compare(side("a", [actor("Voltena")], []), side("b", [actor("Voltena")], []))
    data = json.loads(json.dumps(result.to_json()))
    assert list(data) == ["a", "b", "actors", "speakers", "claims"]
    assert data["a"] == {"title": "Titre a", "sha256": "a" * 64}
    assert set(data["actors"]) == set(data["speakers"]) == {"both", "only_a", "only_b"}
    assert set(data["claims"]) == {"a", "b"}


def test_names_from_the_articles_stay_text_in_the_pane_and_the_markdown():
    from annotations.export.comparison import render_comparison
    from reader.widgets.comparison_pane import comparison_rows

    name = "[bold red]Voltena[/] | *x* <b>"
    a = side("a", [actor(name, type="ORG")], [])
    b = side("b", [actor(name, type="ORG"), actor("Lemoine")], [])
    result = compare(a, b)
    labels = [row.label.plain for row in comparison_rows(result)]
    assert labels[0].startswith(name)  # shown as typed: never read as markup
    markdown = render_comparison(result)
    assert "[bold red]" not in markdown and "<b>" not in markdown
    assert r"\[bold red\]Voltena\[/\] \| \*x\* \<b\>" in markdown
