"""Sourcing (reader/analysis/sourcing.py) on invented French sentences: the type of
each claim's source, the form of its attribution, attribution after the fact, vague
agents and the conditional of reported speech carried over the next sentence."""

from __future__ import annotations

import pytest

from reader.analysis import analyze
from reader.analysis.model import Claim
from reader.analysis.pipeline import get_nlp
from reader.analysis.sourcing import summary


@pytest.fixture(scope="module", autouse=True)
def nlp():
    return get_nlp()


def only_claim(text: str) -> Claim:
    claims = analyze(text).claims
    assert len(claims) == 1, claims
    return claims[0]


def claim_with(text: str, fragment: str) -> Claim:
    found = [c for c in analyze(text).claims if fragment in c.text]
    assert len(found) == 1, analyze(text).claims
    return found[0]


@pytest.mark.parametrize(
    ("text", "source", "attribution"),
    [
        (
            "Selon un ancien conseiller du ministre, le projet a été abandonné en mai.",
            "unidentified_person",
            "according_to",
        ),
        (
            "D'après des chercheurs suédois, la banquise recule plus vite que prévu.",
            "vague_collective",
            "according_to",
        ),
        (
            "D'après les derniers chiffres disponibles, la production a chuté de 12 %.",
            "document",
            "according_to",
        ),
        (
            "Un employé de la banque Veltis affirme que les comptes ont été maquillés.",
            "unidentified_person",
            "verb",
        ),
        ("Au ministère, on assure que le calendrier sera tenu.", "vague_collective", "verb"),
        (
            "Une réforme jugée « brutale » par plusieurs syndicalistes du secteur.",
            "vague_collective",
            "passive",
        ),
    ],
)
def test_a_source_nobody_can_identify_is_anonymous(text, source, attribution):
    c = only_claim(text)
    assert (c.kind, c.speaker, c.source, c.attribution) == (
        "anonymous",
        "anonymous",
        source,
        attribution,
    )


def test_a_document_of_a_named_body_is_that_body_s_claim_as_a_document():
    c = only_claim("Selon un rapport de la Cour des comptes, la dette a progressé de 4 %.")
    assert (c.kind, c.speaker, c.source) == ("reported", "Cour des comptes", "document")


def test_named_sources_by_type_and_attribution_form():
    text = (
        "La ministre de la Mer, Hélène Marchal, a déclaré que les quotas seraient revus. "
        "« Nous tiendrons parole », a-t-elle ajouté. "
        "Le syndicat Force Marine estime que la réforme arrive trop tard."
    )
    first = claim_with(text, "a déclaré")
    assert (first.speaker, first.source, first.attribution) == ("Hélène Marchal", "person", "verb")
    second = claim_with(text, "a-t-elle ajouté")
    assert (second.speaker, second.source, second.attribution) == (
        "Hélène Marchal",
        "person",
        "incise",
    )
    third = claim_with(text, "estime")
    assert third.source == "organisation"


def test_attribution_after_the_fact_takes_in_the_statement_before_it():
    text = (
        "La direction a perdu la confiance des équipes. "
        "Le constat est de Paul Ferrand, délégué syndical chez Ondaline."
    )
    c = only_claim(text)
    assert (c.kind, c.speaker, c.attribution) == ("reported", "Paul Ferrand", "after")
    assert (c.start, c.end) == (0, len(text))


def test_attribution_after_the_fact_to_an_unnamed_person_is_anonymous():
    c = only_claim("C'est la remarque d'un vieux pêcheur du port : plus un thon ne passe ici.")
    assert (c.kind, c.source, c.attribution) == ("anonymous", "unidentified_person", "after")


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "Selon la ministre Hélène Marchal, le budget sera voté en juin. "
            "Les crédits de la culture seraient gelés jusqu'à l'automne.",
            "seraient gelés",
            "Hélène Marchal",
        ),
        # a source's account already in the conditional goes on too
        (
            "Le directeur de l'usine, Jean Roubaud, affirme que le site aurait perdu deux "
            "clients. Il serait menacé de fermeture avant l'été.",
            "menacé de fermeture",
            "Jean Roubaud",
        ),
    ],
)
def test_the_conditional_after_a_distanced_source_continues_its_account(text, fragment, speaker):
    c = claim_with(text, fragment)
    assert (c.kind, c.speaker, c.attribution) == ("reported", speaker, "carried")


def test_the_conditional_after_an_unnamed_source_stays_anonymous():
    text = (
        "Selon une source proche du club, l'entraîneur a présenté sa démission. "
        "Il aurait refusé une prolongation de contrat."
    )
    c = claim_with(text, "aurait refusé")
    assert (c.kind, c.speaker, c.attribution) == ("anonymous", "anonymous", "carried")


