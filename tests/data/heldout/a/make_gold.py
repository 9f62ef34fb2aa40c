"""Builds the held-out *.gold.json files beside it from the annotations below,
computing the character offsets of each claim (the sentence found by its full text).
Run: python3 tests/data/heldout/a/make_gold.py"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/data: the shared builder
from gold_builder import builder

build = builder(__file__)


def nb(s):
    """etude-canicule-seniors.txt uses no-break spaces inside « »."""
    return s.replace("« ", "«\u00a0").replace(" »", "\u00a0»")


build(
    "proces-echafaudage-saint-malo",
    [
        (
            "Sandrine Keraudren",
            "PER",
            ["Sandrine Keraudren", "procureure de la République", "procureure"],
        ),
        ("Yannick Le Guern", "PER", ["Yannick Le Guern", "gérant", "prévenu"]),
        ("Bâtiments Le Guern", "ORG", ["Bâtiments Le Guern", "entreprise", "société"]),
        (
            "tribunal correctionnel de Saint-Malo",
            "ORG",
            ["tribunal correctionnel de Saint-Malo", "tribunal"],
        ),
        ("Nathalie Guillou", "PER", ["Nathalie Guillou", "inspectrice du travail"]),
        ("Patrice Méheut", "PER", ["Patrice Méheut", "chef de chantier"]),
        ("Karim Haddad", "PER", ["Karim Haddad"]),
        ("Inès Ferrand", "PER", ["Inès Ferrand", "avocate"]),
        ("Benoît Lavergne", "PER", ["Benoît Lavergne", "avocat du prévenu", "défense"]),
    ],
    [
        (
            "Dix-huit mois d'emprisonnement avec sursis et 30 000 euros d'amende : c'est la peine qu'a requise jeudi la procureure de la République, Sandrine Keraudren, contre Yannick Le Guern, gérant de l'entreprise Bâtiments Le Guern, jugé devant le tribunal correctionnel de Saint-Malo pour blessures involontaires.",
            "Sandrine Keraudren",
            "reported",
        ),
        (
            "Le 12 octobre 2022, un échafaudage s'était effondré sur un chantier de la rue de Dinan, blessant grièvement deux ouvriers.",
            "author",
            "fact",
        ),
        (
            "À la barre, le prévenu, âgé de 54 ans, a reconnu des « erreurs d'organisation » mais a nié toute négligence délibérée.",
            "Yannick Le Guern",
            "reported",
        ),
        (
            "« Je n'ai jamais demandé à mes gars de prendre des risques. Je monte sur des échafaudages avec eux depuis trente ans », a-t-il affirmé d'une voix blanche.",
            "Yannick Le Guern",
            "reported",
        ),
        (
            "L'entreprise, qui emploie quatorze salariés, est également poursuivie en tant que personne morale.",
            "author",
            "fact",
        ),
        (
            "L'inspectrice du travail Nathalie Guillou, citée comme témoin, a décrit un montage « non conforme » : selon elle, plusieurs ancrages au mur manquaient et aucun plan de montage n'avait été rédigé.",
            "Nathalie Guillou",
            "reported",
        ),
        (
            "Ces manquements étaient connus, a-t-elle assuré, puisqu'un courrier d'alerte avait été adressé à la société dès le mois de juin.",
            "Nathalie Guillou",
            "reported",
        ),
        (
            "Le chef de chantier, Patrice Méheut, a livré une version plus nuancée, affirmant que la structure avait été vérifiée « la veille au soir ».",
            "Patrice Méheut",
            "reported",
        ),
        (
            "« J'ai fait une chute de huit mètres. Depuis, je ne peux plus travailler et je ne dors plus », a-t-il raconté.",
            "Karim Haddad",
            "reported",
        ),
        (
            "Selon son avocate, Me Inès Ferrand, le jeune homme de 31 ans conserve une incapacité permanente évaluée à 40 %.",
            "Inès Ferrand",
            "reported",
        ),
        (
            "L'avocate a réclamé 250 000 euros de dommages et intérêts pour son client.",
            "Inès Ferrand",
            "reported",
        ),
        (
            "Dans ses réquisitions, la procureure a martelé que « la sécurité des salariés n'est pas une variable d'ajustement ».",
            "Sandrine Keraudren",
            "reported",
        ),
        (
            "Elle a requis en outre une amende de 50 000 euros contre la société.",
            "Sandrine Keraudren",
            "reported",
        ),
        (
            "Pour l'avocat du prévenu, Me Benoît Lavergne, qui a plaidé la relaxe, son client « paie pour les défaillances d'un autre ».",
            "Benoît Lavergne",
            "reported",
        ),
        (
            "« On cherche un coupable commode, alors que le fabricant de l'échafaudage n'a jamais été inquiété », a-t-il lancé.",
            "Benoît Lavergne",
            "reported",
        ),
        (
            "Selon la défense, une expertise remise en janvier mettrait en cause une pièce de fixation défectueuse.",
            "Benoît Lavergne",
            "reported",
        ),
        (
            "Les chutes de hauteur restent l'une des premières causes d'accidents graves dans le bâtiment : elles ont provoqué 47 décès en 2022.",
            "author",
            "fact",
        ),
        ("Le jugement a été mis en délibéré au 23 mai.", "author", "fact"),
        (
            "Le tribunal pourrait se montrer plus clément que la procureure, le prévenu n'ayant jamais été condamné.",
            "author",
            "hedged",
        ),
    ],
)

build(
    "etude-canicule-seniors",
    [
        (
            "Institut national de recherche en santé publique",
            "ORG",
            ["Institut national de recherche en santé publique", "INRSP"],
        ),
        ("chercheurs", "GROUP", ["chercheurs", "auteurs de l’étude"]),
        ("université de Toulouse-Garonne", "ORG", ["université de Toulouse-Garonne"]),
        (
            "Élodie Carvalho",
            "PER",
            [
                "Élodie Carvalho",
                "épidémiologiste",
                "directrice de recherche à l’INRSP",
                "chercheuse",
            ],
        ),
        ("François Nguyen", "PER", ["François Nguyen", "gériatre"]),
        ("ministère de la Santé", "ORG", ["ministère de la Santé", "ministère"]),
    ],
    [
        (nb(s), sp, k)
        for s, sp, k in [
            (
                "Chaque degré au-delà de 35 °C ferait augmenter de 9 % le risque d’hospitalisation des personnes de plus de 75 ans, selon une étude de l’Institut national de recherche en santé publique (INRSP) rendue publique mardi.",
                "Institut national de recherche en santé publique",
                "reported",
            ),
            (
                "Les chercheurs ont analysé les dossiers de 2,3 millions de patients hospitalisés entre 2015 et 2023 dans 41 départements.",
                "author",
                "fact",
            ),
            (
                "« Nous observons un effet très net dès le deuxième jour de forte chaleur, et il ne disparaît pas immédiatement quand les températures redescendent », explique Élodie Carvalho, épidémiologiste et directrice de recherche à l’INRSP, qui a coordonné l’étude.",
                "Élodie Carvalho",
                "reported",
            ),
            (
                "« Les nuits chaudes semblent jouer un rôle au moins aussi important que les pics de l’après-midi », précise-t-elle.",
                "Élodie Carvalho",
                "reported",
            ),
            (
                "Les hospitalisations pour déshydratation, insuffisance rénale aiguë et chutes ont progressé de 23 % lors des vagues de chaleur de 2019 et de 2022.",
                "author",
                "fact",
            ),
            (
                "Pour le professeur François Nguyen, gériatre et enseignant à l’université de Toulouse-Garonne, ces résultats « confirment ce que les équipes constatent chaque été aux urgences ».",
                "François Nguyen",
                "reported",
            ),
            (
                "Le gériatre estime que le poids réel de la chaleur serait « largement sous-estimé », car de nombreux patients sont enregistrés sous d’autres diagnostics.",
                "François Nguyen",
                "reported",
            ),
            (
                "Il est possible que l’effet soit encore plus marqué dans les logements mal isolés, que les données disponibles ne permettaient pas d’identifier.",
                "author",
                "hedged",
            ),
            (
                "Une exposition prolongée pourrait aussi aggraver des maladies rénales déjà présentes.",
                "author",
                "hedged",
            ),
            (
                "Les femmes de plus de 85 ans vivant seules semblent les plus vulnérables.",
                "author",
                "hedged",
            ),
            (
                "Un chercheur qui a requis l’anonymat, auteur d’une précédente étude sur le sujet, juge toutefois la méthode « fragile » sur un point : l’absence de données sur la climatisation des domiciles.",
                "anonymous",
                "anonymous",
            ),
            (
                "Les auteurs de l’étude reconnaissent eux-mêmes cette limite.",
                "chercheurs",
                "reported",
            ),
            (
                "Le ministère de la Santé a fait savoir mercredi qu’il « examinerait avec attention » ces conclusions avant la présentation du prochain plan canicule.",
                "ministère de la Santé",
                "reported",
            ),
            (
                "Selon un proche du dossier, le ministère envisagerait d’imposer une « pièce rafraîchie » dans chaque Ehpad d’ici à 2027.",
                "anonymous",
                "anonymous",
            ),
            (
                "En 2023, les épisodes de forte chaleur ont été associés à près de 5 000 décès supplémentaires en France.",
                "author",
                "fact",
            ),
            (
                "« Adapter tous les logements prendra des années. Repérer et appeler les personnes isolées, c’est possible dès cet été », conclut la chercheuse.",
                "Élodie Carvalho",
                "reported",
            ),
        ]
    ],
)

build(
    "breval-centre-donnees",
    [
        ("préfecture du Calvados", "ORG", ["préfecture du Calvados", "préfecture"]),
        ("manifestants", "GROUP", ["manifestants"]),
        ("collectif de riverains", "GROUP", ["collectif de riverains", "collectif"]),
        ("Voltéra Data", "ORG", ["Voltéra Data", "entreprise"]),
        ("conseil municipal", "ORG", ["conseil municipal"]),
        ("Julien Marie", "PER", ["Julien Marie", "porte-parole du collectif"]),
        (
            "Gérard Lemonnier",
            "PER",
            ["Gérard Lemonnier", "maire de Bréval-sur-Orne", "maire", "Lemonnier"],
        ),
        ("Camille Hébert", "PER", ["Camille Hébert", "conseillère municipale", "élue"]),
    ],
    [
        (
            "Environ 250 manifestants, selon la préfecture du Calvados, se sont rassemblés samedi matin devant la mairie de Bréval-sur-Orne pour protester contre l'implantation d'un centre de données sur 18 hectares de terres agricoles.",
            "préfecture du Calvados",
            "reported",
        ),
        (
            "Le collectif de riverains à l'origine de l'appel en a revendiqué près de 400.",
            "collectif de riverains",
            "reported",
        ),
        (
            "Porté par la société Voltéra Data, le projet représente un investissement de 320 millions d'euros.",
            "author",
            "fact",
        ),
        (
            "L'entreprise assure qu'il créera 60 emplois directs d'ici à 2028.",
            "Voltéra Data",
            "reported",
        ),
        (
            "Le conseil municipal a approuvé la vente des terrains en mars, par 19 voix contre 8.",
            "author",
            "fact",
        ),
        (
            "« On nous parle d'emplois, mais personne ne nous dit combien d'eau ce site va pomper dans la nappe », a lancé au micro Julien Marie, porte-parole du collectif.",
            "Julien Marie",
            "reported",
        ),
        (
            "Selon le porte-parole du collectif, le centre consommerait jusqu'à 500 000 mètres cubes d'eau par an pour refroidir ses serveurs.",
            "Julien Marie",
            "reported",
        ),
        (
            "Les manifestants dénonçaient aussi un projet « décidé dans le dos des habitants ».",
            "manifestants",
            "reported",
        ),
        (
            "Le maire de Bréval-sur-Orne, Gérard Lemonnier (divers droite), défend au contraire un projet « vital » pour la commune.",
            "Gérard Lemonnier",
            "reported",
        ),
        (
            "« Les recettes fiscales attendues représentent un tiers de notre budget annuel. Sans elles, nous devrons fermer l'école du hameau de Saint-Clair », a-t-il expliqué samedi.",
            "Gérard Lemonnier",
            "reported",
        ),
        (
            "Le maire a par ailleurs assuré que l'entreprise s'était engagée à ne pas prélever d'eau dans la nappe en période de sécheresse.",
            "Gérard Lemonnier",
            "reported",
        ),
        (
            "Dans l'opposition, la conseillère municipale Camille Hébert dénonce « un passage en force ».",
            "Camille Hébert",
            "reported",
        ),
        (
            "L'élue affirme que l'étude d'impact environnemental n'a jamais été présentée aux conseillers avant le vote de mars.",
            "Camille Hébert",
            "reported",
        ),
        ("Elle réclame l'organisation d'un référendum local.", "Camille Hébert", "reported"),
        ("Une demande jugée « irrecevable » par M. Lemonnier.", "Gérard Lemonnier", "reported"),
        (
            "La préfecture indique que l'autorisation environnementale est toujours en cours d'instruction et qu'aucune décision ne sera prise avant l'automne.",
            "préfecture du Calvados",
            "reported",
        ),
        (
            "Le dossier pourrait finir devant la justice administrative, le collectif ayant déjà pris contact avec un avocat.",
            "author",
            "hedged",
        ),
        (
            "Entre les serveurs et les vaches normandes, le dialogue de sourds ne fait que commencer.",
            "author",
            "opinion",
        ),
    ],
)
