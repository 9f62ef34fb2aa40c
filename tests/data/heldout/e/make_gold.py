"""Builds the *.gold.json files beside it from the annotated sentences below, computing
the character offsets of each claim (the sentence found by its full text).
Held-out set E: written for issue 18 (anonymous sources, hedges, opinion), annotated
before the analyzer saw them. Run: python3 tests/data/heldout/e/make_gold.py"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/data: the shared builder
from gold_builder import AUTHOR, OP, A, F, H, R, builder

build = builder(__file__)

build(
    "marches-publics-saint-aurele",
    [
        ("parquet de Mont-de-Marsan", "ORG", ["parquet de Mont-de-Marsan"]),
        ("mairie de Saint-Aurèle", "ORG", ["mairie de Saint-Aurèle"]),
        ("Gérard Castagnède", "PER", ["Gérard Castagnède", "Castagnède", "maire", "élu"]),
        ("section de recherches de Pau", "ORG", ["section de recherches de Pau", "gendarmes"]),
        ("Nathalie Dufau", "PER", ["Nathalie Dufau", "élue d'opposition"]),
        ("chambre régionale des comptes", "ORG", ["chambre régionale des comptes"]),
        ("préfecture des Landes", "ORG", ["préfecture des Landes"]),
    ],
    [
        (
            "Le parquet de Mont-de-Marsan a ouvert une enquête préliminaire pour favoritisme visant l'attribution de trois marchés publics par la mairie de Saint-Aurèle, a-t-on appris vendredi de source judiciaire.",
            A,
            A,
        ),
        (
            "Les marchés en cause, d'un montant total de 2,4 millions d'euros, portent sur la rénovation de la halle et de deux écoles.",
            AUTHOR,
            F,
        ),
        (
            "Selon un ancien adjoint, qui s'exprime sous couvert d'anonymat, le nom de l'entreprise retenue circulait en mairie avant même l'ouverture des plis.",
            A,
            A,
        ),
        (
            "Le cahier des charges aurait été rédigé « sur mesure » pour une société de travaux publics dirigée par un proche du maire.",
            A,
            A,
        ),
        (
            "D'après une source proche de l'enquête, les gendarmes de la section de recherches de Pau ont saisi mercredi des documents au service de l'urbanisme.",
            A,
            A,
        ),
        (
            "Ils s'intéresseraient aussi à la vente d'un terrain communal, cédé en 2021 à un prix inférieur de 40 % à l'estimation des Domaines.",
            A,
            A,
        ),
        (
            "Le maire, Gérard Castagnède (divers droite), dément toute irrégularité.",
            "Gérard Castagnède",
            R,
        ),
        (
            "« Chaque marché a été attribué par la commission d'appel d'offres, dans le respect des règles. Je n'ai rien à cacher », a-t-il déclaré jeudi soir devant le conseil municipal.",
            "Gérard Castagnède",
            R,
        ),
        ("M. Castagnède dirige la commune depuis 2008.", AUTHOR, F),
        (
            "Pour Nathalie Dufau, élue d'opposition (Saint-Aurèle Autrement), « l'enquête ne fait que confirmer ce que tout le monde murmurait en ville ».",
            "Nathalie Dufau",
            R,
        ),
        (
            "Le constat est partagé par plusieurs agents municipaux, qui décrivent un climat de « peur » au sein des services.",
            A,
            A,
        ),
        (
            "« Personne n'ose rien dire, on sait trop ce qui arrive à ceux qui parlent », confie l'un d'eux.",
            A,
            A,
        ),
        (
            "En 2019 déjà, la chambre régionale des comptes avait épinglé une gestion jugée « opaque » par ses magistrats.",
            "chambre régionale des comptes",
            R,
        ),
        (
            "Dans cette petite ville où tout le monde se connaît, l'affaire fait l'effet d'une bombe.",
            AUTHOR,
            OP,
        ),
        (
            "Des habitants ont lancé une pétition réclamant la démission du maire, qui a recueilli 1 150 signatures en quatre jours.",
            AUTHOR,
            F,
        ),
        (
            "La préfecture des Landes a indiqué qu'elle n'avait reçu aucun signalement avant l'ouverture de l'enquête.",
            "préfecture des Landes",
            R,
        ),
        (
            "L'enquête pourrait durer plusieurs mois, et le calendrier tombe mal pour le maire, candidat à un quatrième mandat en mars.",
            AUTHOR,
            H,
        ),
        (
            "L'élu, qui avait fait de la « transparence » le grand slogan de sa dernière campagne, goûtera l'ironie de la situation.",
            AUTHOR,
            OP,
        ),
        (
            "Certains de ses soutiens évoquent déjà une « cabale » montée par l'opposition.",
            A,
            A,
        ),
    ],
)

build(
    "rachat-maison-roussel",
    [
        ("Helvena", "ORG", ["Helvena", "géant de Lausanne"]),
        ("Maison Roussel", "ORG", ["Maison Roussel"]),
        ("Yann Le Goff", "PER", ["Yann Le Goff"]),
        ("L'Écho de Cornouaille", "ORG", ["L'Écho de Cornouaille"]),
        ("Sophie Carrel", "PER", ["Sophie Carrel", "analyste au cabinet Aldane Finance"]),
        ("famille Le Goff", "GROUP", ["famille Le Goff"]),
        ("Hervé Quéméner", "PER", ["Hervé Quéméner"]),
        ("ministère de l'Économie", "ORG", ["ministère de l'Économie"]),
        ("gouvernement", "ORG", ["gouvernement"]),
    ],
    [
        (
            "Le groupe suisse Helvena serait sur le point de racheter Maison Roussel, le fabricant de galettes et de palets bretons, selon plusieurs sources concordantes.",
            A,
            A,
        ),
        (
            "L'offre valoriserait l'entreprise autour de 320 millions d'euros, dette comprise, indique une personne au fait des discussions.",
            A,
            A,
        ),
        ("Les négociations seraient entrées dans leur phase finale la semaine dernière.", A, A),
        (
            "Fondée en 1921 à Quimperlé, Maison Roussel emploie 640 salariés et a réalisé l'an dernier un chiffre d'affaires de 148 millions d'euros.",
            AUTHOR,
            F,
        ),
        (
            "Son président, Yann Le Goff, petit-fils du fondateur, cherche depuis deux ans un adossement industriel.",
            AUTHOR,
            F,
        ),
        (
            "« Nous avons besoin d'un partenaire pour grandir à l'export, sans renier nos racines », expliquait-il en juin à L'Écho de Cornouaille.",
            "Yann Le Goff",
            R,
        ),
        (
            "Le pari est coûteux mais cohérent : le constat est de Sophie Carrel, analyste au cabinet Aldane Finance, qui rappelle que les marques patrimoniales « se paient toujours au prix fort ».",
            "Sophie Carrel",
            R,
        ),
        (
            "Le prix proposé est vraisemblablement le plus élevé jamais payé pour une biscuiterie française.",
            AUTHOR,
            H,
        ),
        (
            "Après les chocolats et les céréales, le géant de Lausanne poursuit donc sa razzia sur les pépites du patrimoine gourmand français.",
            AUTHOR,
            OP,
        ),
        (
            "Helvena a déjà racheté trois entreprises françaises depuis 2020, dont le chocolatier lyonnais Berthier.",
            AUTHOR,
            F,
        ),
        (
            "Une source syndicale évoque des « craintes très fortes » pour l'avenir du site de Lorient, le moins rentable des deux.",
            A,
            A,
        ),
        (
            "Selon un cadre de l'entreprise, la direction d'Helvena aurait promis de maintenir l'emploi pendant cinq ans.",
            A,
            A,
        ),
        ("Ce serait, dit-on au siège, la condition posée par la famille Le Goff.", A, A),
        (
            "Chez les concurrents, on observe la manœuvre avec un mélange d'envie et d'inquiétude.",
            A,
            A,
        ),
        (
            "Pour Hervé Quéméner, président de l'Association des biscuitiers de l'Ouest, « l'arrivée d'un acteur de cette taille va rebattre toutes les cartes en Bretagne ».",
            "Hervé Quéméner",
            R,
        ),
        (
            "La région compte une trentaine de petits fabricants, dont beaucoup dépendent des mêmes centrales d'achat.",
            AUTHOR,
            F,
        ),
        (
            "L'opération pourrait toutefois se heurter aux réticences des salariés, très attachés à l'ancrage breton de la marque.",
            AUTHOR,
            H,
        ),
        (
            "Le ministère de l'Économie a fait savoir qu'il suivait le dossier « avec attention ».",
            "ministère de l'Économie",
            R,
        ),
        (
            "Le gouvernement, qui fait de la souveraineté alimentaire une priorité affichée, se gardera bien sûr d'intervenir.",
            AUTHOR,
            OP,
        ),
        ("Une annonce officielle devrait intervenir avant la fin de l'année.", AUTHOR, H),
    ],
)

build(
    "climat-transport-maritime-lisbonne",
    [
        (
            "ministres de l'Environnement des Vingt-Sept",
            "GROUP",
            ["ministres de l'Environnement des Vingt-Sept"],
        ),
        ("présidence du Conseil", "ORG", ["présidence du Conseil"]),
        ("Karin Vosselaar", "PER", ["Karin Vosselaar", "commissaire européenne au Climat"]),
        ("armateurs", "GROUP", ["armateurs"]),
        ("Pologne", "GPE", ["Pologne"]),
        ("Grèce", "GPE", ["Grèce"]),
        ("Duarte Valente", "PER", ["Duarte Valente", "ministre portugais de l'Environnement"]),
        ("France", "GPE", ["France"]),
        ("Mer Propre", "ORG", ["Mer Propre"]),
        ("Thierry Aubanel", "PER", ["Thierry Aubanel"]),
        ("Union", "ORG", ["Union"]),
        ("Parlement européen", "ORG", ["Parlement européen"]),
    ],
    [
        (
            "Les ministres de l'Environnement des Vingt-Sept se sont quittés mardi soir sur un accord de principe visant à réduire de 55 % les émissions du transport maritime d'ici à 2040.",
            AUTHOR,
            F,
        ),
        (
            "Le texte, salué comme « historique » par la présidence du Conseil, ne prévoit pourtant aucune sanction contre les armateurs récalcitrants.",
            AUTHOR,
            OP,
        ),
        (
            "« Nous avons fait un pas décisif. Personne ne pourra revenir en arrière », a assuré la commissaire européenne au Climat, Karin Vosselaar, à l'issue de quatorze heures de discussions.",
            "Karin Vosselaar",
            R,
        ),
        (
            "Décisif, le pas l'est surtout pour les armateurs, qui obtiennent dix ans de délai supplémentaire pour les navires déjà en service.",
            AUTHOR,
            OP,
        ),
        (
            "Selon un diplomate d'Europe du Nord, les débats ont buté jusqu'au bout sur le financement de l'électrification des ports.",
            A,
            A,
        ),
        ("Plusieurs délégations auraient menacé de quitter la table dans la nuit.", A, A),
        (
            "La Pologne et la Grèce, puissances maritimes soucieuses de leurs flottes, ont obtenu l'exemption des navires de moins de 5 000 tonnes.",
            AUTHOR,
            F,
        ),
        (
            "Le ministre portugais de l'Environnement, Duarte Valente, a reconnu que le texte était « imparfait mais nécessaire ».",
            "Duarte Valente",
            R,
        ),
        ("La France semble s'être rangée sans enthousiasme à la position allemande.", AUTHOR, H),
        ("Du côté des ONG, on dénonce un « accord au rabais ».", A, A),
        (
            "Le collectif Mer Propre parle d'un « naufrage diplomatique » et rappelle que le transport maritime représente près de 3 % des émissions mondiales de gaz à effet de serre.",
            "Mer Propre",
            R,
        ),
        (
            "D'après les estimations les plus récentes, ces émissions ont encore progressé de 4 % l'an dernier.",
            A,
            A,
        ),
        (
            "À Marseille, le président du Grand Port maritime, Thierry Aubanel, affirme que 40 % des quais seront électrifiés d'ici à 2028.",
            "Thierry Aubanel",
            R,
        ),
        (
            "Un objectif jugé « irréaliste » par plusieurs experts du secteur, qui pointent le coût des raccordements.",
            A,
            A,
        ),
        (
            "Au sein même de la Commission, certains ne cachent plus leur agacement face aux renoncements successifs.",
            A,
            A,
        ),
        (
            "Ce compromis bancal illustre une fois de plus l'impuissance chronique de l'Union à contraindre ses propres industriels.",
            AUTHOR,
            OP,
        ),
        (
            "Pendant ce temps, les porte-conteneurs continuent de cracher leur fioul lourd au large de Lisbonne, dans l'indifférence polie des délégués.",
            AUTHOR,
            OP,
        ),
        (
            "Le Parlement européen, qui doit encore se prononcer, pourrait durcir le texte au printemps.",
            AUTHOR,
            H,
        ),
        (
            "Il est toutefois peu probable qu'une majorité s'y dessine avant les élections.",
            AUTHOR,
            H,
        ),
    ],
)

build(
    "lac-brechet-cyanobacteries",
    [
        ("préfecture de la Creuse", "ORG", ["préfecture de la Creuse"]),
        ("Marc Delorme", "PER", ["Marc Delorme", "hydrobiologiste"]),
        ("chambre d'agriculture de la Creuse", "ORG", ["chambre d'agriculture de la Creuse"]),
        ("agence régionale de santé", "ORG", ["agence régionale de santé", "ARS"]),
        (
            "Alain Peyrat",
            "PER",
            ["Alain Peyrat", "Peyrat", "maire de Saint-Oradour-du-Bréchet"],
        ),
        ("conseil départemental", "ORG", ["conseil départemental"]),
        ("État", "ORG", ["État"]),
    ],
    [
        (
            "La préfecture de la Creuse a prolongé jeudi l'interdiction de baignade au lac du Bréchet, où la concentration de cyanobactéries dépasse 100 000 cellules par millilitre depuis début juillet.",
            AUTHOR,
            F,
        ),
        (
            "C'est le troisième été consécutif que le plan d'eau, qui attirait 60 000 visiteurs par saison, reste fermé aux baigneurs.",
            AUTHOR,
            F,
        ),
        (
            "Le lac « étouffe », tout simplement. Le constat est de Marc Delorme, hydrobiologiste à l'université de Limoges, qui suit le site depuis 2012.",
            "Marc Delorme",
            R,
        ),
        (
            "Ses relevés montrent une hausse de 70 % des phosphates dans les sédiments en dix ans, en grande partie liée aux engrais épandus sur les parcelles voisines.",
            "Marc Delorme",
            R,
        ),
        (
            "La sécheresse de ces dernières semaines a probablement aggravé la prolifération.",
            AUTHOR,
            H,
        ),
        (
            "La chambre d'agriculture de la Creuse juge « prématuré » de désigner un coupable et réclame une étude indépendante.",
            "chambre d'agriculture de la Creuse",
            R,
        ),
        (
            "Un rapport de l'agence régionale de santé (ARS), publié en juin, recommande d'éviter tout contact avec l'eau, y compris pour les animaux domestiques.",
            "agence régionale de santé",
            R,
        ),
        (
            "Quatorze chiens ont été intoxiqués dans le département depuis 2023, dont trois mortellement.",
            AUTHOR,
            F,
        ),
        (
            "« De mon temps, on voyait le fond à trois mètres. Aujourd'hui, on ne voit plus ses bottes », lâche-t-il.",
            A,
            A,
        ),
        (
            "Une croyance locale veut que l'eau se « nettoie » d'elle-même après les premiers orages d'automne.",
            A,
            A,
        ),
        (
            "Des chercheurs canadiens ont pourtant montré que les cyanobactéries peuvent survivre plusieurs hivers dans les sédiments.",
            A,
            A,
        ),
        (
            "Le maire de Saint-Oradour-du-Bréchet, Alain Peyrat, chiffre à 300 000 euros les pertes des commerces du bord du lac.",
            "Alain Peyrat",
            R,
        ),
        (
            "« Les restaurateurs tiennent à bout de bras, mais combien de temps encore ? », s'inquiète-t-il.",
            "Alain Peyrat",
            R,
        ),
        (
            "Selon M. Peyrat, le conseil départemental aurait promis une aide d'urgence.",
            "Alain Peyrat",
            R,
        ),
        ("Elle ne serait toutefois pas versée avant l'automne.", "Alain Peyrat", R),
        (
            "En attendant, le « joyau bleu » de la Creuse, vanté sur toutes les brochures touristiques, a pris des airs de soupe de pois cassés.",
            AUTHOR,
            OP,
        ),
        ("Il serait temps que l'État prenne enfin la mesure du désastre.", AUTHOR, OP),
        (
            "Les analyses de la semaine prochaine diront si le lac peut rouvrir avant la fin de la saison, ce qui paraît peu probable.",
            AUTHOR,
            H,
        ),
    ],
)