@pytest.mark.parametrize(
    "text",
    [
        # another paragraph
        "Selon une source proche du club, l'entraîneur a démissionné.\n"
        "Le club aurait déjà trouvé un remplaçant.",
        # a modal of likelihood is the author's guess
        "Selon une source proche du club, l'entraîneur a démissionné. "
        "Le club pourrait saisir la justice.",
        # after "X a rappelé que", a conditional is the author's own
        "Le député Luc Armand a rappelé que la loi interdit ces ventes. "
        "Tout contournement exposerait les vendeurs à des amendes.",
        # a hypothesis with "si" is the author's
        "Selon une source proche du club, l'entraîneur a démissionné. "
        "Si la nouvelle se confirmait, le club changerait de cap.",
    ],
)
def test_the_author_s_own_conditional_is_not_carried_over(text):
    last = analyze(text).claims[-1]
    assert (last.kind, last.speaker, last.attribution) == ("hedged", "author", None)


def test_summary_counts_claims_by_source_type():
    text = (
        "La ministre de la Mer, Hélène Marchal, a déclaré que les quotas seraient revus. "
        "Selon des sources syndicales, la grève pourrait reprendre. "
        "Le port a perdu 300 emplois en 2023."
    )
    assert summary(analyze(text).claims) == {"person": 1, "vague_collective": 1, "author": 1}


def test_a_pronoun_for_a_person_the_article_does_not_name_is_anonymous():
    text = (
        "Devant la mairie, un ancien guide de montagne regarde les travaux. "
        "« Ici, tout a changé en dix ans », confie-t-il."
    )
    c = claim_with(text, "confie-t-il")
    assert (c.kind, c.speaker, c.source) == ("anonymous", "anonymous", "unidentified_person")


def test_a_pronoun_still_goes_to_the_named_person_spoken_of_last():
    text = (
        "Un ancien guide de montagne regarde les travaux. "
        "Le maire, Paul Reynaud, l'a rejoint devant la mairie. "
        "« Ici, tout a changé en dix ans », confie-t-il."
    )
    assert claim_with(text, "confie-t-il").speaker == "Paul Reynaud"


@pytest.mark.parametrize(
    ("text", "kind", "speaker"),
    [
        (
            "Pour l'hydrologue Claire Fontan, spécialiste des crues, la digue ne tiendra pas.",
            "reported",
            "Claire Fontan",
        ),
        ("Pour certains analystes, la hausse des prix restera durable.", "anonymous", "anonymous"),
        (
            "Pour beaucoup, la fermeture de l'usine marque la fin d'une époque.",
            "anonymous",
            "anonymous",
        ),
    ],
)
def test_pour_opens_a_view(text, kind, speaker):
    c = only_claim(text)
    assert (c.kind, c.speaker, c.attribution) == (kind, speaker, "pour")


def test_pour_the_workers_of_a_company_is_no_view_of_the_company():
    text = "Pour les salariés de Norvalis, la fin de l'année s'annonce difficile."
    assert all(c.speaker != "Norvalis" for c in analyze(text).claims)


def test_after_selon_a_speech_verb_in_the_conditional_is_still_the_source_s_account():
    text = (
        "Selon Mme Lavergne, la préfecture aurait promis une aide aux éleveurs. "
        "Elle ne serait pas versée avant la fin de l'année."
    )
    claims = analyze(text).claims
    assert [(c.kind, c.speaker) for c in claims] == [("reported", "Lavergne")] * 2
    assert [c.attribution for c in claims] == ["according_to", "carried"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # an incise whose subject is an indefinite person, no actor of the story
        (
            "Le chantier coûterait 40 millions d'euros, indique un proche du dossier.",
            "unidentified_person",
        ),
        # one of a group nobody names, in an incise after a quotation
        (
            "Les infirmières de nuit se taisent. « On a peur des sanctions », confie l'une d'elles.",
            "unidentified_person",
        ),
        # a view shown, not said, by a vague subject
        (
            "Dans les couloirs du ministère, certains ne cachent plus leur lassitude.",
            "vague_collective",
        ),
        ("Chez les libraires, on regarde ce rachat avec méfiance.", "vague_collective"),
        ("D'aucuns y voient une manœuvre avant les municipales.", "vague_collective"),
        (
            "Dans l'opposition, plusieurs voix s'élèvent contre la hausse des tarifs.",
            "vague_collective",
        ),
        # "Pour" and people nobody names
        ("Pour de nombreux commerçants, la piétonnisation arrive trop tard.", "vague_collective"),
        # what researchers nobody names have shown
        (
            "Des géologues américains ont montré que la faille reste active.",
            "vague_collective",
        ),
    ],
)
def test_unnamed_people_in_incises_views_and_findings_are_anonymous(text, source):
    c = analyze(text).claims[-1]
    assert (c.kind, c.source) == ("anonymous", source)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("On a retrouvé la voiture volée mardi à 300 mètres du pont.", ["fact"]),
        # the author's impersonal finding, with no frame placing "on" among people
        ("On observe une hausse de 9 % des inscriptions depuis mai.", ["fact"]),
        # "voir" is a view only as "y voir"
        ("On voit le lac depuis la route du col.", []),
    ],
)
def test_an_impersonal_on_is_no_anonymous_source(text, kinds):
    assert [c.kind for c in analyze(text).claims] == kinds


