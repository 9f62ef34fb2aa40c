"""Builds the *.gold.json files beside it from the annotations below, computing
the character offsets of each claim (the sentence found by its full text).
Held-out set C. Run: python3 tests/data/heldout/c/make_gold.py"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/data: the shared builder
from gold_builder import builder

build = builder(__file__)


build(
    "braquage-bijouterie-bourges",
    [
        ("Jean-Marc Lemaire", "PER", ["Jean-Marc Lemaire", "gérant", "bijoutier"]),
        ("parquet de Bourges", "ORG", ["parquet de Bourges"]),
        ("enquêteurs", "GROUP", ["enquêteurs"]),
        ("malfaiteurs", "GROUP", ["malfaiteurs", "auteurs"]),
        ("Sylvain Oudin", "PER", ["Sylvain Oudin", "Oudin", "commissaire"]),
        ("Anne-Sophie Réthoré", "PER", ["Anne-Sophie Réthoré", "procureure de la République"]),
        ("Josiane", "PER", ["Josiane"]),
        ("famille du bijoutier", "GROUP", ["famille du bijoutier"]),
        ("Claire Lemaire", "PER", ["Claire Lemaire"]),
        ("Thierry Vannier", "PER", ["Thierry Vannier", "maire de Bourges"]),
    ],
    [
        (
            "Deux hommes armés et casqués ont braqué mardi, peu avant 18 h 30, la bijouterie Lemaire, rue Moyenne, à Bourges (Cher), blessant son gérant à la tête.",
            "author",
            "fact",
        ),
        (
            "Le butin est estimé à près de 80 000 euros en montres et en bijoux, a indiqué mercredi le parquet de Bourges.",
            "parquet de Bourges",
            "reported",
        ),
        (
            "D'après les enquêteurs, les malfaiteurs sont restés moins de quatre minutes dans la boutique avant de prendre la fuite sur un scooter noir.",
            "enquêteurs",
            "reported",
        ),
        (
            "Le gérant, Jean-Marc Lemaire, 63 ans, a reçu trois coups de crosse alors qu'il tentait de refermer le coffre.",
            "author",
            "fact",
        ),
        (
            "« Les auteurs connaissaient parfaitement les lieux et l'heure de fermeture. Rien n'a été laissé au hasard », a déclaré le commissaire Sylvain Oudin, qui dirige l'enquête.",
            "Sylvain Oudin",
            "reported",
        ),
        (
            "M. Oudin a précisé que le scooter avait été retrouvé incendié vers 21 heures dans le quartier de la Chancellerie.",
            "Sylvain Oudin",
            "reported",
        ),
        (
            "Selon une source policière, les deux hommes pourraient appartenir à une équipe déjà soupçonnée de deux vols similaires à Vierzon et à Châteauroux l'automne dernier.",
            "anonymous",
            "anonymous",
        ),
        (
            "La procureure de la République, Anne-Sophie Réthoré, a annoncé l'ouverture d'une information judiciaire pour « vol avec arme en bande organisée ».",
            "Anne-Sophie Réthoré",
            "reported",
        ),
        (
            "Les malfaiteurs auraient repéré les lieux plusieurs jours à l'avance, guettant le moment où le gérant se retrouve seul.",
            "author",
            "hedged",
        ),
        (
            "« J'ai entendu crier, puis un bruit de vitrine brisée. Quand je suis descendue, le scooter filait déjà vers la cathédrale », raconte Josiane, 71 ans, qui habite au-dessus de la boutique.",
            "Josiane",
            "reported",
        ),
        (
            "Plusieurs témoins affirment avoir aperçu un troisième homme faisant le guet au coin de la rue.",
            "anonymous",
            "anonymous",
        ),
        (
            "Si cette piste se confirmait, l'équipe serait plus structurée qu'on ne le pensait.",
            "author",
            "hedged",
        ),
        (
            "Dans un communiqué transmis mercredi matin, la famille du bijoutier exprime sa « colère » et réclame « des moyens réels pour la sécurité des commerçants ».",
            "famille du bijoutier",
            "reported",
        ),
        (
            "« Papa avait déjà été cambriolé en 2019. Il ne voulait plus rester seul le soir, et ce soir-là il n'avait pas le choix », confie sa fille, Claire Lemaire.",
            "Claire Lemaire",
            "reported",
        ),
        (
            "Il a promis l'installation de douze caméras de vidéoprotection supplémentaires dans l'hypercentre d'ici à l'été.",
            "Thierry Vannier",
            "reported",
        ),
        (
            "C'est le troisième vol à main armée visant un commerce du centre-ville depuis janvier.",
            "author",
            "fact",
        ),
    ],
)

build(
    "festival-heures-blanches",
    [
        (
            "Maëlle Kervran",
            "PER",
            ["Maëlle Kervran", "Kervran", "Maëlle", "réalisatrice", "cinéaste"],
        ),
        (
            "Lumières d'Estuaire",
            "ORG",
            ["Lumières d'Estuaire", "festival Lumières d'Estuaire", "festival"],
        ),
        ("Ressac Films", "ORG", ["Ressac Films", "société de production"]),
        ("critiques", "GROUP", ["critiques"]),
        ("Bastien Roudier", "PER", ["Bastien Roudier", "acteur"]),
    ],
    [
        (
            "Le Grand Prix du festival Lumières d'Estuaire a été décerné samedi soir à Saint-Nazaire aux Heures blanches, premier long-métrage de la réalisatrice Maëlle Kervran, 34 ans.",
            "author",
            "fact",
        ),
        (
            "Le film, tourné en vingt-trois jours dans une conserverie désaffectée de Douarnenez, sortira en salles le 12 mars.",
            "author",
            "fact",
        ),
        (
            "« Je n'y croyais pas. On a fait ce film avec trois bouts de ficelle et beaucoup d'entêtement », a lancé la cinéaste en recevant son trophée.",
            "Maëlle Kervran",
            "reported",
        ),
        (
            "Sa société de production, Ressac Films, a confirmé que le budget n'avait pas dépassé 1,2 million d'euros.",
            "Ressac Films",
            "reported",
        ),
        (
            "Le festival revendique par ailleurs 41 000 entrées pour cette neuvième édition, un record.",
            "Lumières d'Estuaire",
            "reported",
        ),
        (
            "Dans un cinéma français saturé de comédies calibrées pour le petit écran, ce film fait l'effet d'une lame de fond qui emporte tout sur son passage.",
            "author",
            "opinion",
        ),
        (
            "Les critiques présents à Saint-Nazaire ont salué une mise en scène « d'une précision d'horloger ».",
            "critiques",
            "reported",
        ),
        (
            "Quelques-uns regrettent toutefois une dernière demi-heure trop appuyée.",
            "anonymous",
            "anonymous",
        ),
        # interview answers: the whole answer (all its sentences) is one claim; the question is none
        (
            "Ma grand-mère y a travaillé pendant trente ans. Je voulais filmer les gestes de ces femmes avant qu'ils ne disparaissent.",
            "Maëlle Kervran",
            "reported",
        ),
        (
            "Tout devient politique dès qu'on filme le travail. Mais je refuse de faire la leçon au spectateur.",
            "Maëlle Kervran",
            "reported",
        ),
        (
            "Maëlle Kervran dit avoir écrit le scénario en deux ans, « la nuit, entre deux contrats d'assistante ».",
            "Maëlle Kervran",
            "reported",
        ),
        (
            "« Sur le plateau, j'avais l'impression de retrouver la cantine de mon enfance », confie-t-elle.",
            "Maëlle Kervran",
            "reported",
        ),
        (
            "« Maëlle sait exactement ce qu'elle veut, et elle le veut tout de suite », s'amuse Bastien Roudier, qui incarne le contremaître de l'usine.",
            "Bastien Roudier",
            "reported",
        ),
        (
            "L'acteur, révélé par une série policière, résume : « Sur ce tournage, personne n'avait le droit de tricher. »",
            "Bastien Roudier",
            "reported",
        ),
        (
            "Fort de ce prix, le film pourrait désormais faire figure de favori pour le César du meilleur premier film.",
            "author",
            "hedged",
        ),
        ("Ressac Films espère une sortie dans au moins 150 salles.", "Ressac Films", "reported"),
    ],
)

build(
    "herbicide-dimethoxan-vienne",
    [
        ("agriculteurs", "GROUP", ["agriculteurs"]),
        ("Commission européenne", "ORG", ["Commission européenne", "Bruxelles"]),
        ("Didier Pouvreau", "PER", ["Didier Pouvreau", "céréalier"]),
        ("Terres Vivantes", "ORG", ["Terres Vivantes", "ONG"]),
        ("Ifop", "ORG", ["Ifop"]),
        ("Inès Bocquet", "PER", ["Inès Bocquet", "porte-parole"]),
        ("Laurent Ménard", "PER", ["Laurent Ménard", "Ménard", "agronome"]),
        ("Olivier Decaunes", "PER", ["Olivier Decaunes", "ministre de l'Agriculture", "ministre"]),
        ("ministère de l'Agriculture", "ORG", ["ministère de l'Agriculture"]),
        (
            "conseil régional de Nouvelle-Aquitaine",
            "ORG",
            ["conseil régional de Nouvelle-Aquitaine"],
        ),
    ],
    [
        (
            "Près de 400 tracteurs ont convergé jeudi vers Poitiers pour protester contre le projet d'interdiction du diméthoxan, un herbicide utilisé sur la betterave et le colza.",
            "author",
            "fact",
        ),
        (
            "La Commission européenne a proposé en mars de ne pas renouveler l'autorisation de la molécule, qui expire en juin 2026.",
            "author",
            "fact",
        ),
        (
            "Bruxelles juge les données sur les pollinisateurs « insuffisantes et préoccupantes ».",
            "Commission européenne",
            "reported",
        ),
        (
            "Les agriculteurs dénoncent une « concurrence déloyale » avec les producteurs extérieurs à l'Union, qui pourront continuer à s'en servir.",
            "agriculteurs",
            "reported",
        ),
        (
            "« Sans ce produit, je perds un tiers de ma récolte. Qu'on nous donne une alternative, et on l'utilisera », lance Didier Pouvreau, céréalier à Lusignan.",
            "Didier Pouvreau",
            "reported",
        ),
        (
            "Certains agriculteurs évoquent déjà des blocages routiers dès la semaine prochaine.",
            "anonymous",
            "anonymous",
        ),
        (
            "L'association Terres Vivantes, à l'origine d'une pétition qui a recueilli 210 000 signatures, salue au contraire une décision « courageuse et attendue ».",
            "Terres Vivantes",
            "reported",
        ),
        (
            "Selon un sondage Ifop réalisé pour l'ONG, 64 % des Français sont favorables à l'interdiction.",
            "Ifop",
            "reported",
        ),
        (
            "Sa porte-parole, Inès Bocquet, estime que « le temps des dérogations est terminé ».",
            "Inès Bocquet",
            "reported",
        ),
        (
            "Pour l'agronome Laurent Ménard, spécialiste des sols, « des solutions mécaniques existent, mais elles coûtent cher et demandent du temps ».",
            "Laurent Ménard",
            "reported",
        ),
        (
            "M. Ménard ajoute que les sols argileux de la région rendent le désherbage mécanique particulièrement difficile au printemps.",
            "Laurent Ménard",
            "reported",
        ),
        ("Il semblerait que la filière sucrière soit la plus exposée.", "author", "hedged"),
        (
            "Le diméthoxan est épandu sur environ 1,3 million d'hectares en France chaque année.",
            "author",
            "fact",
        ),
        (
            "Une interdiction sans période de transition pourrait fragiliser les deux sucreries du département.",
            "author",
            "hedged",
        ),
        (
            "Le ministre de l'Agriculture, Olivier Decaunes, a promis jeudi un « plan d'accompagnement » pour les exploitations concernées.",
            "Olivier Decaunes",
            "reported",
        ),
        (
            "Le ministère de l'Agriculture assure de son côté qu'aucune alternative n'est aujourd'hui disponible « à un coût raisonnable ».",
            "ministère de l'Agriculture",
            "reported",
        ),
        (
            "Le ministre pourrait réclamer un délai de transition de trois ans lors du vote prévu en novembre.",
            "author",
            "hedged",
        ),
        (
            "Le conseil régional de Nouvelle-Aquitaine a indiqué qu'il réunirait les représentants de la filière avant la fin du mois.",
            "conseil régional de Nouvelle-Aquitaine",
            "reported",
        ),
        (
            "Une fois encore, les agriculteurs se retrouvent pris en étau entre les injonctions de Bruxelles et la réalité de leurs champs.",
            "author",
            "opinion",
        ),
    ],
)
