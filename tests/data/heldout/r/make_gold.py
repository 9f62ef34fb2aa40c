"""Builds the *.gold.json files beside it from the annotated sentences below, computing
the character offsets of each claim (the sentence found by its full text).
Held-out set R: written blind to the analyzer (its code, lexicons and output unread),
five articles in the forms of the national press: a committee debate on a bill, a
signed op-ed, a neutral report on layoffs, a health study, a rugby match report.
Run: python3 tests/data/heldout/r/make_gold.py"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/data: the shared builder
from gold_builder import AUTHOR, OP, A, F, H, R, builder

build = builder(__file__)

build(
    "trottinettes-commission-assemblee",
    [
        (
            "commission du développement durable",
            "ORG",
            ["commission du développement durable", "commission"],
        ),
        ("Bastien Corlay", "PER", ["Bastien Corlay", "rapporteur"]),
        ("ministère des Transports", "ORG", ["ministère des Transports"]),
        (
            "Samia Ouerghi",
            "PER",
            [
                "Samia Ouerghi",
                "députée Gauche sociale et écologiste de Seine-Saint-Denis",
                "élue",
            ],
        ),
        (
            "Guillaume Ferrand",
            "PER",
            ["Guillaume Ferrand", "député Avenir républicain du Loiret"],
        ),
        (
            "Antoine Keller",
            "PER",
            ["Antoine Keller", "directeur des affaires publiques de Glidea"],
        ),
        ("Glidea", "ORG", ["Glidea", "entreprise"]),
        ("gouvernement", "ORG", ["gouvernement", "exécutif"]),
        ("ministre des Transports", "PER", ["ministre des Transports"]),
        ("présidente de la commission", "PER", ["présidente de la commission"]),
        ("majorité", "GROUP", ["majorité"]),
    ],
    [
        (
            "Le texte, défendu par le député Bastien Corlay (Cap commun), prévoit de plafonner à 2 500 le nombre d'engins par opérateur dans les villes de plus de 100 000 habitants et d'imposer une vérification de l'âge des utilisateurs.",
            AUTHOR,
            F,
        ),
        (
            "« Nos trottoirs sont devenus des parkings sauvages, et ce sont les piétons les plus fragiles qui en paient le prix », a lancé le rapporteur en ouverture des débats.",
            "Bastien Corlay",
            R,
        ),
        (
            "Selon lui, près de 4 000 accidents impliquant une trottinette de location ont été recensés en 2025.",
            "Bastien Corlay",
            R,
        ),
        (
            "Bastien Corlay veut aussi permettre aux maires de dessiner eux-mêmes des zones d'interdiction, estimant que « la rue n'appartient pas aux algorithmes ».",
            "Bastien Corlay",
            R,
        ),
        (
            "L'étude d'impact du ministère des Transports, que notre journal a pu consulter, chiffre à 38 millions d'euros par an le manque à gagner pour les opérateurs.",
            "ministère des Transports",
            R,
        ),
        (
            "D'après le même document, une interdiction totale ne ferait baisser les accidents graves que de 12 % en deux ans, une partie des usagers se reportant sur des trottinettes personnelles, moins bien entretenues.",
            "ministère des Transports",
            R,
        ),
        (
            "Pour Samia Ouerghi, députée Gauche sociale et écologiste de Seine-Saint-Denis, le texte « s'arrête au milieu du gué ».",
            "Samia Ouerghi",
            R,
        ),
        (
            "L'élue réclame une interdiction pure et simple dans les centres-villes.",
            "Samia Ouerghi",
            R,
        ),
        (
            "« On nous explique qu'il faut protéger un modèle économique. Mais quel modèle économique repose sur des engins repêchés au fond des canaux ? » a-t-elle lancé, sous les applaudissements de son groupe.",
            "Samia Ouerghi",
            R,
        ),
        (
            "À l'autre bout de la salle, Guillaume Ferrand, député Avenir républicain du Loiret, a dénoncé « une loi de métropoles pour les métropoles ».",
            "Guillaume Ferrand",
            R,
        ),
        (
            "Le plafond serait, selon lui, un cadeau à l'opérateur le mieux installé, qui n'aurait plus à craindre l'arrivée de concurrents.",
            "Guillaume Ferrand",
            R,
        ),
        (
            "Les villes moyennes, poursuit-il, seraient les premières victimes de ce marché verrouillé.",
            "Guillaume Ferrand",
            R,
        ),
        # the conditional of reported speech, continued with no new verb of saying
        (
            "Les communes liées par des contrats pluriannuels se verraient en outre contraintes d'indemniser les opérateurs.",
            "Guillaume Ferrand",
            R,
        ),
        (
            "Un plafond arbitraire tuerait la concurrence : c'est la conviction d'Antoine Keller, directeur des affaires publiques de Glidea, l'un des trois opérateurs du marché.",
            "Antoine Keller",
            R,
        ),
        (
            "L'entreprise affirme avoir équipé toute sa flotte de béquilles connectées, qui empêchent de terminer une location hors des emplacements autorisés.",
            "Glidea",
            R,
        ),
        (
            "Un argument qui a fait sourire jusque sur les bancs de la majorité, tant la béquille connectée relève encore du mirage sur les trottoirs de Lyon ou de Bordeaux.",
            AUTHOR,
            OP,
        ),
        (
            "Selon un conseiller ministériel qui s'exprime sous couvert d'anonymat, l'exécutif ne s'opposerait pas au principe d'un plafond, mais souhaiterait le porter à 3 000 engins.",
            A,
            A,
        ),
        (
            "Le ministre des Transports aurait déjà prévenu le rapporteur qu'il déposerait un amendement en ce sens avant l'examen en séance.",
            A,
            A,
        ),
        (
            "La vérification de l'âge serait en revanche jugée « techniquement irréaliste » à court terme par les services de l'État.",
            A,
            A,
        ),
        (
            "« Personne ici n'a envie de passer pour le gouvernement qui a tué la trottinette », glisse un membre de cabinet.",
            A,
            A,
        ),
        (
            "Plusieurs députés de la majorité reconnaissent d'ailleurs, en privé, ne pas savoir ce que leur groupe votera en séance.",
            A,
            A,
        ),
        (
            "Il y a quelque chose de savoureux à voir des élus qui avaient déroulé le tapis rouge à ces engins découvrir aujourd'hui qu'ils encombrent les trottoirs.",
            AUTHOR,
            OP,
        ),
        (
            "Trois opérateurs se partagent le marché français, avec quelque 45 000 trottinettes en circulation.",
            AUTHOR,
            F,
        ),
        (
            "En septembre 2025, une première proposition de loi sur le même sujet avait été rejetée en séance à 11 voix près.",
            AUTHOR,
            F,
        ),
        (
            "Le vote de la commission semble cette fois acquis, la majorité pouvant compter sur l'abstention d'une partie de la gauche.",
            AUTHOR,
            H,
        ),
        (
            "Le texte pourrait être inscrit à l'ordre du jour de la séance publique dès le mois de mars.",
            AUTHOR,
            H,
        ),
        (
            "Reste à savoir si les trottinettes, elles, attendront la loi pour cesser de s'empiler au pied des platanes.",
            AUTHOR,
            OP,
        ),
    ],
)
build(
    "tribune-semaine-quatre-jours",
    [
        ("Claire Vautrin", "PER", ["Claire Vautrin"]),
        (
            "Observatoire des temps de travail",
            "ORG",
            ["Observatoire des temps de travail"],
        ),
        (
            "Institut Vauban d'économie sociale",
            "ORG",
            ["Institut Vauban d'économie sociale"],
        ),
        (
            "Patrick Dorval",
            "PER",
            [
                "Patrick Dorval",
                "président de l'Union des employeurs de proximité",
            ],
        ),
        (
            "Union des employeurs de proximité",
            "ORG",
            ["Union des employeurs de proximité"],
        ),
    ],
    [
        # the paper's standfirst reports the signed author's stance
        (
            "Alors que les premières expérimentations françaises livrent leurs résultats, l'économiste Claire Vautrin appelle les dirigeants à regarder les chiffres plutôt que leurs craintes.",
            "Claire Vautrin",
            R,
        ),
        (
            "Chaque fois que la semaine de quatre jours revient dans le débat public, le même chœur entonne le même refrain.",
            AUTHOR,
            OP,
        ),
        (
            "La France, nous dit-on, serait un pays de paresseux en quête d'une excuse de plus pour ne pas travailler.",
            A,
            A,
        ),
        (
            "L'air est connu ; il a le grand mérite de dispenser ceux qui le fredonnent de lire les études.",
            AUTHOR,
            OP,
        ),
        (
            "Selon l'Observatoire des temps de travail, qui a suivi pendant un an 48 entreprises françaises passées aux quatre jours, 41 d'entre elles ont choisi de conserver le dispositif.",
            "Observatoire des temps de travail",
            R,
        ),
        (
            "Le chiffre d'affaires de ces entreprises a progressé en moyenne de 3 %, et les arrêts maladie ont reculé de près d'un quart, d'après le même rapport.",
            "Observatoire des temps de travail",
            R,
        ),
        (
            "Une seconde enquête, conduite par l'Institut Vauban d'économie sociale auprès de 2 300 salariés, montre que 78 % d'entre eux refuseraient désormais de revenir à cinq jours.",
            "Institut Vauban d'économie sociale",
            R,
        ),
        (
            "Ces résultats ne valent peut-être pas démonstration : les entreprises volontaires étaient sans doute les mieux préparées à l'exercice.",
            AUTHOR,
            H,
        ),
        (
            "Ils devraient au moins faire taire ceux qui prédisaient la faillite générale.",
            AUTHOR,
            OP,
        ),
        (
            "« La semaine de quatre jours, c'est la semaine de cinq jours payée pour quatre, et ce sont les petites entreprises qui régleront l'addition », déclarait le mois dernier Patrick Dorval, président de l'Union des employeurs de proximité, qui a fait de la question son cheval de bataille.",
            "Patrick Dorval",
            R,
        ),
        ("Je respecte l'inquiétude ; je conteste l'arithmétique.", AUTHOR, OP),
        (
            "Personne n'y est payé cinq jours pour en travailler quatre : on a réorganisé les équipes, supprimé les réunions inutiles, revu des procédures que nul n'avait interrogées depuis des lustres.",
            AUTHOR,
            OP,
        ),
        (
            "Il est vrai que rien n'est plus productif qu'une réunion du lundi matin consacrée à préparer celle du mardi.",
            AUTHOR,
            OP,
        ),
        (
            "Faut-il rappeler que la semaine de cinq jours elle-même fut, en son temps, dénoncée comme une folie ruineuse ?",
            AUTHOR,
            OP,
        ),
        (
            "En 1936, les salariés français obtenaient leurs deux premières semaines de congés payés.",
            AUTHOR,
            F,
        ),
        (
            "La durée légale du travail, elle, est fixée à 35 heures hebdomadaires depuis 2000 dans les entreprises de plus de vingt salariés.",
            AUTHOR,
            F,
        ),
        (
            "En 2025, un salarié à temps plein travaillait en moyenne 1 670 heures par an en France.",
            AUTHOR,
            F,
        ),
        (
            "Il semble que les cadres soient les premiers à profiter du dispositif, quand les métiers à horaires contraints en restent exclus.",
            AUTHOR,
            H,
        ),
        (
            "La généralisation pourrait aussi coûter des emplois dans les secteurs où la présence physique est indispensable, comme le soin ou le commerce.",
            AUTHOR,
            H,
        ),
        ("Regardez les chiffres, pas les slogans.", AUTHOR, OP),
        (
            "Quelle audace, vraiment, que de vouloir mesurer avant de condamner !",
            AUTHOR,
            OP,
        ),
        (
            "La semaine de quatre jours ne sauvera pas à elle seule l'économie française ; elle mérite mieux qu'un procès instruit par ceux qui n'ont jamais ouvert le dossier.",
            AUTHOR,
            OP,
        ),
    ],
)
build(
    "kalyptis-suppressions-postes",
    [
        (
            "Kalyptis",
            "ORG",
            ["Kalyptis", "éditeur de logiciels", "entreprise", "direction"],
        ),
        (
            "Marc-Antoine Berthelot",
            "PER",
            ["Marc-Antoine Berthelot", "président-directeur général", "dirigeant"],
        ),
        (
            "Nadège Fontaine",
            "PER",
            ["Nadège Fontaine", "directrice des ressources humaines"],
        ),
        ("Unis-Numérique", "ORG", ["Unis-Numérique", "syndicat Unis-Numérique"]),
        ("Karim Belhadj", "PER", ["Karim Belhadj", "délégué central"]),
        (
            "Sophie Lemarchand",
            "PER",
            ["Sophie Lemarchand", "analyste chez Haussmann Research"],
        ),
        ("salariés", "GROUP", ["salariés"]),
    ],
    [
        (
            "L'éditeur de logiciels Kalyptis va supprimer 240 postes en France, soit près d'un emploi sur cinq, a annoncé mardi son président-directeur général, Marc-Antoine Berthelot, dans un courriel adressé à l'ensemble du personnel.",
            "Marc-Antoine Berthelot",
            R,
        ),
        (
            "Le message est parti à 7 h 58, deux minutes avant le début d'une réunion d'information organisée en visioconférence.",
            AUTHOR,
            F,
        ),
        (
            "« Nous avons grandi trop vite, sur la promesse d'un marché qui ne s'est pas matérialisé », écrit le dirigeant, qui dit assumer « personnellement » ces décisions.",
            "Marc-Antoine Berthelot",
            R,
        ),
        (
            "Dans ce courriel, dont notre journal a obtenu une copie, Marc-Antoine Berthelot impute le plan au recul des commandes des collectivités locales, premières clientes de l'entreprise.",
            "Marc-Antoine Berthelot",
            R,
        ),
        (
            "Fondée en 2009 à Lyon, l'entreprise employait 1 260 personnes à la fin de l'année dernière, dont 1 050 en France.",
            AUTHOR,
            F,
        ),
        (
            "Son chiffre d'affaires a reculé de 11 % en 2026, à 182 millions d'euros.",
            AUTHOR,
            F,
        ),
        (
            "Lors de la réunion, la directrice des ressources humaines, Nadège Fontaine, a précisé que les départs toucheraient principalement les équipes commerciales et le support technique.",
            "Nadège Fontaine",
            R,
        ),
        (
            "Un plan de départs volontaires sera d'abord proposé, a-t-elle indiqué, les licenciements contraints n'intervenant qu'« en dernier recours ».",
            "Nadège Fontaine",
            R,
        ),
        # the conditional of reported speech, continued
        (
            "Les salariés concernés recevraient un courrier individuel avant la fin du mois d'avril.",
            "Nadège Fontaine",
            R,
        ),
        (
            "« On a appris qu'on était peut-être sur la liste par un courriel envoyé avant le café », raconte une développeuse qui a requis l'anonymat.",
            A,
            A,
        ),
        (
            "Plusieurs salariés affirment que la direction avait démenti tout projet de restructuration lors d'une réunion interne en janvier.",
            A,
            A,
        ),
        (
            "Selon un cadre du service commercial, qui ne souhaite pas être nommé, une partie des équipes aurait été priée dès décembre de « ne pas poser de congés ».",
            A,
            A,
        ),
        (
            "Les objectifs de vente auraient par ailleurs été relevés à deux reprises en un an, rendant les primes presque inaccessibles.",
            A,
            A,
        ),
        (
            "« Je ne sais pas s'il faut chercher ailleurs ou attendre », lâche un ingénieur du support, dix ans de maison.",
            A,
            A,
        ),
        (
            "Des rumeurs de rachat par un concurrent circulent en interne depuis plusieurs semaines.",
            A,
            A,
        ),
        (
            "Le syndicat Unis-Numérique, majoritaire chez Kalyptis, dénonce « une gestion à courte vue ».",
            "Unis-Numérique",
            R,
        ),
        (
            "Son délégué central, Karim Belhadj, a annoncé qu'un cabinet d'expertise serait mandaté pour examiner les comptes du groupe.",
            "Karim Belhadj",
            R,
        ),
        (
            "« Quand on verse 9 millions d'euros de dividendes en 2025 et qu'on licencie en 2027, on ne peut pas parler de survie », estime-t-il.",
            "Karim Belhadj",
            R,
        ),
        (
            "Pour Sophie Lemarchand, analyste chez Haussmann Research, le plan était attendu par les investisseurs.",
            "Sophie Lemarchand",
            R,
        ),
        ("Le titre a gagné 6,2 % mardi à la Bourse de Paris.", AUTHOR, F),
        (
            "Il avait perdu 38 % de sa valeur au cours des douze mois précédents.",
            AUTHOR,
            F,
        ),
        (
            "Le recul des commandes publiques tient sans doute en partie au renouvellement des équipes municipales après les élections de 2026.",
            AUTHOR,
            H,
        ),
        (
            "D'autres suppressions de postes pourraient suivre si les collectivités ne reprennent pas leurs investissements.",
            AUTHOR,
            H,
        ),
        (
            "Le comité social et économique de l'entreprise est convoqué le 12 mars.",
            AUTHOR,
            F,
        ),
    ],
)
build(
    "cafe-rythme-cardiaque-etude",
    [
        (
            "Institut Lavoisier de recherche cardiovasculaire",
            "ORG",
            [
                "Institut Lavoisier de recherche cardiovasculaire",
                "Institut Lavoisier",
                "équipe montpelliéraine",
            ],
        ),
        (
            "Élise Garnier",
            "PER",
            [
                "Élise Garnier",
                "Dr Garnier",
                "autrice principale de l'étude",
                "chercheuse",
            ],
        ),
        ("Olivier Delaunay", "PER", ["Olivier Delaunay"]),
        ("Fondation Arôme-Santé", "ORG", ["Fondation Arôme-Santé", "fondation"]),
        ("Rythme et Vie", "ORG", ["Rythme et Vie", "association Rythme et Vie"]),
        ("Martine Coquelin", "PER", ["Martine Coquelin", "présidente"]),
    ],
    [
        # a study is spoken by the body that ran it
        (
            "Boire jusqu'à trois tasses de café par jour n'augmente pas le risque de fibrillation atriale, le plus fréquent des troubles du rythme cardiaque, selon une étude publiée mercredi dans le Journal européen de rythmologie.",
            "Institut Lavoisier de recherche cardiovasculaire",
            R,
        ),
        (
            "Menée par l'Institut Lavoisier de recherche cardiovasculaire, à Montpellier, elle a suivi 84 000 adultes pendant onze ans en moyenne.",
            AUTHOR,
            F,
        ),
        (
            "D'après ses résultats, les personnes buvant deux à trois tasses par jour présentaient un risque de fibrillation inférieur de 8 % à celui des non-buveurs.",
            "Institut Lavoisier de recherche cardiovasculaire",
            R,
        ),
        (
            "Au-delà de six tasses, le risque augmentait en revanche de 14 %, un effet que les auteurs attribuent en partie au manque de sommeil des gros consommateurs.",
            "Institut Lavoisier de recherche cardiovasculaire",
            R,
        ),
        (
            "« Beaucoup de patients arrêtent le café par précaution, parfois sur le conseil de leur médecin. Nos données suggèrent que ce n'est pas nécessaire pour la plupart d'entre eux », explique la Dr Élise Garnier, cardiologue et autrice principale de l'étude.",
            "Élise Garnier",
            R,
        ),
        (
            "Il s'agit d'une étude d'observation, rappelle-t-elle : elle établit une association, pas un lien de cause à effet.",
            "Élise Garnier",
            R,
        ),
        # the study author's hedge, reported: not the journalist's
        (
            "Les buveurs modérés pourraient aussi, selon elle, avoir une hygiène de vie globalement meilleure, ce qui brouillerait en partie la comparaison.",
            "Élise Garnier",
            R,
        ),
        (
            "Le Pr Olivier Delaunay, cardiologue dans un hôpital parisien qui n'a pas participé aux travaux, appelle à la prudence.",
            "Olivier Delaunay",
            R,
        ),
        (
            "« Ce travail est solide, mais il repose sur des questionnaires remplis par les participants eux-mêmes. Qui se souvient exactement du nombre de cafés qu'il buvait il y a dix ans ? » souligne-t-il.",
            "Olivier Delaunay",
            R,
        ),
        (
            "L'Institut Lavoisier indique avoir reçu un financement partiel de la Fondation Arôme-Santé, créée par un torréfacteur bordelais.",
            "Institut Lavoisier de recherche cardiovasculaire",
            R,
        ),
        (
            "Un détail qui n'a pas échappé à plusieurs confrères de la Dr Garnier, qui s'interrogent, sous couvert d'anonymat, sur l'indépendance de l'étude.",
            A,
            A,
        ),
        (
            "La fondation aurait déjà financé deux précédents travaux de l'équipe, selon l'un d'eux.",
            A,
            A,
        ),
        (
            "Du côté des patients, l'association Rythme et Vie, qui revendique 6 000 adhérents, salue une étude « qui va déculpabiliser beaucoup de monde ».",
            "Rythme et Vie",
            R,
        ),
        (
            "Sa présidente, Martine Coquelin, regrette que les consignes sur le café varient encore « d'un cabinet à l'autre ».",
            "Martine Coquelin",
            R,
        ),
        (
            "Certains adhérents se disent néanmoins sceptiques, tant les messages sur l'alimentation changent d'une année sur l'autre.",
            A,
            A,
        ),
        (
            "En France, la fibrillation atriale touche plus de 700 000 personnes et multiplie par cinq le risque d'accident vasculaire cérébral.",
            AUTHOR,
            F,
        ),
        (
            "Les Français boivent en moyenne un peu plus de deux tasses de café par jour.",
            AUTHOR,
            F,
        ),
        ("Le débat n'est sans doute pas clos pour autant.", AUTHOR, H),
        (
            "Il semble en tout cas que la vieille consigne de bannir le café après un trouble du rythme ait fait son temps.",
            AUTHOR,
            H,
        ),
        (
            "Voilà de quoi réconcilier les amateurs d'expresso avec leur cardiologue, à condition de ne pas lire l'étude en diagonale.",
            AUTHOR,
            OP,
        ),
    ],
)
build(
    "rugby-castelrouge-saint-aurele",
    [
        (
            "SC Castelrouge",
            "ORG",
            [
                "SC Castelrouge",
                "Castelrouge",
                "Castelrougeois",
                "hommes de Patrice Aubanel",
            ],
        ),
        (
            "Aviron Saint-Aurélien",
            "ORG",
            ["Aviron Saint-Aurélien", "Saint-Aurèle", "visiteurs"],
        ),
        ("Romain Castex", "PER", ["Romain Castex", "capitaine"]),
        ("Yanis Berrada", "PER", ["Yanis Berrada", "talonneur"]),
        ("Xavier Pujol", "PER", ["Xavier Pujol", "arbitre"]),
        (
            "Patrice Aubanel",
            "PER",
            ["Patrice Aubanel", "entraîneur castelrougeois"],
        ),
        ("Hugo Serres", "PER", ["Hugo Serres", "demi de mêlée"]),
        ("Tevita Naufahu", "PER", ["Tevita Naufahu", "ailier"]),
        ("Mathis Lacoste", "PER", ["Mathis Lacoste"]),
        ("Clément Vidal", "PER", ["Clément Vidal", "ouvreur"]),
        ("Gilles Marty", "PER", ["Gilles Marty"]),
        ("public", "GROUP", ["public", "spectateurs", "supporters"]),
    ],
    [
        (
            "Le SC Castelrouge a battu l'Aviron Saint-Aurélien 24-21, samedi soir, grâce à un essai de son capitaine, Romain Castex, inscrit à la 83e minute.",
            AUTHOR,
            F,
        ),
        (
            "Le stade Marcel-Fabre affichait complet, avec 9 400 spectateurs en tribunes.",
            AUTHOR,
            F,
        ),
        (
            "Dès la 6e minute, le talonneur Yanis Berrada concluait un ballon porté au ras des poteaux.",
            AUTHOR,
            F,
        ),
        ("Les visiteurs menaient 13-6 à la pause.", AUTHOR, F),
        (
            "L'arbitrage tatillon de Xavier Pujol avait haché une première période sans relief.",
            AUTHOR,
            OP,
        ),
        (
            "Brouillons en touche, fébriles sous les ballons hauts, les Castelrougeois paraissaient incapables de franchir le rideau défensif adverse.",
            AUTHOR,
            OP,
        ),
        (
            "« On a fait quarante minutes de touristes », a reconnu l'entraîneur castelrougeois, Patrice Aubanel, après la rencontre.",
            "Patrice Aubanel",
            R,
        ),
        (
            "« À la mi-temps, je n'ai pas crié. J'ai juste demandé qui voulait rentrer à la maison avec ça », raconte-t-il.",
            "Patrice Aubanel",
            R,
        ),
        (
            "Entré à la 48e minute, le demi de mêlée Hugo Serres a accéléré le tempo et trouvé son ailier Tevita Naufahu, qui a aplati en coin à la 55e.",
            AUTHOR,
            F,
        ),
        (
            "Un essai de toute beauté, fruit de trois passes après contact que n'aurait pas reniées la meilleure équipe du pays.",
            AUTHOR,
            OP,
        ),
        (
            "Mathis Lacoste a transformé, puis ajouté deux pénalités pour donner six points d'avance aux siens.",
            AUTHOR,
            F,
        ),
        (
            "Profitant de l'exclusion temporaire de Romain Castex, Yanis Berrada a inscrit un second essai à la 75e minute, avant un drop de l'ouvreur Clément Vidal qui redonnait l'avantage aux visiteurs, 19-21.",
            AUTHOR,
            F,
        ),
        (
            "Sans ce carton jaune, Saint-Aurèle n'aurait sans doute jamais trouvé la faille.",
            AUTHOR,
            H,
        ),
        ("Quelle fin de match !", AUTHOR, OP),
        (
            "« Je ne sais même pas si je l'ai aplati. Je sais juste que je ne l'ai pas lâché », sourit Romain Castex, le maillot déchiré.",
            "Romain Castex",
            R,
        ),
        ("Âgé de 21 ans, Mathis Lacoste a inscrit 14 points.", AUTHOR, F),
        (
            "« On perd un match qu'on avait dans la main. Cet essai, je ne suis toujours pas sûr qu'il soit valable », a-t-il lâché en conférence de presse.",
            "Gilles Marty",
            R,
        ),
        (
            "Dans le vestiaire visiteur, on murmurait que l'arbitre avait cédé à la pression du public.",
            A,
            A,
        ),
        (
            "Un procès bien commode pour une équipe qui a concédé six pénalités en seconde période.",
            AUTHOR,
            OP,
        ),
        (
            "Avec ce succès, Castelrouge remonte à la septième place du classement, à trois points de la zone qualificative.",
            AUTHOR,
            F,
        ),
        (
            "Il s'agit de sa quatrième victoire consécutive à domicile.",
            AUTHOR,
            F,
        ),
        (
            "À ce rythme, les hommes de Patrice Aubanel pourraient bien s'inviter dans la course aux phases finales.",
            AUTHOR,
            H,
        ),
        (
            "Encore faudra-t-il jouer quatre-vingts minutes, et pas seulement les quarante dernières.",
            AUTHOR,
            OP,
        ),
    ],
)