def test_a_view_shared_by_others_is_a_claim_of_theirs():
    text = (
        "Pour la maire, Sonia Vidal, « le quartier a été oublié ». "
        "Le sentiment est partagé par plusieurs commerçants, qui dénoncent un abandon."
    )
    first, second = analyze(text).claims
    assert (first.kind, first.speaker) == ("reported", "Sonia Vidal")
    assert (second.kind, second.attribution) == ("anonymous", "after")
    assert second.text.startswith("Le sentiment")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the parser lost the subject: the name right before the comma speaks
        (
            "À Lyon, la directrice de l'hôpital, Claire Morel, affirme que 30 lits seront fermés.",
            "Claire Morel",
        ),
        # a verb the tagger took for a noun, after a name in apposition
        (
            "Le préfet du Gard, Paul Arnaud, chiffre à deux millions d'euros les dégâts de la crue.",
            "Paul Arnaud",
        ),
        # a que-clause the parser hung on a circumstance
        (
            "Marie Dumas a reconnu lundi sur France Inter que son parti avait « fait fausse route ».",
            "Marie Dumas",
        ),
    ],
)
def test_speech_the_parser_garbled_is_still_reported(text, speaker):
    c = only_claim(text)
    assert (c.kind, c.speaker) == ("reported", speaker)


def test_neither_of_two_declining_to_comment_says_anything():
    text = "Interrogés, ni la mairie de Brest ni le club n'ont souhaité commenter ces informations."
    assert analyze(text).claims == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a participle whose object quotes the speaker
        (
            "La sénatrice Lucie Ferrand a quitté la séance, dénonçant un « déni de démocratie ».",
            "reported",
        ),
        # an infinitive clause says as much as a que-clause
        ("Des voisins de l'immeuble racontent avoir entendu une explosion.", "anonymous"),
        # an aim is no speech: "visant à" is no clause of what someone said
        ("Le conseil a voté mardi un plan visant à réduire de 20 % les déchets.", "fact"),
        # an unnamed source that opens the sentence owns its conditional, whoever acts in it
        ("De source proche de l'enquête, le gardien aurait avoué le vol.", "anonymous"),
        # "de source" and the adjective of any milieu; not spring water
        ("De source hospitalière, deux patients seraient encore en réanimation.", "anonymous"),
        ("L'eau de source de la commune est analysée chaque mois depuis 1998.", "fact"),
        # "d'anonymat" as well as "de l'anonymat"
        ("Un cadre, sous couvert d'anonymat, juge le plan « irréaliste ».", "anonymous"),
        # "Pour des raisons ..." is no view of anyone's
        ("Pour des raisons de sécurité, la route restera fermée.", None),
        # a passive agent named after its kind ("par l'ONG X")
        ("Le barrage, jugé « inutile » par l'ONG Rivières Vivantes, sera construit.", "reported"),
        # a reflexive between the speaker and the verb
        ("Berlin s'est dit « très inquiet » de la tournure des négociations.", "reported"),
        # a speech verb with its object noun
        ("La gendarmerie a fait état de deux interpellations dans la nuit.", "reported"),
        ("Des passants ont rapporté avoir vu le camion quitter la route.", "anonymous"),
        # the first findings of an inquiry are nobody's in particular
        ("Selon les premiers éléments de l'enquête, la fuite serait accidentelle.", "anonymous"),
    ],
)
def test_speech_forms_of_the_press(text, kind):
    assert [c.kind for c in analyze(text).claims] == ([kind] if kind else [])


def test_a_possessive_document_is_its_owner_s_account():
    text = (
        "La biologiste Marie Delorme suit le lac depuis des années. "
        "Selon ses calculs, les algues couvrent 40 % de la surface."
    )
    c = claim_with(text, "Selon ses calculs")
    assert (c.kind, c.speaker) == ("reported", "Marie Delorme")


