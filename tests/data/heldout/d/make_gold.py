"""Builds the *.gold.json files beside it from the annotations below, computing
the character offsets of each claim (the sentence found by its full text).
Held-out set D, annotated before the analyzer was run on these texts.
Run: python3 tests/data/heldout/d/make_gold.py"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/data: the shared builder
from gold_builder import builder

build = builder(__file__)

ECOLOS = "groupe Écologiste et social"
LFI = "La France insoumise"
RN = "Rassemblement national"

build(
    "trains-de-nuit-assemblee",
    [
        ("Assemblée nationale", "ORG", ["Assemblée nationale"]),
        (ECOLOS, "ORG", [ECOLOS, "écologistes"]),
        (
            "Hélène Bardet",
            "PER",
            [
                "Hélène Bardet",
                "Bardet",
                "rapporteure du texte",
                "députée de la Drôme",
                "élue écologiste",
            ],
        ),
        ("gauche", "GROUP", ["gauche"]),
        (LFI, "ORG", [LFI, "LFI"]),
        ("Mathis Le Goff", "PER", ["Mathis Le Goff", "député LFI du Finistère"]),
        ("Les Républicains", "ORG", ["Les Républicains", "LR"]),
        (RN, "ORG", [RN, "RN"]),
        ("Franck Delorme", "PER", ["Franck Delorme", "député RN de l'Aisne"]),
        (
            "Bruno Lestrade",
            "PER",
            ["Bruno Lestrade", "Lestrade", "ministre délégué aux Transports"],
        ),
        ("Bercy", "ORG", ["Bercy"]),
        ("droite", "GROUP", ["droite"]),
        ("Jean-Yves Corbel", "PER", ["Jean-Yves Corbel", "sénateur LR de la Manche"]),
    ],
    [
        (
            "L'Assemblée nationale a adopté jeudi soir, par 312 voix contre 204, la proposition de loi visant à relancer les trains de nuit, portée par le groupe Écologiste et social.",
            "author",
            "fact",
        ),
        (
            "Le texte prévoit la réouverture d'au moins six lignes d'ici à 2030.",
            "author",
            "fact",
        ),
        (
            "« C'est une victoire pour tous ceux qui n'ont pas de voiture, et pour le climat », s'est félicitée la rapporteure du texte, Hélène Bardet, députée de la Drôme.",
            "Hélène Bardet",
            "reported",
        ),
        (
            "L'élue écologiste a rappelé que la France comptait encore une trentaine de lignes de nuit au début des années 2000.",
            "Hélène Bardet",
            "reported",
        ),
        (
            "Les députés de La France insoumise (LFI) ont toutefois jugé le financement « très insuffisant ».",
            LFI,
            "reported",
        ),
        (
            "« Sans un milliard d'euros par an, ces trains resteront une promesse de campagne », a lancé Mathis Le Goff, député LFI du Finistère.",
            "Mathis Le Goff",
            "reported",
        ),
        (
            "Pour le député RN de l'Aisne, Franck Delorme, « l'argent public doit d'abord aller aux petites lignes du quotidien, pas aux trains de vacances ».",
            "Franck Delorme",
            "reported",
        ),
        (
            "Le RN estime que le coût du texte dépasserait 400 millions d'euros sur cinq ans.",
            RN,
            "reported",
        ),
        (
            "Le ministre délégué aux Transports, Bruno Lestrade, a promis que l'État financerait « au moins trois lignes » dès 2027, sans préciser lesquelles.",
            "Bruno Lestrade",
            "reported",
        ),
        (
            "Selon un conseiller ministériel, Bercy aurait déjà bloqué une première version du plan de financement.",
            "anonymous",
            "anonymous",
        ),
        (
            "Interrogé sur ce point, M. Lestrade a assuré qu'il n'y avait « aucun désaccord au sein du gouvernement ».",
            "Bruno Lestrade",
            "reported",
        ),
        (
            "Les écologistes, eux, promettent de revenir à la charge lors de l'examen du budget.",
            ECOLOS,
            "reported",
        ),
        (
            "Mme Bardet a d'ailleurs annoncé le dépôt d'un amendement de 150 millions d'euros pour la rénovation des voitures-couchettes.",
            "Hélène Bardet",
            "reported",
        ),
        ("La droite sénatoriale devrait compliquer la suite.", "author", "hedged"),
        (
            "Le texte sera examiné au Sénat en février, où Les Républicains détiennent la majorité.",
            "author",
            "fact",
        ),
        (
            "« Nous l'amenderons sérieusement, car personne ne sait qui paiera », prévient déjà le sénateur LR de la Manche, Jean-Yves Corbel.",
            "Jean-Yves Corbel",
            "reported",
        ),
        (
            "Reste que ce vote, arraché au bout d'une nuit de débats, a tout d'une victoire à la Pyrrhus pour une gauche qui n'a ni l'argent ni le Sénat.",
            "author",
            "opinion",
        ),
    ],
)

CIEM = "Conseil international pour l'exploration de la mer"

build(
    "maquereau-oslo-londres",
    [
        ("Norvège", "GPE", ["Norvège", "Oslo", "gouvernement norvégien"]),
        ("Royaume-Uni", "GPE", ["Royaume-Uni", "Londres", "Britanniques"]),
        ("Siri Haugland", "PER", ["Siri Haugland", "ministre norvégienne de la Pêche"]),
        ("pêcheurs norvégiens", "GROUP", ["pêcheurs norvégiens"]),
        ("Arne Vik", "PER", ["Arne Vik", "patron d'un chalutier d'Ålesund"]),
        (
            "Tom Whitfield",
            "PER",
            ["Tom Whitfield", "Whitfield", "secrétaire d'État chargé de la Pêche"],
        ),
        ("Chambre des communes", "ORG", ["Chambre des communes"]),
        ("BBC", "ORG", ["BBC"]),
        ("Union européenne", "ORG", ["Bruxelles"]),
        (
            "Lars Bratli",
            "PER",
            ["Lars Bratli", "ministre norvégien des Affaires étrangères"],
        ),
        ("Islande", "GPE", ["Islande", "Reykjavik"]),
        (
            "Fiona McLeod",
            "PER",
            ["Fiona McLeod", "porte-parole de l'Association des pêcheurs d'Écosse"],
        ),
        (CIEM, "ORG", [CIEM, "CIEM"]),
    ],
    [
        (
            "Après six mois de bras de fer, la Norvège et le Royaume-Uni ont signé mardi à Bergen un accord sur le partage des quotas de maquereau en mer du Nord.",
            "author",
            "fact",
        ),
        (
            "Londres obtient 22 % des captures autorisées pour 2027, contre 17 % jusqu'ici, selon le texte publié par le gouvernement norvégien.",
            "Norvège",
            "reported",
        ),
        (
            "La ministre norvégienne de la Pêche, Siri Haugland, a salué « un compromis équilibré, qui protège le stock pour les générations futures ».",
            "Siri Haugland",
            "reported",
        ),
        (
            "Les pêcheurs norvégiens dénoncent au contraire un accord bradé.",
            "pêcheurs norvégiens",
            "reported",
        ),
        (
            "« On nous a sacrifiés pour sauver la face », déplore Arne Vik, patron d'un chalutier d'Ålesund, joint par téléphone.",
            "Arne Vik",
            "reported",
        ),
        (
            "Le secrétaire d'État chargé de la Pêche, Tom Whitfield, a affirmé devant la Chambre des communes que l'accord représentait « plus de 40 millions de livres par an » pour les ports écossais.",
            "Tom Whitfield",
            "reported",
        ),
        (
            "Les Britanniques réclamaient pourtant 25 % des quotas au début des négociations.",
            "Royaume-Uni",
            "reported",
        ),
        (
            "Whitfield a reconnu mercredi sur la BBC que Londres avait « dû lâcher du lest sur le hareng ».",
            "Tom Whitfield",
            "reported",
        ),
        (
            "En mai, Oslo avait interdit aux navires britanniques l'accès à ses eaux pendant trois semaines, une mesure qualifiée de « provocation » par Londres.",
            "Royaume-Uni",
            "reported",
        ),
        (
            "Selon un diplomate européen en poste à Oslo, Bruxelles aurait discrètement pesé pour un compromis, craignant une contagion au dossier du hareng.",
            "anonymous",
            "anonymous",
        ),
        (
            "Le ministre norvégien des Affaires étrangères, Lars Bratli, a pour sa part estimé que l'accord « montre que le dialogue paie ».",
            "Lars Bratli",
            "reported",
        ),
        (
            "Il a ajouté qu'Oslo proposerait dès janvier un cadre similaire à l'Islande et aux îles Féroé.",
            "Lars Bratli",
            "reported",
        ),
        (
            "« Tant que nos bateaux restent à quai une semaine sur deux, un accord signé à Bergen ne change rien », tranche Fiona McLeod, porte-parole de l'Association des pêcheurs d'Écosse.",
            "Fiona McLeod",
            "reported",
        ),
        (
            "Reste que l'accord ne règle rien sur le fond : le maquereau, qui remonte vers le nord à mesure que la mer se réchauffe, pourrait bientôt quitter les eaux britanniques.",
            "author",
            "hedged",
        ),
        (
            "Les scientifiques du Conseil international pour l'exploration de la mer (CIEM) recommandent d'ailleurs de baisser les captures totales de 15 % l'an prochain.",
            CIEM,
            "reported",
        ),
        (
            "Une évidence que les deux capitales feignent d'ignorer, bien sûr.",
            "author",
            "opinion",
        ),
    ],
)

CTAR = "Compagnie des transports de l'agglomération rouennaise"
CGT = "Confédération générale du travail"

build(
    "greve-bus-rouen",
    [
        (CTAR, "ORG", [CTAR, "CTAR", "direction", "entreprise"]),
        ("conducteurs", "GROUP", ["conducteurs"]),
        ("grévistes", "GROUP", ["grévistes"]),
        (
            "Nadia Ferhat",
            "PER",
            ["Nadia Ferhat", "Ferhat", "déléguée de la Confédération générale du travail"],
        ),
        (CGT, "ORG", [CGT, "CGT"]),
        ("Philippe Aubertin", "PER", ["Philippe Aubertin", "directeur général"]),
        ("Force ouvrière", "ORG", ["Force ouvrière", "FO"]),
        ("usagers", "GROUP", ["usagers"]),
        ("Léa", "PER", ["Léa"]),
        (
            "Métropole Rouen Normandie",
            "ORG",
            ["Métropole Rouen Normandie", "autorité organisatrice des transports"],
        ),
        ("Michel Grandin", "PER", ["Michel Grandin", "président"]),
        ("Rouen Cœur de Ville", "ORG", ["Rouen Cœur de Ville"]),
    ],
    [
        (
            "Grève des bus à Rouen : les conducteurs promettent d'« aller jusqu'au bout »",
            "conducteurs",
            "reported",
        ),
        (
            "Aucun bus ni tramway n'a circulé lundi dans l'agglomération rouennaise, au premier jour d'une grève reconductible lancée par l'intersyndicale de la Compagnie des transports de l'agglomération rouennaise (CTAR).",
            "author",
            "fact",
        ),
        (
            "Selon la direction, 87 % des conducteurs étaient en grève dans la matinée.",
            CTAR,
            "reported",
        ),
        (
            "Les grévistes réclament une hausse de 150 euros nets par mois et l'embauche de 40 conducteurs supplémentaires.",
            "grévistes",
            "reported",
        ),
        (
            "« On enchaîne des journées de dix heures avec des pauses de vingt minutes. Les gens ne se rendent pas compte », explique Nadia Ferhat, déléguée de la Confédération générale du travail (CGT), conductrice depuis quinze ans.",
            "Nadia Ferhat",
            "reported",
        ),
        (
            "La direction de la CTAR juge ces revendications « irréalistes ».",
            CTAR,
            "reported",
        ),
        (
            "Son directeur général, Philippe Aubertin, a indiqué qu'une hausse de 150 euros coûterait « près de 2,5 millions d'euros par an » à l'entreprise, déjà fragilisée par la baisse de la fréquentation.",
            "Philippe Aubertin",
            "reported",
        ),
        (
            "Il a proposé une prime ponctuelle de 300 euros.",
            "Philippe Aubertin",
            "reported",
        ),
        (
            "Une offre jugée « insultante » par Force ouvrière (FO).",
            "Force ouvrière",
            "reported",
        ),
        (
            "« J'ai trois heures de marche pour aller en cours et revenir », soupire Léa, 19 ans, étudiante en droit.",
            "Léa",
            "reported",
        ),
        (
            "La Métropole Rouen Normandie, autorité organisatrice des transports, a demandé aux deux parties de « reprendre le dialogue sans délai ».",
            "Métropole Rouen Normandie",
            "reported",
        ),
        (
            "Son président, Michel Grandin, a estimé mardi que la grève coûtait « environ 300 000 euros par jour » à l'économie locale.",
            "Michel Grandin",
            "reported",
        ),
        (
            "De source syndicale, une réunion de médiation pourrait se tenir jeudi en préfecture.",
            "anonymous",
            "anonymous",
        ),
        (
            "Le syndicat Force ouvrière menace d'étendre le mouvement aux agents de maintenance.",
            "Force ouvrière",
            "reported",
        ),
        (
            "La CGT a appelé à un rassemblement mercredi devant le siège de la CTAR.",
            CGT,
            "reported",
        ),
        (
            "Mme Ferhat assure que « les conducteurs tiendront tant qu'il le faudra ».",
            "Nadia Ferhat",
            "reported",
        ),
        (
            "Selon l'association Rouen Cœur de Ville, la fréquentation des boutiques aurait chuté d'un tiers depuis lundi.",
            "Rouen Cœur de Ville",
            "reported",
        ),
        (
            "Les usagers, premiers pénalisés, pourraient encore attendre plusieurs jours avant de revoir un bus.",
            "author",
            "hedged",
        ),
        (
            "Voilà des années que ce réseau est géré à la petite semaine, et ce sont les usagers qui en paient aujourd'hui le prix fort.",
            "author",
            "opinion",
        ),
    ],
)

IRP = "Institut de recherche sur les pollinisateurs"
URU = "Union des ruchers urbains"

build(
    "abeilles-sauvages-lyon",
    [
        (IRP, "ORG", [IRP, "IRP", "institut"]),
        ("chercheurs", "GROUP", ["chercheurs", "auteurs"]),
        ("Camille Roussel", "PER", ["Camille Roussel", "entomologiste", "chercheuse"]),
        ("apiculteurs", "GROUP", ["apiculteurs urbains", "apiculteurs lyonnais"]),
        (URU, "ORG", [URU, "URU", "fédération"]),
        ("Gérard Mollon", "PER", ["Gérard Mollon", "président"]),
        ("mairie de Lyon", "ORG", ["mairie de Lyon"]),
    ],
    [
        (
            "Les abeilles sauvages ont presque disparu de certains quartiers de Lyon.",
            IRP,
            "reported",
        ),
        (
            "C'est le constat d'une étude publiée mercredi dans la revue Urban Ecology par une équipe de l'Institut de recherche sur les pollinisateurs (IRP), basé à Villeurbanne.",
            "author",
            "fact",
        ),
        (
            "Pendant quatre ans, les chercheurs ont compté les insectes de 212 jardins, parcs et toitures de la métropole.",
            "author",
            "fact",
        ),
        (
            "Selon leurs résultats, le nombre d'espèces observées chute de 46 % dans les secteurs les plus bétonnés, contre 12 % en périphérie.",
            "chercheurs",
            "reported",
        ),
        (
            "« Ce n'est pas la pollution qui tue les abeilles, c'est l'absence de fleurs et de sol nu pour nicher », résume l'entomologiste Camille Roussel, qui a dirigé l'étude.",
            "Camille Roussel",
            "reported",
        ),
        (
            "Les auteurs recommandent de laisser au moins 10 % de la surface des parcs en friche.",
            "chercheurs",
            "reported",
        ),
        (
            "La chercheuse reconnaît toutefois que l'échantillon reste limité : « Nous n'avons étudié qu'une ville. Il faudra répéter l'exercice à Marseille ou à Lille avant de généraliser. »",
            "Camille Roussel",
            "reported",
        ),
        (
            "Le déclin pourrait aussi s'expliquer en partie par les étés caniculaires de 2022 et 2023, que l'étude ne prend pas en compte.",
            "author",
            "hedged",
        ),
        (
            "Les apiculteurs urbains contestent en partie ces conclusions.",
            "apiculteurs",
            "reported",
        ),
        (
            "Leur fédération, l'Union des ruchers urbains (URU), rappelle que les ruches d'abeilles domestiques se sont multipliées en ville depuis dix ans.",
            URU,
            "reported",
        ),
        (
            "Or plusieurs travaux ont montré que ces colonies pouvaient priver les abeilles sauvages de nectar.",
            "anonymous",
            "anonymous",
        ),
        (
            "« On nous désigne comme coupables, c'est un peu facile », estime son président, Gérard Mollon.",
            "Gérard Mollon",
            "reported",
        ),
        (
            "D'après lui, les apiculteurs lyonnais ont déjà réduit de moitié le nombre de ruches sur les toits depuis 2021.",
            "Gérard Mollon",
            "reported",
        ),
        ("L'IRP, de son côté, affirme n'avoir « visé personne ».", IRP, "reported"),
        (
            "Dans un communiqué publié jeudi, l'institut précise que les ruches domestiques ne représentent « qu'un facteur parmi d'autres ».",
            IRP,
            "reported",
        ),
        (
            "La mairie de Lyon a annoncé qu'elle cesserait de tondre 30 hectares d'espaces verts dès le printemps.",
            "mairie de Lyon",
            "reported",
        ),
        (
            "D'après un agent des espaces verts, le projet manquerait encore de jardiniers formés.",
            "anonymous",
            "anonymous",
        ),
        (
            "Une bonne nouvelle, enfin, dans un dossier où les mauvaises se suivent avec une régularité de métronome.",
            "author",
            "opinion",
        ),
    ],
)
