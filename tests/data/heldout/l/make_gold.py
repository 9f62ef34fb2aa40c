"""Builds the *.gold.json files beside it from the annotated sentences below, computing
the character offsets of each claim (the sentence found by its full text).
Held-out set L: written blind to the analyzer (its code, lexicons and output unread,
the analyzer never run on these texts), as ordinary French daily news in five forms
the earlier sets lack: a correspondent's dispatch on a contested election abroad, an
unsigned editorial on the school calendar, a study on choir singing and memory with
its critics, a drought and a ruined sunflower harvest, a handball match report.
Run: python3 tests/data/heldout/l/make_gold.py"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/data: the shared builder
from gold_builder import AUTHOR, OP, A, F, H, R, builder

build = builder(__file__)

build(
    "presidentielle-sarvanie-contestation",
    [
        (
            "commission électorale centrale",
            "ORG",
            ["commission électorale centrale", "commission"],
        ),
        (
            "Teodor Malesh",
            "PER",
            ["Teodor Malesh", "président sortant", "président Malesh", "chef de l'État"],
        ),
        (
            "Ilina Dragomir",
            "PER",
            ["Ilina Dragomir", "Mme Dragomir", "rivale", "ancienne maire de la capitale"],
        ),
        ("Milan Oresh", "PER", ["Milan Oresh", "directeur de campagne"]),
        ("Cour constitutionnelle", "ORG", ["Cour constitutionnelle", "juridiction"]),
        ("Andrei Palin", "PER", ["Andrei Palin", "porte-parole du gouvernement"]),
        (
            "ministère des affaires étrangères",
            "ORG",
            ["ministère des affaires étrangères"],
        ),
        ("Sarpress", "ORG", ["Sarpress", "agence officielle Sarpress"]),
        ("Quai d'Orsay", "ORG", ["Quai d'Orsay"]),
        ("Vote Libre", "ORG", ["Vote Libre", "association sarvane Vote Libre"]),
        ("opposition", "GROUP", ["opposition"]),
        ("chancelleries occidentales", "GROUP", ["chancelleries occidentales"]),
        ("police", "ORG", ["police"]),
    ],
    [
        (
            "Selon les résultats définitifs publiés lundi soir par la commission électorale centrale, le président sortant, Teodor Malesh, a été réélu au second tour avec 52,4 % des voix.",
            "commission électorale centrale",
            R,
        ),
        (
            "La participation, de 61 %, est la plus forte enregistrée depuis l'indépendance du pays, en 1991.",
            AUTHOR,
            F,
        ),
        (
            "« Nous ne reconnaîtrons pas ce résultat », a lancé l'ancienne maire de la capitale, juchée sur le toit d'une camionnette.",
            "Ilina Dragomir",
            R,
        ),
        (
            "Elle affirme que son équipe a relevé des irrégularités dans plus de 300 bureaux de vote, pour la plupart dans les régions du Nord.",
            "Ilina Dragomir",
            R,
        ),
        (
            "Des urnes auraient été acheminées vers des bureaux déjà fermés, et des électeurs auraient voté plusieurs fois dans la ville de Korvitsa.",
            "Ilina Dragomir",
            R,
        ),
        (
            "Son directeur de campagne, Milan Oresh, a annoncé le dépôt d'un recours devant la Cour constitutionnelle d'ici jeudi.",
            "Milan Oresh",
            R,
        ),
        ("La juridiction disposera ensuite de dix jours pour statuer.", AUTHOR, F),
        (
            "Dans l'entourage de Mme Dragomir, on admet toutefois que ce recours a peu de chances d'aboutir.",
            A,
            A,
        ),
        (
            "Le porte-parole du gouvernement, Andrei Palin, a dénoncé mardi matin « une tentative de semer le désordre », assurant que le scrutin s'était déroulé « dans le calme et la transparence ».",
            "Andrei Palin",
            R,
        ),
        (
            "Le ministère des affaires étrangères est allé plus loin, accusant dans un communiqué « des puissances étrangères » de financer la contestation.",
            "ministère des affaires étrangères",
            R,
        ),
        (
            "Selon l'agence officielle Sarpress, le président Malesh devrait prêter serment le 2 juin.",
            "Sarpress",
            R,
        ),
        (
            "Un diplomate européen en poste à Drevnik, qui s'exprimait sous couvert d'anonymat, juge « difficile de croire » que les fraudes aient pu changer l'issue du vote.",
            A,
            A,
        ),
        (
            "L'écart serait trop important, et l'opposition aurait surtout payé ses divisions du premier tour.",
            A,
            A,
        ),
        (
            "« Nous avons vu des choses qui ne trompent pas, notamment dans le Nord », confie-t-il, sans vouloir en dire davantage.",
            A,
            A,
        ),
        (
            "À Paris, le Quai d'Orsay a appelé « toutes les parties à la retenue » et dit attendre les conclusions des observateurs.",
            "Quai d'Orsay",
            R,
        ),
        (
            "L'association sarvane Vote Libre, qui avait déployé 1 200 observateurs dans le pays, doit publier son rapport mercredi.",
            AUTHOR,
            F,
        ),
        (
            "Dans un premier bilan, elle fait état de « pressions sur les électeurs » dans une quarantaine de localités, sans se prononcer sur l'ampleur de la fraude.",
            "Vote Libre",
            R,
        ),
        (
            "Des observateurs étrangers rencontrés à Korvitsa décrivent, eux, un scrutin « globalement ordonné », marqué surtout par des files d'attente de plusieurs heures.",
            A,
            A,
        ),
        (
            "Ce pays de 4,8 millions d'habitants est dirigé par Teodor Malesh depuis 2014.",
            AUTHOR,
            F,
        ),
        (
            "Sa réélection pourrait compliquer les négociations d'adhésion ouvertes avec l'Union européenne en 2022.",
            AUTHOR,
            H,
        ),
        (
            "Selon des sources proches de la présidence, le chef de l'État envisagerait un remaniement dès la semaine prochaine, afin de « tourner la page » de la campagne.",
            A,
            A,
        ),
    ],
)

build(
    "editorial-calendrier-scolaire",
    [
        ("gouvernement", "ORG", ["gouvernement"]),
        (
            "Claire Bessonnat",
            "PER",
            ["Claire Bessonnat", "ministre de l'éducation nationale"],
        ),
        ("Académie de médecine", "ORG", ["Académie de médecine"]),
        ("syndicats d'enseignants", "GROUP", ["syndicats d'enseignants", "syndicats"]),
        ("Matignon", "ORG", ["Matignon"]),
        (
            "Union des enseignants du premier degré",
            "ORG",
            [
                "Union des enseignants du premier degré",
                "principale organisation du primaire",
            ],
        ),
        (
            "Parents d'aujourd'hui",
            "ORG",
            ["Parents d'aujourd'hui", "association Parents d'aujourd'hui"],
        ),
        ("ministère de l'éducation nationale", "ORG", ["ministère"]),
        ("Parlement", "ORG", ["Parlement"]),
    ],
    [
        (
            "Le gouvernement a présenté mercredi en conseil des ministres son projet de réforme du calendrier scolaire, qui prévoit de raccourcir de deux semaines les vacances d'été à partir de la rentrée 2027.",
            AUTHOR,
            F,
        ),
        (
            "En contrepartie, la journée de classe des écoliers sera allégée d'une demi-heure et les vacances de la Toussaint passeront à trois semaines.",
            AUTHOR,
            F,
        ),
        (
            "« Nos enfants ont les journées les plus longues et les années les plus courtes d'Europe », a résumé la ministre de l'éducation nationale, Claire Bessonnat.",
            "Claire Bessonnat",
            R,
        ),
        ("Sur le fond, il est difficile de lui donner tort.", AUTHOR, OP),
        (
            "Avec 162 jours de classe par an, l'école primaire française a l'une des années les plus courtes de l'Union européenne, pour un nombre d'heures d'enseignement parmi les plus élevés.",
            AUTHOR,
            F,
        ),
        (
            "Le constat n'est pas nouveau : il figurait déjà, presque mot pour mot, dans un rapport de l'Académie de médecine publié en 2010.",
            AUTHOR,
            F,
        ),
        (
            "Que des ministres successifs aient préféré l'oublier en dit long sur le courage qu'exige ce sujet.",
            AUTHOR,
            OP,
        ),
        ("Le diagnostic est juste ; la méthode l'est beaucoup moins.", AUTHOR, OP),
        (
            "Les syndicats d'enseignants ont découvert le texte quarante-huit heures avant sa présentation, et ni les régions, qui organisent les transports scolaires, ni les professionnels du tourisme n'ont été consultés.",
            AUTHOR,
            F,
        ),
        (
            "Pour ces derniers, les deux dernières semaines d'août représentent près d'un cinquième du chiffre d'affaires de l'été.",
            AUTHOR,
            F,
        ),
        (
            "Selon nos informations, Matignon aurait d'ailleurs hésité jusqu'au dernier moment à inscrire le texte à l'ordre du jour.",
            A,
            A,
        ),
        (
            "On ne peut que regretter cette précipitation, qui risque de transformer une idée raisonnable en champ de bataille.",
            AUTHOR,
            OP,
        ),
        (
            "La principale organisation du primaire, l'Union des enseignants du premier degré, dénonce déjà « une réforme écrite pour les tableurs, pas pour les classes ».",
            "Union des enseignants du premier degré",
            R,
        ),
        (
            "L'association Parents d'aujourd'hui se dit favorable au principe, à condition que l'État finance les activités qui occuperont la demi-heure libérée.",
            "Parents d'aujourd'hui",
            R,
        ),
        ("Qui paiera, justement ?", AUTHOR, OP),
        (
            "Le ministère évoque seulement « un accompagnement des communes », dont le montant reste à fixer.",
            "ministère de l'éducation nationale",
            R,
        ),
        (
            "Lors de la précédente réforme des rythmes, en 2013, le fonds d'aide aux communes avait coûté près de 400 millions d'euros par an avant d'être supprimé.",
            AUTHOR,
            F,
        ),
        (
            "Ce calendrier semble d'ailleurs avoir été pensé pour les écoles bien plus que pour les collèges et les lycées, où le brevet et le baccalauréat occupent déjà tout le mois de juin.",
            AUTHOR,
            H,
        ),
        (
            "Les familles modestes, qui partent peu en vacances, pourraient pourtant être les premières à profiter d'une année mieux répartie.",
            AUTHOR,
            H,
        ),
        (
            "Encore faut-il que les centres de loisirs suivent, et rien ne garantit qu'ils en auront les moyens.",
            AUTHOR,
            OP,
        ),
        (
            "Le texte sera sans doute amendé au Parlement, où le gouvernement ne dispose que d'une majorité relative.",
            AUTHOR,
            H,
        ),
        (
            "Il est temps de rouvrir la concertation, avant l'examen du texte prévu à l'automne.",
            AUTHOR,
            OP,
        ),
        (
            "Une réforme du temps de l'enfant ne se décrète pas contre ceux qui le font vivre chaque jour.",
            AUTHOR,
            OP,
        ),
        (
            "Faut-il rappeler que celle de 2013 avait fini par être détricotée, commune après commune ?",
            AUTHOR,
            OP,
        ),
    ],
)

TEAM = "équipe de l'Institut Bérénice de neurosciences"

build(
    "chorale-memoire-etude",
    [
        (TEAM, "GROUP", [TEAM, "chercheurs", "auteurs"]),
        (
            "Hélène Marchetti",
            "PER",
            ["Hélène Marchetti", "neurologue", "première signataire de l'article"],
        ),
        ("Bruno Lecanu", "PER", ["Bruno Lecanu", "épidémiologiste"]),
        ("Horizon Santé", "ORG", ["Horizon Santé", "mutuelle Horizon Santé"]),
        (
            "Odile Ferrand",
            "PER",
            ["Odile Ferrand", "présidente de la Fédération des chorales du Rhône"],
        ),
        ("Fédération des chorales du Rhône", "ORG", ["Fédération des chorales du Rhône"]),
    ],
    [
        (
            # the lead in the conditional, attributed by the next sentence: one claim
            "Chanter dans une chorale une fois par semaine aiderait à préserver la mémoire après 65 ans. C'est ce qu'avance une étude publiée mardi dans la revue Aging & Mind par une équipe de l'Institut Bérénice de neurosciences, à Lyon.",
            TEAM,
            R,
        ),
        (
            "Les chercheurs ont suivi pendant trois ans 1 412 personnes âgées de 65 à 80 ans, dont 388 pratiquaient le chant choral en amateur.",
            AUTHOR,
            F,
        ),
        (
            "Au bout de ces trois ans, les résultats des choristes à un test de mémoire verbale avaient baissé presque deux fois moins que ceux des autres participants, selon les auteurs.",
            TEAM,
            R,
        ),
        (
            "« L'effet est du même ordre que celui que l'on observe chez les personnes qui pratiquent une activité physique régulière », explique la neurologue Hélène Marchetti, première signataire de l'article.",
            "Hélène Marchetti",
            R,
        ),
        (
            "Selon elle, le chant sollicite à la fois la mémoire des paroles, l'attention portée au chef et l'écoute des autres pupitres, ce qui en ferait « un entraînement complet pour le cerveau ».",
            "Hélène Marchetti",
            R,
        ),
        (
            "Le lien social jouerait aussi son rôle : les choristes déclaraient deux fois moins souvent que les autres se sentir seuls.",
            "Hélène Marchetti",
            R,
        ),
        (
            "Il est possible, toutefois, que les personnes qui rejoignent une chorale soient d'emblée en meilleure santé que les autres.",
            AUTHOR,
            H,
        ),
        (
            "« On compare des gens qui ont choisi de chanter à des gens qui ne l'ont pas choisi. Tant qu'il n'y aura pas d'essai randomisé, on ne pourra pas parler d'effet protecteur », tranche Bruno Lecanu, épidémiologiste, qui n'a pas participé à ces travaux.",
            "Bruno Lecanu",
            R,
        ),
        (
            "Il relève aussi que près de la moitié des participants ont quitté l'étude avant son terme.",
            "Bruno Lecanu",
            R,
        ),
        (
            "Un spécialiste du vieillissement cérébral, qui a relu l'article pour la revue et souhaite rester anonyme, juge les résultats « intéressants mais fragiles ».",
            A,
            A,
        ),
        (
            "D'après lui, le test utilisé serait trop sensible à la fatigue du jour pour mesurer des écarts aussi fins.",
            A,
            A,
        ),
        (
            "Les auteurs reconnaissent eux-mêmes, dans l'article, que leur travail « ne permet pas d'établir un lien de cause à effet ».",
            TEAM,
            R,
        ),
        (
            "On aimerait que toutes les études de ce genre soient aussi franches sur leurs faiblesses.",
            AUTHOR,
            OP,
        ),
        (
            "Un essai auprès de 600 volontaires tirés au sort, financé par la mutuelle Horizon Santé, doit démarrer en janvier dans trois villes.",
            AUTHOR,
            F,
        ),
        ("Ses premiers résultats sont attendus en 2030.", AUTHOR, F),
        (
            "Dans le monde des chorales, on n'a pas attendu la publication pour se réjouir : plusieurs chefs de chœur disent avoir reçu depuis mardi des appels de retraités curieux.",
            A,
            A,
        ),
        (
            "« Nous n'avons pas eu besoin de la science pour savoir que chanter fait du bien », sourit Odile Ferrand, présidente de la Fédération des chorales du Rhône, qui revendique 4 000 membres.",
            "Odile Ferrand",
            R,
        ),
        (
            "Le bénéfice, s'il existe, est sans doute modeste à l'échelle d'une personne.",
            AUTHOR,
            H,
        ),
        (
            "Mais en France, environ 1,2 million de personnes vivent avec la maladie d'Alzheimer ou une maladie apparentée.",
            AUTHOR,
            F,
        ),
        (
            "En attendant l'essai, les retraités tentés par l'expérience auraient tort de s'en priver : une chorale coûte rarement cher, et à défaut de protéger la mémoire, elle ne fera de mal à personne.",
            AUTHOR,
            OP,
        ),
    ],
)

build(
    "secheresse-lauragais-tournesol",
    [
        ("chambre d'agriculture de l'Aude", "ORG", ["chambre d'agriculture de l'Aude"]),
        ("Jérôme Sabatier", "PER", ["Jérôme Sabatier"]),
        ("Union paysanne du Lauragais", "ORG", ["Union paysanne du Lauragais"]),
        ("Bernard Cazals", "PER", ["Bernard Cazals", "président"]),
        ("Terres du Fresquel", "ORG", ["Terres du Fresquel", "coopérative"]),
        ("Sophie Barrau", "PER", ["Sophie Barrau", "directrice"]),
        ("préfecture de l'Aude", "ORG", ["préfecture de l'Aude"]),
        ("Météo-France", "ORG", ["Météo-France"]),
    ],
    [
        (
            "Il n'est pas tombé une goutte de pluie à la station de Castelnaudary depuis le 14 juin, une série sans équivalent depuis le début des relevés, en 1947.",
            AUTHOR,
            F,
        ),
        (
            "Dans l'Aude, le tournesol couvre près de 38 000 hectares, ce qui en fait la première culture d'été du département.",
            AUTHOR,
            F,
        ),
        (
            "La chambre d'agriculture de l'Aude estime les pertes de rendement à 40 % en moyenne cette année, et à 25 % sur le blé dur, moissonné début juillet.",
            "chambre d'agriculture de l'Aude",
            R,
        ),
        (
            "« On a semé en avril, on a traité, on a tout fait comme il faut, et je vais récolter 9 quintaux à l'hectare, contre 25 une année normale », résume Jérôme Sabatier, qui cultive 180 hectares à Montmaur.",
            "Jérôme Sabatier",
            R,
        ),
        (
            "Il dit avoir perdu près de 45 000 euros sur la campagne.",
            "Jérôme Sabatier",
            R,
        ),
        (
            "L'Union paysanne du Lauragais réclame la reconnaissance de l'état de calamité agricole pour l'ensemble des communes du secteur.",
            "Union paysanne du Lauragais",
            R,
        ),
        (
            "« Les aides arrivent toujours dix-huit mois après, quand ceux qui en avaient besoin ont déjà mis la clé sous la porte », dénonce son président, Bernard Cazals.",
            "Bernard Cazals",
            R,
        ),
        (
            "Selon lui, une dizaine d'exploitants de la vallée auraient déjà pris rendez-vous avec un conseiller pour envisager une cessation d'activité.",
            "Bernard Cazals",
            R,
        ),
        (
            "Dans les fermes, on murmure que certains ne sèmeront pas de blé cet automne, faute de trésorerie pour acheter les semences.",
            A,
            A,
        ),
        (
            "La coopérative Terres du Fresquel, qui collecte le grain de 640 adhérents, a reçu 11 000 tonnes de tournesol cette année, moins de la moitié d'une récolte ordinaire.",
            AUTHOR,
            F,
        ),
        (
            "Sa directrice, Sophie Barrau, craint des difficultés de trésorerie chez une partie des adhérents dès l'hiver.",
            "Sophie Barrau",
            R,
        ),
        (
            "« Nous allons proposer des avances à taux zéro, mais nous ne pourrons pas porter tout le monde », prévient-elle.",
            "Sophie Barrau",
            R,
        ),
        (
            "Une source au sein de la coopérative évoque la fermeture possible de l'un de ses quatre silos, celui de Villasavary, dès l'an prochain.",
            A,
            A,
        ),
        (
            "La préfecture de l'Aude a interdit tout prélèvement agricole dans le Fresquel et ses affluents depuis le 28 juillet.",
            AUTHOR,
            F,
        ),
        (
            "Le débit de la rivière est tombé à 120 litres par seconde à Villepinte, soit le dixième de sa moyenne d'août.",
            AUTHOR,
            F,
        ),
        (
            "L'irrigation, que seuls 12 % des exploitants du secteur pratiquent, n'aurait de toute façon pas suffi à sauver le tournesol.",
            AUTHOR,
            H,
        ),
        (
            "Météo-France ne prévoit pas de pluies significatives avant la mi-septembre.",
            "Météo-France",
            R,
        ),
        (
            "Il faudra sans doute plusieurs automnes humides pour que les nappes se reconstituent.",
            AUTHOR,
            H,
        ),
    ],
)

build(
    "handball-valmont-saint-aubry",
    [
        (
            "Entente Valmont Handball",
            "ORG",
            ["Entente Valmont Handball", "Valmont", "Valmontais"],
        ),
        ("Saint-Aubry", "ORG", ["Saint-Aubry"]),
        ("Yanis Koulibali", "PER", ["Yanis Koulibali", "pivot"]),
        ("Kévin Loisel", "PER", ["Kévin Loisel", "capitaine"]),
        ("Théo Marchal", "PER", ["Théo Marchal"]),
        ("Mathis Degrelle", "PER", ["Mathis Degrelle", "gardien", "Mathis"]),
        ("Patrice Dombrier", "PER", ["Patrice Dombrier", "entraîneur valmontais"]),
        ("Stéphane Morvan", "PER", ["Stéphane Morvan", "entraîneur"]),
    ],
    [
        (
            "Il restait onze secondes à jouer quand Yanis Koulibali a pivoté une dernière fois au cœur de la défense de Saint-Aubry.",
            AUTHOR,
            F,
        ),
        (
            "Son tir, à ras du poteau, a offert à l'Entente Valmont Handball une victoire que plus personne n'espérait à la pause, samedi soir, devant les 2 100 spectateurs de la salle Marcel-Hérault.",
            AUTHOR,
            F,
        ),
        (
            "Menés de six buts à la 34e minute (13-19), les Valmontais ont longtemps couru après le score.",
            AUTHOR,
            F,
        ),
        (
            "Pendant une demi-heure, ils ont joué comme une équipe qui doute, enchaînant les attaques placées interminables et les passes à l'aveugle.",
            AUTHOR,
            OP,
        ),
        (
            "Les deux ailiers de Saint-Aubry, Kévin Loisel et Théo Marchal, ont marqué neuf buts à eux deux en première période.",
            AUTHOR,
            F,
        ),
        (
            "Tout a changé avec l'entrée du jeune gardien Mathis Degrelle, à la 38e minute.",
            AUTHOR,
            F,
        ),
        (
            "Il a repoussé onze tirs, dont deux jets de 7 mètres, et relancé à chaque fois son équipe en contre-attaque.",
            AUTHOR,
            F,
        ),
        (
            "Ce fut tout simplement la plus belle prestation de sa jeune carrière.",
            AUTHOR,
            OP,
        ),
        (
            "« Je ne sais pas trop ce qui s'est passé, j'ai juste essayé de rester debout le plus longtemps possible », souriait le gardien de 20 ans après la rencontre.",
            "Mathis Degrelle",
            R,
        ),
        (
            "Le pivot Yanis Koulibali, meilleur marqueur de la soirée avec huit buts, n'a pas voulu tirer la couverture à lui.",
            AUTHOR,
            F,
        ),
        (
            "« Le but, c'est Mathis qui le marque. Sans ses arrêts, on rentre au vestiaire avec dix buts de retard », a-t-il assuré au micro de la radio locale.",
            "Yanis Koulibali",
            R,
        ),
        (
            "« À la mi-temps, je leur ai dit qu'on n'avait plus rien à perdre. Ils m'ont pris au mot », a expliqué l'entraîneur valmontais, Patrice Dombrier.",
            "Patrice Dombrier",
            R,
        ),
        (
            "Il estime que son équipe « a enfin joué avec l'envie qu'on lui réclame depuis septembre ».",
            "Patrice Dombrier",
            R,
        ),
        (
            "Avec ce succès, Valmont remonte à la 5e place du championnat, à deux points de la zone qualificative pour les play-offs.",
            AUTHOR,
            F,
        ),
        (
            "« On a pris le match à la légère après la pause, et c'est impardonnable à ce niveau », a regretté le capitaine, Kévin Loisel.",
            "Kévin Loisel",
            R,
        ),
        (
            "Son entraîneur, Stéphane Morvan, a préféré mettre en cause l'arbitrage, jugeant « très sévères » les deux exclusions temporaires infligées à ses arrières dans les dix dernières minutes.",
            "Stéphane Morvan",
            R,
        ),
        (
            "Le ralenti diffusé sur l'écran géant ne plaidait pas franchement en sa faveur.",
            AUTHOR,
            OP,
        ),
        (
            "Dans les couloirs, un dirigeant du club confiait que Saint-Aubry pourrait adresser une réclamation à la fédération.",
            A,
            A,
        ),
        (
            "Saint-Aubry, qui restait sur sept victoires consécutives, recule au 3e rang.",
            AUTHOR,
            F,
        ),
        (
            "Un sort bien cruel pour une équipe qui avait dominé l'essentiel de la rencontre.",
            AUTHOR,
            OP,
        ),
        (
            "Les deux équipes pourraient se retrouver dès avril en demi-finale de la Coupe de France, si le tirage au sort s'en mêle.",
            AUTHOR,
            H,
        ),
        ("Après un tel match, qui s'en plaindrait ?", AUTHOR, OP),
    ],
)