@pytest.mark.parametrize(
    "text",
    [
        # a reflexive speech verb in an incise after the quotation
        "« Le canal est une chance pour tous », s'est félicitée la présidente de la région, Anne Morel.",
        "« Nous irons jusqu'au bout », s'est réjoui le maire de Dole, Paul Morel.",
    ],
)
def test_a_reflexive_speech_verb_in_an_incise_names_its_speaker(text):
    claim = only_claim(text)
    assert (claim.kind, claim.attribution) == ("reported", "incise")
    assert claim.speaker in ("Anne Morel", "Paul Morel")


@pytest.mark.parametrize(
    ("text", "kind", "speaker"),
    [
        # "à en croire X" attributes as "selon X" does, before or after the statement
        ("À en croire Paul Morel, la ville a perdu 300 habitants.", "reported", "Paul Morel"),
        (
            "La ville aurait perdu 300 habitants, à en croire le décompte de Paul Morel.",
            "reported",
            "Paul Morel",
        ),
        ("À en croire certains élus, la ville a perdu 300 habitants.", "anonymous", "anonymous"),
    ],
)
def test_a_en_croire_attributes_like_selon(text, kind, speaker):
    claim = only_claim(text)
    assert (claim.kind, claim.speaker, claim.attribution) == (kind, speaker, "according_to")


INTERVIEW = (
    "La glaciologue Inès Morvan publie cette semaine un livre sur les Alpes.\n"
    "Nous l'avons rencontrée à Grenoble.\n"
    "Pourquoi ce livre maintenant ?\n"
    "– Parce que les glaciers auront perdu la moitié de leur masse en 2050. "
    "C'est une catastrophe absolument terrifiante.\n"
    "Êtes-vous pessimiste ?\n"
    "– Je suis lucide, pas pessimiste."
)


def test_an_interview_answer_is_the_interviewee_s_not_the_author_s():
    claims = [c for c in analyze(INTERVIEW).claims if c.attribution == "interview"]
    assert [(c.kind, c.speaker) for c in claims] == [("reported", "Inès Morvan")] * 2
    # one claim for the whole answer, and no opinion of the author's inside it
    assert claims[0].text.startswith("Parce que") and claims[0].text.endswith("terrifiante.")
    assert not [c for c in analyze(INTERVIEW).claims if c.kind == "opinion"]


def test_a_dash_that_answers_no_question_is_no_interview():
    text = (
        "Le conseil municipal a voté trois mesures lundi soir.\n"
        "– 3 millions d'euros pour la rénovation des écoles."
    )
    assert not [c for c in analyze(text).claims if c.attribution == "interview"]


def test_the_subject_after_selon_taken_for_an_apposition_names_no_source():
    # the parser may hang "le groupe majoritaire" on "sources" as an apposition
    claim = only_claim(
        "Selon plusieurs sources, le groupe majoritaire pourrait laisser la liberté de vote."
    )
    assert (claim.kind, claim.speaker) == ("anonymous", "anonymous")
    named = only_claim("Selon un économiste, Jean Roux, la croissance ralentit.")
    assert (named.kind, named.speaker) == ("reported", "Jean Roux")


def test_a_document_that_opens_on_a_dash_is_no_interview():
    from reader.analysis.claims import _interview_answer

    text = "– Ma grand-mère y a travaillé trente ans.\nPourquoi ce film ?\n– Pour elle."
    assert _interview_answer(text, 0, text.index("\n")) is None  # nothing asked before it
    answer = _interview_answer(text, text.rindex("–"), len(text))
    assert answer is not None and text[answer.start : answer.end] == "Pour elle."


@pytest.mark.parametrize(
    "text",
    [
        # the parse takes the complement ("de l'entreprise") for the head of the subject
        "Un cadre de l'usine, qui requiert l'anonymat, affirme que la ligne va fermer.",
        "Une collaboratrice du maire, qui a souhaité garder l'anonymat, assure que tout est joué.",
        # a description that would otherwise go to the ministry: the article will not name them
        "Le ministère de l'Intérieur prépare un décret. Un conseiller ministériel admet, "
        "sous couvert d'anonymat, que le texte sera réécrit.",
        "Un élu de la majorité, qui ne souhaite pas être cité, juge que le maire a perdu la main.",
    ],
)
def test_who_asked_not_to_be_named_is_an_anonymous_source(text):
    assert claim_with(text, "anonym" if "anonym" in text else "cité").kind == "anonymous"


def test_a_named_person_is_reported_even_beside_the_word_anonymity():
    text = "Paul Durand, qui défend l'anonymat des donneurs, affirme que la loi est mal faite."
    c = only_claim(text)
    assert (c.kind, c.speaker) == ("reported", "Paul Durand")


