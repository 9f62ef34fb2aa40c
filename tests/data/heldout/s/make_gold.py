"""Builds the *.gold.json files beside it from the annotated sentences below, computing
the character offsets of each claim (the sentence found by its full text).
Held-out set S: five French news articles written and annotated blind to the analyzer
(its code, lexicons and output unread) before any analyzer saw them: a cycling stage
report, a heatwave in care homes, an unsigned editorial on a maternity closure, a court
report on a football club's treasury, a housing plan and its neighbourhood meeting.
Run: python3 tests/data/heldout/s/make_gold.py"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/data: the shared builder
from gold_builder import AUTHOR, OP, A, F, H, R, builder

build = builder(__file__)

build(
    "cyclisme-val-lisere-croix-madiere",
    [
        (
            "Loïc Fenestrier",
            "PER",
            [
                "Loïc Fenestrier",
                "Fenestrier",
                "grimpeur d'Arvoria-Cycles",
                "coureur d'Arvoria-Cycles",
                "vainqueur",
            ],
        ),
        ("Tomás Echeverri", "PER", ["Tomás Echeverri", "Echeverri", "Colombien"]),
        ("Benoît Lasvergnas", "PER", ["Benoît Lasvergnas", "Lasvergnas"]),
        ("Mathis Coudray", "PER", ["Mathis Coudray", "équipier de Fenestrier"]),
        ("Gérard Paulhac", "PER", ["Gérard Paulhac", "directeur sportif"]),
        ("Sylvie Mandrou", "PER", ["Sylvie Mandrou", "directrice de l'épreuve"]),
        ("Rochebrune-Énergies", "ORG", ["Rochebrune-Énergies", "équipe du leader"]),
        ("Météo-France", "ORG", ["Météo-France"]),
        ("organisateurs", "GROUP", ["organisateurs"]),
    ],
    [
        (
            "Loïc Fenestrier a remporté mardi la quatrième étape du Tour du Val de Lisère, 168 kilomètres entre Lanteuil-sur-Brêve et Sainte-Orlande, avec 38 secondes d'avance sur le Colombien Tomás Echeverri.",
            AUTHOR,
            F,
        ),
        (
            "Une victoire magnifique, arrachée avec un culot qui a fait bondir la foule.",
            AUTHOR,
            OP,
        ),
        (
            "Au départ de Lanteuil, le thermomètre affichait déjà 34 degrés à l'ombre.",
            AUTHOR,
            F,
        ),
        (
            "Ses coureurs ont mené le peloton tout l'après-midi avec la sérénité de fonctionnaires un jour de pont.",
            AUTHOR,
            OP,
        ),
        (
            "Météo-France avait placé le département en vigilance orange aux orages à partir de 14 heures.",
            AUTHOR,
            F,
        ),
        (
            "Plusieurs coureurs sont tombés dans la descente vers la vallée de la Brêve, sans gravité selon les organisateurs.",
            "organisateurs",
            R,
        ),
        (
            "« On ne voyait plus la roue de devant », a raconté Mathis Coudray, équipier de Fenestrier, trempé jusqu'aux os à l'arrivée.",
            "Mathis Coudray",
            R,
        ),
        (
            "La décision de ne pas neutraliser la course a été défendue par la directrice de l'épreuve, Sylvie Mandrou, pour qui « les conditions restaient acceptables ».",
            "Sylvie Mandrou",
            R,
        ),
        (
            "Dans le peloton, plusieurs coureurs grognaient pourtant après l'arrivée contre une organisation jugée « sourde » aux alertes.",
            A,
            A,
        ),
        (
            "Un coureur de Rochebrune-Énergies, qui a requis l'anonymat, affirme que les commissaires ont refusé de ralentir la course malgré deux demandes des capitaines.",
            A,
            A,
        ),
        (
            "La question de la neutralisation pourrait revenir avant la fin de la semaine, car de nouveaux orages menacent le massif.",
            AUTHOR,
            H,
        ),
        (
            "C'est là que Fenestrier a placé son attaque, à sept kilomètres du sommet.",
            AUTHOR,
            F,
        ),
        (
            "Quelle faillite pour un homme présenté comme l'épouvantail de la course !",
            AUTHOR,
            OP,
        ),
        (
            "« Je n'avais plus rien dans les jambes, a reconnu Lasvergnas, le visage creusé. J'ai payé la chaleur du matin. »",
            "Benoît Lasvergnas",
            R,
        ),
        (
            "Interrogé à l'arrivée, Tomás Echeverri a jugé la descente « trop dangereuse pour être courue sous la grêle ».",
            "Tomás Echeverri",
            R,
        ),
        (
            "« Je n'avais rien à perdre. Dans l'orage, je me suis senti plus fort que les autres », a expliqué le vainqueur, avant de fondre en larmes dans les bras de sa compagne.",
            "Loïc Fenestrier",
            R,
        ),
        (
            "Son directeur sportif, Gérard Paulhac, assure avoir décidé de l'attaque la veille au soir, « sur la nappe du dîner, avec un bout de crayon ».",
            "Gérard Paulhac",
            R,
        ),
        (
            "Le directeur sportif reconnaît toutefois que son équipe, privée de deux coureurs malades, « n'a pas les jambes pour contrôler la course toute une semaine ».",
            "Gérard Paulhac",
            R,
        ),
        (
            "Fenestrier semble en tout cas avoir trouvé dans cette étape une confiance qui lui manquait.",
            AUTHOR,
            H,
        ),
        (
            "Les organisateurs ont compté près de 15 000 spectateurs sur la montée finale.",
            "organisateurs",
            R,
        ),
        (
            "Un public d'une ferveur rare, que ces routes de châtaigniers n'avaient plus connue depuis longtemps.",
            AUTHOR,
            OP,
        ),
        (
            "Au classement général, Fenestrier devance désormais Echeverri de 12 secondes et Lasvergnas de 1 min 04 s.",
            AUTHOR,
            F,
        ),
        (
            "Une promenade bien méritée, après une journée que personne, sur ces routes, n'est près d'oublier.",
            AUTHOR,
            OP,
        ),
    ],
)

build(
    "canicule-ehpad-vallee-lere",
    [
        ("agence régionale de santé", "ORG", ["agence régionale de santé", "ARS"]),
        (
            "Hélène Vasseur",
            "PER",
            [
                "Hélène Vasseur",
                "directrice de la délégation départementale de l'ARS",
            ],
        ),
        ("Pascale Rieutord", "PER", ["Pascale Rieutord", "directrice"]),
        ("conseil départemental", "ORG", ["conseil départemental"]),
        (
            "Syndicat des médecins coordonnateurs d'Ehpad",
            "ORG",
            ["Syndicat des médecins coordonnateurs d'Ehpad", "SMCE", "syndicat"],
        ),
        ("Alain Brugère", "PER", ["Alain Brugère", "docteur Alain Brugère"]),
        ("Jean-Marc Delpech", "PER", ["Jean-Marc Delpech"]),
    ],
    [
        (
            "Mercredi après-midi, le thermomètre de la salle commune indiquait 29,5 degrés.",
            AUTHOR,
            F,
        ),
        (
            "Depuis le 3 juillet, la température maximale relevée à la station de Mirabel-sur-Lère n'est pas descendue sous 37 degrés.",
            AUTHOR,
            F,
        ),
        (
            "L'agence régionale de santé (ARS) a placé vendredi les 46 Ehpad du département au niveau renforcé de son plan canicule.",
            AUTHOR,
            F,
        ),
        (
            "« Nous n'avons pas constaté à ce stade de surmortalité significative dans les établissements », a indiqué jeudi la directrice de la délégation départementale de l'ARS, Hélène Vasseur.",
            "Hélène Vasseur",
            R,
        ),
        (
            "Selon elle, 11 décès de résidents ont été signalés depuis le début de l'épisode, un chiffre « comparable à celui d'une période ordinaire ».",
            "Hélène Vasseur",
            R,
        ),
        (
            "L'établissement accueille 84 résidents, dont la moyenne d'âge dépasse 88 ans.",
            AUTHOR,
            F,
        ),
        (
            "« On fait tourner les résidents par petits groupes, deux heures chacun, parce que la pièce ne peut pas accueillir tout le monde », explique sa directrice, Pascale Rieutord.",
            "Pascale Rieutord",
            R,
        ),
        (
            "Sollicité, le conseil départemental, qui cofinance les Ehpad, indique que « 22 dossiers de climatisation sont en cours d'instruction ».",
            "conseil départemental",
            R,
        ),
        (
            "Une infirmière de l'établissement, qui a souhaité garder l'anonymat, décrit des nuits plus difficiles que les journées.",
            A,
            A,
        ),
        (
            "« Les chambres ne refroidissent pas. À 3 heures du matin, des résidents réclament encore à boire, et nous sommes deux pour tout l'étage », confie-t-elle.",
            A,
            A,
        ),
        (
            "Elle affirme que deux aides-soignantes ont été arrêtées pour malaise la semaine dernière.",
            A,
            A,
        ),
        (
            "La directrice confirme un arrêt de travail, mais pas le second.",
            "Pascale Rieutord",
            R,
        ),
        (
            "Dans un autre établissement de la vallée, un cadre de santé joint par téléphone évoque des remplaçants « introuvables » en plein été.",
            A,
            A,
        ),
        (
            "Le Syndicat des médecins coordonnateurs d'Ehpad (SMCE) a publié mardi un communiqué réclamant des renforts de personnel de nuit.",
            "Syndicat des médecins coordonnateurs d'Ehpad",
            R,
        ),
        (
            "Pour son président, le docteur Alain Brugère, le plan canicule « repose entièrement sur la bonne volonté des équipes ».",
            "Alain Brugère",
            R,
        ),
        (
            "Le syndicat estime à 30 % la part des Ehpad de la région qui ne disposent d'aucun médecin coordonnateur.",
            "Syndicat des médecins coordonnateurs d'Ehpad",
            R,
        ),
        (
            "Ce chiffre est contesté par l'ARS, qui avance une proportion de 18 %.",
            "agence régionale de santé",
            R,
        ),
        (
            "« Le personnel fait ce qu'il peut. Mais dans sa chambre, on étouffe », dit-il.",
            "Jean-Marc Delpech",
            R,
        ),
        (
            "D'après plusieurs familles rencontrées sur place, les sorties dans le jardin sont suspendues depuis une semaine.",
            A,
            A,
        ),
        (
            "Lors de la canicule de l'été 2019, 27 décès supplémentaires avaient été enregistrés dans les Ehpad du département.",
            AUTHOR,
            F,
        ),
        (
            "Le département compte 4 100 places en Ehpad, pour environ 6 800 habitants de plus de 85 ans.",
            AUTHOR,
            F,
        ),
        (
            "Seuls 9 des 46 établissements disposent d'une climatisation dans toutes les chambres.",
            AUTHOR,
            F,
        ),
        (
            "Les nuits resteront sans doute chaudes plusieurs jours encore dans les bâtiments les plus anciens, qui mettent du temps à rendre la chaleur accumulée.",
            AUTHOR,
            H,
        ),
    ],
)

build(
    "editorial-maternite-varennes",
    [
        (
            "agence régionale de santé",
            "ORG",
            ["agence régionale de santé", "ARS", "agence"],
        ),
        ("Roland Fabrègues", "PER", ["Roland Fabrègues", "maire"]),
        ("Naître en Orlière", "ORG", ["Naître en Orlière"]),
        ("Marc Lenfantin", "PER", ["Marc Lenfantin", "directeur de l'hôpital"]),
    ],
    [
        (
            "Le 30 septembre, la maternité du centre hospitalier de Varennes-sur-Orlière fermera ses portes, sur décision de l'agence régionale de santé.",
            AUTHOR,
            F,
        ),
        (
            "Les femmes du pays d'Orlière accoucheront désormais à Sauvignac, à 58 kilomètres.",
            AUTHOR,
            F,
        ),
        (
            "L'agence parle de « réorganisation » et de « sécurité des parturientes ».",
            "agence régionale de santé",
            R,
        ),
        (
            "Le maire, Roland Fabrègues, a promis de « saisir toutes les juridictions » et annoncé un recours devant le tribunal administratif.",
            "Roland Fabrègues",
            R,
        ),
        (
            "Le collectif Naître en Orlière revendique 9 400 signatures pour sa pétition.",
            "Naître en Orlière",
            R,
        ),
        (
            "Selon l'ARS, la maternité n'a réalisé que 287 accouchements en 2025, sous le seuil de 300 en dessous duquel l'agence juge la sécurité des naissances difficile à garantir.",
            "agence régionale de santé",
            R,
        ),
        ("Le chiffre est exact ; il ne dit pourtant presque rien.", AUTHOR, OP),
        ("Il y a dix ans, le service en comptait 412.", AUTHOR, F),
        (
            "Entre-temps, en 2021, deux des trois gynécologues obstétriciens du service sont partis sans être remplacés.",
            AUTHOR,
            F,
        ),
        (
            "Fermer un service après l'avoir laissé se vider : l'administration appelle cela une décision rationnelle, nous appelons cela une prophétie autoréalisatrice.",
            AUTHOR,
            OP,
        ),
        (
            "Prenez une carte, posez le doigt sur le hameau des Issarts, et suivez la route jusqu'à Sauvignac : vous comprendrez ce que signifie « rationaliser l'offre de soins ».",
            AUTHOR,
            OP,
        ),
        (
            "Depuis les Issarts, il faut 1 h 10 de route par beau temps pour rejoindre la salle de naissance la plus proche.",
            AUTHOR,
            F,
        ),
        (
            "Sur ce trajet, le col de la Baraque a été fermé quatorze jours l'hiver dernier.",
            AUTHOR,
            F,
        ),
        (
            "Qui, à l'agence, a déjà fait cette route un soir de février, derrière un chasse-neige ?",
            AUTHOR,
            OP,
        ),
        (
            "Voilà donc à quoi ressemble la France des territoires qu'on nous promettait de reconquérir !",
            AUTHOR,
            OP,
        ),
        (
            "Le directeur de l'hôpital, Marc Lenfantin, assure que les urgences de Varennes resteront ouvertes et qu'une équipe de sages-femmes continuera d'assurer le suivi des grossesses.",
            "Marc Lenfantin",
            R,
        ),
        (
            "Au sein même de l'établissement, pourtant, des soignants racontent que le service de chirurgie serait le prochain sur la liste.",
            A,
            A,
        ),
        (
            "Certains évoquent même la fermeture des urgences la nuit d'ici deux ans.",
            A,
            A,
        ),
        ("Ces craintes sont peut-être exagérées.", AUTHOR, H),
        (
            "Mais la logique qui a condamné la maternité pourrait bien, demain, s'appliquer au bloc opératoire.",
            AUTHOR,
            H,
        ),
        (
            "Il est probable que les futures mères les plus isolées passeront les derniers jours de leur grossesse à l'hôtel, près de Sauvignac, à leurs frais.",
            AUTHOR,
            H,
        ),
        (
            "La santé publique n'est pas une affaire de tableur, et une maternité n'est pas une ligne budgétaire qu'on raye d'un trait de crayon.",
            AUTHOR,
            OP,
        ),
        (
            "Alors, la prochaine fois qu'on vous parlera d'égalité des territoires, demandez combien de kilomètres séparent votre maison de la salle de naissance la plus proche.",
            AUTHOR,
            OP,
        ),
    ],
)

build(
    "proces-tresorier-us-chassenay",
    [
        (
            "Didier Maltaverne",
            "PER",
            ["Didier Maltaverne", "ancien trésorier", "prévenu"],
        ),
        ("parquet", "ORG", ["parquet", "accusation"]),
        (
            "Anne-Laure Besnard",
            "PER",
            ["Anne-Laure Besnard", "présidente du tribunal"],
        ),
        (
            "Sandrine Vidalenc",
            "PER",
            ["Sandrine Vidalenc", "expert-comptable du club"],
        ),
        (
            "Jacques Poujol",
            "PER",
            ["Jacques Poujol", "président actuel du club"],
        ),
        (
            "Union sportive de Chassenay",
            "ORG",
            ["Union sportive de Chassenay", "US Chassenay", "club"],
        ),
        ("Olivier Tessandier", "PER", ["Olivier Tessandier", "procureur"]),
        (
            "Caroline Ferrat",
            "PER",
            ["Caroline Ferrat", "Me Caroline Ferrat", "avocate du prévenu"],
        ),
        (
            "Tribunal correctionnel de Vaulmoreau",
            "ORG",
            ["Tribunal correctionnel de Vaulmoreau", "tribunal"],
        ),
        ("dirigeants", "GROUP", ["dirigeants"]),
    ],
    [
        (
            "L'ancien trésorier, âgé de 61 ans, comparaissait pour abus de confiance, un délit puni de cinq ans d'emprisonnement et de 375 000 euros d'amende.",
            AUTHOR,
            F,
        ),
        (
            "Selon le parquet, il aurait détourné 184 000 euros entre 2019 et 2024.",
            "parquet",
            R,
        ),
        (
            "Il aurait d'abord encaissé sur son compte personnel des chèques de licences, puis fait payer par le club de fausses factures d'équipement émises au nom d'une société fictive.",
            "parquet",
            R,
        ),
        (
            "Les sommes auraient servi à rembourser des crédits à la consommation.",
            "parquet",
            R,
        ),
        (
            "Les faits ont été découverts en février 2024 par l'expert-comptable du club, Sandrine Vidalenc, lors de la clôture des comptes.",
            AUTHOR,
            F,
        ),
        (
            "« Vous signiez vous-même les chèques, vous les encaissiez vous-même, et personne au bureau ne vérifiait rien ? » s'est-elle étonnée.",
            "Anne-Laure Besnard",
            R,
        ),
        (
            "« Je comptais tout rembourser. J'ai été pris dans un engrenage », a-t-il répondu d'une voix à peine audible.",
            "Didier Maltaverne",
            R,
        ),
        (
            "Il reconnaît une partie des faits, mais conteste le montant retenu par l'accusation, qu'il évalue à « une soixantaine de milliers d'euros tout au plus ».",
            "Didier Maltaverne",
            R,
        ),
        (
            "Citée par la partie civile, Sandrine Vidalenc a expliqué avoir relevé « des écarts impossibles à justifier » dès le premier examen des comptes.",
            "Sandrine Vidalenc",
            R,
        ),
        (
            "Le président actuel du club, Jacques Poujol, a décrit un trésorier « dévoué, présent à chaque match, le premier à laver les maillots ».",
            "Jacques Poujol",
            R,
        ),
        (
            "Dans un communiqué diffusé la veille de l'audience, l'US Chassenay indiquait s'être constituée partie civile et réclamer le remboursement intégral des sommes.",
            "Union sportive de Chassenay",
            R,
        ),
        (
            "L'US Chassenay, fondée en 1946, évolue en Régional 2.",
            AUTHOR,
            F,
        ),
        (
            "Un ancien joueur de l'équipe première, qui n'a pas souhaité être nommé, affirme que les difficultés financières du trésorier étaient « un secret de vestiaire ».",
            A,
            A,
        ),
        ("Plusieurs dirigeants auraient été prévenus dès 2021.", A, A),
        (
            "Ils n'auraient rien fait, par amitié ou par crainte de perdre le seul bénévole capable de tenir les comptes.",
            A,
            A,
        ),
        (
            "Jacques Poujol assure pour sa part n'avoir « jamais rien su ».",
            "Jacques Poujol",
            R,
        ),
        (
            "Selon une source proche de l'enquête, les gendarmes n'ont pas retrouvé la trace d'une partie des espèces retirées.",
            A,
            A,
        ),
        (
            "Le procureur, Olivier Tessandier, a requis deux ans d'emprisonnement avec sursis et une interdiction définitive d'exercer une fonction de trésorier dans une association.",
            "Olivier Tessandier",
            R,
        ),
        (
            "L'avocate du prévenu, Me Caroline Ferrat, a plaidé la relaxe partielle, estimant que l'enquête avait « mélangé des dépenses légitimes et des dépenses douteuses ».",
            "Caroline Ferrat",
            R,
        ),
        (
            "Triste fin de parcours pour un homme qui a tracé les lignes du terrain chaque dimanche matin pendant des années.",
            AUTHOR,
            OP,
        ),
        (
            "Le club, lui, sort de l'audience avec une image bien abîmée : celle d'une maison où personne ne vérifiait rien.",
            AUTHOR,
            OP,
        ),
        (
            "Le tribunal pourrait suivre les réquisitions sur la peine, mais le montant du préjudice semble plus fragile.",
            AUTHOR,
            H,
        ),
        (
            "La question d'une éventuelle responsabilité des autres membres du bureau restera sans doute ouverte.",
            AUTHOR,
            H,
        ),
        ("Le jugement a été mis en délibéré au 14 novembre.", AUTHOR, F),
    ],
)

build(
    "logements-sociaux-montalzac-tanneries",
    [
        ("mairie", "ORG", ["mairie", "municipalité"]),
        (
            "Nadia Ferhat-Louvel",
            "PER",
            [
                "Nadia Ferhat-Louvel",
                "adjointe au maire chargée du logement",
                "adjointe",
            ],
        ),
        ("Ardence Conseil", "ORG", ["Ardence Conseil", "cabinet Ardence Conseil"]),
        ("Étienne Garrigou", "PER", ["Étienne Garrigou"]),
        ("Montalzac Demain", "ORG", ["Montalzac Demain"]),
        (
            "Union des propriétaires bailleurs du Montalzacois",
            "ORG",
            ["Union des propriétaires bailleurs du Montalzacois", "UPBM"],
        ),
        ("Henri Castagnède", "PER", ["Henri Castagnède"]),
        (
            "Josette Ribeyre",
            "PER",
            ["Josette Ribeyre", "retraitée de la rue des Mégissiers"],
        ),
        ("établissement public foncier", "ORG", ["établissement public foncier"]),
        ("conseil municipal", "ORG", ["conseil municipal"]),
    ],
    [
        (
            "Plus de 200 habitants s'y sont pressés mardi soir pour la première réunion publique consacrée au plan logement de la municipalité.",
            AUTHOR,
            F,
        ),
        (
            "Le projet prévoit la construction de 600 logements sociaux d'ici 2032, dont 240 sur la friche de l'ancienne tannerie Castaing.",
            AUTHOR,
            F,
        ),
        (
            "Cette friche de 4,7 hectares est à l'abandon depuis la fermeture de l'usine en 1998.",
            AUTHOR,
            F,
        ),
        (
            "Montalzac compte aujourd'hui 14,2 % de logements sociaux, loin des 25 % exigés par la loi SRU.",
            AUTHOR,
            F,
        ),
        (
            "« Nous ne construisons pas des barres, nous construisons des immeubles de trois étages avec des jardins », a-t-elle martelé.",
            "Nadia Ferhat-Louvel",
            R,
        ),
        (
            "Elle a promis que les premiers chantiers démarreraient « au printemps 2027 » et que la moitié des logements seraient réservés à des ménages déjà installés dans la commune.",
            "Nadia Ferhat-Louvel",
            R,
        ),
        (
            "Le document estime que 38 % des ménages de Montalzac sont éligibles à un logement social, mais qu'un sur six seulement y a accès, et relève que le quartier des Tanneries accueille déjà 41 % du parc social de la ville.",
            "Ardence Conseil",
            R,
        ),
        (
            "Pour Étienne Garrigou, qui préside le groupe Montalzac Demain, la mairie « concentre la pauvreté là où elle est déjà ».",
            "Étienne Garrigou",
            R,
        ),
        (
            "L'Union des propriétaires bailleurs du Montalzacois (UPBM) s'inquiète, elle, d'une concurrence « déloyale » pour le parc privé ancien.",
            "Union des propriétaires bailleurs du Montalzacois",
            R,
        ),
        (
            "Son président, Henri Castagnède, affirme que 300 logements privés sont vacants dans le centre-ville et qu'il suffirait de « les rénover plutôt que de bétonner ».",
            "Henri Castagnède",
            R,
        ),
        (
            "« J'habite ici depuis quarante ans. On nous promet des jardins, moi je vois surtout des grues », a lancé Josette Ribeyre, retraitée de la rue des Mégissiers, sous les applaudissements.",
            "Josette Ribeyre",
            R,
        ),
        (
            "Un jeune père de famille, qui n'a pas donné son nom, a au contraire défendu le projet : « Ma femme et moi, on attend un T3 depuis quatre ans. »",
            A,
            A,
        ),
        (
            "L'adjointe a répondu que la dépollution, estimée à 3,4 millions d'euros, serait « intégralement prise en charge » par l'établissement public foncier.",
            "Nadia Ferhat-Louvel",
            R,
        ),
        (
            "Dans le quartier, des rumeurs circulent depuis plusieurs semaines : la mairie aurait déjà promis les futurs logements à des familles venues d'autres villes.",
            A,
            A,
        ),
        (
            "Certains commerçants de l'avenue des Tanneries assurent que le supermarché du quartier fermera pour laisser place à un immeuble.",
            A,
            A,
        ),
        (
            "On raconte aussi, au café du Marché, que le promoteur retenu serait un proche du maire.",
            A,
            A,
        ),
        (
            "Interrogée, la mairie dément « formellement » et rappelle que les attributions relèvent d'une commission indépendante.",
            "mairie",
            R,
        ),
        (
            "Le calendrier pourrait toutefois glisser : les recours contre les plans locaux d'urbanisme sont fréquents et retardent souvent les chantiers de plusieurs mois.",
            AUTHOR,
            H,
        ),
        (
            "Il n'est pas certain non plus que l'établissement public foncier dispose des fonds annoncés.",
            AUTHOR,
            H,
        ),
        (
            "Reste une évidence, que la soirée a rendue criante : aux Tanneries, personne ne conteste le besoin, tout le monde conteste l'adresse.",
            AUTHOR,
            OP,
        ),
        (
            "Le conseil municipal se prononcera sur le plan le 18 décembre.",
            AUTHOR,
            F,
        ),
        (
            "D'ici là, la mairie devra offrir mieux que des maquettes et des promesses de jardins.",
            AUTHOR,
            OP,
        ),
    ],
)
