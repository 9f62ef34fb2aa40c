"""Builds the *.gold.json files beside it from the annotated sentences below, computing
the character offsets of each claim (the sentence found by its full text).
Held-out set F: written blind to the analyzer (its code, lexicons and output unread),
rich in vague sources, attribution forms, hedges and the author's opinion, to measure
rules written at the same time. Run: python3 tests/data/heldout/f/make_gold.py"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/data: the shared builder
from gold_builder import AUTHOR, OP, A, F, H, R, builder

build = builder(__file__)

build(
    "proces-notaire-cognac",
    [
        (
            "Bertrand Vialle",
            "PER",
            [
                "Bertrand Vialle",
                "notaire de Cognac",
                "notaire à Cognac",
                "ancien officier public",
                "notaire",
            ],
        ),
        (
            "tribunal correctionnel d'Angoulême",
            "ORG",
            ["tribunal correctionnel d'Angoulême", "tribunal"],
        ),
        ("Hélène Castaing", "PER", ["Hélène Castaing", "procureure"]),
        ("Olivier Brassac", "PER", ["Olivier Brassac", "avocat", "défense"]),
        (
            "chambre départementale des notaires de la Charente",
            "ORG",
            [
                "chambre départementale des notaires de la Charente",
                "chambre départementale des notaires",
                "chambre des notaires",
            ],
        ),
    ],
    [
        (
            "Le tribunal correctionnel d'Angoulême a jugé lundi Bertrand Vialle, 58 ans, notaire à Cognac pendant vingt-deux ans, pour abus de confiance et faux en écriture.",
            AUTHOR,
            F,
        ),
        (
            "Il lui est reproché d'avoir détourné 1,2 million d'euros confiés par 37 clients entre 2017 et 2023, pour l'essentiel lors de successions et de ventes immobilières.",
            AUTHOR,
            F,
        ),
        (
            "« J'ai voulu boucher un trou avec un autre trou. Je pensais tout rembourser avant que quiconque s'en aperçoive », a-t-il reconnu d'une voix blanche.",
            "Bertrand Vialle",
            R,
        ),
        (
            "Selon lui, les premiers prélèvements devaient couvrir les pertes d'un placement hasardeux dans une résidence de tourisme en Espagne.",
            "Bertrand Vialle",
            R,
        ),
        (
            "De source proche de l'enquête, c'est le signalement d'une héritière, qui attendait depuis trois ans le solde d'une succession, qui a mis les gendarmes sur la piste.",
            A,
            A,
        ),
        (
            "L'argent aurait surtout servi à financer une maison avec piscine à Jarnac et plusieurs séjours aux Seychelles.",
            A,
            A,
        ),
        (
            "Selon nos informations, une seconde enquête, ouverte à Bordeaux, vise l'ancien associé du notaire.",
            A,
            A,
        ),
        (
            "Triste épilogue pour un homme qui présidait encore, il y a cinq ans, la commission de déontologie de la chambre départementale des notaires.",
            AUTHOR,
            OP,
        ),
        (
            "« Il venait à l'enterrement de nos parents et il se servait dans l'héritage la semaine suivante », souffle une retraitée de Segonzac, qui dit avoir perdu 84 000 euros.",
            A,
            A,
        ),
        (
            "Plusieurs victimes affirment avoir alerté la chambre des notaires dès 2020, sans obtenir de réponse.",
            A,
            A,
        ),
        (
            "Contactée, la chambre départementale des notaires de la Charente assure n'avoir reçu « aucune plainte formelle » avant 2023.",
            "chambre départementale des notaires de la Charente",
            R,
        ),
        (
            "La lenteur de la profession à réagir laisse pour le moins songeur, venant d'une corporation si prompte à vanter sa rigueur.",
            AUTHOR,
            OP,
        ),
        (
            "Le nombre réel de victimes est probablement plus élevé, certains héritiers n'ayant jamais vérifié leurs comptes.",
            AUTHOR,
            H,
        ),
        (
            "La procureure, Hélène Castaing, a requis quatre ans d'emprisonnement dont deux avec sursis, ainsi qu'une interdiction définitive d'exercer.",
            "Hélène Castaing",
            R,
        ),
        (
            "Elle a dénoncé « une trahison méthodique de la confiance publique », rappelant qu'un notaire « n'est pas un commerçant comme un autre ».",
            "Hélène Castaing",
            R,
        ),
        (
            "Pour son avocat, Me Olivier Brassac, son client a « déjà tout perdu » : sa charge, son mariage et sa réputation.",
            "Olivier Brassac",
            R,
        ),
        (
            "La défense a plaidé une peine aménageable, faisant valoir que 640 000 euros avaient déjà été remboursés par l'assurance de la profession.",
            "Olivier Brassac",
            R,
        ),
        (
            "Au palais de justice, on murmure que d'autres études de la région pourraient faire l'objet de contrôles renforcés.",
            A,
            A,
        ),
        (
            "Le tribunal suivra sans doute en partie les réquisitions, tant le préjudice est lourd.",
            AUTHOR,
            H,
        ),
        ("Le jugement a été mis en délibéré au 15 janvier.", AUTHOR, F),
    ],
)

build(
    "myopie-ecrans-lumiere",
    [
        (
            "Centre d'études sur la vision de l'enfant",
            "ORG",
            ["Centre d'études sur la vision de l'enfant", "Cevie"],
        ),
        ("chercheurs", "GROUP", ["chercheurs"]),
        ("Clara Benhamou", "PER", ["Clara Benhamou"]),
        ("Antoine Delahaye", "PER", ["Antoine Delahaye", "épidémiologiste à Rennes"]),
        ("Parents & Écrans", "ORG", ["Parents & Écrans"]),
        ("ministère de la Santé", "ORG", ["ministère de la Santé", "ministère"]),
    ],
    [
        (
            "Les enfants qui passent plus de trois heures par jour devant un écran ont 2,4 fois plus de risques de devenir myopes avant 12 ans que ceux qui s'en tiennent à moins d'une heure, selon une étude du Centre d'études sur la vision de l'enfant (Cevie), publiée mardi dans la Revue européenne d'ophtalmologie pédiatrique.",
            "Centre d'études sur la vision de l'enfant",
            R,
        ),
        (
            "Les chercheurs ont suivi 4 812 élèves de l'académie de Montpellier pendant six ans.",
            AUTHOR,
            F,
        ),
        (
            "D'après leurs résultats, deux heures passées dehors chaque jour suffiraient à réduire ce risque de moitié, quel que soit le temps d'écran.",
            "chercheurs",
            R,
        ),
        (
            "« La lumière naturelle est, à ce jour, le seul facteur protecteur dont l'efficacité soit démontrée. Ce n'est pas l'écran en soi qui abîme l'œil, c'est l'enfermement », résume l'ophtalmologue Clara Benhamou, qui a dirigé les travaux.",
            "Clara Benhamou",
            R,
        ),
        (
            "La myopie touche aujourd'hui environ 40 % des 20-30 ans en Europe, contre 25 % au début des années 1990.",
            AUTHOR,
            F,
        ),
        (
            "Les résultats semblent confirmer ce que plusieurs travaux menés en Asie suggéraient depuis une décennie.",
            AUTHOR,
            H,
        ),
        (
            "Pour le professeur Antoine Delahaye, épidémiologiste à Rennes, l'étude « confond corrélation et causalité » : les enfants les plus exposés aux écrans sont aussi ceux qui vivent dans les logements les plus exigus, loin des parcs.",
            "Antoine Delahaye",
            R,
        ),
        (
            "Il regrette également que le temps d'écran ait été déclaré par les parents, et non mesuré.",
            "Antoine Delahaye",
            R,
        ),
        (
            "Un avis partagé par plusieurs ophtalmologues interrogés par notre rédaction, qui jugent l'échantillon trop concentré dans le sud de la France.",
            A,
            A,
        ),
        (
            "« On surfe sur une panique morale », tranche l'un d'eux, qui préfère ne pas être cité.",
            A,
            A,
        ),
        (
            "Jointe par téléphone, Clara Benhamou reconnaît des « limites », tout en affirmant que les résultats ont été ajustés sur le revenu des familles.",
            "Clara Benhamou",
            R,
        ),
        (
            "Une autre explication, plus prosaïque, tient peut-être à l'éclairage des salles de classe, dont personne ne parle.",
            AUTHOR,
            H,
        ),
        (
            "Il faut dire que le sujet est devenu un formidable terrain de jeu pour les marchands d'angoisse, entre lunettes « anti-lumière bleue » vendues à prix d'or et applications de « détox numérique » à abonnement mensuel.",
            AUTHOR,
            OP,
        ),
        (
            "Les conclusions ont en revanche été accueillies comme « enfin une bonne nouvelle » par l'association Parents & Écrans, qui réclame que les récréations soient allongées de quinze minutes.",
            "Parents & Écrans",
            R,
        ),
        (
            "D'après une note de travail consultée par notre rédaction, le ministère de la Santé envisagerait d'intégrer un dépistage visuel systématique à l'école dès l'âge de 6 ans.",
            A,
            A,
        ),
        (
            "Le texte évoquerait aussi une campagne nationale pour inciter les familles à sortir davantage.",
            A,
            A,
        ),
        (
            "Au fond, l'étude rappelle une évidence que nos grands-parents n'avaient nul besoin de publier dans une revue à comité de lecture : un enfant a besoin de jouer dehors.",
            AUTHOR,
            OP,
        ),
        (
            "Une seconde phase, portant sur 3 000 adolescents, doit débuter en septembre 2027.",
            AUTHOR,
            F,
        ),
    ],
)

build(
    "danube-sommet-budapest",
    [
        ("ministres des Transports", "GROUP", ["ministres des Transports", "ministres"]),
        (
            "Commission internationale pour la navigation sur le Danube",
            "ORG",
            ["Commission internationale pour la navigation sur le Danube", "CIND"],
        ),
        ("Zuzana Hrubá", "PER", ["Zuzana Hrubá", "présidente"]),
        ("Roumanie", "GPE", ["Roumanie", "Bucarest", "délégation roumaine"]),
        ("Gábor Szentesi", "PER", ["Gábor Szentesi", "ministre hongrois des Transports"]),
        ("Autriche", "GPE", ["Vienne"]),
        (
            "Verena Pichlhofer",
            "PER",
            ["Verena Pichlhofer", "ministre autrichienne de l'Environnement"],
        ),
        ("transporteurs fluviaux", "GROUP", ["transporteurs fluviaux", "bateliers"]),
        ("Commission européenne", "ORG", ["Commission européenne"]),
    ],
    [
        (
            "Les ministres des Transports de neuf pays riverains du Danube ont signé lundi soir à Budapest une déclaration commune prévoyant un fonds de 750 millions d'euros pour draguer le fleuve d'ici à 2030.",
            AUTHOR,
            F,
        ),
        (
            "Le texte, adopté après deux jours de négociations, ne fixe toutefois aucun calendrier contraignant.",
            AUTHOR,
            F,
        ),
        (
            "« Le Danube n'est pas une frontière, c'est une colonne vertébrale », s'est félicitée la présidente de la Commission internationale pour la navigation sur le Danube (CIND), la Slovaque Zuzana Hrubá, saluant « un moment fondateur ».",
            "Zuzana Hrubá",
            R,
        ),
        (
            "Un « moment fondateur » qui tient en quatre pages, dont une entière consacrée aux remerciements.",
            AUTHOR,
            OP,
        ),
        (
            "Selon un diplomate européen présent dans la salle, la Roumanie a menacé jusqu'à la dernière minute de ne pas signer, jugeant sa part du fonds insuffisante.",
            A,
            A,
        ),
        (
            "Bucarest aurait finalement obtenu que les travaux commencent par le secteur des Portes de Fer, à sa frontière avec la Serbie.",
            A,
            A,
        ),
        (
            "Sollicitée, la délégation roumaine a démenti avoir posé le moindre ultimatum.",
            "Roumanie",
            R,
        ),
        (
            "Le ministre hongrois des Transports, Gábor Szentesi, a pour sa part estimé que l'accord « aurait pu être signé il y a trois ans si chacun avait fait preuve de bon sens ».",
            "Gábor Szentesi",
            R,
        ),
        (
            "Une pique à peine voilée à l'adresse de Vienne, accusée par plusieurs délégations de freiner le dossier pour protéger ses propres ports fluviaux.",
            A,
            A,
        ),
        (
            "« Nous ne sacrifierons pas les zones humides de la Wachau pour gagner quarante centimètres de tirant d'eau », a rétorqué la ministre autrichienne de l'Environnement, Verena Pichlhofer.",
            "Verena Pichlhofer",
            R,
        ),
        (
            "À Bratislava, le niveau de l'eau est descendu en août à 1,12 mètre, son plus bas depuis 1947.",
            AUTHOR,
            F,
        ),
        (
            "Les transporteurs fluviaux estiment avoir perdu 310 millions d'euros de chiffre d'affaires lors de ces basses eaux.",
            "transporteurs fluviaux",
            R,
        ),
        (
            "Certains bateliers, sous couvert d'anonymat, parlent d'un fleuve « devenu impraticable trois mois par an ».",
            A,
            A,
        ),
        (
            "Le niveau du Danube paraît désormais baisser chaque été un peu plus tôt.",
            AUTHOR,
            H,
        ),
        (
            "La Commission européenne a fait savoir qu'elle pourrait abonder le fonds « à hauteur d'un tiers ».",
            "Commission européenne",
            R,
        ),
        (
            "Dans les couloirs, on s'interroge déjà sur la capacité de la CIND à gérer une telle enveloppe, elle qui n'emploie que 24 personnes.",
            A,
            A,
        ),
        (
            "La sécheresse pourrait pourtant rendre ces querelles de répartition caduques plus vite que prévu.",
            AUTHOR,
            H,
        ),
        (
            "Entre bonnes intentions et péniches échouées, le Danube continue de charrier surtout des promesses.",
            AUTHOR,
            OP,
        ),
        (
            "Les ministres doivent se retrouver à Belgrade au printemps, pour une réunion qui s'annonce sans doute plus houleuse encore.",
            AUTHOR,
            H,
        ),
    ],
)

build(
    "cyberattaque-neolia",
    [
        ("Néolia", "ORG", ["Néolia", "opérateur"]),
        (
            "Mathieu Ferracci",
            "PER",
            ["Mathieu Ferracci", "directeur général de Néolia", "dirigeant"],
        ),
        ("Radio Horizon", "ORG", ["Radio Horizon"]),
        ("Kraken Noir", "ORG", ["Kraken Noir", "groupe de pirates"]),
        ("Inès Marchetti", "PER", ["Inès Marchetti", "experte en cybersécurité"]),
        (
            "Commission nationale de l'informatique et des libertés",
            "ORG",
            ["Commission nationale de l'informatique et des libertés", "CNIL"],
        ),
        ("Karima Benslimane", "PER", ["Karima Benslimane", "cliente à Villeurbanne"]),
    ],
    [
        (
            "L'opérateur de téléphonie Néolia a confirmé mardi avoir été victime d'une « intrusion informatique » touchant « une partie limitée » de ses fichiers clients.",
            "Néolia",
            R,
        ),
        (
            "Selon un document interne consulté par notre rédaction, ce sont pourtant les données de 2,3 millions d'abonnés qui auraient été copiées, dont les coordonnées bancaires de près de 400 000 d'entre eux.",
            A,
            A,
        ),
        (
            "L'attaque remonterait au 14 novembre et n'aurait été détectée que neuf jours plus tard.",
            A,
            A,
        ),
        (
            "Fondé en 2011 à Lyon, Néolia compte 6,1 millions d'abonnés et emploie 2 800 personnes.",
            AUTHOR,
            F,
        ),
        (
            "La « partie limitée » concerne donc plus d'un client sur trois : l'euphémisme, chez Néolia, est une seconde nature.",
            AUTHOR,
            OP,
        ),
        (
            "« Aucun mot de passe n'a été dérobé. Nous avons immédiatement prévenu les autorités, et tous nos clients seront informés d'ici vendredi », a assuré mercredi le directeur général de Néolia, Mathieu Ferracci, interrogé par Radio Horizon.",
            "Mathieu Ferracci",
            R,
        ),
        (
            "Le dirigeant affirme par ailleurs qu'aucune demande de rançon n'a été reçue.",
            "Mathieu Ferracci",
            R,
        ),
        (
            "Un groupe de pirates se faisant appeler « Kraken Noir » revendique pourtant l'attaque sur un forum spécialisé, où il a mis en vente un échantillon de 10 000 fiches pour 5 000 dollars en cryptomonnaie.",
            "Kraken Noir",
            R,
        ),
        (
            "Des chercheurs en sécurité ayant examiné l'échantillon le jugent « crédible ».",
            A,
            A,
        ),
        (
            "Pour Inès Marchetti, experte en cybersécurité au cabinet Sentinelle Conseil, l'opérateur « a perdu un temps précieux » en tardant à communiquer.",
            "Inès Marchetti",
            R,
        ),
        (
            "Une entreprise dispose de 72 heures pour notifier une fuite de données à la CNIL, rappelle-t-elle.",
            "Inès Marchetti",
            R,
        ),
        (
            "Contactée, la Commission nationale de l'informatique et des libertés indique avoir reçu une notification le 25 novembre et « examiner la situation ».",
            "Commission nationale de l'informatique et des libertés",
            R,
        ),
        (
            "Si la date de détection mentionnée dans le document se confirmait, Néolia aurait donc respecté ce délai de justesse.",
            AUTHOR,
            H,
        ),
        (
            "Sur les réseaux sociaux, des abonnés disent avoir reçu ces derniers jours des SMS frauduleux imitant ceux de l'opérateur.",
            A,
            A,
        ),
        (
            "« Le faux conseiller connaissait mon adresse et le numéro de mon contrat », raconte Karima Benslimane, cliente à Villeurbanne, qui a porté plainte jeudi.",
            "Karima Benslimane",
            R,
        ),
        (
            "En interne, on évoque déjà le départ du responsable de la sécurité informatique, en poste depuis 2021.",
            A,
            A,
        ),
        (
            "Néolia avait déjà été visé par une fuite de données en 2024, qui avait touché 180 000 clients.",
            AUTHOR,
            F,
        ),
        ("En Bourse, le titre Néolia a perdu 11,4 % en deux séances.", AUTHOR, F),
        (
            "La facture pourrait s'alourdir si une action collective, évoquée par plusieurs associations de consommateurs, venait à voir le jour.",
            AUTHOR,
            H,
        ),
        (
            "Après deux fuites en trois ans, l'opérateur qui promettait dans ses publicités « la sérénité connectée » ne manque décidément pas d'humour.",
            AUTHOR,
            OP,
        ),
    ],
)

build(
    "rugby-castelbrac-limogeage",
    [
        (
            "Union sportive castelbracoise",
            "ORG",
            ["Union sportive castelbracoise", "USC", "Castelbrac", "club", "direction"],
        ),
        ("Patrice Lamarque", "PER", ["Patrice Lamarque", "Lamarque", "coach"]),
        ("Gilles Vernhes", "PER", ["Gilles Vernhes", "Vernhes", "président"]),
        ("supporters", "GROUP", ["supporters"]),
        ("Rémi Caussade", "PER", ["Rémi Caussade"]),
    ],
    [
        (
            "Sept défaites consécutives, une avant-dernière place au classement et, désormais, un entraîneur de moins : l'Union sportive castelbracoise (USC) a annoncé dimanche soir le limogeage de Patrice Lamarque, arrivé sur le banc en juin 2026.",
            "Union sportive castelbracoise",
            R,
        ),
        (
            "Sous ses ordres, l'équipe n'a remporté que quatre de ses douze matchs de championnat.",
            AUTHOR,
            F,
        ),
        ("Le club n'a plus gagné en championnat depuis le 20 septembre.", AUTHOR, F),
        (
            "Dans un communiqué de six lignes, la direction évoque « une décision difficile mais nécessaire pour provoquer un électrochoc ».",
            "Union sportive castelbracoise",
            R,
        ),
        (
            "L'électrochoc, ce remède miracle que les présidents de club sortent de leur pharmacie à chaque série noire, a pourtant rarement guéri qui que ce soit.",
            AUTHOR,
            OP,
        ),
        (
            "Lamarque est le troisième entraîneur remercié par le président Gilles Vernhes depuis 2022.",
            AUTHOR,
            F,
        ),
        (
            "« Je ne suis pas là pour faire du sentiment. Mon rôle, c'est de sauver le club, et je prendrai toutes les décisions pour ça », a martelé le président lundi matin, au lendemain de l'annonce.",
            "Gilles Vernhes",
            R,
        ),
        (
            "Selon lui, le vestiaire « ne répondait plus » depuis plusieurs semaines.",
            "Gilles Vernhes",
            R,
        ),
        (
            "Plusieurs joueurs, qui ont requis l'anonymat, contestent cette version.",
            A,
            A,
        ),
        (
            "« Le coach n'a jamais perdu le groupe. On a perdu des matchs parce qu'on a neuf blessés, pas parce qu'on ne l'écoute plus », assure l'un des cadres de l'équipe.",
            A,
            A,
        ),
        (
            "D'après un proche du staff, le président aurait pris sa décision dès la défaite à domicile du 8 novembre, sans même consulter son directeur sportif.",
            A,
            A,
        ),
        ("Le nom du successeur serait déjà arrêté.", A, A),
        (
            "Joint par téléphone, Patrice Lamarque n'a pas souhaité « alimenter la polémique », se bornant à remercier « des joueurs formidables ».",
            "Patrice Lamarque",
            R,
        ),
        (
            "Dans les travées du stade de la Garrigue, les supporters ont déployé samedi une banderole réclamant « Vernhes, démission ! ».",
            "supporters",
            R,
        ),
        (
            "Le club aurait perdu 1 200 abonnés en deux saisons, à en croire leur propre décompte.",
            "supporters",
            R,
        ),
        (
            "Le nom de l'ancien talonneur Rémi Caussade, aujourd'hui entraîneur adjoint à Narbonne, circule avec insistance.",
            A,
            A,
        ),
        (
            "Contacté, Rémi Caussade assure n'avoir « reçu aucune proposition ».",
            "Rémi Caussade",
            R,
        ),
        (
            "Le nouvel entraîneur devrait être présenté avant le déplacement de samedi.",
            AUTHOR,
            H,
        ),
        (
            "Le maintien paraît encore jouable, l'USC ne comptant que trois points de retard sur le premier non-relégable.",
            AUTHOR,
            H,
        ),
        (
            "À force de consommer ses entraîneurs comme des mouchoirs en papier, le club finira par ne plus trouver preneur.",
            AUTHOR,
            OP,
        ),
        ("À Castelbrac, on ne change pas une méthode qui perd.", AUTHOR, OP),
    ],
)