def test_the_conditional_after_a_masked_source_stays_theirs():
    text = (
        "Un cadre de l'usine, qui requiert l'anonymat, affirme que des plans circulent. "
        "Le bureau d'études serait rattaché au siège. La ligne de peinture, elle, fermerait."
    )
    assert [c.kind for c in analyze(text).claims] == ["anonymous"] * 3


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Selon la préfecture de l'Isère, 40 foyers ont été évacués. "
            "Aucun blessé n'est à déplorer, selon la même source.",
            "préfecture de l'Isère",
        ),
        (
            "Selon la gendarmerie, la route est coupée. "
            "Le conducteur serait connu des services, précise la même source.",
            "gendarmerie",
        ),
    ],
)
def test_the_same_source_is_the_one_cited_before(text, speaker):
    c = claim_with(text, "même source")
    assert (c.kind, c.speaker) == ("reported", speaker)


def test_the_same_source_after_an_unnamed_one_stays_unnamed():
    text = (
        "Selon une source policière, le suspect a été interpellé. "
        "Il aurait avoué, précise la même source."
    )
    assert claim_with(text, "même source").kind == "anonymous"


def test_a_spring_of_the_same_source_is_no_attribution():
    assert analyze("L'eau de même source coule sous le pont.").claims == []


@pytest.mark.parametrize(
    ("text", "kind", "speaker"),
    [
        # what a document counts or estimates is its author's finding
        (
            "Un rapport de la Fondation Verdier, publié en 2024, évaluait à 27 % la part des "
            "retraités isolés.",
            "reported",
            "Fondation Verdier",
        ),
        (
            "Le généalogiste Marc Poly a tout consigné. Son inventaire recense 412 actes "
            "encore lisibles.",
            "reported",
            "Marc Poly",
        ),
        # a document no one can trace
        (
            "Une étude américaine souvent citée l'évalue à 4 % du chiffre d'affaires.",
            "anonymous",
            "anonymous",
        ),
    ],
)
def test_what_a_document_counts_is_its_author_s(text, kind, speaker):
    c = claim_with(text, "%" if "%" in text else "412")
    assert (c.kind, c.speaker) == (kind, speaker)


def test_a_press_release_of_the_company_named_before_is_the_company_s():
    text = (
        "Le groupe Lactéa a décidé de fermer son usine de Vire. Selon un communiqué du groupe, la "
        "production sera transférée vers ses deux autres sites."
    )
    c = claim_with(text, "communiqué")
    assert (c.kind, c.speaker, c.source) == ("reported", "Lactéa", "document")


def test_what_a_named_person_would_have_said_is_the_account_of_the_source_before():
    text = (
        "Selon plusieurs élus, la tension montait depuis l'été. Claire Vidal aurait plaidé, "
        "lors d'une réunion, pour un report des travaux."
    )
    c = claim_with(text, "aurait plaidé")
    assert (c.kind, c.attribution) == ("anonymous", "carried")


def test_what_a_named_person_would_have_said_alone_is_the_author_s_hedge():
    c = claim_with("Le ministre Paul Roux aurait déclaré que rien ne changerait.", "aurait")
    assert (c.kind, c.speaker) == ("hedged", "author")


@pytest.mark.parametrize(
    ("text", "kind", "speaker"),
    [
        # a document already spoken of: the source of the claim before
        (
            "Dans une note remise aux élus, la direction de Lactéa justifie la fermeture par "
            "la hausse de ses coûts. Le site perdrait 2 millions d'euros par an, selon ce document.",
            "reported",
            "Lactéa",
        ),
        # nothing before it: a document no one can trace
        ("Selon ce rapport, la ligne fermerait en juin.", "anonymous", "anonymous"),
    ],
)
def test_a_document_spoken_of_before(text, kind, speaker):
    c = claim_with(text, "ce document" if "ce document" in text else "ce rapport")
    assert (c.kind, c.speaker) == (kind, speaker)


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # "dément" is taken for the adjective
        ("La direction de Lactéa dément.", [("reported", "Lactéa")]),
        (
            "Dans l'entourage du maire, on dément toute volonté de revanche.",
            [("anonymous", "anonymous")],
        ),
        # a fire that breaks out declares nothing; a mayor who declares herself in favour does
        ("Un incendie s'est déclaré vers 4 h 30 au deuxième étage.", [("fact", "author")]),
        ("La maire Anne Vidal s'est déclarée favorable au projet.", [("reported", "Anne Vidal")]),
        # a long title between the incise verb and the name
        (
            "« Les flammes sortaient déjà par les fenêtres », raconte le lieutenant-colonel "
            "Marc Aubry, qui commandait les secours.",
            [("reported", "Marc Aubry")],
        ),
    ],
)
def test_speech_verbs_the_tagger_or_the_parser_misreads(text, claims):
    assert [(c.kind, c.speaker) for c in analyze(text).claims] == claims


