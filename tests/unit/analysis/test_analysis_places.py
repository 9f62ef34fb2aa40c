"""States by their CLDR names, press variants, capitals and demonyms (no spaCy)."""

from __future__ import annotations

import pytest

from reader.analysis import places


@pytest.mark.parametrize(
    ("surface", "state"),
    [
        ("Norvège", "Norvège"),  # from CLDR, not from a hand list
        ("norvège", "Norvège"),  # case does not matter
        ("Macédoine du Nord", "Macédoine du Nord"),
        ("Birmanie", "Birmanie"),  # CLDR's "Myanmar (Birmanie)": its bracketed name too
        ("USA", "États-Unis"),  # a press variant
        ("Grande-Bretagne", "Royaume-Uni"),
    ],
)
def test_states(surface, state):
    assert places.state(surface) == state


@pytest.mark.parametrize("surface", ["Martinique", "Union européenne", "Lyon", "Bretagne"])
def test_regions_unions_and_cities_are_no_states(surface):
    assert places.state(surface) is None


def test_capitals_and_demonyms():
    assert places.capital("Oslo") == "Norvège"
    assert places.state_or_capital("Moscou") == "Russie"
    for word in ("norvégien", "norvégienne", "Norvégiens", "norvégiennes"):
        assert places.demonym(word) == "Norvège", word
    assert places.demonym("Britanniques") == "Royaume-Uni"
    assert places.demonym("rapides") is None


def test_every_capital_and_demonym_names_a_known_state():
    from reader.analysis import lexicons as lx

    for table in ("capitals.tsv", "demonyms.tsv"):
        for state in lx.table(table).values():
            assert places.state(state) == state, (table, state)
