"""The French sentence splitter: abbreviations, initials, quotes, offsets."""

from __future__ import annotations

import pytest

from reader.sentences import split_sentences


def split(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("M. Dupont est venu. Il a parlé.", ["M. Dupont est venu.", "Il a parlé."]),
        ("Mme Martin et MM. Durand sont là. Fin.", ["Mme Martin et MM. Durand sont là.", "Fin."]),
        ("Le Dr. Martin est là. Fin.", ["Le Dr. Martin est là.", "Fin."]),
        (
            "Il cite Pr. Martin, Mgr. Léon, etc. Puis il part.",
            ["Il cite Pr. Martin, Mgr. Léon, etc. Puis il part."],
        ),
        ("J. Dupont et A. Bernard signent. Fin.", ["J. Dupont et A. Bernard signent.", "Fin."]),
        ("Elle cite J.-P. Sartre. Fin.", ["Elle cite J.-P. Sartre.", "Fin."]),
        ("Né en 50 av. J.-C. à Rome. Fin.", ["Né en 50 av. J.-C. à Rome.", "Fin."]),
        ("L'U.R.S.S. a signé. Fin.", ["L'U.R.S.S. a signé.", "Fin."]),
        ("Voir p. 12 et cf. Dupont. Fin.", ["Voir p. 12 et cf. Dupont.", "Fin."]),
        ("Le 3 sept. 2023, il pleuvait. Fin.", ["Le 3 sept. 2023, il pleuvait.", "Fin."]),
        ("Le score est de 3.5 points. Fin.", ["Le score est de 3.5 points.", "Fin."]),
    ],
)
def test_abbreviations_and_initials_do_not_end_a_sentence(text, expected):
    assert split(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "« Pourquoi ? » a-t-il demandé. Puis il est parti.",
            ["« Pourquoi ? » a-t-il demandé.", "Puis il est parti."],
        ),
        ("« Vraiment ! » s'exclama-t-elle.", ["« Vraiment ! » s'exclama-t-elle."]),
        ("Il attendait… et rien.", ["Il attendait… et rien."]),
        ("fin. début en minuscule.", ["fin. début en minuscule."]),
    ],
)
def test_no_split_before_a_lower_case_word(text, expected):
    assert split(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Pourquoi ? Parce que.", ["Pourquoi ?", "Parce que."]),
        ("Il a dit oui ? Elle a dit non !", ["Il a dit oui ?", "Elle a dit non !"]),
        ("Quoi ?! Vraiment ? Oui.", ["Quoi ?!", "Vraiment ?", "Oui."]),
        ("Il attendait… Puis rien.", ["Il attendait…", "Puis rien."]),
        ("Élysée. Écoutez.", ["Élysée.", "Écoutez."]),
        ("Il a 3 ans. 12 enfants sont là.", ["Il a 3 ans.", "12 enfants sont là."]),
        ("C'est l'ONU. Elle dit non.", ["C'est l'ONU.", "Elle dit non."]),
        ("C'est fini. — Vraiment ? demanda-t-il.", ["C'est fini.", "— Vraiment ? demanda-t-il."]),
        ("Bonjour ! « Salut », dit-il.", ["Bonjour !", "« Salut », dit-il."]),
        ("« Pourquoi ? » Il partit.", ["« Pourquoi ? »", "Il partit."]),
        ("Il a dit : « Non. » Puis il est parti.", ["Il a dit : « Non. »", "Puis il est parti."]),
        (
            "Il a dit\u00a0: «\u00a0Non.\u00a0» Puis rien.",
            ["Il a dit\u00a0: «\u00a0Non.\u00a0»", "Puis rien."],
        ),
        ("(Voir plus haut.) Ensuite.", ["(Voir plus haut.)", "Ensuite."]),
    ],
)
def test_end_punctuation_before_a_capital_splits(text, expected):
    assert split(text) == expected


def test_offsets_are_into_the_given_range():
    text = "xx Un. Deux. yy"
    spans = split_sentences(text, 3, 12)
    assert spans == [(3, 6), (7, 12)]
    assert [text[s:e] for s, e in spans] == ["Un.", "Deux."]


def test_whitespace_is_trimmed_and_empty_ranges_give_nothing():
    assert split("  Un.   Deux.  \n") == ["Un.", "Deux."]
    assert split_sentences("   \n ") == []
    assert split_sentences("") == []


def test_sentences_of_the_sample_start_with_a_capital_or_quote(sample_path):
    from reader.document import load_document

    doc = load_document(sample_path)
    firsts = {doc.text[s.start] for s in doc.sentences}
    assert all(c.isupper() or c.isdigit() or c in '«–—-"' for c in firsts)
    assert "Mais pourquoi maintenant ?" in [doc.text[s.start : s.end] for s in doc.sentences]


def test_a_numbered_item_is_not_a_one_word_sentence():
    text = "3. La délégation arrive. Elle repart."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "3. La délégation arrive.",
        "Elle repart.",
    ]
    text = "Il en a vu 3. Ensuite il part."  # a figure ending a sentence still ends it
    assert [text[a:b] for a, b in split_sentences(text)] == ["Il en a vu 3.", "Ensuite il part."]