@pytest.mark.parametrize(
    "text",
    [
        # one entrusts a task: nothing is confided
        "Par 27 voix contre 12, le conseil municipal de Lorvac a confié la gestion de la piscine à un groupe privé.",
        "Une enquête a été ouverte par le parquet de Blois et confiée au commissariat de Vendôme.",
        # a speech verb with nothing said
        "Un autre locataire, venu témoigner, a quitté la salle avant la fin de l'audience.",
        "Gérard Maupin, lui, s'est peu exprimé.",
    ],
)
def test_no_speech_where_nothing_is_said(text):
    assert not [c for c in analyze(text).claims if c.kind in ("reported", "anonymous")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Plusieurs élus, pourtant membres de la majorité, confient en privé leur malaise.",
            "anonymous",
        ),
        (
            "Rachid Benali, délégué syndical, a fait le compte : 22 postes ont disparu en quatre ans.",
            "Rachid Benali",
        ),
        # a bare noun in apposition between the name and the verb
        (
            "À la barre, Aminata Diallo, mère de trois enfants, a décrit les murs couverts de moisissure.",
            "Aminata Diallo",
        ),
        (
            "Selon une étude de l'Inserm, les siestes longues nuiraient à la mémoire. Les siestes "
            "courtes seraient au contraire protectrices, d'après les mêmes travaux.",
            "Inserm",
        ),
    ],
)
def test_speech_forms_of_the_press_beside_their_look_alikes(text, speaker):
    assert analyze(text).claims[-1].speaker == speaker


def test_a_document_that_says_not_a_word_is_no_one_s_claim():
    text = (
        "Le communiqué du groupe Velora, rédigé dans cette langue de bois que les fusions "
        "affectionnent, ne dit pas un mot de la ligne de peinture."
    )
    assert [c.kind for c in analyze(text).claims] == ["opinion"]


@pytest.mark.parametrize(
    ("text", "kind", "speaker"),
    [
        # "on doute" parsed as a determiner and a noun
        (
            "Dans les fermes, on doute pourtant que les camions reviennent.",
            "anonymous",
            "anonymous",
        ),
        # a reaction verb in the incise of a quotation over two sentences
        (
            "« J'ai appris la nouvelle par un courriel. La méthode en dit long », a réagi "
            "Hélène Marsac mercredi.",
            "reported",
            "Hélène Marsac",
        ),
    ],
)
def test_speech_the_tagger_hides(text, kind, speaker):
    c = only_claim(text)
    assert (c.kind, c.speaker) == (kind, speaker)


def test_certains_parsed_as_a_pronoun_still_makes_a_vague_source():
    # after this first sentence the parser takes "Certains" for a subject of its own
    text = (
        "Le calcul des enseignes n'est pas simple. Certains directeurs de magasin "
        "reconnaissent, en privé, que les vols ont augmenté."
    )
    assert claim_with(text, "Certains").kind == "anonymous"


def test_speech_under_a_relative_clause_is_background():
    text = (
        "Le maire Paul Roux, qui vient chaque mois plaider la cause des commerçants, a "
        "inauguré jeudi la halle rénovée pour 2 millions d'euros."
    )
    assert [(c.kind, c.speaker) for c in analyze(text).claims] == [("fact", "author")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the anonymity is the witnesses', in what is said or in a complement
        (
            "La préfecture affirme que les témoins ont été entendus sous couvert d'anonymat.",
            "préfecture",
        ),
        (
            "Le parquet de Lyon indique que trois témoins, qui ont requis l'anonymat, seront "
            "entendus.",
            "parquet de Lyon",
        ),
        (
            "Le ministère de la Justice, qui a demandé l'anonymat des témoins, assure que le "
            "procès aura lieu.",
            "ministère de la Justice",
        ),
    ],
)
def test_someone_else_s_anonymity_does_not_mask_the_speaker(text, speaker):
    c = only_claim(text)
    assert (c.kind, c.speaker) == ("reported", speaker)


def test_this_report_is_the_one_named_before_not_the_last_speaker():
    text = (
        "Selon un rapport de la Cour des comptes, le chantier a coûté 40 millions d'euros. "
        "Le ministre Paul Roux a répondu que les chiffres étaient faux. Selon ce rapport, "
        "les retards atteignent trois ans."
    )
    c = claim_with(text, "ce rapport")
    assert (c.kind, c.speaker) == ("reported", "Cour des comptes")


def test_the_report_no_claim_spoke_of_is_no_earlier_speaker_s():
    text = (
        "La maire Anne Vidal a annoncé la fermeture de l'école. Le rapport estime que "
        "l'entretien coûterait 2 millions d'euros."
    )
    assert claim_with(text, "Le rapport").kind == "anonymous"


