"""Builds the *.gold.json files beside it from the annotated sentences below, computing
the character offsets of each claim (the sentence found by its full text).
Held-out set I: written blind to the analyzer (its code, lexicons and output unread,
and the analyzer never run on these texts), as ordinary daily news: a court report, a
plant closure, a basketball match report, a bill and its unnamed sources, a column.
Run: python3 tests/data/heldout/i/make_gold.py"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/data: the shared builder
from gold_builder import AUTHOR, OP, A, F, H, R, builder

build = builder(__file__)

build(
    "proces-marchand-sommeil-roanne",
    [
        ("tribunal correctionnel de Roanne", "ORG", ["tribunal correctionnel de Roanne"]),
        ("Gérard Maupin", "PER", ["Gérard Maupin", "M. Maupin", "prévenu"]),
        ("parquet", "ORG", ["parquet", "accusation"]),
        ("locataires", "GROUP", ["locataires"]),
        ("Élodie Ferrand", "PER", ["Élodie Ferrand", "procureure", "magistrate"]),
        ("Aminata Diallo", "PER", ["Aminata Diallo", "mère de trois enfants"]),
        (
            "Laurent Béchet",
            "PER",
            ["Laurent Béchet", "Me Laurent Béchet", "avocat du prévenu"],
        ),
        ("préfecture de la Loire", "ORG", ["préfecture de la Loire"]),
        ("Toit Digne", "ORG", ["Toit Digne"]),
        ("Martine Olivier", "PER", ["Martine Olivier"]),
    ],
    [
        (
            "Dix-huit mois d'emprisonnement avec sursis et 40 000 euros d'amende ont été requis mardi devant le tribunal correctionnel de Roanne contre Gérard Maupin, 63 ans, poursuivi pour avoir loué des logements indignes à des familles en situation précaire.",
            AUTHOR,
            F,
        ),
        ("Le jugement a été mis en délibéré au 8 avril.", AUTHOR, F),
        (
            "Selon le parquet, le prévenu a loué entre 2019 et 2024 onze logements dans deux immeubles proches de la gare, dont trois caves aménagées et une ancienne buanderie sans fenêtre.",
            "parquet",
            R,
        ),
        (
            "Les loyers atteignaient jusqu'à 550 euros par mois pour des surfaces de 9 à 14 mètres carrés.",
            AUTHOR,
            F,
        ),
        (
            "« M. Maupin n'a pas loué des appartements, il a loué de la détresse », a lancé la procureure, Élodie Ferrand, dans un réquisitoire d'une quarantaine de minutes.",
            "Élodie Ferrand",
            R,
        ),
        (
            "Elle a rappelé que deux enfants avaient été hospitalisés pendant l'hiver 2023 pour une intoxication au monoxyde de carbone, liée à un chauffe-eau que personne n'avait fait contrôler.",
            "Élodie Ferrand",
            R,
        ),
        (
            "La magistrate a également demandé l'interdiction pour le prévenu de louer un bien pendant cinq ans.",
            "Élodie Ferrand",
            R,
        ),
        (
            "À la barre, Aminata Diallo, mère de trois enfants, a décrit les champignons sur les murs et l'eau qui coulait du plafond de la chambre « à chaque averse ».",
            "Aminata Diallo",
            R,
        ),
        (
            "« On me disait d'attendre, que le plombier allait venir. Il n'est jamais venu », a-t-elle raconté, la voix serrée.",
            "Aminata Diallo",
            R,
        ),
        (
            "L'avocat du prévenu, Me Laurent Béchet, a plaidé la relaxe, estimant que son client avait « été dépassé » par la gestion de biens hérités de sa mère.",
            "Laurent Béchet",
            R,
        ),
        (
            "Selon lui, plusieurs locataires refusaient l'accès aux logements lorsque des travaux étaient programmés.",
            "Laurent Béchet",
            R,
        ),
        (
            "Interrogé par la présidente, il a assuré avoir « toujours réparé ce qu'on lui signalait », avant de reconnaître qu'il ne s'était « pas rendu sur place depuis longtemps ».",
            "Gérard Maupin",
            R,
        ),
        (
            "Les deux immeubles avaient été frappés d'un arrêté d'insalubrité par la préfecture de la Loire en juin 2024, après des signalements de voisins.",
            AUTHOR,
            F,
        ),
        (
            "Les 26 occupants ont depuis été relogés, pour la plupart dans le parc social de l'agglomération.",
            AUTHOR,
            F,
        ),
        (
            "« Ce procès doit servir d'avertissement à tous ceux qui spéculent sur la misère », a estimé sa présidente, Martine Olivier, qui dénombre plus de 300 logements indignes dans l'agglomération roannaise.",
            "Martine Olivier",
            R,
        ),
        (
            "D'après une source proche du dossier, d'autres propriétaires du quartier pourraient faire l'objet d'une enquête similaire dans les prochains mois.",
            A,
            A,
        ),
        (
            "La peine, si elle est prononcée, pourrait toutefois rester en partie symbolique : le prévenu a déjà vendu l'un des deux immeubles, à un prix que l'accusation n'a pas été en mesure de préciser.",
            AUTHOR,
            H,
        ),
    ],
)

build(
    "laiterie-montjouan-fermeture",
    [
        (
            "groupe Vallerand",
            "ORG",
            ["groupe Vallerand", "Vallerand", "groupe", "direction", "siège"],
        ),
        ("salariés", "GROUP", ["salariés"]),
        (
            "Patrick Samson",
            "PER",
            ["Patrick Samson", "directeur industriel de Vallerand"],
        ),
        ("Nadège Bouvier", "PER", ["Nadège Bouvier", "conductrice de ligne"]),
        ("Stéphane Hamelin", "PER", ["Stéphane Hamelin"]),
        ("éleveurs", "GROUP", ["éleveurs", "exploitants"]),
        ("Bernard Quesnel", "PER", ["Bernard Quesnel", "maire de Montjouan", "élu"]),
        ("préfecture de l'Orne", "ORG", ["préfecture de l'Orne"]),
        ("syndicats", "GROUP", ["syndicats", "représentants du personnel"]),
    ],
    [
        (
            "Le groupe Vallerand a annoncé mercredi aux salariés de sa laiterie de Montjouan la fermeture du site d'ici à la fin du mois de septembre.",
            "groupe Vallerand",
            R,
        ),
        (
            "L'usine, qui transforme chaque année 120 millions de litres de lait en beurre et en poudre, emploie 146 personnes.",
            AUTHOR,
            F,
        ),
        (
            "La direction invoque la baisse de la collecte laitière dans la région et un outil industriel « devenu trop coûteux à moderniser ».",
            "groupe Vallerand",
            R,
        ),
        (
            "Selon un communiqué du groupe, la production sera transférée vers ses deux autres sites normands, à Flers et à Carentan.",
            "groupe Vallerand",
            R,
        ),
        (
            "« Nous mesurons la difficulté de cette décision pour les équipes et pour le territoire », a déclaré le directeur industriel de Vallerand, Patrick Samson, qui promet « un accompagnement individuel » à chaque salarié.",
            "Patrick Samson",
            R,
        ),
        (
            "« On a fait des heures supplémentaires tout l'hiver pour tenir les commandes, et on nous remercie comme ça », lâche Nadège Bouvier, conductrice de ligne depuis vingt-deux ans.",
            "Nadège Bouvier",
            R,
        ),
        (
            "Pour le délégué syndical Stéphane Hamelin, la décision était « prise depuis longtemps ».",
            "Stéphane Hamelin",
            R,
        ),
        (
            "Il affirme que les investissements avaient cessé dès 2022 et que deux lignes de conditionnement avaient été démontées l'an dernier « sans la moindre explication ».",
            "Stéphane Hamelin",
            R,
        ),
        (
            "Un cadre du site, qui a requis l'anonymat, confirme que le siège « ne voulait plus mettre un euro à Montjouan ».",
            A,
            A,
        ),
        (
            "Le groupe aurait par ailleurs écarté, au printemps dernier, une offre de reprise venue d'un industriel breton.",
            A,
            A,
        ),
        ("La fermeture inquiète aussi les 230 éleveurs qui livrent l'usine.", AUTHOR, F),
        (
            "Le groupe assure que leur lait sera collecté « aux mêmes conditions » jusqu'au terme de leurs contrats.",
            "groupe Vallerand",
            R,
        ),
        (
            "Dans les fermes, on doute pourtant que les camions continuent longtemps à venir chercher quelques milliers de litres au bout des chemins creux.",
            A,
            A,
        ),
        (
            "Celle-ci a indiqué qu'une cellule de reclassement serait installée dans la commune dès le mois d'avril.",
            "préfecture de l'Orne",
            R,
        ),
        (
            "Avec 146 emplois, la laiterie est le deuxième employeur privé de ce canton de 9 000 habitants, derrière un fabricant de remorques agricoles.",
            AUTHOR,
            F,
        ),
        (
            "Le départ de l'usine pourrait aussi fragiliser l'école et les commerces du bourg, déjà éprouvés par la fermeture de la gare en 2019.",
            AUTHOR,
            H,
        ),
        (
            "« Une laiterie qui ferme, c'est un village qui perd sa colonne vertébrale », résume l'élu, qui compte demander au groupe de céder le site à la commune pour « un euro symbolique ».",
            "Bernard Quesnel",
            R,
        ),
        (
            "Une première réunion entre la direction et les représentants du personnel est prévue le 26 mars.",
            AUTHOR,
            F,
        ),
        (
            "Les syndicats réclament un plan de départs volontaires et des indemnités supérieures au minimum légal.",
            "syndicats",
            R,
        ),
    ],
)

build(
    "basket-vauclerc-orvanne",
    [
        (
            "Union sportive de Vauclerc",
            "ORG",
            ["Union sportive de Vauclerc", "USV", "Vauclerc"],
        ),
        ("Cercle Basket Orvanne", "ORG", ["Cercle Basket Orvanne", "Orvanne", "club"]),
        ("Kévin Obiang", "PER", ["Kévin Obiang", "Obiang", "ailier gabonais"]),
        ("Frédéric Lemoine", "PER", ["Frédéric Lemoine", "entraîneur de Vauclerc"]),
        ("Yanis Cherki", "PER", ["Yanis Cherki"]),
        ("public", "GROUP", ["public"]),
        ("Alain Texier", "PER", ["Alain Texier", "entraîneur d'Orvanne"]),
    ],
    [
        (
            "Il restait 2 minutes 40 à jouer, Vauclerc comptait neuf points de retard et la salle Marcel-Cerdan commençait à se vider.",
            AUTHOR,
            F,
        ),
        ("Ceux qui sont partis s'en mordront longtemps les doigts.", AUTHOR, OP),
        (
            "Porté par un Kévin Obiang retrouvé, auteur de 11 de ses 24 points dans le dernier quart-temps, l'Union sportive de Vauclerc (USV) s'est imposée 81-78 samedi soir face au Cercle Basket Orvanne, au terme d'un derby qui n'a vraiment commencé qu'à la fin.",
            AUTHOR,
            F,
        ),
        (
            "Pendant trente minutes, les deux équipes ont surtout rivalisé de maladresse, devant des tribunes qui semblaient s'ennuyer autant qu'elles.",
            AUTHOR,
            OP,
        ),
        (
            "À la pause, Vauclerc n'avait réussi que 9 de ses 31 tirs, et Orvanne ne faisait guère mieux.",
            AUTHOR,
            F,
        ),
        (
            "« On a joué avec le frein à main pendant une demi-heure », a reconnu l'entraîneur de Vauclerc, Frédéric Lemoine, qui avait demandé deux temps morts coup sur coup à la 27e minute.",
            "Frédéric Lemoine",
            R,
        ),
        (
            "Le déclic est venu d'une défense de zone que les joueurs d'Orvanne n'ont jamais su déchiffrer.",
            AUTHOR,
            OP,
        ),
        (
            "Trois interceptions consécutives, dont deux conclues par des paniers d'Obiang, ont ramené l'USV à 75-76 à 48 secondes de la fin.",
            AUTHOR,
            F,
        ),
        (
            "Puis le meneur Yanis Cherki a provoqué une faute et transformé ses deux lancers francs, avant qu'un dernier tir primé d'Orvanne ne vienne mourir sur le cercle.",
            AUTHOR,
            F,
        ),
        ("La salle, à moitié vide, a fait le bruit d'une salle pleine.", AUTHOR, OP),
        (
            "L'ailier gabonais, arrivé en novembre de Limoges, n'avait jamais dépassé 15 points sous le maillot vauclercois.",
            AUTHOR,
            F,
        ),
        (
            "« Le coach nous a dit d'oublier le tableau d'affichage et de défendre, rien d'autre », a raconté Obiang, un sourire jusqu'aux oreilles, en zone mixte. « Quand le public s'est remis à chanter, j'ai senti qu'on allait le faire. »",
            "Kévin Obiang",
            R,
        ),
        (
            "L'entraîneur d'Orvanne a dénoncé « une faute imaginaire » sur l'action décisive et annoncé que son club déposerait une réclamation.",
            "Alain Texier",
            R,
        ),
        (
            "Dans les couloirs, un dirigeant orvannais glissait que le club cherchait un nouvel intérieur avant la date limite des mutations.",
            A,
            A,
        ),
        (
            "Le capitaine, Mathis Rey, touché à la cheville en deuxième mi-temps, serait absent au moins trois semaines.",
            A,
            A,
        ),
        (
            "Orvanne, qui reste troisième, pourrait payer cher cette blessure dans la dernière ligne droite.",
            AUTHOR,
            H,
        ),
        (
            "Avec cette victoire, la sixième en sept matchs, Vauclerc remonte à la cinquième place du classement, à deux longueurs des places qualificatives pour les play-offs.",
            AUTHOR,
            F,
        ),
        (
            "Le public est reparti en chantant, ce qui ne lui était plus arrivé depuis le mois d'octobre.",
            AUTHOR,
            F,
        ),
        (
            "Il faudra toutefois bien plus qu'un dernier quart-temps inspiré pour espérer mieux qu'une élimination au premier tour.",
            AUTHOR,
            OP,
        ),
        ("Prochain rendez-vous le 29 mars, à Quimper.", AUTHOR, F),
    ],
)

build(
    "deserts-medicaux-projet-de-loi",
    [
        ("gouvernement", "ORG", ["gouvernement", "exécutif"]),
        ("Claire Vasseur", "PER", ["Claire Vasseur", "ministre de la Santé", "ministre"]),
        ("Hugo Mercier", "PER", ["Hugo Mercier", "rapporteur du texte"]),
        ("députés de la majorité", "GROUP", ["députés de la majorité", "frondeurs"]),
        ("Sandrine Aubry", "PER", ["Sandrine Aubry", "élue de la Creuse"]),
        ("groupe majoritaire", "ORG", ["groupe majoritaire"]),
        (
            "Union des généralistes libéraux",
            "ORG",
            ["Union des généralistes libéraux", "UGL", "syndicat"],
        ),
        ("Marc-Antoine Delorme", "PER", ["Marc-Antoine Delorme", "président"]),
        ("ministère", "ORG", ["ministère"]),
        ("France Rurale Santé", "ORG", ["France Rurale Santé"]),
    ],
    [
        (
            "Le texte n'arrivera dans l'hémicycle que le 7 avril, mais il divise déjà ceux qui devront le voter.",
            AUTHOR,
            F,
        ),
        (
            "La ministre de la Santé, Claire Vasseur, a confirmé mardi que le projet de loi imposerait aux jeunes médecins généralistes, pendant leurs trois premières années d'exercice, de s'installer dans une zone sous-dotée ou d'y consulter au moins deux jours par semaine.",
            "Claire Vasseur",
            R,
        ),
        (
            "« Nous ne pouvons plus accepter que des millions de Français n'aient pas de médecin traitant », a-t-elle déclaré devant les députés de la commission des affaires sociales.",
            "Claire Vasseur",
            R,
        ),
        (
            "En 2025, un généraliste en activité sur trois avait plus de 60 ans, et près de 9 000 communes n'en comptaient aucun à moins de dix kilomètres.",
            AUTHOR,
            F,
        ),
        (
            "Les mesures incitatives se sont succédé depuis quinze ans, des bourses d'études aux maisons de santé, sans inverser la tendance.",
            AUTHOR,
            F,
        ),
        (
            "Le rapporteur du texte, Hugo Mercier, défend une mesure « équilibrée et temporaire », qui laisse aux médecins « le choix du lieu, pas celui de l'abandon ».",
            "Hugo Mercier",
            R,
        ),
        (
            "Mais une vingtaine de députés de la majorité, emmenés par Sandrine Aubry, ont cosigné une lettre demandant de remplacer l'obligation par une prime à l'installation.",
            "députés de la majorité",
            R,
        ),
        (
            "« Contraindre des jeunes médecins, c'est les pousser vers le salariat ou vers l'étranger », estime l'élue de la Creuse, elle-même ancienne infirmière libérale.",
            "Sandrine Aubry",
            R,
        ),
        (
            "Selon plusieurs sources parlementaires, le groupe majoritaire pourrait laisser à ses membres la liberté de vote.",
            A,
            A,
        ),
        (
            "Un conseiller ministériel admet, sous couvert d'anonymat, que « le compte n'y est pas » et que l'exécutif n'exclut plus d'amender le texte avant la séance publique.",
            A,
            A,
        ),
        (
            "L'article 3, qui fixe la durée de l'obligation, serait le premier visé.",
            A,
            A,
        ),
        (
            "À Matignon, on assure au contraire que « rien n'est tranché » et que le calendrier sera tenu.",
            A,
            A,
        ),
        (
            "L'Union des généralistes libéraux (UGL), qui revendique 11 000 adhérents, a appelé à une journée de fermeture des cabinets le 2 avril.",
            "Union des généralistes libéraux",
            R,
        ),
        (
            "Son président, Marc-Antoine Delorme, dénonce « une réquisition qui ne dit pas son nom ».",
            "Marc-Antoine Delorme",
            R,
        ),
        (
            "Il affirme que 40 % des internes interrogés par son syndicat envisagent de renoncer à l'exercice libéral si la mesure est adoptée.",
            "Marc-Antoine Delorme",
            R,
        ),
        (
            "Le ministère conteste la méthode de ce sondage, réalisé en ligne auprès de 600 étudiants.",
            "ministère",
            R,
        ),
        (
            "Du côté des patients, l'association France Rurale Santé salue au contraire « un premier pas », tout en jugeant la durée de trois ans « bien trop courte ».",
            "France Rurale Santé",
            R,
        ),
        (
            "Ses bénévoles ont recueilli plus de 50 000 signatures dans les départements les plus touchés.",
            AUTHOR,
            F,
        ),
        (
            "Le gouvernement, qui ne dispose que d'une majorité relative, semble ainsi pris en étau entre des élus ruraux exaspérés et une profession prête au bras de fer.",
            AUTHOR,
            H,
        ),
        (
            "Un recours au 49.3, que la ministre a de nouveau écarté mardi, n'est sans doute pas totalement exclu si les frondeurs tiennent bon.",
            AUTHOR,
            H,
        ),
        (
            "Une proposition de loi comparable avait été rejetée en 2023, à 18 voix près.",
            AUTHOR,
            F,
        ),
        ("Le vote solennel est prévu le 15 avril.", AUTHOR, F),
    ],
)

build(
    "chronique-caisses-automatiques",
    [
        (
            "Fédération du commerce indépendant",
            "ORG",
            ["Fédération du commerce indépendant", "FCI", "fédération"],
        ),
        ("Rachid Benali", "PER", ["Rachid Benali", "délégué syndical"]),
        ("enseignes", "GROUP", ["enseignes"]),
    ],
    [
        (
            "Six caisses automatiques clignotent dans le vide, une seule caisse est tenue par une employée, et la file d'attente s'allonge devant elle comme un reproche.",
            AUTHOR,
            OP,
        ),
        (
            "Il faut croire que nous préférons encore parler à un être humain qu'à une machine qui nous accuse, d'une voix de répondeur, d'avoir posé « un article non identifié dans la zone d'ensachage ».",
            AUTHOR,
            OP,
        ),
        (
            "Les caisses en libre-service équipent désormais près de huit hypermarchés sur dix en France, contre un sur trois en 2015.",
            AUTHOR,
            F,
        ),
        (
            "Selon la Fédération du commerce indépendant (FCI), elles permettent de « fluidifier le passage en caisse » et de « réaffecter le personnel à des tâches à plus forte valeur ajoutée ».",
            "Fédération du commerce indépendant",
            R,
        ),
        ("On aimerait savoir lesquelles.", AUTHOR, OP),
        (
            "Rachid Benali, délégué syndical dans un hypermarché de l'Isère, a fait le compte : dans son magasin, 22 postes d'hôtes de caisse ont disparu en quatre ans, et aucun n'a été « réaffecté » nulle part.",
            "Rachid Benali",
            R,
        ),
        (
            "« Les collègues qui restent passent leur journée à débloquer les machines et à vérifier les cartes d'identité pour l'alcool », raconte-t-il.",
            "Rachid Benali",
            R,
        ),
        (
            "La fédération répond que les effectifs du secteur sont « globalement stables ».",
            "Fédération du commerce indépendant",
            R,
        ),
        ("Globalement, c'est-à-dire ailleurs.", AUTHOR, OP),
        ("Les économies réalisées ont peut-être servi à contenir les prix.", AUTHOR, H),
        (
            "Personne, en tout cas, ne l'a remarqué sur son ticket de caisse.",
            AUTHOR,
            OP,
        ),
        (
            "Certains directeurs de magasin reconnaissent, en privé, que la « démarque inconnue », ce joli nom des vols, a sensiblement augmenté depuis l'installation des machines.",
            A,
            A,
        ),
        (
            "Une étude britannique souvent citée dans la profession l'évaluerait à près de 4 % du chiffre d'affaires des rayons concernés.",
            A,
            A,
        ),
        (
            "Il se pourrait donc que l'addition finale soit moins flatteuse que prévu pour les enseignes qui ont tout misé sur le libre-service.",
            AUTHOR,
            H,
        ),
        (
            "Reste le plus étrange : nous avons accepté, sans protester, de faire gratuitement le travail d'un autre.",
            AUTHOR,
            OP,
        ),
        (
            "Scanner, peser, emballer, payer, puis remercier la machine de nous avoir laissés partir : voilà le client promu stagiaire non rémunéré de son propre supermarché.",
            AUTHOR,
            OP,
        ),
        (
            "Et si l'article refuse de passer, c'est encore lui qu'on soupçonne.",
            AUTHOR,
            OP,
        ),
        ("L'idée pourrait bien faire école.", AUTHOR, H),
        (
            "Encore faudrait-il que les enseignes se souviennent que leurs clients ne sont pas des codes-barres.",
            AUTHOR,
            OP,
        ),
        (
            "« Je viens à 9 heures exprès pour tomber sur Josiane », m'a confié une cliente de 82 ans, son cabas à roulettes à la main, qui refuse obstinément les machines.",
            A,
            A,
        ),
        (
            "Elle a bien raison : Josiane, elle, ne lui a jamais reproché un article inattendu.",
            AUTHOR,
            OP,
        ),
    ],
)
