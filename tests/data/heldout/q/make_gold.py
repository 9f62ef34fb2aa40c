"""Builds the *.gold.json files beside it from the annotated sentences below, computing
the character offsets of each claim (the sentence found by its full text).
Held-out set Q: written and annotated blind to the analyzer (its code, lexicons, tests
and output unread, no earlier held-out article read), in five forms of the regional
press: a farmers' blockade with competing figures and unnamed farmers, a court of
appeal ruling with the conditional of reported speech over several sentences, a signed
theatre review, a storm damage report told mostly in plain narration, and a short
signed column. See NOTES.md for the conventions kept.
Run: python3 tests/data/heldout/q/make_gold.py"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/data: the shared builder
from gold_builder import AUTHOR, OP, A, F, H, R, builder

build = builder(__file__)

build(
    "rocade-vernolles-reserve-eau",
    [
        (
            "préfecture du Val-de-Sorne",
            "ORG",
            ["préfecture du Val-de-Sorne", "préfecture"],
        ),
        ("Jean-Michel Arsac", "PER", ["Jean-Michel Arsac", "préfet"]),
        (
            "Fédération des exploitants du Val-de-Sorne",
            "ORG",
            ["Fédération des exploitants du Val-de-Sorne", "FEVS", "syndicat"],
        ),
        ("Thierry Bonnamy", "PER", ["Thierry Bonnamy", "président de la FEVS"]),
        (
            "tribunal administratif de Vernolles",
            "ORG",
            ["tribunal administratif de Vernolles", "tribunal"],
        ),
        ("Hydrosol Conseil", "ORG", ["Hydrosol Conseil"]),
        ("Sorne Eau Vive", "ORG", ["Sorne Eau Vive", "association"]),
        (
            "Claire Mézière",
            "PER",
            ["Claire Mézière", "porte-parole de l'association Sorne Eau Vive"],
        ),
        (
            "groupement de gendarmerie du Val-de-Sorne",
            "ORG",
            ["groupement de gendarmerie du Val-de-Sorne", "gendarmes"],
        ),
        ("Nadège Ferrand", "PER", ["Nadège Ferrand", "aide à domicile"]),
        ("agriculteurs", "GROUP", ["agriculteurs", "manifestants", "irrigants"]),
        ("État", "GPE", ["État"]),
        ("Département", "ORG", ["Département"]),
    ],
    [
        (
            "Selon la préfecture du Val-de-Sorne, 140 tracteurs et près de 300 manifestants ont participé au blocage, qui a coupé la circulation dans les deux sens pendant plus de neuf heures.",
            "préfecture du Val-de-Sorne",
            R,
        ),
        (
            "La Fédération des exploitants du Val-de-Sorne (FEVS), qui appelait à la mobilisation, revendique pour sa part « plus de 200 engins ».",
            "Fédération des exploitants du Val-de-Sorne",
            R,
        ),
        (
            "Les manifestants protestent contre le jugement rendu le 3 octobre par le tribunal administratif de Vernolles, qui a annulé l'autorisation environnementale de la réserve de substitution des Grands-Prés.",
            AUTHOR,
            F,
        ),
        (
            "Le projet prévoyait de stocker 620 000 mètres cubes d'eau pompée dans la nappe en hiver, sur une emprise de 14 hectares, pour irriguer 23 exploitations pendant l'été.",
            AUTHOR,
            F,
        ),
        (
            "Il avait été autorisé par arrêté préfectoral en juin 2023, pour un coût de 7,8 millions d'euros financé à 70 % par des fonds publics.",
            AUTHOR,
            F,
        ),
        (
            "Dans son jugement, le tribunal estime que l'étude d'impact sous-estimait l'effet des pompages sur les zones humides du marais de la Sorne.",
            "tribunal administratif de Vernolles",
            R,
        ),
        (
            "D'après une étude du cabinet Hydrosol Conseil, commandée par les irrigants, les prélèvements hivernaux n'abaisseraient pourtant la nappe que de quelques centimètres.",
            "Hydrosol Conseil",
            R,
        ),
        (
            "« On nous a fait investir, on nous a fait signer des engagements, et on nous retire l'eau au dernier moment : ce n'est plus de l'agriculture, c'est de la roulette », a-t-il lancé sous les applaudissements.",
            "Thierry Bonnamy",
            R,
        ),
        (
            "Selon lui, sans la réserve, une dizaine d'exploitations pourraient renoncer à la culture du maïs semence d'ici deux ans.",
            "Thierry Bonnamy",
            R,
        ),
        (
            "Le syndicat réclame que l'État fasse appel du jugement et autorise, d'ici là, un remplissage provisoire du bassin.",
            "Fédération des exploitants du Val-de-Sorne",
            R,
        ),
        (
            "« J'ai mis 180 000 euros dans ce projet. Si l'eau ne vient pas, je vends les vaches », confie un exploitant de Saint-Aurèle qui ne souhaite pas être cité.",
            A,
            A,
        ),
        (
            "Un autre, plus jeune, assure que plusieurs voisins « ne tiendront pas un été de plus ».",
            A,
            A,
        ),
        (
            "Le spectacle ne manquait pas d'ironie : des tracteurs immobilisés sur une voie rapide pour réclamer de l'eau, sous une pluie battante.",
            AUTHOR,
            OP,
        ),
        (
            "« Le tribunal n'a fait qu'appliquer la loi. » C'est ce que répète depuis une semaine Claire Mézière, porte-parole de l'association Sorne Eau Vive, à l'origine du recours.",
            "Claire Mézière",
            R,
        ),
        (
            "Pour l'association, le projet aurait aggravé le déficit d'un marais déjà fragilisé par les sécheresses successives.",
            "Sorne Eau Vive",
            R,
        ),
        (
            "Elle y « prend acte » de la décision de justice et appelle les manifestants à « lever le blocage dans le calme ».",
            "préfecture du Val-de-Sorne",
            R,
        ),
        (
            "Le préfet, Jean-Michel Arsac, a proposé de recevoir une délégation jeudi.",
            "Jean-Michel Arsac",
            R,
        ),
        (
            "Une offre jugée « très insuffisante » par la FEVS, qui exige d'être reçue au ministère.",
            "Fédération des exploitants du Val-de-Sorne",
            R,
        ),
        (
            "Une cinquantaine de gendarmes ont encadré le rassemblement sans intervenir, a indiqué le groupement de gendarmerie du Val-de-Sorne.",
            "groupement de gendarmerie du Val-de-Sorne",
            R,
        ),
        (
            "À la préfecture, on redoute en privé un mouvement plus large si l'État ne fait pas appel.",
            A,
            A,
        ),
        (
            "« Je comprends leur colère, mais moi je perds ma journée », souffle-t-elle.",
            "Nadège Ferrand",
            R,
        ),
        (
            "Un chauffeur-livreur dit avoir mis trois heures pour parcourir les douze kilomètres qui séparent son dépôt de la zone commerciale.",
            A,
            A,
        ),
        (
            "Le Val-de-Sorne compte environ 2 400 exploitations agricoles, dont près d'un tiers irriguent une partie de leurs terres.",
            AUTHOR,
            F,
        ),
        (
            "Il semble que la préfecture ait délibérément choisi l'apaisement plutôt que l'épreuve de force.",
            AUTHOR,
            H,
        ),
        (
            "Une victoire en appel ne réglerait sans doute rien : le dossier finirait devant le Conseil d'État.",
            AUTHOR,
            H,
        ),
        (
            "Le blocage a été levé peu après 16 heures, et la rocade a rouvert vers 17 h 30, après le nettoyage de la chaussée.",
            AUTHOR,
            F,
        ),
        (
            "Entre irrigants et défenseurs du marais, le dialogue de sourds continue, et ni le jugement ni le blocage ne l'ont fait avancer d'un pouce.",
            AUTHOR,
            OP,
        ),
    ],
)

build(
    "favoritisme-maire-montbrac-appel",
    [
        (
            "cour d'appel de Castelvieil",
            "ORG",
            ["cour d'appel de Castelvieil", "cour", "magistrats"],
        ),
        (
            "Gérard Lafargue",
            "PER",
            ["Gérard Lafargue", "maire de Montbrac", "maire", "élu"],
        ),
        ("tribunal correctionnel", "ORG", ["tribunal correctionnel"]),
        ("Fabre Rénovation", "ORG", ["Fabre Rénovation"]),
        ("Didier Fabre", "PER", ["Didier Fabre", "beau-frère du maire"]),
        (
            "Philippe Ancelin",
            "PER",
            ["Philippe Ancelin", "procureur général", "magistrat"],
        ),
        ("Sophie Garrigou", "PER", ["Sophie Garrigou", "avocate"]),
        (
            "Martine Deloustal",
            "PER",
            ["Martine Deloustal", "conseillère municipale d'opposition", "élue"],
        ),
        ("mairie", "ORG", ["mairie"]),
        ("majorité municipale", "GROUP", ["majorité municipale"]),
        ("conseil municipal", "ORG", ["conseil municipal"]),
        ("Cour de cassation", "ORG", ["Cour de cassation"]),
    ],
    [
        (
            "La cour d'appel de Castelvieil a confirmé jeudi la condamnation de Gérard Lafargue, maire de Montbrac, à 18 mois d'emprisonnement avec sursis, 20 000 euros d'amende et trois ans d'inéligibilité pour favoritisme.",
            AUTHOR,
            F,
        ),
        (
            "En première instance, en mars 2025, le tribunal correctionnel avait prononcé exactement la même peine.",
            AUTHOR,
            F,
        ),
        (
            "Dans son arrêt, long de 34 pages, la cour relève que le maire a attribué sans mise en concurrence régulière plusieurs marchés de travaux à l'entreprise Fabre Rénovation, dirigée par son beau-frère.",
            "cour d'appel de Castelvieil",
            R,
        ),
        (
            "Les magistrats soulignent qu'il avait « reçu à deux reprises une formation sur la commande publique » et ne pouvait « ignorer les règles qu'il contournait ».",
            "cour d'appel de Castelvieil",
            R,
        ),
        (
            "Les marchés en cause, passés entre 2016 et 2020, portaient sur un montant total de 1,4 million d'euros, pour la rénovation de la salle des fêtes, de l'école et de la voirie du bourg.",
            AUTHOR,
            F,
        ),
        (
            "Le beau-frère du maire, Didier Fabre, condamné à 10 000 euros d'amende en première instance, n'avait pas fait appel.",
            AUTHOR,
            F,
        ),
        (
            "Lors de l'audience du 14 février, le procureur général, Philippe Ancelin, avait décrit « un système installé dans la durée ».",
            "Philippe Ancelin",
            R,
        ),
        (
            "Selon lui, l'élu aurait pris l'habitude de découper les chantiers en petits lots pour rester sous les seuils de publicité.",
            "Philippe Ancelin",
            R,
        ),
        (
            "Fabre Rénovation aurait ainsi obtenu l'essentiel des travaux communaux pendant quatre ans.",
            "Philippe Ancelin",
            R,
        ),
        (
            "Des devis concurrents auraient même été rédigés sur le même ordinateur, à quelques minutes d'intervalle.",
            "Philippe Ancelin",
            R,
        ),
        (
            "Le magistrat avait requis la confirmation de la peine, estimant qu'un élu « doit l'exemple ».",
            "Philippe Ancelin",
            R,
        ),
        (
            "Son avocate, Me Sophie Garrigou, a aussitôt annoncé un pourvoi en cassation.",
            "Sophie Garrigou",
            R,
        ),
        (
            "« Mon client n'a pas touché un centime. On condamne un homme pour avoir préféré un artisan du canton à une entreprise de la ville », a-t-elle lancé sur les marches du palais.",
            "Sophie Garrigou",
            R,
        ),
        (
            "Le maire, qui a toujours présenté sa gestion comme un modèle de bon sens rural, aura décidément du mal à faire passer le favoritisme pour de l'amour du terroir.",
            AUTHOR,
            OP,
        ),
        (
            "Gérard Lafargue, 67 ans, a été élu pour la première fois en 2008 et réélu à trois reprises.",
            AUTHOR,
            F,
        ),
        (
            "Certains administrés murmurent que l'affaire des marchés ne serait que « la partie émergée ».",
            A,
            A,
        ),
        (
            "Des emplois saisonniers auraient, dit-on, été réservés à des proches de la majorité municipale.",
            A,
            A,
        ),
        (
            "Un commerçant de la place du Marché, qui préfère garder l'anonymat, assure que « tout le monde savait, mais personne ne voulait perdre son client ».",
            A,
            A,
        ),
        (
            "Pour Martine Deloustal, conseillère municipale d'opposition, « la démission est désormais la seule issue digne ».",
            "Martine Deloustal",
            R,
        ),
        (
            "« Je n'ai rien inventé, j'ai juste lu les factures », sourit l'élue, qui dit avoir été « traitée de traîtresse » en plein conseil municipal.",
            "Martine Deloustal",
            R,
        ),
        (
            "La majorité municipale, elle, semble décidée à faire bloc derrière son maire.",
            AUTHOR,
            H,
        ),
        (
            "Selon une source proche du dossier, un second volet, portant sur l'attribution de logements communaux, serait toujours à l'instruction.",
            A,
            A,
        ),
        ("Il ne viserait pas directement le maire.", A, A),
        (
            "Le pourvoi pourrait permettre à Gérard Lafargue d'achever son mandat, la peine d'inéligibilité ne s'appliquant qu'une fois la condamnation définitive.",
            AUTHOR,
            H,
        ),
        (
            "Il est peu probable que la Cour de cassation se prononce avant l'automne.",
            AUTHOR,
            H,
        ),
        (
            "Triste feuilleton pour une commune qui méritait mieux que ces petits arrangements entre beaux-frères.",
            AUTHOR,
            OP,
        ),
    ],
)

build(
    "critique-misanthrope-lisle",
    [
        ("compagnie du Grand Volet", "ORG", ["compagnie du Grand Volet", "compagnie", "troupe"]),
        ("Bastien Carrel", "PER", ["Bastien Carrel", "metteur en scène"]),
        ("Lucas Mervent", "PER", ["Lucas Mervent"]),
        ("Inès Daoud", "PER", ["Inès Daoud"]),
        ("public", "GROUP", ["public", "spectateurs"]),
    ],
    [
        ("Le pari est audacieux, le résultat bien inégal.", AUTHOR, OP),
        (
            "L'idée n'est pas sotte, et elle fonctionne remarquablement pendant le premier acte.",
            AUTHOR,
            OP,
        ),
        (
            "La fameuse scène du sonnet d'Oronte, lu à voix haute comme une publication que chacun « aime » par politesse, est un petit bijou de cruauté.",
            AUTHOR,
            OP,
        ),
        (
            "« Alceste n'est pas un misanthrope, c'est un homme qui refuse de faire semblant, et c'est devenu insupportable aujourd'hui », expliquait Bastien Carrel, le metteur en scène, quelques jours avant la première.",
            "Bastien Carrel",
            R,
        ),
        (
            "La compagnie promet, dans son programme de salle, « un Misanthrope pour l'époque des influenceurs ».",
            "compagnie du Grand Volet",
            R,
        ),
        ("Promesse tenue ? À moitié seulement.", AUTHOR, OP),
        (
            "Car à force de tout moderniser, la mise en scène finit par écraser le texte sous les gadgets.",
            AUTHOR,
            OP,
        ),
        (
            "Les alexandrins, débités à toute allure comme des messages vocaux, perdent leur souffle et parfois leur sens.",
            AUTHOR,
            OP,
        ),
        (
            "Fallait-il vraiment que Célimène réponde à Alceste par un émoji projeté sur six mètres de large ?",
            AUTHOR,
            OP,
        ),
        (
            "Le comédien qui tient le rôle-titre, Lucas Mervent, s'en sort pourtant avec un brio étonnant.",
            AUTHOR,
            OP,
        ),
        (
            "Sa colère, d'abord sourde, puis franchement désespérée, est d'une justesse qui serre la gorge.",
            AUTHOR,
            OP,
        ),
        (
            "Face à lui, Inès Daoud compose une Célimène glaciale et très drôle, qui mérite à elle seule le déplacement.",
            AUTHOR,
            OP,
        ),
        (
            "Le reste de la distribution, Philinte en tête, récite plus qu'il ne joue.",
            AUTHOR,
            OP,
        ),
        (
            "Peut-être Bastien Carrel a-t-il voulu montrer que plus personne, aujourd'hui, n'écoute personne.",
            AUTHOR,
            H,
        ),
        (
            "On n'ose imaginer ce qu'Alceste, qui rêvait de chercher sur la terre « un endroit écarté », aurait pensé de ces écrans géants.",
            AUTHOR,
            OP,
        ),
        (
            "Créée en 1666 au théâtre du Palais-Royal, la pièce n'avait pas été montée au Théâtre des Halles depuis 1987.",
            AUTHOR,
            F,
        ),
        ("Le spectacle dure 2 h 10, sans entracte.", AUTHOR, F),
        (
            "La salle de 280 fauteuils affichait complet pour les trois représentations du week-end.",
            AUTHOR,
            F,
        ),
        (
            "Les places sont vendues 18 euros, et 12 euros pour les moins de 26 ans.",
            AUTHOR,
            F,
        ),
        (
            "À la sortie, dans le hall, certains spectateurs jugeaient la soirée « interminable », d'autres « drôlement culottée ».",
            A,
            A,
        ),
        ("Quelle soirée inégale, mais quelle Célimène !", AUTHOR, OP),
        (
            "Les trois semaines de tournée prévues au printemps permettront sans doute à la troupe de resserrer le rythme.",
            AUTHOR,
            H,
        ),
    ],
)

build(
    "tempete-amaury-breval",
    [
        (
            "Office national de prévision du temps",
            "ORG",
            ["Office national de prévision du temps", "ONPT"],
        ),
        (
            "service départemental d'incendie et de secours",
            "ORG",
            ["service départemental d'incendie et de secours", "Sdis", "sapeurs-pompiers"],
        ),
        ("Éric Lanoë", "PER", ["Éric Lanoë", "porte-parole"]),
        ("Joël Penven", "PER", ["Joël Penven", "gardien de l'équipement"]),
        ("Pascale Rivoire", "PER", ["Pascale Rivoire", "maire"]),
        ("Martine Le Goff", "PER", ["Martine Le Goff"]),
        ("Mutuelle du Littoral", "ORG", ["Mutuelle du Littoral", "assureur"]),
        ("habitants", "GROUP", ["habitants"]),
        ("services techniques", "ORG", ["services techniques"]),
        ("Bréval-sur-Mer", "GPE", ["Bréval-sur-Mer", "commune"]),
    ],
    [
        (
            "Selon l'Office national de prévision du temps (ONPT), des rafales de 138 km/h ont été enregistrées à la pointe du Castelet, un record pour un mois d'octobre depuis le début des mesures en 1971.",
            "Office national de prévision du temps",
            R,
        ),
        (
            "Les sapeurs-pompiers du service départemental d'incendie et de secours (Sdis) ont effectué 1 140 interventions entre dimanche soir et lundi midi, a indiqué leur porte-parole, le commandant Éric Lanoë.",
            "Éric Lanoë",
            R,
        ),
        (
            "Quelque 320 pompiers ont été mobilisés, dont des renforts venus des départements voisins, précise le Sdis.",
            "service départemental d'incendie et de secours",
            R,
        ),
        (
            "Trois personnes ont été légèrement blessées, selon le même bilan.",
            "service départemental d'incendie et de secours",
            R,
        ),
        (
            "À Bréval-sur-Mer, la toiture du gymnase municipal s'est en partie envolée vers 3 heures du matin.",
            AUTHOR,
            F,
        ),
        (
            "« On a entendu un bruit de tôle, puis plus rien. Le matin, le toit était dans le parking », raconte Joël Penven, gardien de l'équipement.",
            "Joël Penven",
            R,
        ),
        (
            "La maire, Pascale Rivoire, a annoncé la fermeture des écoles de la commune jusqu'à mercredi.",
            "Pascale Rivoire",
            R,
        ),
        (
            "« Je ne prendrai aucun risque avec les enfants tant que chaque bâtiment n'aura pas été inspecté », a-t-elle justifié.",
            "Pascale Rivoire",
            R,
        ),
        (
            "« Chez nous, c'est la véranda. Chez la voisine, c'est tout le pignon », souffle Martine Le Goff, retraitée, en désignant un trou béant dans la façade d'en face.",
            "Martine Le Goff",
            R,
        ),
        (
            "Un habitant de la rue des Mouettes, qui n'a pas voulu donner son nom, affirme que les secours ont mis « plus de deux heures » à arriver.",
            A,
            A,
        ),
        (
            "Certains riverains assurent que le vieux platane abattu sur la place avait été signalé comme dangereux depuis des années.",
            A,
            A,
        ),
        (
            "Lundi midi, 18 000 foyers étaient encore privés d'électricité dans le département, contre 41 000 au plus fort de la nuit.",
            AUTHOR,
            F,
        ),
        ("Le même jour, 23 routes restaient coupées.", AUTHOR, F),
        (
            "La route de la corniche est restée fermée toute la journée sur près de 6 kilomètres.",
            AUTHOR,
            F,
        ),
        (
            "Dans une première estimation adressée lundi soir à ses sociétaires, la Mutuelle du Littoral chiffre les dégâts à 38 millions d'euros pour le seul département.",
            "Mutuelle du Littoral",
            R,
        ),
        (
            "Le document précise que les dommages aux toitures représentent près de 60 % des montants déclarés.",
            "Mutuelle du Littoral",
            R,
        ),
        (
            "L'assureur a ouvert une cellule de crise, affirmant que les premiers experts seraient sur place « dès mercredi ».",
            "Mutuelle du Littoral",
            R,
        ),
        (
            "La facture finale sera sans doute plus lourde, certains dégâts aux charpentes n'apparaissant qu'aux premières pluies.",
            AUTHOR,
            H,
        ),
        (
            "La dernière tempête d'une telle intensité sur ce littoral remonte à février 2010.",
            AUTHOR,
            F,
        ),
        (
            "La commune devrait demander la reconnaissance de l'état de catastrophe naturelle, a indiqué Pascale Rivoire.",
            "Pascale Rivoire",
            R,
        ),
        (
            "Une fois encore, ce littoral offert aux quatre vents a payé cher sa beauté.",
            AUTHOR,
            OP,
        ),
    ],
)

build(
    "billet-boulangerie-saint-meard",
    [
        ("Jean-Paul Roussel", "PER", ["Jean-Paul Roussel", "boulanger"]),
        ("Francis Auzière", "PER", ["Francis Auzière", "maire"]),
        ("mairie", "ORG", ["mairie", "commune"]),
    ],
    [
        (
            "Depuis 1962, trois familles se sont succédé derrière le comptoir.",
            AUTHOR,
            F,
        ),
        (
            "La dernière en date, celle de Jean-Paul Roussel, y pétrissait depuis 1994.",
            AUTHOR,
            F,
        ),
        (
            "On connaît la chanson : les charges qui grimpent, le four qui lâche, les clients qui filent au supermarché du bourg voisin.",
            AUTHOR,
            OP,
        ),
        (
            "Nous l'avons tous fredonnée, cette chanson, sans jamais vraiment l'écouter.",
            AUTHOR,
            OP,
        ),
        (
            "« La facture d'électricité a triplé en deux ans. Je ne pouvais pas vendre la baguette à deux euros », explique Jean-Paul Roussel.",
            "Jean-Paul Roussel",
            R,
        ),
        (
            "Le boulanger dit avoir cherché un repreneur pendant plus d'un an, en vain.",
            "Jean-Paul Roussel",
            R,
        ),
        (
            "Au village, on raconte que la mairie aurait pu racheter les murs.",
            A,
            A,
        ),
        (
            "Elle aurait préféré financer la réfection du parking de la salle polyvalente.",
            A,
            A,
        ),
        (
            "Le maire, Francis Auzière, assure que la commune « n'en avait pas les moyens ».",
            "Francis Auzière",
            R,
        ),
        (
            "Saint-Méard-des-Bois compte 640 habitants, et le commerce le plus proche se trouve désormais à 9 kilomètres.",
            AUTHOR,
            F,
        ),
        (
            "Une boulangerie, ce n'est pas un commerce comme un autre : c'est l'horloge d'un village, son bulletin d'information et son dernier salon où l'on cause.",
            AUTHOR,
            OP,
        ),
        (
            "Faudra-t-il bientôt prendre la voiture pour une simple baguette ?",
            AUTHOR,
            OP,
        ),
        (
            "Un dépôt de pain ouvrira peut-être à la mairie, le temps de trouver mieux.",
            AUTHOR,
            H,
        ),
        (
            "Il se pourrait aussi qu'un camion de tournée passe dans le village, comme dans les communes voisines.",
            AUTHOR,
            H,
        ),
        ("Quelle tristesse, ce rideau baissé sur la grand-rue !", AUTHOR, OP),
    ],
)
