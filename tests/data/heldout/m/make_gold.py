"""Builds the *.gold.json files beside it from the annotated sentences below, computing
the character offsets of each claim (the sentence found by its full text).
Held-out set M: written blind to the analyzer (its code, lexicons and output unread,
the analyzer never run on these texts), in five forms: a signed column on parking
apps, a court report on copper thefts, a porcelain factory's bet on an electric kiln,
a signed analysis on the return of multiple mandates, an exhibition review.
Run: python3 tests/data/heldout/m/make_gold.py"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/data: the shared builder
from gold_builder import AUTHOR, OP, A, F, H, R, builder

build = builder(__file__)

build(
    "stationnement-chronique-bressanges",
    [
        ("mairie de Bressanges", "ORG", ["mairie de Bressanges", "mairie", "commune"]),
        ("ParkiLib", "ORG", ["ParkiLib", "société ParkiLib"]),
        (
            "Gérard Tissandier",
            "PER",
            ["Gérard Tissandier", "adjoint chargé des mobilités"],
        ),
        ("Josiane", "PER", ["Josiane"]),
        (
            "Bressanges Cœur de Ville",
            "ORG",
            ["Bressanges Cœur de Ville", "association des commerçants"],
        ),
        ("Alain Courbière", "PER", ["Alain Courbière"]),
    ],
    [
        ("Personne, que je sache, n'a organisé de funérailles.", AUTHOR, OP),
        (
            "Voilà donc le progrès : un carré noir et blanc qu'il faut viser avec son téléphone, sous la pluie, d'une main, pendant que l'autre retient un parapluie.",
            AUTHOR,
            OP,
        ),
        (
            "La mairie de Bressanges a supprimé les 212 horodateurs de la ville entre janvier et avril.",
            AUTHOR,
            F,
        ),
        (
            "Le stationnement se paie depuis par l'application de la société ParkiLib, ou par SMS, moyennant 25 centimes de frais à chaque transaction.",
            AUTHOR,
            F,
        ),
        (
            "L'adjoint chargé des mobilités, Gérard Tissandier, assure que la mesure fera économiser 140 000 euros par an à la commune.",
            "Gérard Tissandier",
            R,
        ),
        ("Il a sans doute raison.", AUTHOR, H),
        (
            "On aimerait seulement savoir qui, dans l'affaire, paie les 25 centimes.",
            AUTHOR,
            OP,
        ),
        ("Josiane tient la boutique de fleurs d'en face depuis trente ans.", AUTHOR, F),
        (
            "Elle a vu défiler, depuis le printemps, tous les naufragés du nouveau système.",
            AUTHOR,
            OP,
        ),
        (
            "« Les gens viennent me demander comment ça marche, comme si j'étais le guichet de la mairie », raconte-t-elle.",
            "Josiane",
            R,
        ),
        ("C'est, de loin, le document municipal le plus lu de la rue.", AUTHOR, OP),
        (
            "Un sondage réalisé par l'association des commerçants, Bressanges Cœur de Ville, indique que 38 % des clients de plus de 65 ans disent avoir renoncé à venir en voiture dans le centre.",
            "Bressanges Cœur de Ville",
            R,
        ),
        (
            "Son président, Alain Courbière, parle d'une « fracture du stationnement ».",
            "Alain Courbière",
            R,
        ),
        ("La formule est un peu grandiloquente.", AUTHOR, OP),
        ("Elle n'est pas fausse pour autant.", AUTHOR, OP),
        (
            "Car enfin, faut-il vraiment posséder un téléphone dernier cri pour avoir le droit d'acheter des tulipes ?",
            AUTHOR,
            OP,
        ),
        (
            "Il paraît que les moins de trente ans ne voient pas où est le problème.",
            A,
            A,
        ),
        (
            "Et nous regrettons moins la machine que ce qu'elle permettait : fouiller ses poches, demander une pièce à un inconnu, être en retard sans que ce soit grave pour personne.",
            AUTHOR,
            OP,
        ),
        (
            "La mairie promet une borne de paiement par carte bancaire place du Marché « avant la fin de l'année ».",
            "mairie de Bressanges",
            R,
        ),
        ("Nous l'attendrons, en cherchant une place.", AUTHOR, OP),
        ("Peut-être même qu'elle fera le bruit d'une tirelire.", AUTHOR, H),
    ],
)

build(
    "vol-cuivre-tribunal-montaurac",
    [
        ("Dylan Ferracci", "PER", ["Dylan Ferracci", "ancien ferrailleur", "prévenu"]),
        ("Bâtiloire", "ORG", ["Bâtiloire", "entreprise de travaux publics Bâtiloire"]),
        ("Patrice Nadal", "PER", ["Patrice Nadal", "chef de chantier de Bâtiloire"]),
        ("Romain Sery", "PER", ["Romain Sery"]),
        ("Claire Aubusson", "PER", ["Claire Aubusson", "présidente", "magistrate"]),
        (
            "Sandrine Mallet-Guérin",
            "PER",
            ["Sandrine Mallet-Guérin", "vice-procureure"],
        ),
        ("Olivier Bastide", "PER", ["Olivier Bastide", "Me Olivier Bastide", "défense"]),
        ("tribunal correctionnel", "ORG", ["tribunal correctionnel", "tribunal", "juges"]),
        ("gendarmes", "GROUP", ["gendarmes"]),
    ],
    [
        (
            "Dylan Ferracci, 34 ans, s'est avancé à la barre en survêtement gris, les mains croisées dans le dos, le regard fixé sur le sol.",
            AUTHOR,
            F,
        ),
        (
            "L'ancien ferrailleur est poursuivi pour le vol de près de trois tonnes de câbles de cuivre, dérobés entre octobre 2025 et février 2026 sur quatre chantiers de l'entreprise de travaux publics Bâtiloire.",
            AUTHOR,
            F,
        ),
        (
            "Le préjudice est estimé à 61 000 euros, matériel et retards de chantier compris.",
            AUTHOR,
            F,
        ),
        ("Le prévenu avait déjà été condamné à deux reprises pour recel.", AUTHOR, F),
        (
            "Premier témoin appelé, le chef de chantier de Bâtiloire, Patrice Nadal, a raconté les matins où il découvrait les tranchées vidées.",
            "Patrice Nadal",
            R,
        ),
        (
            "« On arrivait à 7 heures, et il ne restait que les gaines éventrées. On a fini par dormir sur place, à tour de rôle », a-t-il expliqué d'une voix sourde.",
            "Patrice Nadal",
            R,
        ),
        (
            "L'adjudant Romain Sery, de la brigade de recherches, a ensuite détaillé l'enquête : une camionnette repérée par une caméra, un téléphone qui bornait près des chantiers chaque nuit de vol, un compte bancaire soudain bien garni.",
            "Romain Sery",
            R,
        ),
        (
            "« J'achetais le cuivre à des gens, je ne posais pas de questions. Je ne savais pas d'où il venait », a-t-il répété.",
            "Dylan Ferracci",
            R,
        ),
        (
            "« Trois tonnes, en cinq mois, sans poser de questions ? » a relevé la magistrate.",
            "Claire Aubusson",
            R,
        ),
        (
            "Dans la salle, un proche du prévenu a glissé à voix basse qu'il « payait pour les autres ».",
            A,
            A,
        ),
        (
            "Pour la vice-procureure Sandrine Mallet-Guérin, le dossier « ne laisse aucune place au doute ».",
            "Sandrine Mallet-Guérin",
            R,
        ),
        (
            "Elle a décrit « une activité organisée, nocturne, lucrative » et requis deux ans d'emprisonnement, dont six mois avec sursis.",
            "Sandrine Mallet-Guérin",
            R,
        ),
        (
            "En défense, Me Olivier Bastide a plaidé la « misère » d'un homme « endetté jusqu'au cou », qui aurait servi d'intermédiaire à un réseau plus large.",
            "Olivier Bastide",
            R,
        ),
        (
            "Selon lui, les vrais commanditaires « courent toujours ».",
            "Olivier Bastide",
            R,
        ),
        (
            "Son client, a-t-il rappelé, n'a jamais été vu sur un chantier.",
            "Olivier Bastide",
            R,
        ),
        (
            "Après une heure de délibéré, le tribunal a condamné Dylan Ferracci à dix-huit mois de prison ferme, avec maintien en détention, et à indemniser Bâtiloire.",
            AUTHOR,
            F,
        ),
        (
            "L'hypothèse d'un réseau plus vaste, évoquée par la défense, pourrait toutefois connaître des suites.",
            AUTHOR,
            H,
        ),
        (
            "D'après une source proche de l'enquête, deux autres ferrailleurs de la région seraient déjà dans le viseur des gendarmes.",
            A,
            A,
        ),
    ],
)

build(
    "porcelaine-dussac-saint-yrieix",
    [
        ("Porcelaines Dussac", "ORG", ["Porcelaines Dussac", "Dussac", "direction"]),
        (
            "Hélène Dussac-Morel",
            "PER",
            ["Hélène Dussac-Morel", "directrice générale"],
        ),
        ("Région", "ORG", ["Région"]),
        ("Thierry Boudy", "PER", ["Thierry Boudy", "délégué CGT"]),
        ("CGT", "ORG", ["CGT", "syndicat"]),
        (
            "Confédération des arts de la table",
            "ORG",
            ["Confédération des arts de la table", "fédération professionnelle"],
        ),
    ],
    [
        ("Ici, on cuit la porcelaine depuis 1887.", AUTHOR, F),
        (
            "Porcelaines Dussac emploie 146 salariés, contre 310 au début des années 2000.",
            AUTHOR,
            F,
        ),
        (
            "L'entreprise a réalisé en 2025 un chiffre d'affaires de 18,4 millions d'euros, dont 55 % à l'export, principalement vers le Japon et les États-Unis.",
            AUTHOR,
            F,
        ),
        (
            "Mais sa facture de gaz a triplé en trois ans, pour atteindre 2,9 millions d'euros l'an dernier.",
            AUTHOR,
            F,
        ),
        (
            "« La cuisson représente à elle seule près de 16 % de nos coûts, c'est intenable à ce niveau », explique la directrice générale, Hélène Dussac-Morel, arrière-petite-fille du fondateur.",
            "Hélène Dussac-Morel",
            R,
        ),
        (
            "Dans son bureau qui domine les ateliers, elle déroule le plan qui doit, selon elle, sauver la maison : un four électrique de nouvelle génération, un investissement de 7 millions d'euros, dont 2,5 millions apportés par la Région.",
            "Hélène Dussac-Morel",
            R,
        ),
        (
            "« Si nous ne le faisons pas maintenant, nous ne le ferons jamais », assure-t-elle.",
            "Hélène Dussac-Morel",
            R,
        ),
        (
            "Le projet implique aussi une réorganisation des équipes, avec la suppression annoncée de 22 postes à l'émaillage et au conditionnement.",
            AUTHOR,
            F,
        ),
        (
            "Pour Thierry Boudy, délégué CGT, la direction « demande aux salariés de payer le four ».",
            "Thierry Boudy",
            R,
        ),
        (
            "Le syndicat réclame un plan de départs volontaires et le maintien des primes de nuit.",
            "CGT",
            R,
        ),
        ("Une réunion de négociation est prévue le 14 octobre.", AUTHOR, F),
        (
            "Une décoratrice, qui préfère ne pas donner son nom, résume l'ambiance : « On nous dit que c'est pour sauver l'usine. On l'a déjà entendu en 2012. »",
            A,
            A,
        ),
        (
            "Plusieurs ouvriers rencontrés à la pause disent redouter que l'automatisation touche ensuite leur propre poste.",
            A,
            A,
        ),
        (
            "Un cadre, sous couvert d'anonymat, estime même que « le four ne suffira pas » si les ventes au Japon continuent de baisser.",
            A,
            A,
        ),
        (
            "Le marché de la porcelaine de table en France a reculé d'environ 30 % en dix ans, selon la Confédération des arts de la table, une fédération professionnelle.",
            "Confédération des arts de la table",
            R,
        ),
        (
            "Le four électrique pourrait ramener la facture énergétique sous la barre du million d'euros d'ici 2028, si les prix de l'électricité restent stables.",
            AUTHOR,
            H,
        ),
        (
            "Le pari semble donc raisonnable, à condition que les commandes suivent.",
            AUTHOR,
            H,
        ),
        (
            "« Tant qu'on fera ce bruit-là, on existera », dit-elle.",
            "Hélène Dussac-Morel",
            R,
        ),
    ],
)

build(
    "cumul-mandats-analyse",
    [
        ("Sénat", "ORG", ["Sénat", "Palais du Luxembourg"]),
        ("Jean-Marc Peyrolles", "PER", ["Jean-Marc Peyrolles"]),
        ("gouvernement", "ORG", ["gouvernement"]),
        ("Matignon", "ORG", ["Matignon"]),
        ("Assemblée nationale", "ORG", ["Assemblée nationale"]),
        ("Coralie Ndiaye-Faure", "PER", ["Coralie Ndiaye-Faure"]),
        ("institut Ipsaris", "ORG", ["institut Ipsaris"]),
        (
            "Étienne Largeau",
            "PER",
            [
                "Étienne Largeau",
                "constitutionnaliste",
                "professeur de droit public à l'université de Poitiers",
            ],
        ),
        (
            "Association des maires de petites villes",
            "ORG",
            ["Association des maires de petites villes"],
        ),
        (
            "Observatoire de la démocratie locale",
            "ORG",
            ["Observatoire de la démocratie locale"],
        ),
        ("partisans du cumul", "GROUP", ["partisans du cumul", "partisans"]),
    ],
    [
        (
            "Depuis 2017, un parlementaire ne peut plus être en même temps maire, président de département ou de région.",
            AUTHOR,
            F,
        ),
        (
            "Certains élus y voient un remède à la « déconnexion » de la vie politique.",
            A,
            A,
        ),
        (
            "Le sénateur Jean-Marc Peyrolles a déposé le 3 mars une proposition de loi qui autoriserait de nouveau un parlementaire à diriger une commune de moins de 10 000 habitants.",
            AUTHOR,
            F,
        ),
        ("Le texte a recueilli 61 signatures.", AUTHOR, F),
        (
            "« Un sénateur qui n'a plus de mairie ne sait plus ce que coûte un rond-point », plaide l'élu, lui-même ancien maire d'une petite ville du Gers.",
            "Jean-Marc Peyrolles",
            R,
        ),
        (
            "Il affirme que sa proposition « ne rouvre pas la porte aux barons » mais répond à une attente des territoires.",
            "Jean-Marc Peyrolles",
            R,
        ),
        ("L'argument porte.", AUTHOR, OP),
        (
            "Selon plusieurs sénateurs interrogés, de tous bords, une majorité pourrait se dégager au Palais du Luxembourg si le texte venait à être inscrit à l'ordre du jour.",
            A,
            A,
        ),
        (
            "Un conseiller ministériel confie que le gouvernement « n'a pas envie d'ouvrir ce front », sans pour autant s'y opposer frontalement.",
            A,
            A,
        ),
        (
            "Matignon se contente d'indiquer que « le sujet n'est pas prioritaire ».",
            "Matignon",
            R,
        ),
        (
            "La députée Coralie Ndiaye-Faure y voit « un retour en arrière de vingt ans » et rappelle que l'interdiction avait été « plébiscitée » par les Français.",
            "Coralie Ndiaye-Faure",
            R,
        ),
        ("Les sondages lui donnent plutôt raison.", AUTHOR, OP),
        (
            "Selon une enquête de l'institut Ipsaris publiée en 2024, 72 % des Français se disaient attachés au non-cumul.",
            "institut Ipsaris",
            R,
        ),
        (
            "Mais l'opinion pourrait évoluer à mesure que grandit la défiance envers les élus nationaux.",
            AUTHOR,
            H,
        ),
        (
            "Le constitutionnaliste Étienne Largeau, professeur de droit public à l'université de Poitiers, relève qu'une telle réforme passerait par une loi organique, donc par un accord du Sénat sur un texte qui le concerne directement.",
            "Étienne Largeau",
            R,
        ),
        (
            "« C'est un peu demander au jury de fixer sa propre note », sourit-il.",
            "Étienne Largeau",
            R,
        ),
        (
            "L'Association des maires de petites villes, elle, se dit « ouverte à la discussion », sans enthousiasme excessif.",
            "Association des maires de petites villes",
            R,
        ),
        (
            "Reste une question que les partisans du cumul évitent soigneusement : celle du temps.",
            AUTHOR,
            OP,
        ),
        (
            "Un maire d'une commune de 8 000 habitants travaille plus de cinquante heures par semaine, selon une étude de l'Observatoire de la démocratie locale publiée en 2022.",
            "Observatoire de la démocratie locale",
            R,
        ),
        (
            "On voit mal comment un sénateur pourrait y ajouter ses semaines à Paris sans sacrifier l'une ou l'autre.",
            AUTHOR,
            OP,
        ),
        (
            "Il est probable que le débat s'enlise avant même d'arriver en séance.",
            AUTHOR,
            H,
        ),
        (
            "Ce serait, au fond, la manière la plus française de le régler.",
            AUTHOR,
            OP,
        ),
    ],
)

build(
    "exposition-arbogast-selestat",
    [
        (
            "Lucienne Arbogast",
            "PER",
            ["Lucienne Arbogast", "Arbogast", "peintre alsacienne"],
        ),
        ("musée Hébrard", "ORG", ["musée Hébrard", "musée"]),
        (
            "Anne-Laure Weisskopf",
            "PER",
            ["Anne-Laure Weisskopf", "commissaire de l'exposition"],
        ),
        (
            "Martine Arbogast-Kuhn",
            "PER",
            ["Martine Arbogast-Kuhn", "petite-nièce de la peintre", "petite-nièce"],
        ),
        ("Paul Meyrieux", "PER", ["Paul Meyrieux"]),
    ],
    [
        (
            "Le musée Hébrard, à Sélestat, présente jusqu'au 15 février 2027 la première rétrospective consacrée à Lucienne Arbogast, peintre alsacienne née en 1898 et morte en 1971 dans un relatif anonymat.",
            AUTHOR,
            F,
        ),
        (
            "Quatre-vingt-quatorze œuvres, dont une quarantaine jamais montrées au public, sont réparties dans trois salles du premier étage.",
            AUTHOR,
            F,
        ),
        ("Il était temps.", AUTHOR, OP),
        (
            "Arbogast a peint toute sa vie les mêmes motifs, des cuisines, des cours de ferme, des femmes au travail, avec une obstination qui force le respect.",
            AUTHOR,
            OP,
        ),
        (
            "Ses toiles des années 1930, où la lumière d'hiver tombe en biais sur des tables nues, comptent parmi ce que la peinture française de l'entre-deux-guerres a produit de plus juste.",
            AUTHOR,
            OP,
        ),
        (
            "On pense à Vermeer, forcément, mais un Vermeer qui aurait lu Zola.",
            AUTHOR,
            OP,
        ),
        (
            "La commissaire de l'exposition, Anne-Laure Weisskopf, raconte avoir découvert l'œuvre par hasard, en 2019, dans un grenier de Ribeauvillé où la petite-nièce de la peintre conservait une centaine de toiles roulées.",
            "Anne-Laure Weisskopf",
            R,
        ),
        (
            "« Certaines étaient couvertes de fientes de pigeon. Il a fallu trois ans de restauration », précise-t-elle.",
            "Anne-Laure Weisskopf",
            R,
        ),
        (
            "Selon elle, Arbogast aurait refusé à deux reprises d'entrer dans une galerie parisienne, par crainte de « devenir une marchandise ».",
            "Anne-Laure Weisskopf",
            R,
        ),
        (
            "Elle assure que sa grand-tante « ne parlait jamais de peinture à table » et brûlait les toiles qu'elle jugeait ratées.",
            "Martine Arbogast-Kuhn",
            R,
        ),
        (
            "D'après certains historiens de l'art, plusieurs dizaines de tableaux auraient ainsi disparu.",
            A,
            A,
        ),
        (
            "On dit aussi qu'elle aurait entretenu une longue correspondance avec Bonnard, mais aucune lettre n'a été retrouvée.",
            A,
            A,
        ),
        ("L'accrochage, chronologique, est d'une sobriété bienvenue.", AUTHOR, OP),
        (
            "On regrettera seulement les cartels, trop bavards, qui expliquent au visiteur ce qu'il voit déjà.",
            AUTHOR,
            OP,
        ),
        (
            "La dernière salle, consacrée aux autoportraits tardifs, est peut-être la plus bouleversante : la peintre s'y représente de dos, face à une fenêtre, sans jamais montrer son visage.",
            AUTHOR,
            OP,
        ),
        ("Faut-il y voir de la pudeur ou un dernier refus ?", AUTHOR, OP),
        ("L'exposition ne tranche pas, et c'est tant mieux.", AUTHOR, OP),
        (
            "Le musée, qui a attiré 12 500 visiteurs au cours du premier mois selon sa direction, espère en accueillir 40 000 d'ici la clôture.",
            "musée Hébrard",
            R,
        ),
        (
            "Son directeur, Paul Meyrieux, évoque déjà une itinérance à Nancy puis à Lausanne, « si les prêteurs suivent ».",
            "Paul Meyrieux",
            R,
        ),
        (
            "L'entrée coûte 9 euros, 6 euros en tarif réduit, et elle est gratuite le premier dimanche du mois.",
            AUTHOR,
            F,
        ),
        (
            "Le catalogue, vendu 29 euros, pourrait bien devenir l'ouvrage de référence sur l'artiste.",
            AUTHOR,
            H,
        ),
        ("Ce serait une erreur de s'en priver.", AUTHOR, OP),
    ],
)
