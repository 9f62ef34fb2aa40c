"""Builds the *.gold.json files beside it from the annotated sentences below, computing
the character offsets of each claim (the sentence found by its full text).
Held-out set O: written blind to the analyzer (its code, lexicons and output unread),
five forms of French press: a regional daily on the night closure of a small hospital's
emergency department, a football transfer rumour told by unnamed sources, an outside
contributor's op-ed against a wood-stove ban, an agency dispatch on quarterly
unemployment figures, a consumer piece on a cheese recall. See NOTES.md.
Run: python3 tests/data/heldout/o/make_gold.py"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/data: the shared builder
from gold_builder import AUTHOR, OP, A, F, H, R, builder

build = builder(__file__)

build(
    "urgences-nuit-montceret",
    [
        (
            "agence régionale de santé",
            "ORG",
            ["agence régionale de santé", "ARS", "agence"],
        ),
        ("Laurent Mazoyer", "PER", ["Laurent Mazoyer", "directeur de l'hôpital"]),
        (
            "Syndicat autonome des personnels hospitaliers",
            "ORG",
            ["Syndicat autonome des personnels hospitaliers", "SAPH"],
        ),
        ("Martine Fabre", "PER", ["Martine Fabre", "secrétaire du SAPH"]),
        (
            "Sandrine Roumégoux",
            "PER",
            ["Sandrine Roumégoux", "Infirmière aux urgences"],
        ),
        ("Josiane Bastide", "PER", ["Josiane Bastide"]),
        ("Karim Belaïd", "PER", ["Karim Belaïd"]),
        ("habitants", "GROUP", ["habitants"]),
        ("soignants", "GROUP", ["soignants"]),
    ],
    [
        (
            "À partir du lundi 4 mai, le service des urgences du centre hospitalier de Montcéret n'accueillera plus aucun patient entre 20 heures et 8 heures, a confirmé mardi l'agence régionale de santé (ARS) dans un communiqué.",
            "agence régionale de santé",
            R,
        ),
        (
            "Selon l'agence, cette suspension ne serait que « temporaire ».",
            "agence régionale de santé",
            R,
        ),
        (
            "Elle serait réexaminée fin septembre, au vu des recrutements réalisés d'ici là.",
            "agence régionale de santé",
            R,
        ),
        (
            "La nuit, les patients sont invités à composer le 15 avant tout déplacement, précise le communiqué.",
            "agence régionale de santé",
            R,
        ),
        (
            "Pour Laurent Mazoyer, qui dirige l'établissement depuis 2021, la décision était « inévitable ».",
            "Laurent Mazoyer",
            R,
        ),
        (
            "« Sur six postes d'urgentistes, quatre sont vacants depuis janvier. On ne fait pas tourner une ligne de garde avec deux praticiens et des intérimaires introuvables », a-t-il expliqué.",
            "Laurent Mazoyer",
            R,
        ),
        (
            "Ces chiffres sont contestés par le Syndicat autonome des personnels hospitaliers (SAPH), qui évoque non pas quatre mais cinq postes vacants.",
            "Syndicat autonome des personnels hospitaliers",
            R,
        ),
        (
            "Le centre hospitalier de Montcéret compte 64 lits, dont 30 en Ehpad.",
            AUTHOR,
            F,
        ),
        (
            "Ses urgences ont enregistré 11 200 passages en 2025, dont près d'un tiers la nuit.",
            AUTHOR,
            F,
        ),
        (
            "L'hôpital le plus proche ouvert la nuit, celui de Castelvézy, se trouve à 58 kilomètres par une route de col.",
            AUTHOR,
            F,
        ),
        (
            "En 2025, l'accueil de nuit avait déjà été suspendu à trois reprises, pour un total de 17 nuits.",
            AUTHOR,
            F,
        ),
        (
            "Le 15 comme seule porte d'entrée, dans un territoire où une ambulance met parfois quarante minutes à arriver : la formule a de quoi laisser songeur.",
            AUTHOR,
            OP,
        ),
        (
            "« On va nous demander de faire le tri au téléphone. Mais un infarctus, ça ne prévient pas », lâche-t-elle.",
            "Sandrine Roumégoux",
            R,
        ),
        (
            "Elle redoute que les équipes de jour, déjà à bout, ne s'épuisent à leur tour.",
            "Sandrine Roumégoux",
            R,
        ),
        (
            "« Quand on ferme la nuit, on ne rouvre jamais. Tout le monde le sait ici », assure Martine Fabre, secrétaire du SAPH.",
            "Martine Fabre",
            R,
        ),
        (
            "Un médecin qui a requis l'anonymat parle d'une décision « prise depuis des mois dans les bureaux de l'agence ».",
            A,
            A,
        ),
        (
            "Selon nos informations, un projet de regroupement des urgences de Montcéret et de Castelvézy figurait déjà dans un document de travail de l'ARS à l'automne.",
            A,
            A,
        ),
        (
            "La fermeture de la maternité, en 2019, aurait suivi exactement le même chemin, confie un ancien cadre de santé.",
            A,
            A,
        ),
        (
            "Plusieurs soignants évoquent en privé des départs en cascade si la mesure devait durer.",
            A,
            A,
        ),
        (
            "« Temporaire » : le mot sonne bien creux dans une vallée qui a déjà vu partir sa maternité, sa trésorerie et sa gendarmerie.",
            AUTHOR,
            OP,
        ),
        (
            "« Si j'avais dû faire une heure de route, je ne serais plus là », témoigne Josiane Bastide, 78 ans, soignée ici l'hiver dernier pour une embolie pulmonaire.",
            "Josiane Bastide",
            R,
        ),
        (
            "Venu accompagner son père, Karim Belaïd ne décolère pas : « On paie les mêmes impôts qu'en ville, on a droit aux mêmes soins ! »",
            "Karim Belaïd",
            R,
        ),
        (
            "La mesure pourrait aussi fragiliser le service de médecine, qui dépend des urgentistes pour ses admissions nocturnes.",
            AUTHOR,
            H,
        ),
        (
            "Il paraît peu probable que des candidats se bousculent d'ici l'automne.",
            AUTHOR,
            H,
        ),
        (
            "À Montcéret, on a appris à se méfier des mesures provisoires : elles ont la fâcheuse habitude de durer.",
            AUTHOR,
            OP,
        ),
    ],
)

build(
    "mercato-ferrandi-bressac",
    [
        (
            "Ilan Ferrandi",
            "PER",
            [
                "Ilan Ferrandi",
                "Ferrandi",
                "attaquant de l'AS Bressac",
                "buteur bressacois",
                "joueur",
            ],
        ),
        ("AS Bressac", "ORG", ["AS Bressac", "Bressac"]),
        ("RC Valmont", "ORG", ["RC Valmont", "Valmont", "direction du RC Valmont"]),
        (
            "Patrice Gondouin",
            "PER",
            ["Patrice Gondouin", "entraîneur de l'AS Bressac", "technicien"],
        ),
        ("Sofiane Berrada", "PER", ["Sofiane Berrada", "agent du joueur"]),
        ("Éric Sabatier", "PER", ["Éric Sabatier", "entraîneur valmontais"]),
        ("supporters", "GROUP", ["supporters"]),
    ],
    [
        ("Le feuilleton de l'hiver a peut-être trouvé son épilogue.", AUTHOR, H),
        (
            "Selon plusieurs médias, le RC Valmont aurait formulé une première offre de 2,5 millions d'euros pour l'attaquant de l'AS Bressac, Ilan Ferrandi.",
            A,
            A,
        ),
        (
            "Le club, promu en Ligue 1 l'été dernier, serait prêt à monter jusqu'à 3 millions, bonus compris.",
            A,
            A,
        ),
        (
            "Un contrat de quatre ans et demi aurait même déjà été soumis au joueur.",
            A,
            A,
        ),
        (
            "Dans l'entourage du joueur, on ne cache pas l'envie de franchir un palier.",
            A,
            A,
        ),
        (
            "« Il a vingt-deux ans, il a fait ses preuves en Ligue 2, il sait que ce genre de train ne passe pas deux fois », glisse un proche.",
            A,
            A,
        ),
        (
            "Un proche du dossier évoque même une visite médicale programmée « dans les prochains jours ».",
            A,
            A,
        ),
        (
            "Ferrandi a inscrit 11 buts en 19 matches de Ligue 2 cette saison.",
            AUTHOR,
            F,
        ),
        (
            "Formé au club, il a signé son premier contrat professionnel en juillet 2022.",
            AUTHOR,
            F,
        ),
        ("Son bail court jusqu'en juin 2027.", AUTHOR, F),
        (
            "« Ilan est à Bressac, il finira la saison à Bressac. Je n'ai reçu aucune offre et je ne passe pas mes journées à lire les rumeurs », a-t-il tranché.",
            "Patrice Gondouin",
            R,
        ),
        (
            "Le technicien assure que le sujet n'a « jamais été évoqué » avec sa direction.",
            "Patrice Gondouin",
            R,
        ),
        ("Démenti de principe ou vraie fermeté ?", AUTHOR, OP),
        (
            "On a déjà vu des entraîneurs jurer fidélité à leur buteur le vendredi et le regarder signer ailleurs le lundi.",
            AUTHOR,
            OP,
        ),
        (
            "L'agent du joueur, Sofiane Berrada, a démenti auprès de notre rédaction « toute discussion avancée ».",
            "Sofiane Berrada",
            R,
        ),
        (
            "Interrogé jeudi, l'entraîneur valmontais, Éric Sabatier, s'est contenté d'une pirouette : « Je ne parle pas des joueurs des autres. »",
            "Éric Sabatier",
            R,
        ),
        (
            "D'autres sources, plus prudentes, assurent qu'aucun accord n'a encore été trouvé entre les deux clubs.",
            A,
            A,
        ),
        (
            "Les discussions achopperaient sur le pourcentage à la revente exigé par Bressac.",
            A,
            A,
        ),
        (
            "Le montant pourrait encore grimper si d'autres clubs entrent dans la danse.",
            AUTHOR,
            H,
        ),
        (
            "Il semble en tout cas que le joueur ait déjà la tête ailleurs.",
            AUTHOR,
            H,
        ),
        (
            "Sur le terrain, il n'a plus marqué depuis quatre matches.",
            AUTHOR,
            F,
        ),
        (
            "Un départ en plein hiver serait un coup dur pour un club qui vise la montée.",
            AUTHOR,
            H,
        ),
        (
            "Trois millions pour un attaquant qui n'a jamais joué une minute en Ligue 1 : voilà qui en dit long sur la folie du marché !",
            AUTHOR,
            OP,
        ),
        (
            "Le mercato d'hiver ferme ses portes le 2 février à minuit.",
            AUTHOR,
            F,
        ),
        (
            "Les supporters, eux, n'ont pas fini de rafraîchir leur fil d'actualité.",
            AUTHOR,
            OP,
        ),
    ],
)

build(
    "tribune-poeles-saint-julien",
    [
        (
            "municipalité de Saint-Julien-de-Vaure",
            "ORG",
            ["municipalité de Saint-Julien-de-Vaure", "Saint-Julien", "mairie"],
        ),
        ("Hélène Castagnet", "PER", ["Hélène Castagnet", "maire", "Madame la maire"]),
        ("conseil municipal", "ORG", ["conseil municipal"]),
        (
            "Observatoire régional de la qualité de l'air",
            "ORG",
            ["Observatoire régional de la qualité de l'air"],
        ),
        ("Fabrice Aubanel", "PER", ["Fabrice Aubanel", "adjoint à l'environnement"]),
        ("élus", "GROUP", ["élus"]),
    ],
    [
        ("Il paraît que mon poêle est devenu un danger public.", AUTHOR, OP),
        (
            "Par un arrêté du 12 mars, la municipalité de Saint-Julien-de-Vaure interdit l'usage des poêles et cheminées à bois non labellisés du 1er novembre au 31 mars.",
            AUTHOR,
            F,
        ),
        (
            "L'arrêté invoque « la protection de la santé des habitants, et en premier lieu des plus fragiles ».",
            "municipalité de Saint-Julien-de-Vaure",
            R,
        ),
        ("Qui pourrait être contre ?", AUTHOR, OP),
        (
            "« Nous ne pouvons plus laisser nos enfants respirer cet air-là », a déclaré la maire, Hélène Castagnet, lors du conseil municipal du 10 mars.",
            "Hélène Castagnet",
            R,
        ),
        ("La phrase est belle.", AUTHOR, OP),
        (
            "Elle a surtout le mérite de dispenser son auteure de toute démonstration.",
            AUTHOR,
            OP,
        ),
        (
            "Selon une étude de l'Observatoire régional de la qualité de l'air publiée en 2024, le chauffage au bois serait responsable de 58 % des particules fines émises l'hiver dans la vallée.",
            "Observatoire régional de la qualité de l'air",
            R,
        ),
        (
            "Mais la même étude précise, quelques pages plus loin, que les appareils récents émettent jusqu'à dix fois moins que les vieux foyers ouverts.",
            "Observatoire régional de la qualité de l'air",
            R,
        ),
        ("Ce détail a manifestement échappé à nos élus.", AUTHOR, OP),
        (
            "Pourquoi alors frapper de la même façon le poêle flambant neuf et la cheminée d'un autre siècle ?",
            AUTHOR,
            OP,
        ),
        (
            "Dans notre commune, 41 % des résidences principales sont chauffées d'abord au bois.",
            AUTHOR,
            F,
        ),
        (
            "Un poêle labellisé coûte entre 3 000 et 6 000 euros, pose comprise.",
            AUTHOR,
            F,
        ),
        (
            "L'aide promise par la mairie plafonne à 500 euros par foyer.",
            AUTHOR,
            F,
        ),
        ("Faites le calcul.", AUTHOR, OP),
        (
            "Le retraité qui vit avec 1 100 euros par mois n'a pas fini de grelotter !",
            AUTHOR,
            OP,
        ),
        (
            "La mesure frappera sans doute d'abord les ménages modestes des hameaux, bien plus que les résidences secondaires du bourg.",
            AUTHOR,
            H,
        ),
        (
            "Il se pourrait même que certains se rabattent sur de vieux radiateurs au fioul, autrement plus polluants.",
            AUTHOR,
            H,
        ),
        (
            "L'adjoint à l'environnement, Fabrice Aubanel, promet « un accompagnement au cas par cas ».",
            "Fabrice Aubanel",
            R,
        ),
        (
            "À la mairie, on reconnaît d'ailleurs à mi-voix que les contrôles seront « à peu près impossibles ».",
            A,
            A,
        ),
        (
            "Une interdiction que l'on ne pourra pas faire respecter : voilà une politique publique d'une rare cohérence.",
            AUTHOR,
            OP,
        ),
        (
            "Le bois que nous brûlons vient pour l'essentiel de parcelles situées à moins de 30 kilomètres.",
            AUTHOR,
            F,
        ),
        ("Lui ne traverse pas les océans en porte-conteneurs.", AUTHOR, OP),
        (
            "Madame la maire, venez donc passer une soirée de janvier dans une ferme des Combes, poêle éteint.",
            AUTHOR,
            OP,
        ),
    ],
)

build(
    "chomage-haute-vezere-t1",
    [
        ("préfecture", "ORG", ["préfecture"]),
        ("Olivier Dambrine", "PER", ["Olivier Dambrine", "préfet"]),
        ("Fordelec", "ORG", ["Fordelec", "direction du groupe"]),
        ("État", "GPE", ["État"]),
        (
            "Claire Anquetil",
            "PER",
            [
                "Claire Anquetil",
                "économiste",
                "maître de conférences à l'université de Saint-Aurel",
            ],
        ),
        (
            "Fédération départementale du bâtiment et des travaux publics",
            "ORG",
            [
                "Fédération départementale du bâtiment et des travaux publics",
                "FDBTP",
                "fédération",
            ],
        ),
        ("Didier Saulnier", "PER", ["Didier Saulnier", "président"]),
        ("conseil départemental", "ORG", ["conseil départemental"]),
    ],
    [
        (
            "Le nombre de demandeurs d'emploi sans aucune activité a augmenté de 3,2 % au premier trimestre en Haute-Vézère, pour atteindre 14 870 personnes, selon les chiffres publiés jeudi par la préfecture.",
            "préfecture",
            R,
        ),
        (
            "Sur un an, la hausse atteint 5,8 %, contre 2,1 % au niveau national.",
            AUTHOR,
            F,
        ),
        (
            "Le taux de chômage du département s'établit à 8,4 % de la population active, son plus haut niveau depuis 2017.",
            AUTHOR,
            F,
        ),
        (
            "La hausse touche d'abord les moins de 25 ans, dont le nombre d'inscrits progresse de 7,4 % sur le trimestre.",
            AUTHOR,
            F,
        ),
        (
            "Le préfet, Olivier Dambrine, a attribué cette dégradation à « la fin de plusieurs chantiers d'envergure » et aux difficultés de la sous-traitance automobile.",
            "Olivier Dambrine",
            R,
        ),
        (
            "« Nous ne sommes pas dans une spirale. Les offres d'emploi restent à un niveau élevé, notamment dans le soin et le bâtiment », a-t-il déclaré lors d'un point presse.",
            "Olivier Dambrine",
            R,
        ),
        (
            "Selon lui, 2 300 offres restaient non pourvues fin mars.",
            "Olivier Dambrine",
            R,
        ),
        (
            "La fermeture en février de l'usine Fordelec de Vaurignac, qui employait 212 salariés, pèse sur les chiffres du nord du département.",
            AUTHOR,
            F,
        ),
        (
            "Pour l'économiste Claire Anquetil, maître de conférences à l'université de Saint-Aurel, la hausse « n'a rien de conjoncturel ».",
            "Claire Anquetil",
            R,
        ),
        (
            "Le département paie, selon elle, sa dépendance à une poignée de donneurs d'ordre.",
            "Claire Anquetil",
            R,
        ),
        (
            "Elle estime que le taux de chômage pourrait dépasser 9 % d'ici à la fin de l'année si aucun nouveau site industriel ne s'implante.",
            "Claire Anquetil",
            R,
        ),
        (
            "D'après la Fédération départementale du bâtiment et des travaux publics (FDBTP), les mises en chantier de logements neufs ont reculé de 18 % sur le trimestre.",
            "Fédération départementale du bâtiment et des travaux publics",
            R,
        ),
        (
            "Les carnets de commandes des entreprises du secteur sont jugés « préoccupants » par la fédération, qui réclame un soutien public à la rénovation énergétique.",
            "Fédération départementale du bâtiment et des travaux publics",
            R,
        ),
        (
            "Son président, Didier Saulnier, a appelé l'État à « ne pas attendre les faillites pour agir ».",
            "Didier Saulnier",
            R,
        ),
        (
            "À la préfecture, on redoute en privé de nouvelles annonces de plans sociaux d'ici l'été.",
            A,
            A,
        ),
        (
            "Le conseil départemental a annoncé jeudi un plan d'insertion de 1,5 million d'euros destiné aux jeunes sans qualification.",
            "conseil départemental",
            R,
        ),
        (
            "Les chiffres du deuxième trimestre pourraient refléter l'effet de la saison touristique, traditionnellement favorable à l'emploi dans le sud du département.",
            AUTHOR,
            H,
        ),
    ],
)

build(
    "rappel-tomme-val-aurne",
    [
        (
            "ministère de l'Agriculture",
            "ORG",
            ["ministère de l'Agriculture", "ministère"],
        ),
        (
            "fromagerie Guillaumet",
            "ORG",
            ["fromagerie Guillaumet", "fromagerie", "entreprise"],
        ),
        (
            "Anne-Laure Pécout",
            "PER",
            [
                "Anne-Laure Pécout",
                "infectiologue au centre hospitalier de Millac",
            ],
        ),
        ("Céline Delpeuch", "PER", ["Céline Delpeuch", "mère de trois enfants"]),
        ("agence régionale de santé", "ORG", ["agence régionale de santé"]),
    ],
    [
        (
            "Dans un avis publié mardi soir, le ministère de l'Agriculture demande aux consommateurs de ne pas consommer les tommes « Val d'Aurne » de 400 grammes portant les numéros de lot 24187 à 24193, en raison d'une possible contamination à la bactérie Listeria monocytogenes.",
            "ministère de l'Agriculture",
            R,
        ),
        (
            "Les fromages ont été vendus entre le 2 et le 21 avril dans plusieurs enseignes de la grande distribution, selon le document.",
            "ministère de l'Agriculture",
            R,
        ),
        (
            "Les produits concernés portent une date limite de consommation comprise entre le 12 et le 30 mai.",
            AUTHOR,
            F,
        ),
        ("La tomme est vendue autour de 6,90 euros la pièce.", AUTHOR, F),
        (
            "Dans un communiqué diffusé mercredi, la fromagerie Guillaumet, qui fabrique ces tommes à Vernoles, présente ses « sincères excuses » aux consommateurs, affirmant avoir « immédiatement stoppé » la ligne de production concernée.",
            "fromagerie Guillaumet",
            R,
        ),
        (
            "La contamination aurait été détectée lors d'un autocontrôle de routine, précise le texte.",
            "fromagerie Guillaumet",
            R,
        ),
        (
            "Aucun autre fromage de la gamme n'est concerné. C'est en tout cas ce qu'assure l'entreprise, qui dit avoir fait analyser l'ensemble de ses stocks.",
            "fromagerie Guillaumet",
            R,
        ),
        (
            "Fondée en 1987, la fromagerie emploie 38 salariés et produit environ 300 tonnes de fromage par an.",
            AUTHOR,
            F,
        ),
        (
            "« La listériose est rare, mais elle peut être grave, en particulier chez les femmes enceintes, les personnes âgées et les patients immunodéprimés », rappelle le docteur Anne-Laure Pécout, infectiologue au centre hospitalier de Millac.",
            "Anne-Laure Pécout",
            R,
        ),
        (
            "Selon elle, les symptômes peuvent apparaître jusqu'à huit semaines après la consommation.",
            "Anne-Laure Pécout",
            R,
        ),
        (
            "Elle conseille à toute personne fiévreuse après avoir mangé ce fromage de consulter son médecin en signalant cet achat.",
            "Anne-Laure Pécout",
            R,
        ),
        (
            "Chaque année, environ 400 cas de listériose sont recensés en France.",
            AUTHOR,
            F,
        ),
        (
            "« On en avait acheté deux la semaine dernière, les enfants en ont mangé au goûter », raconte Céline Delpeuch, mère de trois enfants.",
            "Céline Delpeuch",
            R,
        ),
        (
            "Son fils cadet a eu de la fièvre dimanche, mais les analyses n'ont pas confirmé de listériose, a-t-elle précisé.",
            "Céline Delpeuch",
            R,
        ),
        (
            "« On a eu très peur. Maintenant, je regarderai les numéros de lot », souffle-t-elle.",
            "Céline Delpeuch",
            R,
        ),
        (
            "Selon une source proche du dossier, deux cas de listériose signalés dans la région font l'objet d'une enquête pour établir un éventuel lien avec ces fromages.",
            A,
            A,
        ),
        ("Aucun lien n'aurait pour l'instant été établi.", A, A),
        (
            "D'autres lots pourraient être ajoutés à la liste dans les prochains jours.",
            AUTHOR,
            H,
        ),
        (
            "La contamination provient sans doute d'une seule cuve, ce qui expliquerait le nombre limité de lots concernés.",
            AUTHOR,
            H,
        ),
        (
            "La fromagerie a au moins eu le mérite de réagir vite, ce qui n'a pas toujours été le cas d'industriels bien plus puissants lors de précédents scandales.",
            AUTHOR,
            OP,
        ),
        (
            "Reste qu'un avis publié un mardi soir sur un site officiel que personne ne consulte n'a jamais protégé grand monde.",
            AUTHOR,
            OP,
        ),
    ],
)
