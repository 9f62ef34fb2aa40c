"""Builds the *.gold.json files beside it from the annotated sentences below, computing
the character offsets of each claim (the sentence found by its full text).
Held-out set P: written blind to the analyzer (its code, lexicons and output unread),
in five forms (a neutral municipal campaign report, a science-popularisation piece on
a study, a signed column, a police item built on rumours and a prosecutor's version, a
business piece closing on a mild evaluation), annotated before any analyzer saw them.
Run: python3 tests/data/heldout/p/make_gold.py"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/data: the shared builder
from gold_builder import AUTHOR, OP, A, F, H, R, builder

build = builder(__file__)

build(
    "municipales-vaubrenne-duel",
    [
        ("Hélène Marchadier", "PER", ["Hélène Marchadier", "maire sortante"]),
        ("Karim Oudjani", "PER", ["Karim Oudjani", "professeur de mathématiques"]),
        ("Vaubrenne en commun", "ORG", ["Vaubrenne en commun"]),
        ("municipalité sortante", "ORG", ["municipalité sortante"]),
        ("Démoscopie Nord", "ORG", ["Démoscopie Nord", "institut Démoscopie Nord"]),
        ("Maud Ferrand", "PER", ["Maud Ferrand"]),
        (
            "Union pour l'Aisne",
            "ORG",
            ["Union pour l'Aisne", "mouvement qui soutient la maire sortante", "parti"],
        ),
        ("Bertrand Vaillé", "PER", ["Bertrand Vaillé", "secrétaire départemental"]),
        (
            "Olivier Castaing",
            "PER",
            ["Olivier Castaing", "coordinateur de Vaubrenne en commun"],
        ),
        ("Jacqueline Roux", "PER", ["Jacqueline Roux", "retraitée"]),
        ("Mehdi Salhi", "PER", ["Mehdi Salhi", "livreur de 27 ans"]),
    ],
    [
        (
            "« Nous avons rénové quatre écoles et rouvert la piscine. Je demande aux Vaubrennois de nous laisser finir le travail », a-t-elle lancé sous les applaudissements.",
            "Hélène Marchadier",
            R,
        ),
        (
            "Conseiller municipal d'opposition depuis 2014, ce professeur de mathématiques conduit la liste Vaubrenne en commun, qui rassemble socialistes, communistes et plusieurs associations de quartier.",
            AUTHOR,
            F,
        ),
        (
            "Pour lui, la municipalité sortante « a oublié les quartiers nord » au profit du centre-ville.",
            "Karim Oudjani",
            R,
        ),
        (
            "« On ne gouverne pas une ville de trente mille habitants depuis un bureau », a-t-il insisté, promettant d'installer des permanences d'élus dans chaque quartier.",
            "Karim Oudjani",
            R,
        ),
        (
            "La ville a perdu près de 2 000 habitants depuis 2010, pour l'essentiel dans ces quartiers nord.",
            AUTHOR,
            F,
        ),
        (
            "Selon un sondage de l'institut Démoscopie Nord réalisé pour L'Éclaireur de l'Aisne, Hélène Marchadier recueillerait 41 % des intentions de vote au premier tour, contre 38 % pour Karim Oudjani.",
            "Démoscopie Nord",
            R,
        ),
        (
            "La liste écologiste conduite par Maud Ferrand obtiendrait 12 %, le reste se partageant entre deux petites listes.",
            "Démoscopie Nord",
            R,
        ),
        (
            "L'enquête a été réalisée par téléphone du 2 au 5 mars auprès de 602 personnes inscrites sur les listes électorales.",
            AUTHOR,
            F,
        ),
        ("En 2020, la participation était tombée à 39 % au premier tour.", AUTHOR, F),
        (
            "Elle devrait sensiblement remonter cette année, la campagne ayant réveillé des quartiers longtemps silencieux.",
            AUTHOR,
            H,
        ),
        (
            "Son secrétaire départemental, Bertrand Vaillé, se dit « serein » et rappelle qu'Hélène Marchadier l'avait emporté en 2020 avec 54 % des voix au second tour.",
            "Bertrand Vaillé",
            R,
        ),
        (
            "Plus prudent, un cadre du parti sous couvert d'anonymat juge la partie « beaucoup plus serrée qu'on ne le dit ».",
            A,
            A,
        ),
        (
            "« La piscine, les gens l'ont oubliée. Ce qu'ils retiennent, c'est la hausse des tarifs de la cantine », confie-t-il.",
            A,
            A,
        ),
        (
            "Selon lui, trois colistiers de la maire auraient menacé de quitter la liste en janvier, avant de rentrer dans le rang.",
            A,
            A,
        ),
        (
            "L'affaire aurait été réglée lors d'un dîner discret chez l'ancien député de la circonscription.",
            A,
            A,
        ),
        (
            "Du côté de la gauche, le coordinateur de Vaubrenne en commun, Olivier Castaing, assure que l'union « tiendra jusqu'au bout ».",
            "Olivier Castaing",
            R,
        ),
        (
            "Maud Ferrand, elle, refuse pour l'heure toute consigne de vote pour le second tour, jugeant que « les deux favoris parlent béton quand il faudrait parler d'eau ».",
            "Maud Ferrand",
            R,
        ),
        (
            "Le report de ses électeurs pourrait décider de l'issue du scrutin.",
            AUTHOR,
            H,
        ),
        (
            "« Elle a fait le boulot, on ne peut pas dire le contraire », estime Jacqueline Roux, retraitée, entre deux étals de fromages.",
            "Jacqueline Roux",
            R,
        ),
        (
            "Un peu plus loin, Mehdi Salhi, livreur de 27 ans, votera « pour le changement, pour une fois ».",
            "Mehdi Salhi",
            R,
        ),
        (
            "Une commerçante du centre, qui préfère ne pas être citée, dit avoir reçu la visite des deux candidats « le même matin, à une heure d'intervalle ».",
            A,
            A,
        ),
        ("Le premier tour aura lieu le 15 mars.", AUTHOR, F),
    ],
)

build(
    "microplastiques-poissons-riviere",
    [
        (
            "Institut de recherche sur les milieux aquatiques",
            "ORG",
            [
                "Institut de recherche sur les milieux aquatiques",
                "Irma",
                "équipe clermontoise",
            ],
        ),
        (
            "Élise Fontanel",
            "PER",
            [
                "Élise Fontanel",
                "écotoxicologue",
                "première autrice de l'étude",
                "chercheuse",
            ],
        ),
        ("Antoine Berthelier", "PER", ["Antoine Berthelier", "toxicologue indépendant"]),
        (
            "Fédération française des plasturgistes et emballeurs",
            "ORG",
            ["Fédération française des plasturgistes et emballeurs", "FFPE", "fédération"],
        ),
        (
            "Pascal Duverger",
            "PER",
            [
                "Pascal Duverger",
                "président de l'association de pêche La Truite d'Aubrette",
            ],
        ),
    ],
    [
        (
            "Pendant deux ans, les chercheurs de l'Institut de recherche sur les milieux aquatiques (Irma), à Clermont-Ferrand, ont ainsi prélevé 640 poissons dans trois rivières du Massif central : l'Aubrette, la Dauze et le Chalamont.",
            AUTHOR,
            F,
        ),
        (
            "Selon leur étude, publiée le 4 février dans la revue Freshwater Contaminants, 81 % des poissons examinés contenaient au moins une particule de plastique dans leur tube digestif, et près d'un sur cinq dans ses muscles, c'est-à-dire dans la partie que l'on mange.",
            "Institut de recherche sur les milieux aquatiques",
            R,
        ),
        (
            "« Nous nous attendions à en trouver, mais pas à ce niveau, ni aussi loin des villes », explique Élise Fontanel, écotoxicologue et première autrice de l'étude.",
            "Élise Fontanel",
            R,
        ),
        (
            "D'après elle, les particules proviendraient pour l'essentiel de la dégradation d'emballages et de bâches agricoles, les fibres textiles rejetées par les stations d'épuration ne jouant qu'un rôle secondaire.",
            "Élise Fontanel",
            R,
        ),
        (
            "Les truites, carnassières, seraient plus touchées que les gardons, sans doute parce qu'elles accumulent les particules ingérées par leurs proies.",
            "Élise Fontanel",
            R,
        ),
        (
            "La chercheuse reste prudente sur la portée de ces résultats : « Trouver du plastique dans un poisson ne dit rien, à ce stade, de ce qu'il fait à celui qui le mange. »",
            "Élise Fontanel",
            R,
        ),
        (
            "Une particule est dite microplastique lorsqu'elle mesure moins de 5 millimètres.",
            AUTHOR,
            F,
        ),
        (
            "Le bassin de l'Aubrette compte 14 stations d'épuration, dont trois seulement disposent d'un traitement capable de retenir les particules les plus fines.",
            AUTHOR,
            F,
        ),
        (
            "La contamination des cours d'eau les plus isolés pourrait s'expliquer par des retombées atmosphériques, une piste que l'étude n'explore pas.",
            AUTHOR,
            H,
        ),
        (
            "Ces résultats sont jugés « solides mais incomplets » par Antoine Berthelier, toxicologue indépendant et ancien expert auprès des autorités sanitaires.",
            "Antoine Berthelier",
            R,
        ),
        (
            "« Il faut se garder de deux erreurs : crier au poison, et hausser les épaules », résume-t-il.",
            "Antoine Berthelier",
            R,
        ),
        (
            "Selon lui, la quantité de plastique avalée avec une truite de rivière resterait probablement très inférieure à celle que l'on inhale chez soi avec les poussières domestiques.",
            "Antoine Berthelier",
            R,
        ),
        (
            "Dans le petit monde de l'écotoxicologie, certains chercheurs jugent l'échantillon trop restreint pour en tirer des conclusions générales.",
            A,
            A,
        ),
        (
            "D'autres font valoir que les méthodes de comptage varient tant d'un laboratoire à l'autre que toute comparaison reste hasardeuse.",
            A,
            A,
        ),
        (
            "La Fédération française des plasturgistes et emballeurs (FFPE) a réagi par un communiqué, estimant que l'étude « stigmatise une filière » qui emploie 120 000 personnes en France.",
            "Fédération française des plasturgistes et emballeurs",
            R,
        ),
        (
            "Elle souligne que les bâches agricoles, mises en cause par les chercheurs, ne relèvent pas de ses adhérents.",
            "Fédération française des plasturgistes et emballeurs",
            R,
        ),
        (
            "Un argument commode, qui revient à accuser la gouttière du voisin quand son propre toit fuit.",
            AUTHOR,
            OP,
        ),
        (
            "En 2021, une campagne menée sur les lacs d'altitude du même massif avait relevé des particules chez 43 % des poissons.",
            AUTHOR,
            F,
        ),
        (
            "L'écart avec les rivières tient peut-être autant aux progrès des méthodes de détection qu'à une aggravation de la pollution.",
            AUTHOR,
            H,
        ),
        (
            "« Je relâche tout ce que je prends depuis vingt ans. Mais les gens du coin mangent leurs truites, et ils vont venir me poser des questions », dit-il.",
            "Pascal Duverger",
            R,
        ),
        ("Faut-il pour autant renoncer à la friture du dimanche ?", AUTHOR, OP),
        (
            "Rien, dans l'état actuel des connaissances, ne semble le justifier.",
            AUTHOR,
            H,
        ),
        (
            "Les poissons de rivière ne sont sans doute ni plus ni moins exposés que ceux que l'on achète en barquette au supermarché.",
            AUTHOR,
            H,
        ),
        (
            "L'équipe clermontoise doit étendre ses prélèvements à cinq autres rivières dès le printemps.",
            AUTHOR,
            F,
        ),
    ],
)

build(
    "billet-cinema-familia-dimanche",
    [
        ("Familia", "ORG", ["Familia"]),
        ("Bruno Tessier", "PER", ["Bruno Tessier", "gérant"]),
        ("Valérie Monnier", "PER", ["Valérie Monnier", "adjointe à la culture"]),
    ],
    [
        (
            "Depuis le 1er mars, le cinéma n'ouvre plus ses portes le dimanche.",
            AUTHOR,
            F,
        ),
        ("La raison, nous dit-on, est comptable.", A, A),
        (
            "Selon son gérant, Bruno Tessier, la séance dominicale n'attirait plus que 23 spectateurs en moyenne l'an dernier, contre 70 il y a dix ans.",
            "Bruno Tessier",
            R,
        ),
        (
            "« Chauffer une salle de 280 places pour une vingtaine de personnes, je ne peux plus », m'a-t-il expliqué, l'air sincèrement navré.",
            "Bruno Tessier",
            R,
        ),
        (
            "Je le crois volontiers, et c'est bien ce qui rend l'affaire si triste.",
            AUTHOR,
            OP,
        ),
        ("Car le coupable n'est évidemment pas le gérant.", AUTHOR, OP),
        (
            "Le coupable, ce sont les « nouveaux usages », comme disent si joliment les études de marché, c'est-à-dire nous, vautrés devant des plateformes qui nous « recommandent » ce que nous avons déjà vu cent fois.",
            AUTHOR,
            OP,
        ),
        ("Bien sûr, personne n'a rien vu venir.", AUTHOR, OP),
        (
            "La fréquentation du Familia a baissé de 31 % entre 2019 et 2025, alors que la population de la commune a légèrement augmenté.",
            AUTHOR,
            F,
        ),
        (
            "Ouvert en 1952, le Familia est le dernier des trois cinémas que comptait la ville dans les années soixante.",
            AUTHOR,
            F,
        ),
        ("Quelle époque !", AUTHOR, OP),
        ("À la mairie, on assure « suivre le dossier de près ».", A, A),
        (
            "L'adjointe à la culture, Valérie Monnier, évoque une « réflexion » sur une aide au fonctionnement, sans calendrier ni montant.",
            "Valérie Monnier",
            R,
        ),
        (
            "Une « réflexion » : le mot a tout le charme des promesses qui n'engagent que ceux qui les écoutent.",
            AUTHOR,
            OP,
        ),
        (
            "Une subvention de quelques milliers d'euros suffirait peut-être à sauver la séance du dimanche.",
            AUTHOR,
            H,
        ),
        (
            "Il faudrait sans doute aussi que les Lormiacois reprennent le chemin de la salle.",
            AUTHOR,
            H,
        ),
        ("Le billet y coûte 6,50 euros, un tarif inchangé depuis 2018.", AUTHOR, F),
        (
            "Qui se souvient de la dernière fois qu'il a ri dans le noir avec deux cents inconnus ?",
            AUTHOR,
            OP,
        ),
        (
            "C'est pourtant tout ce que le cinéma a d'irremplaçable : le rire collectif, le silence partagé, les larmes que l'on cache à son voisin.",
            AUTHOR,
            OP,
        ),
        (
            "Le Familia restera ouvert quatre jours par semaine, du mercredi au samedi.",
            AUTHOR,
            F,
        ),
        (
            "On murmure déjà, au café d'en face, que le samedi soir pourrait suivre le même chemin.",
            A,
            A,
        ),
        ("Espérons que la rumeur se trompe.", AUTHOR, OP),
        (
            "Dimanche prochain, j'irai donc me promener rue des Tanneurs, devant la façade éteinte, comme on va fleurir une tombe.",
            AUTHOR,
            OP,
        ),
    ],
)

build(
    "cambriolages-chaumerac",
    [
        ("gendarmerie", "ORG", ["gendarmerie", "gendarmes", "brigade de Chaumerac"]),
        ("cambrioleurs", "GROUP", ["cambrioleurs", "auteurs"]),
        ("parquet de Vierzelles", "ORG", ["parquet de Vierzelles"]),
        (
            "Sandrine Kessler",
            "PER",
            ["Sandrine Kessler", "procureure de la République"],
        ),
        ("Marie-Claude Bénard", "PER", ["Marie-Claude Bénard"]),
        ("Jean-Pierre Maury", "PER", ["Jean-Pierre Maury"]),
        ("Loïc Ferrier", "PER", ["Loïc Ferrier", "commandant de la compagnie"]),
        ("Didier Pelletier", "PER", ["Didier Pelletier", "maire"]),
    ],
    [
        (
            "Onze maisons ont été cambriolées entre le 3 janvier et le 20 février dans ce village de 1 400 habitants, a indiqué la gendarmerie dans un communiqué, appelant la population à « la plus grande vigilance ».",
            "gendarmerie",
            R,
        ),
        (
            "Les cambrioleurs auraient opéré en plein jour, en milieu d'après-midi, lorsque les propriétaires étaient au travail.",
            "parquet de Vierzelles",
            R,
        ),
        (
            "Ils repéreraient les maisons inoccupées en glissant de petits morceaux de plastique dans l'embrasure des portes, puis reviendraient quelques jours plus tard si personne ne les avait retirés.",
            "parquet de Vierzelles",
            R,
        ),
        (
            "Ils se déplaceraient à deux ou trois, à bord d'un utilitaire blanc.",
            "parquet de Vierzelles",
            R,
        ),
        (
            "« Nous avons affaire à des gens organisés, méthodiques, qui connaissent le terrain », a déclaré la procureure de la République, Sandrine Kessler, lors d'un point presse.",
            "Sandrine Kessler",
            R,
        ),
        (
            "Le préjudice déclaré atteint déjà, selon elle, 68 000 euros.",
            "Sandrine Kessler",
            R,
        ),
        (
            "Le montant réel pourrait être nettement plus élevé, plusieurs victimes n'ayant pas encore dressé l'inventaire de ce qui leur a été pris.",
            AUTHOR,
            H,
        ),
        ("Marie-Claude Bénard, 74 ans, a été cambriolée le 9 février.", AUTHOR, F),
        (
            "« Ils ont pris la bague de ma mère. Le reste, je m'en moque », souffle-t-elle, assise dans sa cuisine.",
            "Marie-Claude Bénard",
            R,
        ),
        (
            "« On ne va pas attendre que les gendarmes viennent de Vierzelles à chaque fois », justifie-t-il.",
            "Jean-Pierre Maury",
            R,
        ),
        (
            "Le commandant de la compagnie, le capitaine Loïc Ferrier, met en garde contre ces initiatives, jugées « compréhensibles mais dangereuses ».",
            "Loïc Ferrier",
            R,
        ),
        (
            "Aucun cambriolage n'a été signalé à Chaumerac depuis le 20 février.",
            AUTHOR,
            F,
        ),
        (
            "Les auteurs ont sans doute quitté le secteur, à moins qu'ils n'attendent simplement que la vigilance retombe.",
            AUTHOR,
            H,
        ),
        (
            "On raconte qu'une voiture immatriculée à l'étranger aurait été aperçue à plusieurs reprises près du cimetière.",
            A,
            A,
        ),
        (
            "Certains habitants affirment que les cambrioleurs seraient des ouvriers saisonniers employés dans les vergers voisins.",
            A,
            A,
        ),
        (
            "D'autres jurent qu'un habitant du village leur servirait d'indicateur.",
            A,
            A,
        ),
        (
            "La rumeur, dans un village, fait parfois presque autant de dégâts que les voleurs eux-mêmes.",
            AUTHOR,
            OP,
        ),
        (
            "Un enquêteur, qui a requis l'anonymat, évoque « une équipe rodée, venue de l'extérieur ».",
            A,
            A,
        ),
        (
            "Les bijoux auraient été revendus très vite, fondus ou écoulés sur des sites de petites annonces.",
            A,
            A,
        ),
        (
            "Dans le ressort du parquet de Vierzelles, 214 cambriolages de résidences principales ont été enregistrés en 2025, contre 176 l'année précédente.",
            AUTHOR,
            F,
        ),
        (
            "« Je comprends la colère. Mais je ne veux pas de milices à Chaumerac », a-t-il prévenu.",
            "Didier Pelletier",
            R,
        ),
    ],
)

build(
    "boulangeries-ardouin-usine",
    [
        (
            "Boulangeries Ardouin",
            "ORG",
            [
                "Boulangeries Ardouin",
                "chaîne familiale",
                "direction",
                "direction d'Ardouin",
                "maison Ardouin",
            ],
        ),
        (
            "Pauline Ardouin",
            "PER",
            ["Pauline Ardouin", "petite-fille du fondateur", "présidente du groupe"],
        ),
        ("Nadège Collin", "PER", ["Nadège Collin", "vendeuse"]),
        ("Hervé Lambin", "PER", ["Hervé Lambin", "délégué du personnel"]),
        ("conseil régional", "ORG", ["conseil régional", "Région"]),
        (
            "Marc-Antoine Guerrand",
            "PER",
            [
                "Marc-Antoine Guerrand",
                "vice-président du conseil régional chargé de l'économie",
            ],
        ),
        (
            "Sébastien Ruelle",
            "PER",
            ["Sébastien Ruelle", "analyste au cabinet Agrodata Conseil"],
        ),
    ],
    [
        (
            "L'usine, qui a coûté 23 millions d'euros, s'étend sur 12 000 mètres carrés et peut produire 40 tonnes de pâte par jour.",
            AUTHOR,
            F,
        ),
        (
            "Elle emploiera 85 personnes d'ici à la fin de l'année, dont une soixantaine recrutées dans le bassin d'emploi.",
            AUTHOR,
            F,
        ),
        (
            "Fondée en 1961 par un boulanger de Vézanne, la société Boulangeries Ardouin compte aujourd'hui 47 magasins dans quatre départements et a réalisé l'an dernier un chiffre d'affaires de 58 millions d'euros.",
            AUTHOR,
            F,
        ),
        (
            "Elle a ouvert neuf boutiques en 2025, contre trois l'année précédente.",
            AUTHOR,
            F,
        ),
        (
            "« Mon grand-père pétrissait à la main à trois heures du matin. Aujourd'hui, il faut fournir quarante-sept boutiques chaque matin avec la même qualité », explique Pauline Ardouin, petite-fille du fondateur et présidente du groupe depuis 2019.",
            "Pauline Ardouin",
            R,
        ),
        (
            "Elle assure que les boulangers continueront de façonner et de cuire le pain sur place, dans chaque magasin.",
            "Pauline Ardouin",
            R,
        ),
        (
            "Le document prévoit que 30 % des viennoiseries vendues en boutique arrivent surgelées de Vézanne dès l'an prochain, et 70 % d'ici à 2028.",
            "Boulangeries Ardouin",
            R,
        ),
        (
            "Il évoque aussi la « rationalisation » de dix postes de boulanger de nuit, par départs naturels.",
            "Boulangeries Ardouin",
            R,
        ),
        (
            "« Les clients viennent pour le pain qui sort du four. Si c'est du surgelé, autant aller au supermarché », redoute Nadège Collin, vendeuse depuis douze ans.",
            "Nadège Collin",
            R,
        ),
        (
            "Un boulanger de nuit, qui a requis l'anonymat, affirme que plusieurs collègues se sont vu proposer un poste à l'usine, en journée mais pour un salaire moindre.",
            A,
            A,
        ),
        (
            "Le délégué du personnel, Hervé Lambin, dit avoir réclamé des garanties écrites sur le maintien des effectifs en boutique, affirmant n'avoir reçu à ce jour « qu'un courrier de politesse ».",
            "Hervé Lambin",
            R,
        ),
        (
            "La Région a accordé à l'entreprise une avance remboursable de 2,5 millions d'euros.",
            AUTHOR,
            F,
        ),
        (
            "« C'est exactement le type d'entreprise familiale, ancrée dans son territoire, que nous voulons accompagner », a salué le vice-président du conseil régional chargé de l'économie, Marc-Antoine Guerrand.",
            "Marc-Antoine Guerrand",
            R,
        ),
        (
            "D'après Sébastien Ruelle, analyste au cabinet Agrodata Conseil, le marché de la boulangerie en réseau progresse de 4 % par an, quand celui des artisans indépendants stagne.",
            "Sébastien Ruelle",
            R,
        ),
        (
            "Les chaînes régionales seraient, selon lui, prises en étau entre les enseignes nationales et la grande distribution.",
            "Sébastien Ruelle",
            R,
        ),
        (
            "« Ardouin va produire bien plus qu'il ne vend. Ils finiront par livrer les supermarchés, c'est écrit », prédit ce dirigeant.",
            A,
            A,
        ),
        (
            "Selon lui, la capacité de l'usine dépasserait de moitié les besoins actuels du réseau.",
            A,
            A,
        ),
        (
            "La direction d'Ardouin dément toute discussion avec la grande distribution.",
            "Boulangeries Ardouin",
            R,
        ),
        ("Sur le papier, le pari est habile.", AUTHOR, OP),
        (
            "L'usine pourrait même ouvrir à l'entreprise, à terme, les rayons boulangerie des hypermarchés, quoi qu'en dise la direction.",
            AUTHOR,
            H,
        ),
        (
            "Il serait dommage qu'à force de rationaliser, la maison Ardouin finisse par vendre ce que tout le monde vend déjà.",
            AUTHOR,
            OP,
        ),
        (
            "Le croissant du dimanche, lui, ne se laisse pas mettre en équation si facilement.",
            AUTHOR,
            OP,
        ),
    ],
)
