"""The author's own claims (reader/analysis/stance.py) on invented French sentences:
the rule for evaluative words, scare quotes, hedges against the conditional of
reported speech, and facts that are never a dateline's or a stamp's."""

from __future__ import annotations

import pytest

from reader.analysis import analyze
from reader.analysis.pipeline import get_nlp
from reader.analysis.stance import evaluation_signs, subjectivity


@pytest.fixture(scope="module", autouse=True)
def nlp():
    return get_nlp()


def kinds(text: str) -> list[str]:
    return [c.kind for c in analyze(text).claims]


def test_the_subjectivity_lexicon_comes_from_the_installed_package():
    table = subjectivity()
    assert len(table) > 1000 and table["magnifique"] >= 0.5 and table.get("rouge", 0) < 0.5


@pytest.mark.parametrize(
    "text",
    [
        # two subjective adjectives of the lexicon (or one strongly subjective)
        "Ce plan médiocre et injuste ne convaincra pas les habitants du quartier.",
        # an intensified subjective adjective
        "Le nouveau calendrier des travaux est si injuste pour les commerçants.",
        # one strongly subjective adjective and no figure
        "La cérémonie d'ouverture du festival fut tout simplement magnifique.",
        # an adverb made from a subjective adjective, and a subjective adjective
        "Le conseil a brutalement sabré un budget culturel déjà pitoyable.",
        # a scare quote and a subjective adjective
        "La « concertation » promise a tourné à un pitoyable échange de courriers.",
    ],
)
def test_signs_of_evaluation_make_the_author_s_sentence_an_opinion(text):
    assert kinds(text) == ["opinion"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # one subjective adjective is narration: the figure makes it a fact
        ("Un terrible accident a coûté la vie à trois personnes sur l'A7.", "fact"),
        # an age in apposition describes a person; the count is the figure
        ("Le chauffeur, Marc Vidal, 58 ans, a reçu deux amendes en mai.", "fact"),
        # a nickname in quotes is a name, not irony
        ("L'attaquant, surnommé « le Taureau », a marqué deux buts dimanche.", "fact"),
    ],
)
def test_one_sign_or_a_name_in_quotes_is_no_opinion(text, kind):
    assert kinds(text) == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "Pour les riverains, la décision du préfet fait l'effet d'une gifle.",
        "Au conseil régional, la gestion du dossier ferroviaire tourne à la gabegie.",
        "Comble de l'ironie, le nouveau pont est fermé aux piétons.",
        "Et le tramway n'a toujours pas de conducteurs !",
    ],
)
def test_frames_nouns_of_judgement_and_exclamations_are_opinions(text):
    assert kinds(text) == ["opinion"]


@pytest.mark.parametrize(
    "text",
    [
        "Il est peu probable que le texte soit adopté avant l'été.",
        "Le syndicat pourrait annoncer une grève dès lundi.",
        "Le ministre devrait dévoiler son plan en septembre.",
    ],
)
def test_the_author_s_likelihood_is_hedged_even_with_a_speech_verb(text):
    claims = analyze(text).claims
    assert [(c.kind, c.speaker) for c in claims] == [("hedged", "author")]


def test_a_dateline_gives_no_figure_to_the_story():
    assert kinds("NANTES, 4 mars (AFP) – Les dockers ont bloqué le port toute la journée.") == []


def test_a_publication_stamp_is_no_claim():
    text = (
        "Les dockers bloquent le port de Nantes\n"
        "Publié le 3 mai 2024 à 8 h 15, mis à jour à 10 h 02\n"
        "Les dockers ont bloqué le port pendant 14 heures."
    )
    claims = analyze(text).claims
    assert [c.text for c in claims] == ["Les dockers ont bloqué le port pendant 14 heures."]


