"""Builds the *.gold.json files beside it from the annotations below, computing
the character offsets of each claim (the sentence found by its full text).
Run: python3 tests/data/gold/make_gold.py"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/data: the shared builder
from gold_builder import builder

build = builder(__file__)


build(
    "budget-vasseur",
    [
        ("Claire Vasseur", "PER", ["Claire Vasseur", "ministre des Comptes publics"]),
        ("Assemblée nationale", "ORG", ["Assemblée nationale"]),
        ("AFP", "ORG", ["AFP"]),
        ("Matignon", "ORG", ["Matignon"]),
        ("Les Républicains", "ORG", ["Les Républicains"]),
        ("Marc Delorme", "PER", ["Marc Delorme", "député socialiste"]),
        ("syndicats", "GROUP", ["syndicats de fonctionnaires", "syndicats"]),
        ("gouvernement", "ORG", ["gouvernement", "exécutif"]),
        ("Bruxelles", "ORG", ["Bruxelles"]),
        ("France", "GPE", ["France"]),
        ("Paul Renaud", "PER", ["Paul Renaud", "ministre de l’Économie"]),
    ],
    [
        (
            "La ministre des Comptes publics, Claire Vasseur, a présenté mardi à l’Assemblée nationale un projet de budget qui prévoit 12 milliards d’euros d’économies pour 2025.",
            "author",
            "fact",
        ),
        (
            "« Nous ne pouvons plus vivre à crédit », a-t-elle déclaré devant les députés.",
            "Claire Vasseur",
            "reported",
        ),
        (
            "Le texte prévoit notamment le gel de plusieurs prestations sociales et la suppression de 1 500 postes dans la fonction publique d’État.",
            "author",
            "fact",
        ),
        (
            "Selon l’AFP, Matignon a longuement hésité avant d’arbitrer en faveur de ces mesures.",
            "AFP",
            "reported",
        ),
        (
            "Les Républicains ont aussitôt dénoncé un budget « injuste et brutal ».",
            "Les Républicains",
            "reported",
        ),
        (
            "Marc Delorme, député socialiste, estime pour sa part que « ce sont encore les plus modestes qui paieront la facture ».",
            "Marc Delorme",
            "reported",
        ),
        (
            "Les syndicats de fonctionnaires, eux, menacent d’une grève dès la rentrée.",
            "syndicats",
            "reported",
        ),
        (
            "D’après une source proche du dossier, le gouvernement pourrait renoncer au gel des pensions si la mobilisation prenait de l’ampleur.",
            "anonymous",
            "anonymous",
        ),
        (
            "Les syndicats ont déjà prévenu qu’ils ne signeraient aucun accord salarial cette année.",
            "syndicats",
            "reported",
        ),
        (
            "Interrogée mercredi à la radio, Claire Vasseur a reconnu que l’effort serait « douloureux » pour certains ménages.",
            "Claire Vasseur",
            "reported",
        ),
        ("Elle a toutefois exclu toute hausse d’impôts.", "Claire Vasseur", "reported"),
        (
            "Bien sûr, l’exécutif joue gros : à dix-huit mois de la présidentielle, chaque euro d’économie ressemble à un champ de mines.",
            "author",
            "opinion",
        ),
        (
            "Le budget semble surtout conçu pour rassurer Bruxelles et les marchés financiers.",
            "author",
            "hedged",
        ),
        ("Reste que la trajectoire affichée paraît fragile.", "author", "hedged"),
        (
            "Le déficit public a atteint 5,5 % du produit intérieur brut l’an dernier, loin de l’objectif de 3 % fixé par les traités européens.",
            "author",
            "fact",
        ),
        (
            "Une nouvelle dégradation de la note de la France par les agences serait un coup dur pour l’exécutif.",
            "author",
            "hedged",
        ),
        (
            "Le ministre de l’Économie, Paul Renaud, a de son côté assuré que la croissance atteindrait 1,4 % l’an prochain.",
            "Paul Renaud",
            "reported",
        ),
        ("Le vote solennel est prévu le 22 octobre.", "author", "fact"),
    ],
)

build(
    "plan-social-norvalis",
    [
        ("Norvalis", "ORG", ["Norvalis"]),
        ("France", "GPE", ["France"]),
        ("Les Échos", "ORG", ["Échos"]),
        ("Thomas Berger", "PER", ["Thomas Berger", "directeur général"]),
        ("CGT", "ORG", ["CGT"]),
        ("Nadia Kaci", "PER", ["Nadia Kaci", "déléguée syndicale"]),
        ("analystes", "GROUP", ["analystes"]),
        ("Bercy", "ORG", ["Bercy"]),
        ("ministère de l'Industrie", "ORG", ["ministère de l'Industrie"]),
    ],
    [
        (
            "Norvalis a annoncé lundi la suppression de 480 emplois en France d'ici à la fin de 2025, confirmant des informations des Échos.",
            "Norvalis",
            "reported",
        ),
        (
            "Le groupe, qui emploie 6 200 personnes dans le pays, invoque la flambée des prix de l'énergie et la concurrence chinoise.",
            "Norvalis",
            "reported",
        ),
        (
            "Le site de Saint-Fons, près de Lyon, sera le plus touché, avec 310 postes supprimés.",
            "author",
            "fact",
        ),
        (
            "« C'est une décision douloureuse mais indispensable pour préserver notre compétitivité », a expliqué le directeur général, Thomas Berger, lors d'une conférence téléphonique avec des analystes.",
            "Thomas Berger",
            "reported",
        ),
        (
            "Selon plusieurs sources syndicales, la direction envisagerait aussi la fermeture d'un second site en Normandie.",
            "anonymous",
            "anonymous",
        ),
        (
            "La fermeture du site normand pourrait à elle seule coûter 200 emplois supplémentaires.",
            "author",
            "hedged",
        ),
        (
            "La CGT dénonce « un plan social déguisé » et appelle à un rassemblement devant le siège jeudi.",
            "CGT",
            "reported",
        ),
        (
            "Pour Nadia Kaci, déléguée syndicale, « les salariés paient les erreurs stratégiques de la direction ».",
            "Nadia Kaci",
            "reported",
        ),
        (
            "Les analystes, eux, restent partagés : certains jugent le plan trop timide, d'autres redoutent un effet durable sur l'image du groupe.",
            "anonymous",
            "anonymous",
        ),
        ("L'action Norvalis a cédé 4,2 % à la Bourse de Paris lundi.", "author", "fact"),
        (
            "À en croire un banquier d'affaires, une cession de la branche engrais ne serait d'ailleurs plus taboue.",
            "anonymous",
            "anonymous",
        ),
        (
            "Bercy, de son côté, dit « suivre la situation de près » et promet d'accompagner chaque salarié.",
            "Bercy",
            "reported",
        ),
        (
            "Le ministère de l'Industrie rappelle que Norvalis a touché 35 millions d'euros d'aides publiques depuis 2020.",
            "ministère de l'Industrie",
            "reported",
        ),
        (
            "Une annonce qui tombe mal, évidemment, à quelques semaines du salon du Made in France.",
            "author",
            "opinion",
        ),
    ],
)

build(
    "soudan-onu-treve",
    [
        ("Anders Lindqvist", "PER", ["Anders Lindqvist", "secrétaire général de l'ONU"]),
        ("ONU", "ORG", ["ONU"]),
        ("Soudan", "GPE", ["Soudan"]),
        ("armée soudanaise", "ORG", ["armée soudanaise", "armée"]),
        ("Forces de soutien rapide", "ORG", ["Forces de soutien rapide", "FSR", "paramilitaires"]),
        ("Le Monde", "ORG", ["Le Monde"]),
        ("Washington", "GPE", ["Washington"]),
        ("Daniel Hartley", "PER", ["Daniel Hartley", "porte-parole du département d'État"]),
        ("Paris", "GPE", ["Paris"]),
        (
            "Organisation internationale pour les migrations",
            "ORG",
            ["Organisation internationale pour les migrations"],
        ),
        ("humanitaires", "GROUP", ["humanitaires"]),
    ],
    [
        (
            "Le secrétaire général de l'ONU, Anders Lindqvist, a appelé mercredi à un « cessez-le-feu immédiat » au Soudan, où les combats entre l'armée et les paramilitaires des Forces de soutien rapide (FSR) ont fait plus de 150 morts en une semaine.",
            "Anders Lindqvist",
            "reported",
        ),
        (
            "« La population civile paie un prix insupportable. Chaque heure compte », a-t-il ajouté lors d'une conférence de presse à New York.",
            "Anders Lindqvist",
            "reported",
        ),
        (
            "L'armée soudanaise accuse les FSR d'avoir bombardé un marché de Khartoum, tandis que les paramilitaires affirment n'avoir visé que des positions militaires.",
            "armée soudanaise",
            "reported",
        ),
        (
            "D'après le quotidien Le Monde, des médiateurs saoudiens et américains tenteraient d'organiser une trêve à Djeddah.",
            "Le Monde",
            "reported",
        ),
        (
            "Washington a annoncé de nouvelles sanctions contre deux entreprises liées aux FSR.",
            "Washington",
            "reported",
        ),
        (
            "« Ceux qui alimentent cette guerre en rendront compte », a prévenu le porte-parole du département d'État, Daniel Hartley.",
            "Daniel Hartley",
            "reported",
        ),
        (
            "Paris, de son côté, a appelé ses ressortissants à quitter le pays « sans délai ».",
            "Paris",
            "reported",
        ),
        (
            "Plus de 3 millions de personnes ont fui leur domicile depuis avril, selon l'Organisation internationale pour les migrations.",
            "Organisation internationale pour les migrations",
            "reported",
        ),
        (
            "Les humanitaires dénoncent des pillages répétés de leurs entrepôts.",
            "humanitaires",
            "reported",
        ),
        (
            "Il semble peu probable que les belligérants acceptent rapidement une trêve durable.",
            "author",
            "hedged",
        ),
        (
            "Selon un diplomate occidental, « personne ne veut céder le premier ».",
            "anonymous",
            "anonymous",
        ),
        (
            "Entre nous, la communauté internationale paraît surtout impuissante, spectatrice d'un drame annoncé.",
            "author",
            "opinion",
        ),
    ],
)

build(
    "voitures-electriques-chine",
    [
        ("Commission européenne", "ORG", ["Commission européenne", "Bruxelles"]),
        ("Helga von der Mark", "PER", ["Helga von der Mark", "présidente"]),
        ("Chine", "GPE", ["Chine", "Pékin"]),
        ("Parlement européen", "ORG", ["Parlement européen"]),
        ("ministère chinois du Commerce", "ORG", ["ministère chinois du Commerce"]),
        ("constructeurs allemands", "GROUP", ["constructeurs allemands", "constructeurs"]),
        ("Agence internationale de l'énergie", "ORG", ["Agence internationale de l'énergie"]),
        ("Bloomberg", "ORG", ["Bloomberg"]),
        ("Allemagne", "GPE", ["Berlin"]),
        ("Laurence Bouvier", "PER", ["Laurence Bouvier", "Bouvier", "économiste"]),
        ("Europe", "GPE", ["Europe"]),
    ],
    [
        (
            "La Commission européenne a décidé mardi d'imposer des droits de douane pouvant atteindre 35 % sur les voitures électriques importées de Chine.",
            "author",
            "fact",
        ),
        (
            "Sa présidente, Helga von der Mark, a défendu une mesure « proportionnée et conforme aux règles du commerce mondial ».",
            "Helga von der Mark",
            "reported",
        ),
        (
            "« Nous ne laisserons pas nos industriels se faire écraser par des subventions déloyales », a-t-elle martelé devant le Parlement européen.",
            "Helga von der Mark",
            "reported",
        ),
        (
            "Pékin a aussitôt dénoncé un « protectionnisme pur et simple » et menacé de riposter contre le cognac et le porc européens.",
            "Chine",
            "reported",
        ),
        (
            "Le ministère chinois du Commerce estime que Bruxelles « a choisi la confrontation plutôt que le dialogue ».",
            "ministère chinois du Commerce",
            "reported",
        ),
        (
            "Les constructeurs allemands, très présents en Chine, redoutent des représailles.",
            "constructeurs allemands",
            "reported",
        ),
        (
            "Selon un rapport de l'Agence internationale de l'énergie, les véhicules chinois représentaient 21 % des ventes de voitures électriques en Europe l'an dernier.",
            "Agence internationale de l'énergie",
            "reported",
        ),
        (
            "D'après Bloomberg, Berlin aurait tenté jusqu'au dernier moment de bloquer le texte.",
            "Bloomberg",
            "reported",
        ),
        (
            "Pour l'économiste Laurence Bouvier, ces droits de douane « arrivent trop tard pour sauver une partie de la filière ».",
            "Laurence Bouvier",
            "reported",
        ),
        (
            "Mme Bouvier juge que l'Europe a « perdu cinq ans » face à ses concurrents.",
            "Laurence Bouvier",
            "reported",
        ),
        (
            "Les constructeurs, eux, réclament surtout des aides à l'investissement.",
            "constructeurs allemands",
            "reported",
        ),
        ("Les nouvelles taxes entreront en vigueur le 4 juillet.", "author", "fact"),
        (
            "Elles devraient sans doute durer plusieurs mois, et rien ne garantit qu'elles aboutissent.",
            "author",
            "hedged",
        ),
        (
            "On murmure à Bruxelles que certains États membres voteront contre lors du vote définitif à l'automne.",
            "anonymous",
            "anonymous",
        ),
        (
            "Ironie du sort, ce sont les usines européennes des groupes chinois qui pourraient profiter le plus de ces barrières.",
            "author",
            "hedged",
        ),
        (
            "L'Europe semble ainsi découvrir, un peu tard, les règles d'un jeu qu'elle a longtemps prétendu ignorer.",
            "author",
            "hedged",
        ),
    ],
)

build(
    "incendie-entrepot-lyon",
    [
        ("préfecture du Rhône", "ORG", ["préfecture du Rhône"]),
        ("pompiers", "GROUP", ["pompiers"]),
        ("parquet de Lyon", "ORG", ["parquet de Lyon"]),
        ("Nicolas Jourdan", "PER", ["Nicolas Jourdan", "Jourdan", "procureur de la République"]),
        ("Atmo Auvergne-Rhône-Alpes", "ORG", ["Atmo Auvergne-Rhône-Alpes"]),
        ("Michèle Picot", "PER", ["Michèle Picot", "maire de Vénissieux"]),
        (
            "Logistar",
            "ORG",
            ["Logistar", "groupe Logistar", "groupe", "entreprise propriétaire du site"],
        ),
    ],
    [
        (
            "Un violent incendie a ravagé dans la nuit de samedi à dimanche un entrepôt logistique de Vénissieux, dans la banlieue de Lyon.",
            "author",
            "fact",
        ),
        (
            "Selon la préfecture du Rhône, plus de 120 pompiers ont été mobilisés pour venir à bout des flammes.",
            "préfecture du Rhône",
            "reported",
        ),
        (
            "Le feu s'est déclaré vers 2 heures du matin dans une zone de stockage de produits ménagers, a indiqué le parquet de Lyon, qui a ouvert une enquête.",
            "parquet de Lyon",
            "reported",
        ),
        (
            "« À ce stade, aucune piste n'est écartée, y compris celle d'un acte criminel », a précisé le procureur de la République, Nicolas Jourdan.",
            "Nicolas Jourdan",
            "reported",
        ),
        (
            "M. Jourdan a ajouté que deux vigiles avaient été entendus dans la matinée.",
            "Nicolas Jourdan",
            "reported",
        ),
        (
            "Les pompiers ont lutté pendant près de six heures contre un feu alimenté par des matières hautement inflammables.",
            "author",
            "fact",
        ),
        ("Les pompiers craignent désormais une pollution des sols.", "pompiers", "reported"),
        (
            "D'après Atmo Auvergne-Rhône-Alpes, le panache de fumée aurait dérivé vers l'est de l'agglomération.",
            "Atmo Auvergne-Rhône-Alpes",
            "reported",
        ),
        (
            "Des habitants de Saint-Priest disent avoir ressenti des picotements aux yeux.",
            "anonymous",
            "anonymous",
        ),
        (
            "Le maire de Vénissieux, Michèle Picot, a demandé « la transparence la plus totale » sur les produits stockés.",
            "Michèle Picot",
            "reported",
        ),
        (
            "L'entreprise propriétaire du site, le groupe Logistar, assure que toutes les normes de sécurité étaient respectées.",
            "Logistar",
            "reported",
        ),
        (
            "Le groupe avait pourtant été mis en demeure en 2021 pour des défauts d'extinction automatique.",
            "author",
            "fact",
        ),
        ("Cela laisse penser que les contrôles n'ont pas été suivis d'effet.", "author", "hedged"),
        ("Bien entendu, chacun se renvoie désormais la balle.", "author", "opinion"),
        ("Une réunion publique est prévue jeudi soir en mairie.", "author", "fact"),
    ],
)

build(
    "etude-sommeil-ecrans",
    [
        ("The Lancet", "ORG", ["The Lancet"]),
        ("chercheurs", "GROUP", ["chercheurs"]),
        ("AFP", "ORG", ["AFP"]),
        (
            "Hélène Marchetti",
            "PER",
            ["Hélène Marchetti", "coautrice de l'étude", "chercheuse à l'Inserm"],
        ),
        ("Inserm", "ORG", ["Inserm"]),
        ("Organisation mondiale de la santé", "ORG", ["Organisation mondiale de la santé", "OMS"]),
        ("Le Parisien", "ORG", ["Le Parisien"]),
        ("Antoine Vial", "PER", ["Antoine Vial", "pédiatre"]),
        ("France", "GPE", ["France"]),
    ],
    [
        (
            "Les adolescents qui passent plus de quatre heures par jour devant un écran dorment en moyenne 40 minutes de moins que les autres, selon une étude publiée mercredi dans la revue The Lancet.",
            "The Lancet",
            "reported",
        ),
        (
            "Les chercheurs ont suivi près de 12 000 jeunes Européens pendant trois ans.",
            "author",
            "fact",
        ),
        (
            "« Le lien entre l'exposition aux écrans le soir et la dette de sommeil est désormais très solide », a expliqué à l'AFP la coautrice de l'étude, Hélène Marchetti, chercheuse à l'Inserm.",
            "Hélène Marchetti",
            "reported",
        ),
        (
            "Elle recommande de bannir les téléphones de la chambre une heure avant le coucher.",
            "Hélène Marchetti",
            "reported",
        ),
        (
            "L'Organisation mondiale de la santé (OMS) juge ces résultats préoccupants.",
            "Organisation mondiale de la santé",
            "reported",
        ),
        (
            "Interrogé par Le Parisien, le pédiatre Antoine Vial estime pour sa part que les parents « sous-estiment massivement » le problème.",
            "Antoine Vial",
            "reported",
        ),
        (
            "Les chercheurs soulignent toutefois que leur étude ne prouve pas de lien de cause à effet.",
            "chercheurs",
            "reported",
        ),
        ("Certains spécialistes le réclament depuis longtemps.", "anonymous", "anonymous"),
        (
            "Un proche du ministère de l'Éducation confie qu'une mesure serait à l'étude pour la rentrée prochaine.",
            "anonymous",
            "anonymous",
        ),
        (
            "Il est possible que les plateformes soient bientôt contraintes de limiter les notifications nocturnes.",
            "author",
            "hedged",
        ),
        (
            "Évidemment, les géants du numérique ne voient pas cette perspective d'un bon œil.",
            "author",
            "opinion",
        ),
        (
            "Les ventes de smartphones aux moins de 15 ans ont pourtant progressé de 8 % l'an dernier en France.",
            "author",
            "fact",
        ),
    ],
)

build(
    "finale-rugby-toulouse",
    [
        ("Stade toulousain", "ORG", ["Stade toulousain"]),
        ("Union Bordeaux-Bègles", "ORG", ["Union Bordeaux-Bègles"]),
        ("Antoine Delmas", "PER", ["Antoine Delmas", "joueur"]),
        ("Matthieu Jaubert", "PER", ["Matthieu Jaubert", "ouvreur"]),
        ("Luca Mondin", "PER", ["Luca Mondin", "entraîneur toulousain"]),
        ("Canal+", "ORG", ["Canal+"]),
        ("Yannick Brunet", "PER", ["Yannick Brunet", "homologue bordelais"]),
    ],
    [
        (
            "Le Stade toulousain a remporté samedi soir son vingt-troisième titre de champion de France en battant l'Union Bordeaux-Bègles au Stade de France.",
            "author",
            "fact",
        ),
        (
            "Les Toulousains ont dominé la première période et ont fait la différence grâce à deux essais d'Antoine Delmas.",
            "author",
            "fact",
        ),
        (
            "« Ce titre appartient à tout le club. Nous avons souffert, mais nous n'avons jamais douté », a déclaré l'entraîneur toulousain, Luca Mondin, au micro de Canal+.",
            "Luca Mondin",
            "reported",
        ),
        (
            "Son homologue bordelais, Yannick Brunet, a reconnu que son équipe avait « manqué de lucidité dans les moments clés ».",
            "Yannick Brunet",
            "reported",
        ),
        (
            "Selon plusieurs médias, Antoine Delmas pourrait rejoindre un club étranger la saison prochaine.",
            "anonymous",
            "anonymous",
        ),
        ("Bien sûr, à Toulouse, personne ne veut y croire.", "author", "opinion"),
    ],
)

build(
    "pekin-washington-taiwan",
    [
        ("Wang Jianguo", "PER", ["Wang Jianguo", "Wang", "président chinois"]),
        ("Chine", "GPE", ["Chine", "Pékin"]),
        ("Robert Ellison", "PER", ["Robert Ellison", "secrétaire d'État américain"]),
        ("États-Unis", "GPE", ["États-Unis", "Washington"]),
        ("Taïwan", "GPE", ["Taïwan"]),
        ("Maison-Blanche", "ORG", ["Maison-Blanche"]),
        ("Lin Mei-hua", "PER", ["Lin Mei-hua", "présidente taïwanaise"]),
        ("Russie", "GPE", ["Russie"]),
    ],
    [
        (
            "Le président chinois Wang Jianguo a reçu mardi à Pékin le secrétaire d'État américain Robert Ellison, pour une visite de deux jours censée apaiser les tensions autour de Taïwan.",
            "author",
            "fact",
        ),
        (
            "Wang a salué des « progrès » dans la relation bilatérale, tout en exigeant que Washington cesse d'armer l'île.",
            "Wang Jianguo",
            "reported",
        ),
        (
            "Entre Pékin et Washington, la diplomatie ressemble depuis des mois à un interminable bras de fer.",
            "author",
            "opinion",
        ),
        (
            "Selon des diplomates en poste à Pékin, la Chine aurait accepté de rétablir les canaux de communication militaires.",
            "anonymous",
            "anonymous",
        ),
        (
            "La Maison-Blanche s'est contentée de qualifier les échanges de « francs et constructifs ».",
            "Maison-Blanche",
            "reported",
        ),
        (
            "« Nous ne serons jamais une monnaie d'échange », a lancé la présidente taïwanaise, Lin Mei-hua, devant la presse à Taipei.",
            "Lin Mei-hua",
            "reported",
        ),
        (
            "Robert Ellison a rappelé que les États-Unis restaient attachés au statu quo dans le détroit.",
            "Robert Ellison",
            "reported",
        ),
        (
            "Il a aussi averti que toute livraison d'armes chinoises à la Russie aurait « des conséquences ».",
            "Robert Ellison",
            "reported",
        ),
        (
            "Les échanges commerciaux entre les deux pays ont pourtant atteint 690 milliards de dollars l'an dernier.",
            "author",
            "fact",
        ),
        (
            "De toute évidence, aucun des deux camps ne veut porter la responsabilité d'une rupture.",
            "author",
            "opinion",
        ),
        ("Sans doute parce que chacun soupçonne l'autre de jouer la montre.", "author", "hedged"),
    ],
)

build(
    "motion-censure-assemblee",
    [
        ("La France insoumise", "ORG", ["La France insoumise", "LFI", "insoumis"]),
        ("Assemblée nationale", "ORG", ["Assemblée nationale", "Assemblée"]),
        ("Gabriel Roussel", "PER", ["Gabriel Roussel", "Premier ministre"]),
        ("Rassemblement national", "ORG", ["Rassemblement national", "RN"]),
        ("Martine Le Goff", "PER", ["Martine Le Goff", "présidente de groupe"]),
        ("gouvernement", "ORG", ["gouvernement"]),
        ("Mathilde Parot", "PER", ["Mathilde Parot"]),
        ("Ifop", "ORG", ["Ifop"]),
        ("Matignon", "ORG", ["Matignon"]),
        ("députés", "GROUP", ["députés"]),
    ],
    [
        (
            "La motion de censure déposée par La France insoumise (LFI) a été rejetée lundi soir à l'Assemblée nationale, recueillant 241 voix, loin des 289 nécessaires.",
            "author",
            "fact",
        ),
        (
            "Le Premier ministre, Gabriel Roussel, a salué « un vote de responsabilité ».",
            "Gabriel Roussel",
            "reported",
        ),
        (
            "« Le pays a besoin de stabilité, pas de postures », a-t-il ajouté dans l'hémicycle.",
            "Gabriel Roussel",
            "reported",
        ),
        (
            "Leur présidente de groupe, Martine Le Goff, a expliqué que son parti ne voulait pas « ajouter du chaos au chaos ».",
            "Martine Le Goff",
            "reported",
        ),
        (
            "Les insoumis, eux, dénoncent une « alliance de fait » entre le gouvernement et l'extrême droite.",
            "La France insoumise",
            "reported",
        ),
        (
            "Mathilde Parot a estimé que le RN avait « sauvé le gouvernement ».",
            "Mathilde Parot",
            "reported",
        ),
        (
            "D'après nos informations, plusieurs députés de la majorité envisageraient pourtant de voter contre le budget à l'automne.",
            "anonymous",
            "anonymous",
        ),
        (
            "Selon un sondage Ifop publié dimanche, 62 % des Français souhaitent la dissolution de l'Assemblée.",
            "Ifop",
            "reported",
        ),
        (
            "Force est de constater que le gouvernement survit surtout grâce aux divisions de ses adversaires.",
            "author",
            "opinion",
        ),
        ("À Matignon, on se montre confiant.", "anonymous", "anonymous"),
        (
            "Les députés se retrouveront mardi pour examiner le projet de loi sur l'immigration.",
            "author",
            "fact",
        ),
    ],
)
