"""Builds the held-out *.gold.json files beside it from the annotations below,
computing the character offsets of each claim (the sentence found by its full text).
Run: python3 tests/data/heldout/b/make_gold.py"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/data: the shared builder
from gold_builder import builder

build = builder(__file__)


build(
    "ue-fonds-mobilite-militaire",
    [
        ("Commission européenne", "ORG", ["Commission européenne"]),
        (
            "Jonas Valtkus",
            "PER",
            ["Jonas Valtkus", "commissaire chargé de la Défense", "commissaire lituanien"],
        ),
        ("Cour des comptes européenne", "ORG", ["Cour des comptes européenne"]),
        ("Allemagne", "GPE", ["Berlin"]),
        ("Marleen Dijkhuis", "PER", ["Marleen Dijkhuis", "ministre néerlandaise des Finances"]),
        ("Pays-Bas", "GPE", ["La Haye"]),
        (
            "Tomasz Wierzbicki",
            "PER",
            ["Tomasz Wierzbicki", "Wierzbicki", "ministre polonais de la Défense"],
        ),
        ("Pologne", "GPE", ["Pologne", "Varsovie"]),
        ("AFP", "ORG", ["AFP"]),
        ("Otan", "ORG", ["Otan", "Alliance atlantique", "Alliance"]),
        ("Radu Ionescu", "PER", ["Radu Ionescu", "secrétaire général adjoint"]),
        ("Russie", "GPE", ["Moscou", "Russie"]),
    ],
    [
        (
            "La Commission européenne a présenté jeudi un projet de fonds de 40 milliards d'euros destiné à adapter routes, ponts et voies ferrées au passage des convois militaires d'ici à 2030.",
            "author",
            "fact",
        ),
        (
            "« Nos armées ne servent à rien si leurs chars restent bloqués devant un pont trop fragile », a fait valoir le commissaire chargé de la Défense, Jonas Valtkus, lors d'une conférence de presse.",
            "Jonas Valtkus",
            "reported",
        ),
        (
            "Le commissaire lituanien a souligné qu'une armée européenne mettait aujourd'hui jusqu'à 45 jours pour obtenir l'autorisation de traverser un pays voisin.",
            "Jonas Valtkus",
            "reported",
        ),
        (
            "Il a insisté sur la nécessité de « rattraper vingt ans de sous-investissement ».",
            "Jonas Valtkus",
            "reported",
        ),
        (
            "Selon la Cour des comptes européenne, seuls 12 % des axes jugés prioritaires en 2018 ont depuis été mis aux normes militaires.",
            "Cour des comptes européenne",
            "reported",
        ),
        (
            "Berlin a fait savoir dès mercredi soir qu'il ne soutiendrait aucun nouvel emprunt commun.",
            "Allemagne",
            "reported",
        ),
        (
            "La ministre néerlandaise des Finances, Marleen Dijkhuis, a prévenu que La Haye « ne signerait pas de chèque en blanc » et a réclamé des contreparties strictes.",
            "Marleen Dijkhuis",
            "reported",
        ),
        (
            "À l'inverse, le ministre polonais de la Défense, Tomasz Wierzbicki, a salué « un tournant historique » et estimé que l'enveloppe devrait être doublée.",
            "Tomasz Wierzbicki",
            "reported",
        ),
        (
            "La Pologne consacre 4,1 % de son produit intérieur brut à sa défense, la part la plus élevée de l'Alliance atlantique.",
            "author",
            "fact",
        ),
        (
            "Interrogé par l'AFP, M. Wierzbicki a démenti que Varsovie ait exigé une part réservée du fonds.",
            "Tomasz Wierzbicki",
            "reported",
        ),
        (
            "« Tout le monde veut des ponts solides, personne ne veut les payer », a résumé un diplomate européen, sous couvert d'anonymat.",
            "anonymous",
            "anonymous",
        ),
        (
            "L'Otan a de son côté salué une initiative qui « comble une faille connue de tous ».",
            "Otan",
            "reported",
        ),
        (
            "Selon l'Alliance, un convoi blindé a mis onze jours à traverser trois pays lors d'un exercice mené l'automne dernier en Roumanie.",
            "Otan",
            "reported",
        ),
        (
            "Son secrétaire général adjoint, Radu Ionescu, a estimé que les deux institutions devaient désormais « planifier ensemble chaque kilomètre ».",
            "Radu Ionescu",
            "reported",
        ),
        (
            "Moscou a aussitôt dénoncé un projet « agressif » tourné contre la Russie.",
            "Russie",
            "reported",
        ),
        (
            "Le texte pourrait être sensiblement amendé avant le sommet européen des 26 et 27 juin.",
            "author",
            "hedged",
        ),
        (
            "Les ministres de la Défense des Vingt-Sept en débattront une première fois le 2 avril à Luxembourg.",
            "author",
            "fact",
        ),
    ],
)

build(
    "thermelis-resultats-annuels",
    [
        (
            "Thermelis",
            "ORG",
            ["Thermelis", "fabricant lyonnais de pompes à chaleur", "groupe", "direction"],
        ),
        ("Olivier Ferrand", "PER", ["Olivier Ferrand", "PDG"]),
        ("Claire Ménétrier", "PER", ["Claire Ménétrier", "Ménétrier", "directrice financière"]),
        ("Lorrain Frères", "ORG", ["Lorrain Frères", "banque Lorrain Frères"]),
        ("Syndicat autonome des métaux", "ORG", ["Syndicat autonome des métaux", "SAM"]),
        ("Karim Bensalem", "PER", ["Karim Bensalem", "délégué du SAM"]),
        ("salariés", "GROUP", ["salariés de Vierzon", "salariés"]),
    ],
    [
        (
            "Le fabricant lyonnais de pompes à chaleur Thermelis a vu son chiffre d’affaires reculer de 7 % en 2024, à 2,84 milliards d’euros, et son bénéfice net fondre de moitié, à 96 millions d’euros.",
            "author",
            "fact",
        ),
        (
            "La marge opérationnelle s’est établie à 6,2 %, contre 8,9 % un an plus tôt.",
            "author",
            "fact",
        ),
        (
            "Le PDG, Olivier Ferrand, a déclaré : « Nous avons traversé une année de transition, pas une année de crise. La demande européenne a calé, mais nos carnets de commandes repartent depuis janvier. »",
            "Olivier Ferrand",
            "reported",
        ),
        (
            "Il a attribué ce recul à la baisse des aides publiques à la rénovation énergétique dans plusieurs pays européens.",
            "Olivier Ferrand",
            "reported",
        ),
        (
            "« Nous ne fermerons aucune usine en France », a-t-il ajouté devant la presse.",
            "Olivier Ferrand",
            "reported",
        ),
        (
            "La directrice financière, Claire Ménétrier, a précisé que la dette nette avait été ramenée à 1,1 milliard d’euros grâce à la vente d’une filiale espagnole.",
            "Claire Ménétrier",
            "reported",
        ),
        (
            "Mme Ménétrier a également confirmé un plan d’économies de 150 millions d’euros sur deux ans, sans en détailler les effets sur l’emploi.",
            "Claire Ménétrier",
            "reported",
        ),
        (
            "Thermelis vise un retour à la croissance dès le second semestre.",
            "Thermelis",
            "reported",
        ),
        (
            "Les analystes de la banque Lorrain Frères jugent ce plan « nécessaire mais tardif » et ont abaissé leur objectif de cours de 54 à 46 euros.",
            "Lorrain Frères",
            "reported",
        ),
        (
            "Ils estiment que le groupe a trop tardé à réduire ses stocks.",
            "Lorrain Frères",
            "reported",
        ),
        ("L’action Thermelis a perdu 31 % depuis le 1er janvier.", "author", "fact"),
        (
            "Elle pourrait encore souffrir vendredi à l’ouverture de la Bourse de Paris.",
            "author",
            "hedged",
        ),
        ("Le groupe a pourtant maintenu son dividende à 1,20 euro par action.", "author", "fact"),
        (
            "Le Syndicat autonome des métaux (SAM), majoritaire chez Thermelis, dénonce « une politique du dividende au détriment des salaires ».",
            "Syndicat autonome des métaux",
            "reported",
        ),
        (
            "« On nous parle de transition, nous, on vit au rythme du chômage partiel », a lâché Karim Bensalem, délégué du SAM à l’usine de Vierzon.",
            "Karim Bensalem",
            "reported",
        ),
        (
            "Les salariés de Vierzon redoutent une nouvelle fermeture de ligne d’ici à l’été.",
            "salariés",
            "reported",
        ),
        (
            "Ils ont été placés en chômage partiel pendant 23 jours depuis septembre.",
            "author",
            "fact",
        ),
        (
            "Pour un groupe qui se rêvait en champion de la transition énergétique, la douche est glacée.",
            "author",
            "opinion",
        ),
        (
            "Le marché européen des pompes à chaleur devrait toutefois se redresser en 2025, porté par la hausse des prix du gaz.",
            "author",
            "hedged",
        ),
        (
            "La marge de Thermelis pourrait atteindre 8 % dès 2026 si les aides publiques sont rétablies en Allemagne et en Italie.",
            "author",
            "hedged",
        ),
        ("Les résultats du premier trimestre seront publiés le 24 avril.", "author", "fact"),
    ],
)

build(
    "coupe-france-chambery",
    [
        (
            "Olympique chambérien",
            "ORG",
            [
                "Olympique chambérien",
                "OC",
                "Chambériens",
                "club savoyard",
                "Petit Poucet chambérien",
            ],
        ),
        ("AS Montferrand", "ORG", ["AS Montferrand", "Montferrand", "club auvergnat"]),
        ("Ibrahima Sarr", "PER", ["Ibrahima Sarr"]),
        ("Yanis Bouaziz", "PER", ["Yanis Bouaziz", "Bouaziz", "Facteur"]),
        ("Julien Mercadier", "PER", ["Julien Mercadier", "Mercadier", "capitaine"]),
        ("Patrice Garnier", "PER", ["Patrice Garnier", "Garnier", "entraîneur chambérien"]),
        ("L'Écho savoyard", "ORG", ["L'Écho savoyard"]),
        ("Didier Rocca", "PER", ["Didier Rocca", "Rocca", "entraîneur de Montferrand"]),
        (
            "Fédération française de football",
            "ORG",
            ["Fédération française de football", "FFF", "instance"],
        ),
        ("supporters chambériens", "GROUP", ["supporters chambériens", "supporters"]),
        ("Chambéry", "GPE", ["ville de Chambéry", "Chambéry"]),
    ],
    [
        (
            "L'Olympique chambérien (OC), pensionnaire de National 2, a éliminé mercredi soir l'AS Montferrand en huitièmes de finale de la Coupe de France, en s'imposant 2-1 devant 7 300 spectateurs.",
            "author",
            "fact",
        ),
        (
            "Montferrand, qui occupe la cinquième place de Ligue 1, avait ouvert le score dès la 12e minute par Ibrahima Sarr.",
            "author",
            "fact",
        ),
        (
            "Yanis Bouaziz, surnommé « le Facteur » par les supporters pour sa régularité, a égalisé à la 44e minute d'une frappe croisée.",
            "author",
            "fact",
        ),
        (
            "Le Facteur a encore frappé à la 87e minute, de la tête, sur un corner de son capitaine, Julien Mercadier.",
            "author",
            "fact",
        ),
        (
            "« On a joué avec nos tripes, et ce soir les tripes ont battu le budget », a lancé l'entraîneur chambérien, Patrice Garnier, au bord de la pelouse.",
            "Patrice Garnier",
            "reported",
        ),
        (
            "Il a assuré que son groupe « n'avait peur de personne » avant le tirage au sort des quarts.",
            "Patrice Garnier",
            "reported",
        ),
        (
            "Garnier a salué la performance de Mercadier, touché à la cheville en fin de match.",
            "Patrice Garnier",
            "reported",
        ),
        (
            "« Je livre ce que l'équipe me donne, c'est tout. Mon grand-père était en tribune, je crois qu'il a pleuré plus que moi », a confié Bouaziz au quotidien L'Écho savoyard.",
            "Yanis Bouaziz",
            "reported",
        ),
        (
            "L'entraîneur de Montferrand, Didier Rocca, a regretté « un manque d'humilité coupable » de ses joueurs.",
            "Didier Rocca",
            "reported",
        ),
        (
            "« Nous avons cru que le match se jouerait tout seul. C'est ma responsabilité et je l'assume », a ajouté Rocca.",
            "Didier Rocca",
            "reported",
        ),
        (
            "Selon plusieurs sources internes, la direction du club auvergnat envisagerait de se séparer de lui avant la fin du mois.",
            "anonymous",
            "anonymous",
        ),
        (
            "Le budget de l'Olympique chambérien, 1,8 million d'euros, représente moins d'un trentième de celui de son adversaire.",
            "author",
            "fact",
        ),
        (
            "Bien sûr, un Petit Poucet n'a rien à perdre, et c'est précisément ce qui le rend si dangereux.",
            "author",
            "opinion",
        ),
        (
            "La Fédération française de football (FFF) a annoncé l'ouverture d'une enquête disciplinaire.",
            "Fédération française de football",
            "reported",
        ),
        (
            "L'instance a précisé que le club savoyard risquait une amende et la fermeture partielle de son stade pour un match.",
            "Fédération française de football",
            "reported",
        ),
        (
            "Ils réclament déjà un écran géant pour le prochain tour.",
            "supporters chambériens",
            "reported",
        ),
        (
            "La ville de Chambéry a promis de l'installer devant l'hôtel de ville si l'OC devait jouer à l'extérieur.",
            "Chambéry",
            "reported",
        ),
        (
            "L'OC pourrait tomber sur un cador de Ligue 1 lors du tirage au sort, prévu dimanche.",
            "author",
            "hedged",
        ),
        ("Les quarts de finale se disputeront les 4 et 5 mars.", "author", "fact"),
    ],
)