def test_an_age_in_apposition_is_no_figure_of_the_story():
    assert kinds("Le chauffeur, Marc Vidal, 58 ans, est rentré chez lui à pied.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Il est grand temps que la région rénove enfin ses lycées.",
        # an evaluative call in the conditional is no hedge of the author's
        "Il serait temps de revoir ce calendrier intenable.",
        "Il faudrait écouter les riverains avant de couper les arbres.",
        "On ne peut qu'applaudir la ténacité des bénévoles du refuge.",
        # the "on" of the author's call or verdict is nobody's speech
        "On ne peut que saluer le courage des pompiers volontaires.",
        "Le moins qu'on puisse dire, c'est que la piscine a pris du retard.",
        "Encore faut-il que la région tienne ses promesses.",
    ],
)
def test_an_evaluative_call_is_an_opinion_whatever_its_mood(text):
    assert kinds(text) == ["opinion"]


@pytest.mark.parametrize(
    "text",
    [
        # exasperation and comment in the narration
        "Une fois de plus, le chantier du tramway a pris du retard.",
        "Le collège, enfin, rouvre ses portes aux élèves du quartier.",
        "L'ironie veut que le pont soit fermé pendant sa propre inauguration.",
        # the author's comparison and idioms of judgement
        "Le vieux port de pêche a pris des airs de ville fantôme.",
        "Le dossier des cantines a été géré à la petite semaine.",
        "Comme d'habitude, la rentrée s'est faite dans l'urgence.",
        # the author weighing what is told
        "Paradoxalement, le quartier le plus bruyant est aussi le plus recherché.",
        "Reste que les parents d'élèves n'ont jamais été consultés.",
        "Le conseil régional joue la montre sur le dossier du port.",
        # images of the press by verb stem, in any tense
        "Le conseil municipal navigue à vue depuis la démission du maire.",
        "La ligue a fait la sourde oreille aux demandes des petits clubs.",
        "Les négociations salariales s'enlisent dans les hôpitaux de la région.",
        # an adjective of verdict the subjectivity lexicon scores 0
        "Le débat affligeant s'est prolongé jusqu'à minuit.",
    ],
)
def test_comment_markers_and_images_of_the_author_are_opinions(text):
    assert kinds(text) == ["opinion"]


def test_two_loaded_words_make_an_opinion_and_one_does_not():
    # a verb of contempt and a noun of verdict on how actors behave
    assert kinds(
        "Les cheminées continuent de cracher leurs fumées dans l'indifférence générale."
    ) == ["opinion"]
    assert kinds("Le club a dilapidé son avance au classement.") == []
    # beside a figure of the story it takes three signs
    assert kinds("La commune a dilapidé trois millions d'euros en 2024.") == ["fact"]


def test_an_approximate_count_is_a_figure():
    assert kinds("Le village compte une vingtaine de commerces ouverts à l'année.") == ["fact"]


def test_a_rank_in_an_apposition_describes_a_name_and_is_no_figure():
    assert kinds("À Dunkerque, troisième port de France, le calme est revenu.") == []
    # the rank of the story is one
    assert kinds("Le club a terminé troisième du championnat.") == ["fact"]


def test_a_scare_quote_that_echoes_a_speaker_s_words_is_the_author_s_irony():
    # the quoted words were the mayor's: taken up by the author, even beside a figure
    text = (
        "Le maire, Paul Viguier, a salué jeudi « une rénovation exemplaire » de la piscine. "
        "Une « rénovation exemplaire » qui a fermé le bassin pendant trois ans."
    )
    assert kinds(text) == ["reported", "opinion"]
    # the same sentence with words nobody said before is a fact
    alone = "Une « rénovation lourde » qui a fermé le bassin pendant trois ans."
    assert kinds(alone) == ["fact"]


def test_a_quoted_complement_of_a_verb_is_no_scare_quote():
    # words quoted as what someone wrote or chanted are theirs, not the author's irony
    text = "Les supporters ont brandi « Tous unis » et chanté « Allez les verts » jusqu'au soir."
    assert "opinion" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        # a comment set down without a verb, with an evaluative word
        "Belle revanche pour une équipe reléguée en 2019.",
        "Piètre consolation pour les riverains du chantier.",
    ],
)
def test_a_verbless_evaluative_sentence_is_the_author_s_comment(text):
    assert kinds(text) == ["opinion"]


def test_a_verbless_sentence_without_evaluation_is_no_opinion():
    assert "opinion" not in kinds("Nouvelle réunion pour les riverains du chantier.")