def test_a_document_spoken_of_before_that_says_nothing_is_no_claim():
    text = "Selon la mairie, la ligne fermera. Le communiqué ne dit pas un mot des salariés."
    assert not [c for c in analyze(text).claims if "communiqué" in c.text]


@pytest.mark.parametrize(
    "text",
    [
        "Les travaux ont relevé la digue de 80 centimètres en 2023.",
        "Selon la mairie, le chantier durera deux ans. Les travaux ont relevé la chaussée "
        "de 40 centimètres.",
    ],
)
def test_building_works_are_no_document(text):
    assert analyze(text).claims[-1].kind == "fact"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an actor that "s'est déclaré contre" takes a stand; a fire breaks out
        ("Le syndicat Sud s'est déclaré contre la réforme des retraites.", "Sud"),
        ("Le préfet s'est déclaré mardi en faveur du contournement.", "préfet"),
        # who confides is no task entrusted, though "direction" or "présidence" can be
        ("La présidence a confié au Monde que le remaniement interviendrait en mai.", "présidence"),
    ],
)
def test_actors_that_declare_or_confide(text, speaker):
    c = only_claim(text)
    assert (c.kind, c.speaker) == ("reported", speaker)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Vérifiez vos détecteurs de fumée, recommande le commandant Marc Aubry.", "Marc Aubry"),
        ('"Rentrez chez vous", a lancé le préfet Paul Roux aux manifestants.', "Paul Roux"),
    ],
)
def test_an_imperative_someone_is_said_to_utter_is_theirs(text, speaker):
    c = only_claim(text)
    assert (c.kind, c.speaker) == ("reported", speaker)


def test_a_past_conditional_after_a_source_carries_its_account():
    text = (
        "La candidate Marie Duval affirme que son équipe a relevé des irrégularités dans "
        "300 bureaux. Des urnes auraient été acheminées vers des bureaux fermés."
    )
    c = claim_with(text, "Des urnes")
    assert (c.kind, c.speaker, c.attribution) == ("reported", "Marie Duval", "carried")


def test_a_present_conditional_after_a_plain_report_stays_the_author_s():
    text = (
        "Le ministre Paul Roux a rappelé que le pays est sous sanctions. "
        "Toute coopération violerait les résolutions."
    )
    assert claim_with(text, "Toute coopération").kind == "hedged"


def test_c_est_ce_qu_avance_attributes_the_sentence_before():
    text = (
        "Chanter dans une chorale aiderait à préserver la mémoire. C'est ce qu'avance une "
        "étude publiée mardi par une équipe de l'Institut Pasteur."
    )
    c = analyze(text).claims[0]
    assert (c.kind, c.speaker, c.start) == ("reported", "Institut Pasteur", 0)


@pytest.mark.parametrize(
    "text",
    [
        # the speech verbs of a clause that is the subject, or under a rhetorical question
        "Que des ministres successifs aient préféré l'oublier en dit long sur leur courage.",
        "Faut-il rappeler que la réforme de 2013 avait fini par être détricotée ?",
    ],
)
def test_speech_inside_the_author_s_own_frame_is_the_author_s(text):
    assert [(c.kind, c.speaker) for c in analyze(text).claims] == [("opinion", "author")]


def test_an_unnamed_speaker_behind_an_adjective_and_a_relative_clause():
    text = (
        "Un spécialiste du vieillissement cérébral, qui a relu l'étude, estime que "
        "l'échantillon est trop petit."
    )
    assert only_claim(text).kind == "anonymous"


@pytest.mark.parametrize(
    "text", ["Le ministre Paul Roux ne dit rien.", "Le ministre Paul Roux n'a cité aucun pays."]
)
def test_saying_nothing_is_no_claim(text):
    assert analyze(text).claims == []


def test_a_document_published_by_a_named_body_is_that_body_s():
    text = (
        "Selon les résultats définitifs publiés lundi soir par la commission électorale "
        "centrale, le président sortant a été réélu avec 52,4 % des voix."
    )
    c = only_claim(text)
    assert (c.kind, c.speaker, c.source) == (
        "reported",
        "commission électorale centrale",
        "document",
    )


def test_a_masked_speaker_the_parse_lost_is_still_an_unnamed_person():
    text = (
        "Un spécialiste du vieillissement, qui a relu l'article et souhaite rester anonyme, "
        "juge les résultats « intéressants mais fragiles »."
    )
    c = only_claim(text)
    assert (c.kind, c.source) == ("anonymous", "unidentified_person")


