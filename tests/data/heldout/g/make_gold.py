"""Builds the *.gold.json files beside it from the annotated sentences below, computing
the character offsets of each claim (the sentence found by its full text).
Held-out set G: written blind to the analyzer (its code, lexicons and output unread),
in four styles the earlier sets lack (a regional daily on a council vote, a national
daily on a report and a minister, a critic's festival review, a crime story told by
unnamed sources), to measure rules written at the same time.
Run: python3 tests/data/heldout/g/make_gold.py"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/data: the shared builder
from gold_builder import AUTHOR, OP, A, F, H, R, builder

build = builder(__file__)

build(
    "eolien-coat-meur-region",
    [
        (
            "conseil régional de Bretagne",
            "ORG",
            ["conseil régional de Bretagne", "Région"],
        ),
        ("Vents d'Argoat", "ORG", ["Vents d'Argoat", "coopérative"]),
        (
            "Yannick Le Bihan",
            "PER",
            ["Yannick Le Bihan", "vice-président chargé de la transition énergétique"],
        ),
        ("majorité", "GROUP", ["majorité"]),
        (
            "Anne-Sophie Kerhervé",
            "PER",
            [
                "Anne-Sophie Kerhervé",
                "présidente du groupe d'opposition Bretagne d'abord",
            ],
        ),
        ("Sauvegarde du Léguer", "ORG", ["Sauvegarde du Léguer"]),
        ("conseil municipal", "ORG", ["conseil municipal"]),
        ("Gwenaëlle Riou", "PER", ["Gwenaëlle Riou", "éleveuse laitière"]),
        ("Hervé Conan", "PER", ["Hervé Conan", "maire"]),
    ],
    [
        (
            "Par 49 voix contre 28 et 6 abstentions, le conseil régional de Bretagne a adopté lundi une subvention de 4,2 millions d'euros au parc éolien de Coat-Meur, huit machines de 150 mètres en bout de pale prévues sur les crêtes de Plouzélan (Côtes-d'Armor).",
            AUTHOR,
            F,
        ),
        (
            "Le projet est porté par Vents d'Argoat, une coopérative qui revendique 1 300 sociétaires, presque tous habitants du pays de Guingamp.",
            "Vents d'Argoat",
            R,
        ),
        (
            "« C'est la première fois qu'un parc de cette taille appartient à ceux qui vivent à ses pieds », s'est félicité le vice-président chargé de la transition énergétique, Yannick Le Bihan, à l'issue d'un débat de près de trois heures.",
            "Yannick Le Bihan",
            R,
        ),
        (
            "Selon lui, les huit éoliennes couvriront la consommation électrique de 19 000 foyers.",
            "Yannick Le Bihan",
            R,
        ),
        (
            "Un calcul d'un optimisme touchant, qui suppose un vent que les crêtes de l'Argoat n'offrent que les bonnes années.",
            AUTHOR,
            OP,
        ),
        (
            "Pour Anne-Sophie Kerhervé, présidente du groupe d'opposition Bretagne d'abord, la majorité « a confondu vitesse et précipitation ».",
            "Anne-Sophie Kerhervé",
            R,
        ),
        (
            "Elle a dénoncé une étude d'impact « qui ignore tout du couloir de migration des grues cendrées », affirmant que la Région s'exposait à « des années de contentieux ».",
            "Anne-Sophie Kerhervé",
            R,
        ),
        (
            "Le vote a été jugé « précipité et méprisant » par l'association Sauvegarde du Léguer, qui a annoncé un recours devant la justice administrative.",
            "Sauvegarde du Léguer",
            R,
        ),
        (
            "Dans l'entourage du président de Région, on reconnaît à demi-mot que le calendrier a été « un peu bousculé » pour tenir la date d'un appel d'offres national.",
            A,
            A,
        ),
        ("Le dossier aurait dû passer en commission dès septembre.", A, A),
        (
            "Plusieurs élus écologistes, pourtant membres de la majorité, confient en privé leur malaise face à un texte découvert, disent-ils, à la dernière minute.",
            A,
            A,
        ),
        (
            "À Plouzélan, le conseil municipal s'était prononcé contre le projet en mars 2025, par 11 voix contre 4.",
            AUTHOR,
            F,
        ),
        (
            "« On nous parle de démocratie énergétique, mais personne ne nous a demandé notre avis », peste Gwenaëlle Riou, éleveuse laitière dont la ferme se trouve à 700 mètres de la future éolienne la plus proche.",
            "Gwenaëlle Riou",
            R,
        ),
        (
            "« Ils auront leurs éoliennes. Qu'ils ne comptent pas sur nous pour couper le ruban », prévient le maire, Hervé Conan.",
            "Hervé Conan",
            R,
        ),
        (
            "Drôle de démocratie énergétique, en vérité, qui consulte ses sociétaires et oublie ses voisins.",
            AUTHOR,
            OP,
        ),
        (
            "Vents d'Argoat, de son côté, assure avoir organisé neuf réunions publiques depuis 2023.",
            "Vents d'Argoat",
            R,
        ),
        (
            "Encore aurait-il fallu que quelqu'un les annonce ailleurs que sur le site internet de la coopérative !",
            AUTHOR,
            OP,
        ),
        (
            "Le chantier pourrait ne pas démarrer avant 2029, le temps que les recours soient purgés.",
            AUTHOR,
            H,
        ),
        (
            "Le tribunal leur donnera sans doute tort : les juges administratifs se montrent depuis quelques années bienveillants envers les projets portés par des citoyens.",
            AUTHOR,
            H,
        ),
        (
            "En 2025, la Bretagne n'a produit que 17 % de l'électricité qu'elle consomme.",
            AUTHOR,
            F,
        ),
        (
            "Reste que l'on ne gagne pas une bataille de l'énergie contre ceux qui devront regarder les pales tourner depuis leur cuisine.",
            AUTHOR,
            OP,
        ),
        (
            "La Région a obtenu son vote ; il lui faudra maintenant convaincre une vallée entière, et ce combat-là ne se gagne pas à main levée.",
            AUTHOR,
            OP,
        ),
    ],
)

build(
    "loyers-villes-moyennes-rapport",
    [
        (
            "Observatoire des loyers solidaires",
            "ORG",
            ["Observatoire des loyers solidaires", "OLS", "observatoire"],
        ),
        ("Mathilde Sorel", "PER", ["Mathilde Sorel"]),
        ("Inès Bouchareb", "PER", ["Inès Bouchareb", "aide-soignante"]),
        (
            "Claire Dumoulin-Arnaud",
            "PER",
            ["Claire Dumoulin-Arnaud", "ministre du Logement", "ministre"],
        ),
        (
            "Fédération des propriétaires privés",
            "ORG",
            ["Fédération des propriétaires privés", "FPP"],
        ),
        ("Bernard Lescure", "PER", ["Bernard Lescure", "président"]),
        ("gouvernement", "ORG", ["gouvernement"]),
    ],
    [
        (
            "Les loyers du parc privé ont augmenté de 14 % en moyenne entre 2023 et 2026 dans les villes de 20 000 à 100 000 habitants, soit près de deux fois plus vite que les salaires, selon le rapport annuel de l'Observatoire des loyers solidaires (OLS), publié mercredi.",
            "Observatoire des loyers solidaires",
            R,
        ),
        (
            "Le document, long de 212 pages, s'appuie sur 48 000 annonces et 3 100 baux signés.",
            AUTHOR,
            F,
        ),
        (
            "« Les villes moyennes étaient le refuge de ceux que les métropoles avaient chassés. Elles deviennent à leur tour inaccessibles », résume l'économiste Mathilde Sorel, qui a coordonné l'étude.",
            "Mathilde Sorel",
            R,
        ),
        (
            "L'OLS pointe aussi la multiplication des meublés de tourisme, accusant les plateformes de location de courte durée d'avoir retiré « près d'un logement sur dix » du marché dans les communes du littoral.",
            "Observatoire des loyers solidaires",
            R,
        ),
        (
            "Le constat n'étonnera que ceux qui n'ont jamais fait la queue, un samedi matin, sur le palier d'un deux-pièces à Vannes ou à La Rochelle.",
            AUTHOR,
            OP,
        ),
        (
            "« J'ai visité onze appartements en un mois, et à chaque fois on était vingt sur le palier », raconte Inès Bouchareb, aide-soignante de 29 ans installée à La Roche-sur-Yon.",
            "Inès Bouchareb",
            R,
        ),
        (
            "En 2026, 38 % des ménages locataires du parc privé consacraient plus du tiers de leurs revenus à leur loyer, contre 29 % en 2016.",
            AUTHOR,
            F,
        ),
        (
            "Interrogée mercredi matin à la radio, la ministre du Logement, Claire Dumoulin-Arnaud, a jugé le rapport « utile mais partiel ».",
            "Claire Dumoulin-Arnaud",
            R,
        ),
        (
            "Selon elle, ses auteurs ont oublié les 42 000 logements mis en chantier depuis janvier grâce au plan Toit d'abord.",
            "Claire Dumoulin-Arnaud",
            R,
        ),
        (
            "La ministre a par ailleurs promis un projet de loi « avant l'été » pour permettre aux villes moyennes qui le souhaitent d'encadrer leurs loyers.",
            "Claire Dumoulin-Arnaud",
            R,
        ),
        (
            "Une promesse au parfum de réchauffé : la même annonce avait été faite, presque mot pour mot, par son prédécesseur en 2024.",
            AUTHOR,
            OP,
        ),
        (
            "Au ministère, on admet en privé que le texte n'est pas encore écrit.",
            A,
            A,
        ),
        (
            "Il ne serait pas présenté en conseil des ministres avant septembre.",
            A,
            A,
        ),
        (
            "La Fédération des propriétaires privés (FPP) conteste la méthode de l'observatoire, estimant que les annonces en ligne « surestiment systématiquement les loyers réels ».",
            "Fédération des propriétaires privés",
            R,
        ),
        (
            "« Encadrer, c'est décourager ceux qui louent encore. On fabriquera de la pénurie avec de bonnes intentions », prévient son président, Bernard Lescure.",
            "Bernard Lescure",
            R,
        ),
        (
            "Du côté des agences immobilières, certains professionnels, qui ne souhaitent pas être cités, reconnaissent pourtant des hausses « difficiles à justifier » à la relocation.",
            A,
            A,
        ),
        (
            "Le procès en inefficacité fait à l'encadrement relève pourtant de la mauvaise foi la plus confortable.",
            AUTHOR,
            OP,
        ),
        (
            "Là où il existe depuis plusieurs années, l'offre ne s'est pas effondrée, quoi qu'en disent ses adversaires.",
            AUTHOR,
            OP,
        ),
        (
            "La hausse pourrait encore s'accélérer à mesure que les passoires thermiques sortiront du marché locatif.",
            AUTHOR,
            H,
        ),
        (
            "Il est probable que les ménages modestes en fassent, une fois de plus, les frais.",
            AUTHOR,
            H,
        ),
        (
            "Combien de rapports faudra-t-il encore avant que le logement cesse d'être traité comme une variable d'ajustement budgétaire ?",
            AUTHOR,
            OP,
        ),
        (
            "Le diagnostic est limpide depuis des années ; il manque au gouvernement, semble-t-il, le courage de s'en servir.",
            AUTHOR,
            OP,
        ),
    ],
)

build(
    "festival-givre-vaudrac",
    [
        ("festival Givre", "ORG", ["festival Givre", "Givre", "festival"]),
        ("Nadia Ferhat", "PER", ["Nadia Ferhat", "chanteuse"]),
        ("Tympan", "ORG", ["Tympan"]),
        ("Thomas Rouvière", "PER", ["Thomas Rouvière", "directeur"]),
        ("Hélium Brut", "ORG", ["Hélium Brut"]),
        ("public", "GROUP", ["public"]),
        ("Sylvie Peyronnet", "PER", ["Sylvie Peyronnet", "maire de Vaudrac", "élue"]),
    ],
    [
        (
            "Il aura fallu attendre près de minuit, samedi, pour que le festival Givre se souvienne qu'il était un festival de musique.",
            AUTHOR,
            OP,
        ),
        (
            "Jusque-là, la troisième édition de ce rendez-vous hivernal installé dans les anciennes forges de la ville avait surtout offert des files d'attente interminables et un son d'une indigence rare.",
            AUTHOR,
            OP,
        ),
        (
            "Pendant une heure et quart, la chanteuse a tenu la halle dans le creux de sa main, passant du raï le plus rugueux à des ballades chuchotées sans jamais lâcher le fil.",
            AUTHOR,
            OP,
        ),
        (
            "« Je chante pour ma grand-mère, qui a appris le français en écoutant la radio dans une usine comme celle-ci », a-t-elle glissé entre deux morceaux, déclenchant une ovation.",
            "Nadia Ferhat",
            R,
        ),
        (
            "Son dernier album, « Sel », a été salué par le magazine Tympan comme « le disque de chanson le plus libre de l'année ».",
            "Tympan",
            R,
        ),
        ("Sur scène, il l'est plus encore.", AUTHOR, OP),
        (
            "Créé en 2024 par une association de quartier, Givre dispose cette année d'un budget de 1,4 million d'euros.",
            AUTHOR,
            F,
        ),
        (
            "D'après son directeur, Thomas Rouvière, le festival a vendu 11 500 billets pour ses trois soirées, contre 7 800 l'an dernier.",
            "Thomas Rouvière",
            R,
        ),
        (
            "« On a grandi trop vite. Les files de vendredi, c'est ma responsabilité, et il y aura deux entrées de plus l'an prochain », reconnaît-il.",
            "Thomas Rouvière",
            R,
        ),
        (
            "Vendredi, près de 900 spectateurs munis d'un billet attendaient encore devant les grilles à 22 heures.",
            AUTHOR,
            F,
        ),
        (
            "Selon plusieurs bénévoles, une partie des portiques de contrôle était tombée en panne dès l'ouverture des portes.",
            A,
            A,
        ),
        (
            "Le prestataire chargé de la billetterie aurait été prévenu du problème la veille, sans réagir.",
            A,
            A,
        ),
        (
            "Le duo électro lyonnais Hélium Brut, en revanche, a livré un set paresseux, empilant les boucles comme on remplit un tableur.",
            AUTHOR,
            OP,
        ),
        (
            "Ses deux membres ont estimé après le concert que le public « n'était pas prêt » pour leur nouveau répertoire.",
            "Hélium Brut",
            R,
        ),
        ("Le public, lui, était surtout prêt à aller se coucher.", AUTHOR, OP),
        (
            "Reste la halle elle-même, superbe cathédrale de briques où les basses rebondissent trois fois avant d'atteindre les oreilles.",
            AUTHOR,
            OP,
        ),
        (
            "Conçue pour couler de l'acier, elle n'est peut-être tout simplement pas faite pour la musique amplifiée.",
            AUTHOR,
            H,
        ),
        (
            "Un déménagement vers le parc des expositions, à la sortie de la ville, semble désormais envisageable.",
            AUTHOR,
            H,
        ),
        ("Ce serait un crève-cœur.", AUTHOR, OP),
        (
            "La maire de Vaudrac, Sylvie Peyronnet, qui a soutenu l'événement à hauteur de 180 000 euros, juge que Givre « fait enfin parler de la ville pour autre chose que ses fermetures d'usines ».",
            "Sylvie Peyronnet",
            R,
        ),
        (
            "L'élue se dit prête à financer « une vraie acoustique » dès 2027.",
            "Sylvie Peyronnet",
            R,
        ),
        (
            "Quelques riverains se sont plaints du bruit jusqu'à 4 heures du matin, assure-t-on pourtant à la mairie.",
            A,
            A,
        ),
        ("Quelle nuit, tout de même, que celle de samedi !", AUTHOR, OP),
        (
            "Givre a trouvé son public et, avec Nadia Ferhat, sa tête d'affiche de l'année.",
            AUTHOR,
            OP,
        ),
        (
            "Il lui reste à trouver une salle, un ingénieur du son et un peu de modestie.",
            AUTHOR,
            OP,
        ),
    ],
)

build(
    "trafic-civelles-gironde",
    [
        ("parquet de Bordeaux", "ORG", ["parquet de Bordeaux"]),
        ("réseau", "GROUP", ["réseau"]),
        (
            "Nathalie Guérin-Lapeyre",
            "PER",
            ["Nathalie Guérin-Lapeyre", "procureure de la République", "magistrate"],
        ),
        (
            "Franck Delmas-Soulé",
            "PER",
            ["Franck Delmas-Soulé", "avocat", "pénaliste"],
        ),
        (
            "Jean-Marc Lafitte",
            "PER",
            [
                "Jean-Marc Lafitte",
                "président du syndicat des pêcheurs estuariens de Gironde",
            ],
        ),
        ("État", "GPE", ["État"]),
        (
            "Union internationale pour la conservation de la nature",
            "ORG",
            ["Union internationale pour la conservation de la nature"],
        ),
    ],
    [
        (
            "Huit personnes ont été mises en examen samedi pour trafic d'espèce protégée en bande organisée et blanchiment, a annoncé lundi le parquet de Bordeaux.",
            "parquet de Bordeaux",
            R,
        ),
        (
            "D'après un enquêteur ayant eu accès au dossier, le réseau aurait exporté près de trois tonnes de civelles vers l'Asie en deux saisons.",
            A,
            A,
        ),
        (
            "Les alevins, achetés environ 300 euros le kilo aux pêcheurs, se revendraient jusqu'à dix fois plus cher à Hong Kong.",
            A,
            A,
        ),
        (
            "L'exportation de l'anguille européenne hors de l'Union est interdite depuis 2010.",
            AUTHOR,
            F,
        ),
        (
            "La procureure de la République, Nathalie Guérin-Lapeyre, a évoqué lors d'une conférence de presse « une organisation quasi industrielle », précisant que 14 perquisitions avaient été menées dans trois départements.",
            "Nathalie Guérin-Lapeyre",
            R,
        ),
        (
            "« Ces gens ne pêchent pas pour vivre. Ils pêchent pour des commanditaires qui ne mettent jamais les pieds dans l'estuaire », a-t-elle insisté.",
            "Nathalie Guérin-Lapeyre",
            R,
        ),
        (
            "Le principal suspect, un mareyeur de 52 ans installé à Blaye, est décrit par la magistrate comme la « tête de pont » du réseau.",
            "Nathalie Guérin-Lapeyre",
            R,
        ),
        (
            "Son avocat, Me Franck Delmas-Soulé, dénonce « un dossier bâti sur des écoutes mal traduites ».",
            "Franck Delmas-Soulé",
            R,
        ),
        (
            "Son client n'a, selon lui, « jamais vendu un gramme hors de France ».",
            "Franck Delmas-Soulé",
            R,
        ),
        (
            "Le pénaliste a annoncé qu'il demanderait la remise en liberté du mareyeur, placé en détention provisoire.",
            "Franck Delmas-Soulé",
            R,
        ),
        (
            "De sources concordantes, une partie des civelles transitait par des camions frigorifiques immatriculés en Espagne, avant d'embarquer à l'aéroport de Madrid dans des valises.",
            A,
            A,
        ),
        (
            "Le trafic aurait été mis au jour grâce à un contrôle routier de routine, au printemps dernier.",
            A,
            A,
        ),
        (
            "Sur les quais, beaucoup savaient, glisse un pêcheur de Pauillac qui préfère taire son nom.",
            A,
            A,
        ),
        (
            "Le plus stupéfiant, dans cette affaire, n'est pas qu'un tel commerce ait prospéré sous le nez de tous : c'est qu'il ait fallu deux saisons et un banal contrôle routier pour s'en apercevoir.",
            AUTHOR,
            OP,
        ),
        (
            "Les contrôles, il est vrai, relèvent de la loterie : une poignée d'agents pour des dizaines de kilomètres de berges, la nuit, en plein hiver.",
            AUTHOR,
            OP,
        ),
        (
            "Jean-Marc Lafitte, président du syndicat des pêcheurs estuariens de Gironde, s'est dit « soulagé ».",
            "Jean-Marc Lafitte",
            R,
        ),
        (
            "Ces pratiques « salissent des centaines de familles honnêtes », a-t-il ajouté, réclamant davantage de moyens pour la surveillance des berges.",
            "Jean-Marc Lafitte",
            R,
        ),
        (
            "Un appel que l'État semble, pour l'heure, décidé à ne pas entendre.",
            AUTHOR,
            H,
        ),
        (
            "L'enquête pourrait s'étendre à d'autres ports de la façade atlantique, notamment en Loire-Atlantique.",
            AUTHOR,
            H,
        ),
        (
            "Le réseau a vraisemblablement bénéficié de complicités sur place, tant ses livraisons paraissaient réglées comme du papier à musique.",
            AUTHOR,
            H,
        ),
        (
            "L'anguille européenne est classée en danger critique d'extinction par l'Union internationale pour la conservation de la nature depuis 2008.",
            AUTHOR,
            F,
        ),
        ("Ses stocks ont chuté de plus de 90 % en quarante ans.", AUTHOR, F),
        (
            "Survivra-t-elle à l'appétit de quelques trafiquants et à l'indifférence de tous les autres ?",
            AUTHOR,
            OP,
        ),
    ],
)