@pytest.mark.parametrize(
    "text",
    [
        # praise attributed in a clause on the subject, and the author's contrast
        "Le plan, qualifié d'« ambitieux » par la ministre, ne prévoit pourtant aucun financement.",
        # a promise attributed in a relative clause, and the author's comment marker
        "La mairie, qui promettait « des pistes cyclables partout », a décidément la mémoire courte.",
    ],
)
def test_praise_in_a_clause_turned_against_its_speaker_is_an_opinion(text):
    assert kinds(text) == ["opinion"]


def test_speech_in_a_clause_without_a_contrast_stays_reported():
    text = "La CGT, qui dénonce « un recul social », appelle à manifester samedi à Lille."
    assert kinds(text) == ["reported"]


@pytest.mark.parametrize(
    "text",
    [
        # a closing frame of the author's summing-up
        "En somme, la région a repeint la façade et oublié la toiture.",
        # the author's own reaction, said impersonally
        "Le silence de la préfecture laisse songeur.",
        "Cette volte-face a de quoi surprendre les électeurs du canton.",
        # an ironic litote
        "Le syndicat des transporteurs ne manque pas de culot.",
        # naming someone's words a figure of speech
        "Parler de « réorganisation » relève du doux euphémisme.",
        # a proverb, quoted or twisted
        "À la mairie de Vierzon, on n'arrête pas le progrès.",
        # an attribute set first and taken up by "l'est"
        "Exemplaire, le chantier l'est surtout pour ses retards.",
    ],
)
def test_frames_reactions_litotes_and_proverbs_of_the_author_are_opinions(text):
    assert kinds(text) == ["opinion"]


def test_a_simile_and_a_causal_frame_are_two_signs_of_evaluation():
    text = "À force de traiter ses bénévoles comme des pions, l'association a perdu ses soutiens."
    assert kinds(text) == ["opinion"]
    # one image alone is narration: "comme un seul homme" is an idiom of the press
    assert kinds("La majorité a voté le texte comme un seul homme.") == []
    # what a thing is taken for is no image
    assert kinds("Le maire, considéré comme un pionnier, a quitté la séance.") == []


def test_the_author_s_complicity_with_the_reader_is_a_sign_and_the_newsroom_s_is_not():
    # "nos" of the reader's world and an evaluative adjective: two signs
    assert kinds("Nos élus ont voté un règlement hasardeux pour les terrasses.") == ["opinion"]
    # the newsroom's "nos" is sourcing, no sign: one evaluative adjective is narration
    assert "opinion" not in kinds("Nos informations confirment un règlement hasardeux.")


def test_an_evaluative_adjective_outside_the_subjectivity_lexicon_is_a_sign():
    # two adjectives of blame that the subjectivity lexicon lacks
    assert kinds("Le conseil a adopté un budget indigeste et désastreux pour la culture.") == [
        "opinion"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rhetorical question asserts its answer: the author's opinion
        ("Comment ne pas y voir un aveu de faiblesse ?", ["opinion"]),
        ("Qui pourrait encore le croire ?", ["opinion"]),
        ("À quoi bon rénover une gare où plus aucun train ne s'arrête ?", ["opinion"]),
        # a question that opens a debate asserts nothing
        ("Faut-il interdire les trottinettes en ville ?", []),
    ],
)
def test_the_author_s_rhetorical_question_is_an_opinion_and_other_questions_no_claim(
    text, expected
):
    assert kinds(text) == expected


def test_the_author_s_epithet_in_apposition_is_a_sign_of_evaluation():
    # a demonstrative apposition labels what was named, and a loaded word: two signs
    text = "Le tramway, ce serpent de bitume, a encore dilapidé les crédits de la ville."
    assert kinds(text) == ["opinion"]
    # the loaded word alone is narration
    assert kinds("Le tramway a encore dilapidé les crédits de la ville.") == []


def test_an_echo_is_found_whatever_the_case_of_its_first_letter():
    text = (
        "« Historique », a lancé jeudi le ministre des Sports, Paul Morel. "
        "L'accord, « historique », laisse trois clubs sur le carreau."
    )
    assert kinds(text) == ["reported", "opinion"]


