"""Builds the *.gold.json files beside it from the annotated sentences below, computing
the character offsets of each claim (the sentence found by its full text).
Held-out set J: written blind to the analyzer (its code, lexicons and output unread,
the analyzer never run on it), as ordinary daily news: a building fire in Vierzon, a
mayor who strips his first deputy of her duties told through many unnamed sources, a
warehouse closure with its document, its experts' report and its union delegate, and
a signed analysis on the wait for the driving test.
Run: python3 tests/data/heldout/j/make_gold.py"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/data: the shared builder
from gold_builder import AUTHOR, OP, A, F, H, R, builder

build = builder(__file__)

build(
    "incendie-vierzon-forges",
    [
        ("préfecture du Cher", "ORG", ["préfecture du Cher", "préfecture"]),
        ("sapeurs-pompiers", "GROUP", ["sapeurs-pompiers", "pompiers"]),
        ("Frédéric Aubrun", "PER", ["Frédéric Aubrun", "lieutenant-colonel"]),
        ("Samia Benali", "PER", ["Samia Benali"]),
        ("habitants", "GROUP", ["habitants", "résidents"]),
        ("Val d'Yèvre Habitat", "ORG", ["Val d'Yèvre Habitat", "bailleur"]),
        ("parquet de Bourges", "ORG", ["parquet de Bourges"]),
        ("commissariat de Vierzon", "ORG", ["commissariat de Vierzon"]),
        ("mairie de Vierzon", "ORG", ["mairie de Vierzon"]),
        ("Laurent Desvignes", "PER", ["Laurent Desvignes", "maire"]),
    ],
    [
        (
            "Un incendie s'est déclaré vers 4 h 30, dans la nuit de vendredi à samedi, au deuxième étage d'un immeuble de quatre niveaux de la rue des Forgerons, dans le quartier des Forges.",
            AUTHOR,
            F,
        ),
        (
            "Selon la préfecture du Cher, 23 personnes, dont six enfants, ont été évacuées par les sapeurs-pompiers.",
            "préfecture du Cher",
            R,
        ),
        (
            "Un homme de 61 ans, locataire de l'appartement où le feu a pris, a été grièvement brûlé aux mains et au visage.",
            AUTHOR,
            F,
        ),
        (
            "Il a été transporté par hélicoptère au centre des grands brûlés de Tours, où son pronostic vital était toujours engagé samedi soir, a précisé la préfecture dans un communiqué.",
            "préfecture du Cher",
            R,
        ),
        (
            "Quatre autres habitants, légèrement intoxiqués par les fumées, ont été pris en charge à l'hôpital de Vierzon.",
            AUTHOR,
            F,
        ),
        (
            "Une quarantaine de sapeurs-pompiers et quatorze engins ont été mobilisés.",
            AUTHOR,
            F,
        ),
        (
            "« Quand nous sommes arrivés, les flammes sortaient déjà par les fenêtres du deuxième et la cage d'escalier était envahie de fumée », raconte le lieutenant-colonel Frédéric Aubrun, qui commandait les opérations de secours.",
            "Frédéric Aubrun",
            R,
        ),
        ("Le feu a été déclaré éteint peu avant 7 heures.", AUTHOR, F),
        (
            "« J'ai entendu des cris, puis j'ai vu la fumée passer sous ma porte. J'ai pris ma fille et mon chat, et on est descendus en pyjama », témoigne Samia Benali, 34 ans, qui habite au troisième étage.",
            "Samia Benali",
            R,
        ),
        (
            "Plusieurs habitants affirment que l'alarme incendie de l'immeuble ne fonctionnait plus depuis des mois.",
            A,
            A,
        ),
        (
            "Le détecteur du palier aurait été démonté après une série de déclenchements intempestifs, selon une locataire qui n'a pas souhaité donner son nom.",
            A,
            A,
        ),
        (
            "Le bailleur, Val d'Yèvre Habitat, assure de son côté que l'immeuble avait été contrôlé en novembre et que « toutes les installations étaient conformes ».",
            "Val d'Yèvre Habitat",
            R,
        ),
        (
            "Certains résidents, qui disent attendre depuis des années les travaux promis dans les parties communes, ne cachent pas leur colère.",
            A,
            A,
        ),
        (
            "D'après une source policière, la piste d'un appareil de chauffage d'appoint resté allumé toute la nuit est privilégiée.",
            A,
            A,
        ),
        (
            "La mairie de Vierzon a ouvert le gymnase Jean-Zay pour la nuit et proposé un relogement provisoire à neuf familles.",
            AUTHOR,
            F,
        ),
        (
            "Le maire, Laurent Desvignes, s'est rendu sur place dès 6 heures et a promis que « personne ne dormira dehors ».",
            "Laurent Desvignes",
            R,
        ),
        (
            "Les logements des deux derniers étages, noircis par la fumée, ne seront sans doute pas habitables avant plusieurs semaines.",
            AUTHOR,
            H,
        ),
        (
            "Dans le quartier, l'émotion est vive : c'est le deuxième incendie en moins d'un an dans cette rue, après celui qui avait détruit une épicerie en juin 2025.",
            AUTHOR,
            F,
        ),
    ],
)

build(
    "castelnau-adjointe-delegations",
    [
        ("Bernard Combettes", "PER", ["Bernard Combettes", "maire", "Bernard"]),
        (
            "Hélène Marsac",
            "PER",
            [
                "Hélène Marsac",
                "première adjointe",
                "adjointe",
                "Mme Marsac",
                "ancienne adjointe",
                "intéressée",
            ],
        ),
        (
            "Karim Ouarab",
            "PER",
            ["Karim Ouarab", "chef de file de l'opposition"],
        ),
        ("opposition", "GROUP", ["opposition"]),
        ("majorité", "GROUP", ["majorité"]),
        ("conseil municipal", "ORG", ["conseil municipal"]),
    ],
    [
        (
            "Le maire de Castelnau-sur-Aveyre, Bernard Combettes (divers droite), a signé mardi soir un arrêté retirant toutes ses délégations à sa première adjointe, Hélène Marsac, chargée des finances depuis 2020.",
            AUTHOR,
            F,
        ),
        (
            "« J'ai appris la nouvelle par un courriel, à 22 heures. Après six ans de travail commun, la méthode en dit long », a réagi Hélène Marsac mercredi, lors d'un point presse improvisé sur les marches de la mairie.",
            "Hélène Marsac",
            R,
        ),
        (
            "Le maire, lui, évoque « une perte de confiance » et reproche à son adjointe d'avoir « travaillé dans son dos » sur le budget 2027.",
            "Bernard Combettes",
            R,
        ),
        (
            "Selon nos informations, le différend porte sur le projet de halle couverte du centre-ville, dont le coût estimé est passé de 3,8 à 6,1 millions d'euros en deux ans.",
            A,
            A,
        ),
        (
            "Hélène Marsac aurait plaidé, lors d'une réunion des adjoints le 28 septembre, pour un report du chantier, provoquant la colère du maire.",
            A,
            A,
        ),
        (
            "« Elle a voulu lui tordre le bras devant tout le monde, il ne l'a pas supporté », raconte un adjoint présent ce jour-là, qui a requis l'anonymat.",
            A,
            A,
        ),
        (
            "Dans l'entourage du maire, on dément toute volonté de « règlement de comptes » et l'on parle d'une décision « mûrement réfléchie ».",
            A,
            A,
        ),
        (
            "Côté opposition, on assure avoir été prévenu de la disgrâce de Mme Marsac « avant certains adjoints ».",
            A,
            A,
        ),
        (
            "Le chef de file de l'opposition, Karim Ouarab, a demandé la convocation d'un conseil municipal extraordinaire et juge que « la majorité n'a plus de majorité que le nom ».",
            "Karim Ouarab",
            R,
        ),
        (
            "Le conseil municipal compte 29 élus, dont 22 issus de la liste du maire, réélu en mars 2026 avec 54 % des voix.",
            AUTHOR,
            F,
        ),
        (
            "Plusieurs élus de la majorité, qui ne souhaitent pas s'exprimer publiquement, disent partager les réserves de l'ancienne adjointe sur le coût de la halle.",
            A,
            A,
        ),
        (
            "Ils seraient au moins cinq, d'après un cadre de la majorité, à envisager de ne pas voter le prochain budget.",
            A,
            A,
        ),
        (
            "« Si Bernard ne fait pas un geste, il n'aura pas de budget en décembre », prévient un conseiller municipal qui demande à rester anonyme.",
            A,
            A,
        ),
        (
            "À en croire un proche d'Hélène Marsac, l'ancienne adjointe ne compte pas démissionner du conseil et réfléchit déjà à la création d'un groupe autonome.",
            A,
            A,
        ),
        (
            "Interrogée sur ce point, l'intéressée a refusé de « faire de la politique-fiction ».",
            "Hélène Marsac",
            R,
        ),
        (
            "Elle s'est contentée de rappeler qu'elle avait « toujours voté les budgets de Bernard Combettes ».",
            "Hélène Marsac",
            R,
        ),
        (
            "Le maire, 67 ans, a été élu pour la première fois en 2014, après vingt ans passés à la tête de la coopérative viticole de la commune.",
            AUTHOR,
            F,
        ),
        (
            "Un de ses proches reconnaît toutefois que la situation est « inconfortable » à dix-huit mois de l'ouverture prévue de la halle.",
            A,
            A,
        ),
        (
            "Une source à la préfecture rappelle qu'un budget non voté avant le 15 avril est réglé par le préfet, après avis de la chambre régionale des comptes.",
            A,
            A,
        ),
        (
            "À Castelnau, où les conseils municipaux se tenaient jusqu'ici en moins d'une heure, la séance de novembre pourrait durer un peu plus longtemps que d'habitude.",
            AUTHOR,
            H,
        ),
    ],
)

build(
    "berthier-entrepot-isle-abeau",
    [
        (
            "Berthier Logistique",
            "ORG",
            ["Berthier Logistique", "direction", "transporteur familial", "groupe"],
        ),
        ("comité social et économique", "ORG", ["comité social et économique", "CSE"]),
        ("Stéphane Berthier", "PER", ["Stéphane Berthier", "directeur général"]),
        ("Arcane Expertise", "ORG", ["Arcane Expertise"]),
        ("Nadège Fournel", "PER", ["Nadège Fournel", "déléguée syndicale"]),
        ("salariés", "GROUP", ["salariés"]),
        ("Observatoire territorial de l'emploi", "ORG", ["Observatoire territorial de l'emploi"]),
        ("Olivier Ranc", "PER", ["Olivier Ranc", "député de la circonscription"]),
        (
            "Gérard Villemin",
            "PER",
            ["Gérard Villemin", "président de la communauté d'agglomération"],
        ),
    ],
    [
        (
            "La direction de Berthier Logistique a annoncé lundi aux représentants du personnel son intention de fermer d'ici à la fin de l'année son entrepôt de L'Isle-d'Abeau (Isère), qui emploie 142 salariés.",
            "Berthier Logistique",
            R,
        ),
        (
            "Le transporteur familial, fondé en 1961 à Bourgoin-Jallieu, compte 1 150 salariés répartis sur neuf sites.",
            AUTHOR,
            F,
        ),
        (
            "Dans un document remis au comité social et économique (CSE), dont nous avons obtenu une copie, la direction justifie la fermeture par la perte de son principal client, une enseigne de bricolage, et par la hausse de ses coûts.",
            "Berthier Logistique",
            R,
        ),
        (
            "Le prix du gazole aurait augmenté de 18 % en deux ans et la facture d'électricité du site aurait doublé depuis 2022, selon ce document.",
            "Berthier Logistique",
            R,
        ),
        (
            "Le site serait déficitaire de 2,4 millions d'euros en 2025.",
            "Berthier Logistique",
            R,
        ),
        (
            "« Nous avons cherché pendant dix-huit mois un repreneur ou un nouveau client. Nous n'avons pas trouvé de solution viable », explique Stéphane Berthier, le directeur général, petit-fils du fondateur.",
            "Stéphane Berthier",
            R,
        ),
        (
            "Il assure que chaque salarié se verra proposer un poste sur un autre site du groupe.",
            "Stéphane Berthier",
            R,
        ),
        (
            "Le cabinet Arcane Expertise, mandaté par le CSE, conteste les chiffres de la direction dans un rapport d'étape de 64 pages remis vendredi aux élus.",
            "Arcane Expertise",
            R,
        ),
        (
            "Selon ses experts, les pertes du site seraient en partie comptables : l'entrepôt facturerait ses prestations au reste du groupe à des tarifs « nettement inférieurs à ceux du marché ».",
            "Arcane Expertise",
            R,
        ),
        (
            "Le rapport estime que la fermeture permettrait surtout de transférer l'activité vers un entrepôt automatisé, ouvert en 2024 à Saint-Priest, près de Lyon, qui n'emploie que 60 personnes.",
            "Arcane Expertise",
            R,
        ),
        (
            "« On nous explique que le site perd de l'argent, mais c'est le groupe qui fixe les prix. C'est un jeu d'écritures », dénonce Nadège Fournel, déléguée syndicale et cariste depuis vingt-deux ans.",
            "Nadège Fournel",
            R,
        ),
        (
            "Selon elle, une quarantaine de salariés ont plus de 55 ans et « n'iront pas faire 80 kilomètres par jour pour un poste à Saint-Priest ».",
            "Nadège Fournel",
            R,
        ),
        (
            "Plusieurs salariés assurent que des camions ont déjà commencé à partir vers le nouveau site depuis janvier.",
            A,
            A,
        ),
        (
            "Un chef d'équipe, qui ne veut pas être nommé, affirme que la décision était « prise depuis l'été ».",
            A,
            A,
        ),
        ("La direction dément.", "Berthier Logistique", R),
        (
            "Le salaire moyen d'un préparateur de commandes sur le site est de 1 890 euros net par mois, primes comprises.",
            AUTHOR,
            F,
        ),
        (
            "Le bassin du Nord-Isère a perdu près de 900 emplois dans la logistique depuis 2023, d'après l'Observatoire territorial de l'emploi.",
            "Observatoire territorial de l'emploi",
            R,
        ),
        (
            "La fermeture d'un entrepôt voisin, en 2024, avait déjà laissé 70 personnes sans solution.",
            AUTHOR,
            F,
        ),
        (
            "Le député de la circonscription, Olivier Ranc, a réclamé dans un courrier à la direction une « table ronde » avec les syndicats et les élus locaux.",
            "Olivier Ranc",
            R,
        ),
        (
            "Le président de la communauté d'agglomération, Gérard Villemin, se dit « prêt à aider à trouver un repreneur », à condition que le groupe « joue le jeu ».",
            "Gérard Villemin",
            R,
        ),
        (
            "Un plan de sauvegarde de l'emploi pourrait être présenté dès le mois de mars.",
            AUTHOR,
            H,
        ),
        (
            "Une assemblée générale des salariés est prévue jeudi à 5 heures, à la prise de poste.",
            AUTHOR,
            F,
        ),
    ],
)

build(
    "permis-conduire-attente",
    [
        (
            "Fédération des écoles de conduite indépendantes",
            "ORG",
            ["Fédération des écoles de conduite indépendantes", "FECI"],
        ),
        ("Rachid Belkacem", "PER", ["Rachid Belkacem"]),
        ("Mobilité Emploi 69", "ORG", ["Mobilité Emploi 69"]),
        ("ministère de l'Intérieur", "ORG", ["ministère de l'Intérieur", "Place Beauvau"]),
    ],
    [
        (
            "Demandez à n'importe quel parent d'un candidat recalé ce qu'il pense de l'examen du permis de conduire, et prévoyez une longue conversation.",
            AUTHOR,
            OP,
        ),
        (
            "Dans le Rhône, le délai moyen entre un premier échec et une nouvelle présentation atteignait 142 jours en mars, contre 61 jours en 2019, selon la Fédération des écoles de conduite indépendantes (FECI).",
            "Fédération des écoles de conduite indépendantes",
            R,
        ),
        (
            "Le nombre d'inspecteurs a baissé de 8 % en dix ans, quand celui des candidats augmentait.",
            AUTHOR,
            F,
        ),
        (
            "La réforme de 2016, qui a confié l'épreuve du code à des opérateurs privés, devait libérer du temps pour l'examen pratique ; elle a surtout déplacé la file d'attente.",
            AUTHOR,
            OP,
        ),
        (
            "« Nous avons des élèves prêts depuis février qui n'ont toujours pas de date. Pendant ce temps, ils paient des heures de conduite pour ne pas perdre la main », explique Rachid Belkacem, qui dirige une auto-école à Villeurbanne.",
            "Rachid Belkacem",
            R,
        ),
        ("Chaque heure supplémentaire coûte entre 55 et 65 euros.", AUTHOR, F),
        (
            "Pour une famille modeste, l'attente n'est donc pas une simple contrariété : c'est une dépense, et parfois un emploi qui file faute de pouvoir se rendre au travail.",
            AUTHOR,
            OP,
        ),
        (
            "Hors des grandes villes, près de huit offres d'emploi sur dix exigent le permis B, selon une étude de l'association Mobilité Emploi 69 publiée en 2024.",
            "Mobilité Emploi 69",
            R,
        ),
        (
            "On ne peut pas à la fois répéter aux jeunes que le travail commence par la mobilité et les laisser cinq mois sur le bord de la route.",
            AUTHOR,
            OP,
        ),
        (
            "Le ministère de l'Intérieur promet le recrutement de 120 inspecteurs supplémentaires d'ici à 2027.",
            "ministère de l'Intérieur",
            R,
        ),
        ("C'est un petit pas.", AUTHOR, OP),
        (
            "Il en faudrait sans doute le triple pour retrouver les délais d'avant 2020.",
            AUTHOR,
            H,
        ),
        (
            "Place Beauvau semble avoir enfin pris la mesure du problème, mais pas encore celle de la dépense.",
            AUTHOR,
            H,
        ),
        (
            "Un inspecteur lyonnais, qui tient à rester anonyme, confie que ses collègues enchaînent « jusqu'à treize examens par jour » pour résorber le retard.",
            A,
            A,
        ),
        (
            "D'après plusieurs moniteurs, les taux de réussite varieraient fortement d'un centre d'examen à l'autre, selon la fatigue des examinateurs et l'heure du passage.",
            A,
            A,
        ),
        (
            "Certains, dans les fédérations d'auto-écoles, plaident pour confier l'examen pratique lui-même à des organismes agréés, comme pour le code.",
            A,
            A,
        ),
        (
            "L'idée n'est pas absurde, mais elle mérite mieux qu'un slogan.",
            AUTHOR,
            OP,
        ),
        (
            "Un examen confié à des entreprises payées à l'épreuve pourrait créer des tentations, et rien ne garantit que la sévérité resterait la même d'un bout à l'autre du pays.",
            AUTHOR,
            H,
        ),
        (
            "Il est probable que la situation s'améliore un peu à l'automne, quand les premiers inspecteurs recrutés prendront leur poste.",
            AUTHOR,
            H,
        ),
        (
            "Mais ce retard-là, comme tant d'autres dans les services publics, aura été accumulé en silence, un candidat après l'autre.",
            AUTHOR,
            OP,
        ),
        (
            "Les adolescents recalés au printemps, eux, le savent déjà : ils fêteront peut-être leur permis en même temps que Noël.",
            AUTHOR,
            OP,
        ),
    ],
)
