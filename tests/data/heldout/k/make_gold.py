"""Builds the *.gold.json files beside it from the annotated sentences below, computing
the character offsets of each claim (the sentence found by its full text).
Held-out set K: written blind to the analyzer (its code, lexicons and output unread,
the analyzer never run on these texts), as ordinary French daily news in five forms
the earlier sets lack: a flash-flood dispatch with its stamp, dateline and grim
description, a critic's signed film review, a company's half-year results with an
analyst, a union and an unnamed internal source, a village school closure voted by
a municipal council, and a portrait of a boxer before her last fight.
Run: python3 tests/data/heldout/k/make_gold.py"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/data: the shared builder
from gold_builder import AUTHOR, OP, A, F, H, R, builder

build = builder(__file__)

build(
    "crue-vidourle-vic",
    [
        ("préfecture du Gard", "ORG", ["préfecture du Gard", "préfecture"]),
        (
            "gendarmerie",
            "ORG",
            ["gendarmerie", "compagnie de gendarmerie de Sommières"],
        ),
        ("Hervé Lassalle", "PER", ["Hervé Lassalle"]),
        ("pompiers", "GROUP", ["pompiers"]),
        ("habitants", "GROUP", ["habitants"]),
        ("Sylvie Aubanel", "PER", ["Sylvie Aubanel"]),
        ("Météo-France", "ORG", ["Météo-France"]),
        ("Bernard Coste", "PER", ["Bernard Coste", "maire"]),
        ("parquet de Nîmes", "ORG", ["parquet de Nîmes"]),
    ],
    [
        ("L'eau est arrivée d'un coup, dimanche, peu avant 22 heures.", AUTHOR, F),
        (
            "En moins d'une heure, le Vidourle est monté de plus de quatre mètres et a envahi les rues basses du village, emportant voitures et cuves de fioul.",
            AUTHOR,
            F,
        ),
        (
            "Le bilan, communiqué lundi matin par la préfecture du Gard, fait état de deux morts et d'un disparu.",
            "préfecture du Gard",
            R,
        ),
        (
            "Les deux victimes, un homme de 71 ans et sa compagne de 68 ans, ont été retrouvées sans vie dans leur maison de plain-pied, rue du Moulin, où l'eau est montée jusqu'au plafond.",
            AUTHOR,
            F,
        ),
        (
            "Un troisième habitant, un ouvrier agricole de 43 ans, a été vu pour la dernière fois au volant de sa camionnette sur la route départementale 35, à l'entrée du pont submersible.",
            AUTHOR,
            F,
        ),
        (
            "« Le véhicule a probablement été emporté par le courant au moment où il s'engageait sur le pont », a indiqué le commandant Hervé Lassalle, qui dirige la compagnie de gendarmerie de Sommières.",
            "Hervé Lassalle",
            R,
        ),
        (
            "Selon lui, la camionnette a été retrouvée vers 9 heures, couchée sur le flanc dans une vigne, à 800 mètres en aval, la cabine vide.",
            "Hervé Lassalle",
            R,
        ),
        (
            "« J'ai entendu un grondement, comme un train qui passerait dans la rue, puis les cris », raconte Sylvie Aubanel, 56 ans, dont la maison fait face à celle des victimes.",
            "Sylvie Aubanel",
            R,
        ),
        (
            "Elle dit avoir appelé ses voisins à 22 h 15, sans obtenir de réponse.",
            "Sylvie Aubanel",
            R,
        ),
        (
            "« Ils avaient vécu la crue de 2002, ils pensaient que l'eau ne monterait jamais plus haut », souffle-t-elle.",
            "Sylvie Aubanel",
            R,
        ),
        (
            "Un voisin, qui a préféré taire son nom, affirme que l'alerte par SMS n'est arrivée qu'« une fois l'eau dans les maisons ».",
            A,
            A,
        ),
        (
            "Plusieurs habitants assurent aussi que la sirène du village, installée après 2002, n'a pas retenti.",
            A,
            A,
        ),
        (
            "Interrogée sur ce point, la préfecture rappelle que Météo-France avait placé le département en vigilance orange dès dimanche à 16 heures.",
            "préfecture du Gard",
            R,
        ),
        (
            "Le département n'a basculé en vigilance rouge qu'à 23 h 10, plus d'une heure après l'arrivée de l'eau à Vic-le-Vidourle.",
            AUTHOR,
            F,
        ),
        (
            "Il est tombé 312 millimètres de pluie en six heures sur le bassin, l'équivalent de quatre mois de précipitations.",
            AUTHOR,
            F,
        ),
        (
            "Le maire, Bernard Coste, a ouvert la salle des fêtes à la quarantaine d'habitants dont le logement est devenu inhabitable.",
            AUTHOR,
            F,
        ),
        (
            "« Nous avons perdu deux amis, peut-être trois. Le reste se reconstruira », a-t-il déclaré, la voix cassée.",
            "Bernard Coste",
            R,
        ),
        ("Les dégâts matériels pourraient se chiffrer en millions d'euros.", AUTHOR, H),
        (
            "Une source proche de l'enquête indique que le parquet de Nîmes pourrait ouvrir une enquête pour déterminer si l'alerte a été donnée à temps.",
            A,
            A,
        ),
        ("Les recherches du disparu devaient reprendre mardi à 7 heures.", AUTHOR, F),
    ],
)

build(
    "critique-silence-ardoises",
    [
        ("Armelle Quintin", "PER", ["Armelle Quintin", "réalisatrice"]),
        (
            "Paul Vernier",
            "PER",
            ["Paul Vernier", "Vernier", "comédien fétiche", "acteur principal"],
        ),
        ("Lina Mercadier", "PER", ["Lina Mercadier"]),
        ("Yann Le Goff", "PER", ["Yann Le Goff"]),
        ("Frédéric Santoni", "PER", ["Frédéric Santoni"]),
        ("Les Films du Grand Large", "ORG", ["Les Films du Grand Large"]),
        ("Maurice", "PER", ["Maurice"]),
        ("Élise", "PER", ["Élise"]),
    ],
    [
        ("On attendait beaucoup d'Armelle Quintin.", AUTHOR, OP),
        (
            "Son premier long métrage, « Marée basse », avait attiré 1,2 million de spectateurs en 2021 et valu à Paul Vernier le César du meilleur acteur.",
            AUTHOR,
            F,
        ),
        (
            "Quatre ans plus tard, la réalisatrice retrouve son comédien fétiche pour un drame tourné dans les anciennes carrières d'ardoise de Trélazé, près d'Angers, dont la dernière a fermé en 2014.",
            AUTHOR,
            F,
        ),
        ("Disons-le d'emblée : Paul Vernier est immense.", AUTHOR, OP),
        (
            "Le visage creusé, la main qui tremble en allumant une cigarette qu'il ne fume jamais, il fait passer en un regard ce que le scénario met vingt minutes à expliquer.",
            AUTHOR,
            OP,
        ),
        (
            "La photographie de Yann Le Goff, tout en gris bleutés et en lumières de lampe frontale, rend justice à la beauté minérale des lieux.",
            AUTHOR,
            OP,
        ),
        (
            "Lina Mercadier, elle, tient tête à son aîné avec un aplomb qui force le respect.",
            AUTHOR,
            OP,
        ),
        ("Le reste est moins heureux.", AUTHOR, OP),
        (
            "Le promoteur, joué par un Frédéric Santoni qui semble s'être trompé de plateau, ricane comme un méchant de feuilleton du dimanche soir.",
            AUTHOR,
            OP,
        ),
        (
            "Quant au secret d'Élise, on le devine dès la deuxième bobine, ce qui laisse tout le temps d'admirer les ardoises.",
            AUTHOR,
            OP,
        ),
        ("Le film dure 2 h 14.", AUTHOR, F),
        (
            "On les sent passer, surtout dans une dernière demi-heure qui empile les fins comme des ardoises sur un toit.",
            AUTHOR,
            OP,
        ),
        (
            "Là où « Marée basse » tenait en 95 minutes serrées, « Le Silence des ardoises » s'étire, hésite, revient sur ses pas.",
            AUTHOR,
            OP,
        ),
        (
            "On pense parfois aux grands films sociaux britanniques, plus souvent à un téléfilm de prestige diffusé un soir de semaine.",
            AUTHOR,
            OP,
        ),
        (
            "Dans le dossier de presse, Armelle Quintin explique avoir voulu filmer « la fin d'un monde qui ne fait pas de bruit ».",
            "Armelle Quintin",
            R,
        ),
        ("Le pari n'est qu'à moitié tenu.", AUTHOR, OP),
        (
            "Le tournage, étalé sur neuf semaines au printemps 2024, a mobilisé une centaine de figurants recrutés à Trélazé.",
            AUTHOR,
            F,
        ),
        (
            "« J'ai retrouvé sur ce tournage des gestes que mon grand-père faisait à la carrière », confiait Paul Vernier lors de l'avant-première, à Angers.",
            "Paul Vernier",
            R,
        ),
        (
            "Produit pour 4,8 millions d'euros par Les Films du Grand Large, le film sort mercredi dans 310 salles.",
            AUTHOR,
            F,
        ),
        (
            "Le public de « Marée basse » suivra sans doute, ne serait-ce que pour son acteur principal.",
            AUTHOR,
            H,
        ),
        (
            "Qu'on se rassure : Paul Vernier, lui, n'a rien perdu de sa superbe, et c'est déjà beaucoup.",
            AUTHOR,
            OP,
        ),
    ],
)

build(
    "calvea-resultats-semestriels",
    [
        (
            "Calvéa",
            "ORG",
            ["Calvéa", "fabricant vosgien de pompes à chaleur", "groupe", "direction"],
        ),
        ("Stéphane Kieffer", "PER", ["Stéphane Kieffer", "PDG", "patron"]),
        (
            "Nadia Ferhat",
            "PER",
            ["Nadia Ferhat", "analyste chez Brémont & Associés"],
        ),
        ("analystes", "GROUP", ["analystes", "confrères"]),
        ("Patrick Wendling", "PER", ["Patrick Wendling", "délégué CGT"]),
        ("CGT", "ORG", ["CGT", "syndicat"]),
    ],
    [
        (
            "Son chiffre d'affaires a baissé de 18 % au premier semestre, à 212 millions d'euros, et le groupe affiche une perte nette de 9,4 millions d'euros, contre un bénéfice de 14,1 millions un an plus tôt.",
            AUTHOR,
            F,
        ),
        (
            "À la Bourse de Paris, l'action a perdu 11,3 % mercredi, à 17,42 euros.",
            AUTHOR,
            F,
        ),
        (
            "Dans son communiqué, la direction attribue ce coup de frein à « l'attentisme des ménages » après la révision des aides publiques à la rénovation énergétique.",
            "Calvéa",
            R,
        ),
        (
            "Le marché aurait touché son point bas au printemps, et les prises de commandes se redresseraient depuis juillet.",
            "Calvéa",
            R,
        ),
        (
            "Le groupe maintiendrait donc son objectif d'un chiffre d'affaires annuel « proche de 450 millions d'euros ».",
            "Calvéa",
            R,
        ),
        (
            "« Nous avons traversé un trou d'air, pas une tempête », a assuré le PDG, Stéphane Kieffer, lors d'une conférence téléphonique avec les analystes.",
            "Stéphane Kieffer",
            R,
        ),
        (
            "Il a confirmé le gel des embauches jusqu'à la fin de l'année et le recours au chômage partiel sur le site de Saint-Dié-des-Vosges, où travaillent 640 salariés.",
            "Stéphane Kieffer",
            R,
        ),
        (
            "Le patron a aussi annoncé le report de la nouvelle ligne de production, qui devait démarrer en 2026.",
            "Stéphane Kieffer",
            R,
        ),
        (
            "Pour Nadia Ferhat, analyste chez Brémont & Associés, ce scénario de reprise est « audacieux ».",
            "Nadia Ferhat",
            R,
        ),
        (
            "« La concurrence asiatique tire les prix vers le bas, et Calvéa n'a pas les volumes pour suivre », estime-t-elle.",
            "Nadia Ferhat",
            R,
        ),
        ("Elle a abaissé son objectif de cours de 24 à 19 euros.", AUTHOR, F),
        (
            "Plusieurs de ses confrères jugent l'objectif annuel hors de portée sans une nouvelle baisse des prix.",
            A,
            A,
        ),
        (
            "Une source interne évoque un climat « lourd », avec plusieurs lignes d'assemblage à l'arrêt deux jours par semaine depuis juin.",
            A,
            A,
        ),
        (
            "Selon cette même source, un plan de départs volontaires serait à l'étude pour le siège administratif.",
            A,
            A,
        ),
        ("La direction dément tout projet de ce type.", "Calvéa", R),
        (
            "Le délégué CGT Patrick Wendling dit avoir appris le gel des embauches « par la presse, comme tout le monde ».",
            "Patrick Wendling",
            R,
        ),
        (
            "« On nous a demandé des efforts en 2023, quand tout allait bien. Aujourd'hui, on nous en demande encore », résume-t-il.",
            "Patrick Wendling",
            R,
        ),
        (
            "Le syndicat appelle à un rassemblement devant l'usine jeudi à 13 heures.",
            "CGT",
            R,
        ),
        (
            "En France, les ventes de pompes à chaleur air-eau ont chuté de près d'un tiers en 2024.",
            AUTHOR,
            F,
        ),
        (
            "Calvéa, qui réalise 70 % de ses ventes dans l'Hexagone, y est plus exposée que ses concurrents allemands, mieux implantés en Europe du Nord.",
            AUTHOR,
            F,
        ),
        (
            "La reprise annoncée pourrait donc se faire attendre plus longtemps que ne le promet la direction.",
            AUTHOR,
            H,
        ),
        (
            "Un retour aux bénéfices dès 2026 paraît, dans ces conditions, difficile.",
            AUTHOR,
            H,
        ),
        ("Les résultats annuels seront publiés le 12 mars.", AUTHOR, F),
    ],
)

build(
    "ecole-tilleuls-champlessis",
    [
        (
            "conseil municipal de Champlessis",
            "ORG",
            ["conseil municipal de Champlessis", "conseil municipal"],
        ),
        ("Gérard Bontemps", "PER", ["Gérard Bontemps", "maire"]),
        ("opposition", "GROUP", ["opposition"]),
        (
            "Sandrine Molinier",
            "PER",
            ["Sandrine Molinier", "adjointe aux affaires scolaires"],
        ),
        (
            "Yasmina Derrien",
            "PER",
            ["Yasmina Derrien", "conseillère d'opposition sans étiquette"],
        ),
        ("municipalité", "ORG", ["municipalité"]),
        (
            "association des parents d'élèves",
            "ORG",
            ["association des parents d'élèves", "association des parents"],
        ),
        ("Julien Charvet", "PER", ["Julien Charvet", "président de l'association"]),
        ("parents", "GROUP", ["parents"]),
        ("Éducation nationale", "ORG", ["Éducation nationale"]),
        ("direction académique de la Nièvre", "ORG", ["direction académique de la Nièvre"]),
    ],
    [
        (
            "Par 15 voix contre 8, le conseil municipal de Champlessis (Nièvre) a voté lundi soir la fermeture, à la rentrée de septembre, de l'école élémentaire des Tilleuls.",
            AUTHOR,
            F,
        ),
        (
            "Ses 54 élèves rejoindront le groupe scolaire Jules-Ferry, de l'autre côté de la départementale, qui compte déjà neuf classes.",
            AUTHOR,
            F,
        ),
        (
            "Ouverte à 19 heures devant une salle comble, la séance s'est achevée peu avant minuit sous les huées du public.",
            AUTHOR,
            F,
        ),
        (
            "Le maire, Gérard Bontemps (divers droite), a défendu une décision « douloureuse mais responsable ».",
            "Gérard Bontemps",
            R,
        ),
        (
            "Selon lui, le bâtiment, construit en 1962, aurait besoin de 1,1 million d'euros de travaux, dont la moitié pour le seul désamiantage.",
            "Gérard Bontemps",
            R,
        ),
        (
            "« Je ne vais pas demander aux habitants de payer pour chauffer des classes à moitié vides », a-t-il lancé aux bancs de l'opposition.",
            "Gérard Bontemps",
            R,
        ),
        (
            "L'argument financier pèse sans doute lourd dans une commune de 4 300 habitants dont la dette a doublé depuis 2020.",
            AUTHOR,
            H,
        ),
        (
            "L'adjointe aux affaires scolaires, Sandrine Molinier, a précisé qu'un car gratuit serait mis en place « si la sécurité l'exige ».",
            "Sandrine Molinier",
            R,
        ),
        (
            "Pour Yasmina Derrien, conseillère d'opposition sans étiquette, le chiffrage des travaux a été « gonflé pour justifier une décision prise d'avance ».",
            "Yasmina Derrien",
            R,
        ),
        (
            "Elle affirme que la municipalité n'a jamais sollicité les subventions de l'État destinées à la rénovation des écoles rurales.",
            "Yasmina Derrien",
            R,
        ),
        (
            "La pétition lancée en novembre par l'association des parents d'élèves a recueilli 1 240 signatures, soit plus d'un quart de la population.",
            AUTHOR,
            F,
        ),
        (
            "« Nos enfants vont traverser une route où passent des camions toute la journée, et personne ne nous a montré la moindre étude de sécurité », s'indigne le président de l'association.",
            "Julien Charvet",
            R,
        ),
        (
            "Plusieurs parents disent avoir appris la nouvelle par le bulletin municipal, sans réunion préalable.",
            A,
            A,
        ),
        (
            "D'autres envisageraient déjà d'inscrire leurs enfants dans la commune voisine.",
            A,
            A,
        ),
        (
            "Dans l'entourage du maire, on assure que la décision était « inévitable » depuis la suppression d'une classe par l'Éducation nationale en 2024.",
            A,
            A,
        ),
        (
            "On y reconnaît à mots couverts que le calendrier, à quelques semaines des élections municipales, n'était « pas idéal ».",
            A,
            A,
        ),
        (
            "En ville, on murmure que le terrain de l'école intéresserait un promoteur pour y bâtir une résidence seniors.",
            A,
            A,
        ),
        (
            "Le maire dément : « Aucune discussion n'a eu lieu sur ce terrain. »",
            "Gérard Bontemps",
            R,
        ),
        (
            "La direction académique de la Nièvre confirme avoir reçu la délibération, sans autre commentaire.",
            "direction académique de la Nièvre",
            R,
        ),
        ("La fermeture semble désormais acquise.", AUTHOR, H),
        (
            "L'association des parents n'exclut pas un recours devant le tribunal administratif de Dijon.",
            "association des parents d'élèves",
            R,
        ),
        ("Une telle procédure prendrait sans doute plus d'un an.", AUTHOR, H),
        ("Le dossier pourrait aussi s'inviter dans la campagne.", AUTHOR, H),
        (
            "Yasmina Derrien, qui devrait annoncer sa candidature dans les prochains jours, en a déjà fait son premier cheval de bataille.",
            AUTHOR,
            H,
        ),
        (
            "Reste une évidence que personne, lundi soir, n'a osé formuler : on ne ferme pas une école sans fermer un peu le village.",
            AUTHOR,
            OP,
        ),
    ],
)

build(
    "portrait-ines-bekkar",
    [
        ("Inès Bekkar", "PER", ["Inès Bekkar"]),
        ("Océane Marchetti", "PER", ["Océane Marchetti", "Lyonnaise"]),
        ("Boxing Club de l'Épeule", "ORG", ["Boxing Club de l'Épeule", "club"]),
        ("Rachid Belkheir", "PER", ["Rachid Belkheir"]),
        ("Fatiha Bekkar", "PER", ["Fatiha Bekkar", "mère"]),
        ("Marc Deschanel", "PER", ["Marc Deschanel"]),
    ],
    [
        (
            "Elle a 34 ans, 27 combats professionnels, 24 victoires, et plus qu'un rendez-vous en tête.",
            AUTHOR,
            F,
        ),
        (
            "Le 15 novembre, à Lille, elle disputera le titre de championne de France des super-légers face à la Lyonnaise Océane Marchetti, de neuf ans sa cadette.",
            AUTHOR,
            F,
        ),
        ("Ce sera son dernier combat, elle l'a promis à sa mère.", "Inès Bekkar", R),
        (
            "« Après, j'arrête. Gagner ou perdre, j'arrête », dit-elle en dénouant ses bandes.",
            "Inès Bekkar",
            R,
        ),
        (
            "Elle a poussé la porte du Boxing Club de l'Épeule, à Roubaix, à 15 ans, en 2006, pour accompagner un cousin.",
            AUTHOR,
            F,
        ),
        (
            "« Elle avait des bras de crevette et une tête de mule. Les bras, ça s'est arrangé. La tête, jamais », se souvient Rachid Belkheir, l'entraîneur qui la suit depuis ses débuts.",
            "Rachid Belkheir",
            R,
        ),
        (
            "Il y a chez elle quelque chose de rare dans ce milieu de frimeurs : une politesse presque désarmante, qu'elle ne laisse au vestiaire qu'au premier coup de gong.",
            AUTHOR,
            OP,
        ),
        (
            "Pendant quinze ans, elle a boxé le soir après ses journées d'aide-soignante à l'hôpital de Roubaix, où elle travaille toujours à mi-temps.",
            AUTHOR,
            F,
        ),
        (
            "Une boxeuse de son niveau touche entre 1 500 et 4 000 euros par combat, selon un organisateur de galas du Nord qui préfère rester discret.",
            A,
            A,
        ),
        (
            "« Dans la boxe féminine, même les championnes paient pour monter sur le ring », glisse-t-il.",
            A,
            A,
        ),
        ("C'est peu dire que la gloire s'est fait attendre.", AUTHOR, OP),
        (
            "Sa mère, Fatiha Bekkar, n'a assisté qu'à un seul de ses combats, en 2017.",
            AUTHOR,
            F,
        ),
        (
            "« Je suis sortie au deuxième round. Je ne supporte pas qu'on frappe ma fille, même quand c'est elle qui gagne », raconte-t-elle dans sa cuisine de la rue de l'Alma, entre deux verres de thé.",
            "Fatiha Bekkar",
            R,
        ),
        ("Océane Marchetti reste invaincue en 11 combats professionnels.", AUTHOR, F),
        (
            "Son entraîneur, Marc Deschanel, a promis dans la presse lyonnaise une victoire « avant la limite ».",
            "Marc Deschanel",
            R,
        ),
        (
            "Le pronostic semble déséquilibré, et Inès Bekkar le sait sans doute mieux que personne.",
            AUTHOR,
            H,
        ),
        (
            "Rachid Belkheir, lui, assure que sa boxeuse n'a « jamais été aussi affûtée ».",
            "Rachid Belkheir",
            R,
        ),
        ("Le club a affrété deux bus pour emmener 110 supporters à Lille.", AUTHOR, F),
        (
            "Mieux vaut pourtant ne pas enterrer trop vite une femme qui a passé près de vingt ans à se relever.",
            AUTHOR,
            OP,
        ),
    ],
)