@pytest.mark.parametrize(
    "text",
    [
        "Encore faudrait-il que la mairie se souvienne que ses électeurs ne sont pas des numéros.",
        "On aimerait savoir lesquels.",
        "Il faut croire que les promesses de campagne ont la vie courte.",
    ],
)
def test_the_author_s_ironic_wish_or_condition_is_an_opinion(text):
    assert kinds(text) == ["opinion"]


def test_a_literal_purge_is_no_loaded_word():
    text = "La commune a voté 80 000 euros pour les travaux de purge de la falaise."
    assert kinds(text) == ["fact"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the author's "nous" with the reader is one sign of a view, as "nos" is
        ("Nous faisons désormais gratuitement le travail d'un autre, sans protester.", "opinion"),
        # the newsroom's "nous" is none
        ("Nous avons pu consulter le rapport, daté du 3 mars.", "fact"),
    ],
)
def test_the_author_s_we_with_the_reader(text, kind):
    assert kinds(text) == [kind]


def test_the_author_s_imperative_to_the_reader_is_an_opinion():
    text = (
        "Demandez à n'importe quel parent ce qu'il pense du permis, et prévoyez une longue soirée."
    )
    assert kinds(text) == ["opinion"]


def test_an_imperfect_the_tagger_takes_for_a_conditional_is_no_hedge():
    # "augmentait" has no "r" of the conditional ("augmenterait")
    text = (
        "Le nombre d'inspecteurs a baissé de 8 % en dix ans, quand celui des candidats augmentait."
    )
    assert kinds(text) == ["fact"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fallait-il vraiment livrer à un groupe coté la cantine des écoliers ?", ["opinion"]),
        ("Est-ce vraiment le rôle d'une mairie de vendre ses terrains ?", ["opinion"]),
        # an open question of the author asserts nothing
        ("Faut-il réformer le permis de conduire ?", []),
    ],
)
def test_vraiment_in_the_author_s_question_makes_it_rhetorical(text, expected):
    assert kinds(text) == expected


def test_a_month_dates_the_story():
    assert kinds("Le texte sera examiné au Sénat en février, où la droite est majoritaire.") == [
        "fact"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the speech verbs under the author's opening call are part of it
        (
            "Il faut croire que nous préférons parler à un humain qu'à une machine qui nous "
            "accuse de fraude.",
            [("opinion", "author")],
        ),
        ("Les enseignes promettent des économies. On aimerait savoir lesquelles.", None),
        # an incise still gives the call to its speaker
        (
            "Il faut que le gouvernement dise la vérité, a déclaré le député Paul Roux.",
            [("reported", "Paul Roux")],
        ),
    ],
)
def test_the_author_s_opening_call_outranks_the_speech_under_it(text, expected):
    claims = [(c.kind, c.speaker) for c in analyze(text).claims]
    assert claims[-1:] == (expected or [("opinion", "author")])


@pytest.mark.parametrize(
    "text",
    [
        "Il aura fallu attendre la troisième réunion pour que la mairie ouvre le dossier.",
        "Personne n'a pris la peine de prévenir les riverains.",
        "La hausse n'étonnera que ceux qui ne font jamais leurs courses.",
        "Reste à savoir si la région suivra.",
    ],
)
def test_reproach_and_irony_in_a_turn_of_phrase_are_opinions(text):
    assert kinds(text) == ["opinion"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il est possible, toutefois, que les choristes soient en meilleure santé.", "hedged"),
        ("Il faudra sans doute plusieurs hivers humides pour remplir les nappes.", "hedged"),
        ("On aimerait que toutes les études soient aussi franches.", "opinion"),
        ("Après un tel match, qui s'en plaindrait ?", "opinion"),
        # "à moitié" is a degree, not a count of the story
        ("Le pari n'est qu'à moitié tenu.", None),
    ],
)
def test_hedges_wishes_and_degrees(text, expected):
    assert kinds(text) == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a call: "au moins" before a verb strengthens it; before a count it is a figure
        ("Il faudrait au moins consulter les riverains avant de trancher.", "opinion"),
        ("Il faudra au moins trois semaines de travaux sur le pont.", "fact"),
        # the author's verdict in an impersonal frame, in any mood
        ("Il serait naïf de croire que la crise du logement est derrière nous.", "opinion"),
        ("Il est illusoire d'espérer un accord entre les deux syndicats.", "opinion"),
        # the critic's "on" in the future is the critic
        ("On retiendra surtout la mise en scène de la dernière heure.", "opinion"),
        # "ce serait" + a verdict on what was said; an event or a possibility is a hedge
        ("Ce serait une faute de renoncer maintenant.", "opinion"),
        ("Cela ne serait pas un caprice, mais une nécessité.", "opinion"),
        ("Ce ne serait pas une dépense, mais un investissement.", "opinion"),
        ("Ce serait une première dans l'histoire du club.", "hedged"),
        ("Cela serait possible dès la rentrée prochaine.", "hedged"),
    ],
)
def test_the_author_s_calls_and_verdicts_beside_hedges_and_figures(text, kind):
    assert kinds(text) == [kind]