def test_se_souvenir_in_an_incise():
    text = "« Elle avait une tête de mule », se souvient Rachid Belkheir, son entraîneur."
    assert (only_claim(text).kind, only_claim(text).speaker) == ("reported", "Rachid Belkheir")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the lemmatiser takes "montre" for the noun (a watch): still a finding shown
        ("Une étude de l'Inserm montre une hausse de 12 % depuis 2015.", "Inserm"),
        # "peu de" is what the study shows, not a study that says nothing
        ("Une étude de l'Inserm montre peu de progrès depuis 2015.", "Inserm"),
        # "relevés" ends like "salariés", yet documents are nobody's group
        ("Les relevés d'Airparif montrent une hausse de 70 % des particules.", "Airparif"),
    ],
)
def test_what_a_document_shows_is_its_owners(text, speaker):
    a = analyze(text)
    assert [(c.kind, c.speaker) for c in a.claims] == [("reported", speaker)]
    assert [x.name for x in a.actors] == [speaker]


def test_a_document_of_nobody_we_know_keeps_its_figure():
    # "ses" finds no one before it: the figure stays, as the author's
    assert [
        (c.kind, c.speaker) for c in analyze("Ses relevés montrent une hausse de 70 %.").claims
    ] == [("fact", "author")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # any verb in an incise after a quotation reports it, even one no lexicon lists
        (
            "Marc Olier dirige la chorale. « On chante faux, mais ensemble », sourit-il.",
            "Marc Olier",
        ),
        ("Léa Brun arbitre le match. « Recule d'un pas ! », lance-t-elle au pilier.", "Léa Brun"),
        # a person no suffix tells, named before
        (
            "Anne Roussel a perdu sa maison en mars. « On repart de rien », confie la mère.",
            "Anne Roussel",
        ),
        # "parler de « ... »": the quoted words are the speaker's
        ("Le maire, Paul Cérès, parle d'un « gâchis financier ».", "Paul Cérès"),
        # "Pour elle, ...": the view of the person just named
        (
            "Inès Morel étudie les rivières depuis 2010. Pour elle, la sécheresse "
            "« change la donne ».",
            "Inès Morel",
        ),
        # who prefers to stay discreet is nobody the reader can identify
        (
            "Un cadre de la mairie, qui préfère rester discret, parle d'« une erreur de calendrier ».",
            "anonymous",
        ),
    ],
)
def test_incises_and_frames_the_press_uses_for_a_speaker(text, speaker):
    assert analyze(text).claims[-1].speaker == speaker


def test_an_infinitive_in_a_list_has_no_subject_after_it():
    # not "demander ... à un inconnu" said by "un inconnu"
    text = "Le passé avait du bon : compter ses pièces, demander un conseil à un inconnu."
    assert not [c for c in analyze(text).claims if c.kind in ("reported", "anonymous")]


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # an inverted "on" after a comma: an incise nobody signs
        (
            "Le budget serait revu en juin, glisse-t-on à la mairie.",
            [("anonymous", "anonymous")],
        ),
        # "se demander" wonders: nothing is asserted by the study
        ("L'enquête s'est demandé si les chiffres tenaient.", []),
        # a gesture, a colon and a quotation: the words of the person the pronoun names
        (
            "Paul Vernet a quitté le club en 2019. Il hausse les épaules : « Je ne regrette rien. »",
            [("fact", "author"), ("reported", "Paul Vernet")],
        ),
        # an author's call that someone voices in an incise is theirs
        (
            "Il faut réserver à l'avance, a conseillé la guide Anne Roy.",
            [("reported", "Anne Roy")],
        ),
    ],
)
def test_incises_wonder_and_gestures(text, claims):
    assert [(c.kind, c.speaker) for c in analyze(text).claims] == claims


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a thing as a subject is nobody a later "elle" refers to
        (
            "Lucie Marchal tient ses carnets depuis 1990. Une armoire entière ploie sous "
            "les cahiers. « Tout y est », sourit-elle.",
            "Lucie Marchal",
        ),
        # an unnamed person, even one no suffix tells, is
        (
            "Sur le quai, un vieux garde-chasse se souvient. « Ici, tout a changé », dit-il.",
            "anonymous",
        ),
    ],
)
def test_who_a_pronoun_after_an_unnamed_subject_refers_to(text, speaker):
    assert analyze(text).claims[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # "raconter" with what is told as its object, not only a que-clause
        (
            "Le chef de chantier, Paul Gervais, a raconté les matins où il trouvait les "
            "tranchées vides.",
            [("reported", "Paul Gervais")],
        ),
        # a film tells a story: nobody's claim
        ("Le film raconte l'histoire d'un boxeur de Lens.", []),
    ],
)
def test_what_someone_tells(text, claims):
    assert [(c.kind, c.speaker) for c in analyze(text).claims] == claims
