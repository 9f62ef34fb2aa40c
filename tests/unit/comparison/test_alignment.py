"""Actors aligned across two texts by name, alias and role, on invented analyses."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from support import actor

from reader.comparison import ALIAS, NAME, ROLE, align


def pairs(alignment) -> set[tuple[str, str, str]]:
    return {(m.a.name, m.b.name, m.how) for m in alignment.both}


def names(groups) -> list[str]:
    return [g.name for g in groups]


def test_one_name_matches_across_case_accents_articles_and_hyphens():
    a = [actor("l'Élysée", type="ORG"), actor("Kim Jong-un")]
    b = [actor("Elysee", type="ORG"), actor("Kim Jong Un")]
    assert pairs(align(a, b)) == {
        ("l'Élysée", "Elysee", NAME),
        ("Kim Jong-un", "Kim Jong Un", NAME),
    }


def test_a_shared_mention_aligns_two_names():
    a = [actor("Vladimir Poutine", "Poutine", "président russe")]
    b = [actor("Poutine")]
    assert pairs(align(a, b)) == {("Vladimir Poutine", "Poutine", ALIAS)}


def test_a_surname_with_a_title_aligns_with_the_full_name():
    a = [actor("Claire Vasseur")]
    b = [actor("Mme Vasseur")]
    assert pairs(align(a, b)) == {("Claire Vasseur", "Mme Vasseur", ALIAS)}


def test_a_surname_among_the_mentions_of_an_actor_named_by_its_role_aligns():
    a = [actor("Claire Vasseur")]
    b = [actor("préfète du Tarn", "Mme Vasseur")]
    assert pairs(align(a, b)) == {("Claire Vasseur", "préfète du Tarn", ALIAS)}


def test_an_initial_stands_for_the_given_name():
    assert pairs(align([actor("Emmanuel Macron")], [actor("E. Macron")])) == {
        ("Emmanuel Macron", "E. Macron", ALIAS)
    }


def test_people_with_one_surname_and_two_given_names_stay_apart():
    a = [actor("Marine Le Pen", "Le Pen")]
    b = [actor("Jean-Marie Le Pen", "Le Pen")]
    result = align(a, b)
    assert result.both == []
    assert names(result.only_a) == ["Marine Le Pen"]
    assert names(result.only_b) == ["Jean-Marie Le Pen"]


def test_people_who_share_a_short_mention_but_not_a_full_name_stay_apart():
    a = [actor("Kim Jong Un", "Kim")]
    b = [actor("Kim Yo Jong", "Kim")]
    assert align(a, b).both == []


def test_a_middle_name_does_not_tell_people_apart():
    a = [actor("Vladimir Poutine")]
    b = [actor("Vladimir Vladimirovitch Poutine", "Poutine")]
    assert pairs(align(a, b)) == {("Vladimir Poutine", "Vladimir Vladimirovitch Poutine", ALIAS)}


def test_a_surname_shared_by_two_actors_of_the_other_text_aligns_with_neither():
    a = [actor("Claire Vasseur"), actor("Paul Vasseur")]
    b = [actor("Vasseur")]
    result = align(a, b)
    assert result.both == []
    assert sorted(names(result.only_a)) == ["Claire Vasseur", "Paul Vasseur"]


def test_an_acronym_aligns_with_its_expansion_in_the_other_text():
    a = [actor("Organisation des Nations unies", type="ORG")]
    b = [actor("ONU", type="ORG")]
    assert pairs(align(a, b)) == {("Organisation des Nations unies", "ONU", ALIAS)}


def test_a_precise_role_aligns_a_named_person_with_an_unnamed_one():
    a = [actor("Julien Ferrand", "maire de Saint-Aubin")]
    b = [actor("le maire de Saint-Aubin")]
    assert pairs(align(a, b)) == {("Julien Ferrand", "le maire de Saint-Aubin", ROLE)}


def test_a_role_aligns_across_gender_and_number():
    a = [actor("Claire Vasseur", "préfète du Tarn")]
    b = [actor("le préfet du Tarn")]
    assert pairs(align(a, b)) == {("Claire Vasseur", "le préfet du Tarn", ROLE)}
    a = [actor("Inès Morel", "directrice de l'hôpital")]
    b = [actor("directeur de l'hôpital")]
    assert pairs(align(a, b)) == {("Inès Morel", "directeur de l'hôpital", ROLE)}


def test_a_role_with_words_added_that_keep_its_holder_aligns():
    a = [actor("Paul Garnier", "ministre de l'Intérieur")]
    b = [actor("le ministre français de l'Intérieur")]
    assert pairs(align(a, b)) == {("Paul Garnier", "le ministre français de l'Intérieur", ROLE)}


def test_a_deputy_or_a_former_holder_is_another_role():
    for other in ("maire adjoint de Saint-Aubin", "ancien maire de Saint-Aubin"):
        a = [actor("Julien Ferrand", "maire de Saint-Aubin")]
        assert align(a, [actor(other)]).both == [], other


def test_a_bare_role_noun_aligns_nobody():
    a = [actor("Julien Ferrand", "maire")]
    b = [actor("Hélène Roussel", "maire")]
    assert align(a, b).both == []


def test_a_role_held_by_two_actors_of_one_text_aligns_with_neither():
    a = [actor("Julien Ferrand", "maire de Saint-Aubin"), actor("maire de Saint-Aubin")]
    b = [actor("Hélène Roussel", "maire de Saint-Aubin")]
    # B's mayor shares the role with both of A's: which one she is, nothing says.
    assert align(a, b).both == []


def test_the_stronger_evidence_wins_a_contested_actor():
    a = [actor("Marc Delorme", "directeur de l'usine")]
    b = [actor("Delorme"), actor("Paul Garnier", "directeur de l'usine")]
    result = align(a, b)
    assert pairs(result) == {("Marc Delorme", "Delorme", ALIAS)}
    assert names(result.only_b) == ["Paul Garnier"]


def test_an_alias_left_apart_in_one_text_joins_the_match():
    a = [actor("Vladimir Poutine", "Poutine")]
    b = [actor("Vladimir Poutine"), actor("Poutine")]
    result = align(a, b)
    assert pairs(result) == {("Vladimir Poutine", "Vladimir Poutine", NAME)}
    assert [x.name for x in result.both[0].b.actors] == ["Vladimir Poutine", "Poutine"]
    assert result.only_b == []
    # Its mentions are the match's too: jumping to it in B finds both.
    assert [m.text for m in result.both[0].b.mentions] == ["Vladimir Poutine", "Poutine"]


def test_one_actor_typed_differently_in_each_text_still_aligns_by_name():
    a = [actor("Voltena", type="ORG")]
    b = [actor("Voltena", type="PER")]
    assert pairs(align(a, b)) == {("Voltena", "Voltena", NAME)}


def test_a_person_and_an_organisation_never_align_by_surname_or_role():
    a = [actor("Claire Vasseur", "préfète du Tarn")]
    b = [actor("Vasseur", type="ORG"), actor("préfète du Tarn", type="ORG")]
    assert align(a, b).both == []


def test_actors_in_one_text_only_are_listed_most_mentioned_first():
    a = [actor("Claire Vasseur")]
    b = [actor("Gérard Lemoine"), actor("Voltena", "Voltena", "Voltena", type="ORG")]
    result = align(a, b)
    assert names(result.only_a) == ["Claire Vasseur"]
    assert names(result.only_b) == ["Voltena", "Gérard Lemoine"]


POOL = [
    "C. Vasseur",
    "Organisation des Nations unies",
    "ONU",
    "préfète du Tarn",
    "Kim Jong Un",
    "Kim",
    "Claire Vasseur",
    "Vasseur",
    "Paul Vasseur",
    "Marc Delorme",
    "M. Delorme",
    "ARS",
    "Agence régionale de santé",
    "maire de Saint-Aubin",
    "Voltena",
]


@st.composite
def analyses(draw):
    chosen = draw(st.lists(st.sampled_from(POOL), max_size=6))
    return [
        actor(
            name,
            *draw(st.lists(st.sampled_from(POOL), max_size=2)),
            type=draw(st.sampled_from(["PER", "ORG", "GROUP"])),
            id=f"x{k}",
        )
        for k, name in enumerate(chosen)
    ]


@given(analyses(), analyses())
def test_every_actor_is_in_exactly_one_place(a, b):
    result = align(a, b)
    placed_a = [x.id for m in result.both for x in m.a.actors] + [
        x.id for g in result.only_a for x in g.actors
    ]
    placed_b = [x.id for m in result.both for x in m.b.actors] + [
        x.id for g in result.only_b for x in g.actors
    ]
    assert sorted(placed_a) == sorted(x.id for x in a)
    assert sorted(placed_b) == sorted(x.id for x in b)


@given(analyses(), analyses())
def test_every_pair_with_evidence_shares_a_key_of_the_index(a, b):
    """Only actors that share a key are compared: no evidence may link two that do not."""
    from reader.comparison.align import _keys, evidence
    from reader.comparison.names import forms

    for x in a:
        for y in b:
            if evidence(forms(x), x.type, forms(y), y.type) is not None:
                assert _keys(forms(x), probe=True) & _keys(forms(y)), (x.name, y.name)