def test_a_superlative_is_a_sign_of_evaluation():
    nlp = get_nlp()
    sent = list(nlp("Ce quartier reste le plus oublié de la ville."))
    assert [t.text for t in evaluation_signs(sent, set())] == ["plus"]
    # a comparative is no ranking of the author's
    sent = list(nlp("Ce quartier reste plus calme que le centre-ville."))
    assert evaluation_signs(sent, set()) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # an appearance verb of the main clause is the author's caution, over a mild word
        ("Les chiffres de la fréquentation semblent encourageants.", "hedged"),
        # "semble-t-il" is an aside: a noun of judgement still makes the opinion
        ("Le chantier est, semble-t-il, une pure gabegie.", "opinion"),
        # the author's inference
        ("On devine que la négociation a été rude.", "hedged"),
        # the author in the first person, the author's doubt, the author's verdict
        ("Personne, que je sache, n'a démissionné.", "opinion"),
        ("On voit mal pourquoi la mairie changerait d'avis.", "opinion"),
        ("Il était temps.", "opinion"),
        ("Le plus raisonnable serait d'attendre l'été.", "opinion"),
        # a count in words, hyphenated
        ("Quarante-deux moutons ont été tués cette nuit-là.", "fact"),
    ],
)
def test_appearance_verbs_inferences_and_the_author_s_verdicts(text, kind):
    assert kinds(text) == [kind]


def test_no_claim_in_a_rubric_or_the_title_under_it():
    text = (
        "Chronique\nLe vélo, ce grand oublié de la ville\n"
        "La ville compte 12 kilomètres de pistes cyclables."
    )
    assert [c.text for c in analyze(text).claims] == [
        "La ville compte 12 kilomètres de pistes cyclables."
    ]


@pytest.mark.parametrize(
    ("text", "kinds_"),
    [
        # the present of the author's comment: the tone alone judges
        ("Le quartier garde son calme.", ["opinion"]),
        # a past tense narrates: without a word of evaluation, no opinion
        ("Les supporters chantaient encore sous la pluie.", []),
        ("Le maire a quitté la salle sans un mot.", []),
    ],
)
def test_the_tone_alone_judges_the_present_not_a_narration(text, kinds_, monkeypatch):
    from reader.analysis import tone

    monkeypatch.setattr(tone, "tone", lambda sent, quoted: 0.95)
    assert kinds(text) == kinds_


def test_a_subheading_between_paragraphs_is_no_claim():
    text = "Le conseil a voté le budget.\nLes vraies difficultés\nLa ville compte 12 kilomètres de pistes."
    assert "Les vraies difficultés" not in [c.text for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Demandez à n'importe quel parent ce qu'il en pense.", "Demandez"),
        # the imperative that brings in a case is no call to the reader
        ("Prenez une petite imprimerie de province.", None),
    ],
)
def test_the_imperatives_that_call_on_the_reader(text, verb):
    from reader.analysis.stance import imperative

    found = imperative(list(get_nlp()(text)), set())
    assert (found.text if found is not None else None) == verb
