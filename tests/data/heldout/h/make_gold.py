"""Builds the *.gold.json files beside it from the annotated sentences below, computing
the character offsets of each claim (the sentence found by its full text).
Held-out set H: written blind to the analyzer (its code, lexicons and output unread, and
the analyzer never run on these texts), in five forms: an editorial in the author's own
voice (a town pool handed to a private group), an agency dispatch (a rockfall in the
Alps), an economic story carried by named and unnamed sources (the sale of a bicycle
maker), a health story with hedges beside reported hedges (a study on long naps), and a
portrait (the last keeper of church-tower clocks in the Haut-Jura).
Run: python3 tests/data/heldout/h/make_gold.py"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/data: the shared builder
from gold_builder import AUTHOR, OP, A, F, H, R, builder

build = builder(__file__)

build(
    "piscine-tilleuls-billet",
    [
        ("conseil municipal de Sorvillac", "ORG", ["conseil municipal de Sorvillac", "conseil"]),
        ("Aqualudia", "ORG", ["Aqualudia"]),
        ("services techniques de la ville", "ORG", ["services techniques de la ville"]),
        ("Gérard Pellissier", "PER", ["Gérard Pellissier", "maire"]),
        ("Laurent Mestre", "PER", ["Laurent Mestre", "directeur général d'Aqualudia"]),
        ("Nadia Rebiaï", "PER", ["Nadia Rebiaï", "conseillère d'opposition"]),
        (
            "Marc Aubertin",
            "PER",
            ["Marc Aubertin", "président du club des Dauphins de Sorvillac"],
        ),
    ],
    [
        (
            "Il y a des votes qui se font en apnée, et celui de jeudi soir en est un modèle du genre.",
            AUTHOR,
            OP,
        ),
        (
            "Par 27 voix contre 12, le conseil municipal de Sorvillac a confié pour vingt-cinq ans la gestion de la piscine des Tilleuls à Aqualudia, un groupe privé de loisirs aquatiques installé à Lyon.",
            AUTHOR,
            F,
        ),
        (
            "Le débat a duré quarante minutes, soit à peu près le temps qu'il faut pour sécher un maillot.",
            AUTHOR,
            OP,
        ),
        (
            "Construite en 1974, la piscine a enregistré 212 000 entrées en 2025, dont 41 000 pour les seuls élèves des écoles de la ville.",
            AUTHOR,
            F,
        ),
        (
            "C'est l'un des derniers endroits où l'enfant de la cité des Aubépines et la fille du notaire barbotent dans la même eau, et ce n'est pas rien.",
            AUTHOR,
            OP,
        ),
        (
            "Elle coûte, il est vrai, 1,3 million d'euros par an à la commune.",
            AUTHOR,
            F,
        ),
        (
            "Son bassin fuit, au sens propre : près de 40 mètres cubes d'eau par jour, selon les services techniques de la ville.",
            "services techniques de la ville",
            R,
        ),
        (
            "Le maire, Gérard Pellissier, jure que rien ne changera pour les familles.",
            "Gérard Pellissier",
            R,
        ),
        (
            "« Aqualudia rénovera le bassin, ouvrira un espace bien-être et gardera des créneaux pour les écoles. La ville n'aura plus un euro à sortir », a-t-il assuré devant le conseil.",
            "Gérard Pellissier",
            R,
        ),
        (
            "Les usagers, eux, en sortiront davantage : l'entrée adulte passera de 3,10 euros à 7,50 euros dès la réouverture, prévue en septembre 2027.",
            AUTHOR,
            F,
        ),
        (
            "Plus du double, pour nager dans la même eau chlorée, rebaptisée pour l'occasion « expérience aquatique ».",
            AUTHOR,
            OP,
        ),
        (
            "Le directeur général d'Aqualudia, Laurent Mestre, assure que ce tarif reste « dans la moyenne des centres aquatiques modernes » et promet un tarif réduit pour les familles modestes.",
            "Laurent Mestre",
            R,
        ),
        (
            "La moyenne : voilà bien l'argument qui rassure ceux qui n'ont jamais compté leurs pièces devant une caisse.",
            AUTHOR,
            OP,
        ),
        (
            "Dans les couloirs de la mairie, certains élus de la majorité ne cachent pas leur malaise.",
            A,
            A,
        ),
        (
            "L'un d'eux, qui a voté pour « par discipline », affirme que le contrat a été négocié en six semaines, sans véritable mise en concurrence.",
            A,
            A,
        ),
        (
            "Une offre concurrente, celle d'une société publique locale, aurait été écartée avant même d'être examinée.",
            A,
            A,
        ),
        (
            "Le maire dément : « Tout a été fait dans les règles, et le dossier est à la disposition de chacun », a-t-il répété vendredi.",
            "Gérard Pellissier",
            R,
        ),
        (
            "Nadia Rebiaï, conseillère d'opposition, accuse le maire de « brader un bien commun pour boucler son budget ».",
            "Nadia Rebiaï",
            R,
        ),
        ("Elle réclame un référendum local.", "Nadia Rebiaï", R),
        ("Sa pétition dépassait samedi 3 800 signatures.", AUTHOR, F),
        (
            "« On nous promet des lignes d'eau, mais personne ne nous a montré le moindre planning », s'inquiète de son côté Marc Aubertin, président du club des Dauphins de Sorvillac, qui compte 460 licenciés.",
            "Marc Aubertin",
            R,
        ),
        (
            "Le contrat prévoit une compensation à la charge des contribuables si la fréquentation tombe sous 150 000 entrées par an.",
            AUTHOR,
            F,
        ),
        (
            "Avec des tarifs doublés, ce seuil sera vraisemblablement franchi dès la première saison.",
            AUTHOR,
            H,
        ),
        (
            "Les contribuables paieront donc deux fois : pour que la piscine devienne privée, puis pour qu'elle reste à moitié vide.",
            AUTHOR,
            OP,
        ),
        (
            "Le dossier pourrait d'ailleurs finir devant le tribunal administratif, tant la procédure paraît fragile.",
            AUTHOR,
            H,
        ),
        (
            "Fallait-il vraiment livrer à un groupe coté l'endroit où les enfants de la ville apprennent à ne pas se noyer ?",
            AUTHOR,
            OP,
        ),
        (
            "Personne, jeudi soir, n'a pris la peine de défendre sérieusement les autres pistes, de la régie rénovée à l'emprunt de long terme.",
            AUTHOR,
            OP,
        ),
        ("Le contrat ne sera signé que le 7 juillet.", AUTHOR, F),
        (
            "D'ici là, que les Sorvillacois remplissent les tribunes du prochain conseil, qu'ils signent, qu'ils protestent, et qu'ils nagent en masse tant que l'entrée coûte encore 3,10 euros !",
            AUTHOR,
            OP,
        ),
        ("Une piscine, ça ne se rachète pas.", AUTHOR, OP),
    ],
)

build(
    "eboulement-prabert-hautes-alpes",
    [
        ("préfecture des Hautes-Alpes", "ORG", ["préfecture des Hautes-Alpes"]),
        ("Olivier Deschanel", "PER", ["Olivier Deschanel", "préfet"]),
        ("Josiane Vial", "PER", ["Josiane Vial"]),
        ("Thierry Gaillard", "PER", ["Thierry Gaillard", "voisin", "éleveur de brebis"]),
        (
            "Bernard Achard",
            "PER",
            ["Bernard Achard", "maire de Saint-Aubin-de-Rioufroid"],
        ),
        ("Météo-France", "ORG", ["Météo-France"]),
        ("conseil départemental", "ORG", ["conseil départemental"]),
        ("Alain Rostagni", "PER", ["Alain Rostagni", "président"]),
    ],
    [
        (
            "Environ 12 000 mètres cubes de roche se sont détachés dimanche vers 22 heures d'une falaise surplombant le hameau de Prabert, dans le vallon de Rioufroid, a annoncé lundi la préfecture des Hautes-Alpes.",
            "préfecture des Hautes-Alpes",
            R,
        ),
        (
            "Aucun blessé n'est à déplorer, selon la même source.",
            "préfecture des Hautes-Alpes",
            R,
        ),
        (
            "Les 37 habitants du hameau, dont une dizaine d'enfants, ont été relogés dans la nuit à la salle des fêtes de Saint-Aubin-de-Rioufroid, à 6 kilomètres en aval.",
            AUTHOR,
            F,
        ),
        (
            "« Le risque de nouvelles chutes reste élevé. Personne ne rentrera chez lui tant que les géologues n'auront pas rendu leur avis », a déclaré le préfet, Olivier Deschanel, lors d'un point presse.",
            "Olivier Deschanel",
            R,
        ),
        (
            "La route départementale 47, seul accès au col de la Sagne, restera fermée « au moins trois semaines », a-t-il précisé.",
            "Olivier Deschanel",
            R,
        ),
        (
            "Des blocs de la taille d'une camionnette barraient la chaussée sur près de 200 mètres.",
            AUTHOR,
            F,
        ),
        (
            "« On a entendu un grondement, comme un train qui passe sous la maison. Après, plus rien, juste la poussière », raconte Josiane Vial, 71 ans, qui habite le hameau depuis 1979.",
            "Josiane Vial",
            R,
        ),
        (
            "Ses 180 bêtes ont été descendues à pied dans la matinée par les pompiers et des bénévoles.",
            AUTHOR,
            F,
        ),
        (
            "Selon plusieurs habitants, des fissures étaient apparues sur la paroi dès l'automne.",
            A,
            A,
        ),
        (
            "La mairie aurait été alertée à deux reprises, sans qu'aucune mesure ne soit prise.",
            A,
            A,
        ),
        (
            "Le maire de Saint-Aubin-de-Rioufroid, Bernard Achard, assure n'avoir « jamais reçu de signalement écrit » et rappelle que la commune « n'a ni géologue ni budget pour en payer un ».",
            "Bernard Achard",
            R,
        ),
        (
            "Une étude de la paroi réalisée en 2021 avait classé le secteur en « aléa moyen ».",
            AUTHOR,
            F,
        ),
        (
            "Selon un géologue du service de restauration des terrains en montagne, qui n'était pas autorisé à s'exprimer, l'alternance de gel et de dégel a « très probablement » fragilisé la falaise.",
            A,
            A,
        ),
        (
            "Les températures sont remontées de 14 degrés en cinq jours dans le secteur la semaine dernière, d'après Météo-France.",
            "Météo-France",
            R,
        ),
        (
            "D'autres pans de la paroi pourraient se détacher dans les prochains jours.",
            AUTHOR,
            H,
        ),
        (
            "Le conseil départemental a débloqué lundi une enveloppe d'urgence de 250 000 euros pour les premiers travaux de purge.",
            AUTHOR,
            F,
        ),
        (
            "Son président, Alain Rostagni, a promis une « solution de logement provisoire » aux habitants d'ici à la fin de la semaine.",
            "Alain Rostagni",
            R,
        ),
        (
            "Le hameau de Prabert avait déjà été évacué une première fois en 1995, après une coulée de boue.",
            AUTHOR,
            F,
        ),
    ],
)

build(
    "velonia-cycles-vernadet",
    [
        (
            "Cycles Vernadet",
            "ORG",
            ["Cycles Vernadet", "fabricant choletais", "entreprise familiale", "entreprise"],
        ),
        ("Velonia", "ORG", ["Velonia", "repreneur", "groupe"]),
        ("Claire Vernadet", "PER", ["Claire Vernadet", "présidente"]),
        ("famille Vernadet", "GROUP", ["famille Vernadet", "héritiers"]),
        ("Karim Benslimane", "PER", ["Karim Benslimane", "délégué syndical central"]),
        ("Pieter Van Loon", "PER", ["Pieter Van Loon", "directeur général"]),
        ("Observatoire national du cycle", "ORG", ["Observatoire national du cycle"]),
        ("Jean-Luc Perrotin", "PER", ["Jean-Luc Perrotin", "député de la circonscription"]),
        ("État", "GPE", ["État"]),
        (
            "conseil régional des Pays de la Loire",
            "ORG",
            ["conseil régional des Pays de la Loire"],
        ),
        ("comité social et économique", "ORG", ["comité social et économique"]),
    ],
    [
        (
            "Le fabricant de vélos Cycles Vernadet, l'un des derniers assembleurs de cycles encore installés en France, est entré en négociations exclusives avec le groupe néerlandais Velonia, a confirmé jeudi sa présidente, Claire Vernadet.",
            "Claire Vernadet",
            R,
        ),
        (
            "« Nous avons besoin d'un partenaire solide pour réussir le virage de l'électrique. Velonia nous ouvre des marchés que nous n'atteindrions jamais seuls », a-t-elle déclaré devant les salariés réunis dans l'atelier d'assemblage.",
            "Claire Vernadet",
            R,
        ),
        (
            "L'entreprise familiale, fondée en 1931, emploie 640 personnes à Cholet et a réalisé en 2025 un chiffre d'affaires de 118 millions d'euros, en recul de 22 % sur un an.",
            AUTHOR,
            F,
        ),
        (
            "Selon un proche du dossier, Velonia proposerait environ 60 millions d'euros pour 80 % du capital.",
            A,
            A,
        ),
        (
            "La famille Vernadet conserverait le solde ainsi qu'un siège au conseil d'administration.",
            A,
            A,
        ),
        (
            "Le repreneur se serait engagé à maintenir l'activité à Cholet pendant au moins cinq ans.",
            A,
            A,
        ),
        (
            "Pour Karim Benslimane, délégué syndical central, « cinq ans, c'est le temps qu'il faut pour vider une usine de son savoir-faire ».",
            "Karim Benslimane",
            R,
        ),
        (
            "Il redoute que le soudage des cadres ne parte « dès la première année » vers l'usine roumaine du groupe.",
            "Karim Benslimane",
            R,
        ),
        (
            "Un cadre de l'entreprise, qui requiert l'anonymat, affirme que des plans de réorganisation circulent déjà à la direction.",
            A,
            A,
        ),
        (
            "Le bureau d'études, qui compte 45 ingénieurs, serait rattaché au siège de Velonia à Utrecht d'ici à 2028.",
            A,
            A,
        ),
        ("La ligne de peinture, elle, fermerait purement et simplement.", A, A),
        ("Velonia dément toute intention de délocaliser.", "Velonia", R),
        (
            "« Cholet sera notre usine de référence pour le vélo haut de gamme en Europe », a assuré son directeur général, Pieter Van Loon, dans un communiqué.",
            "Pieter Van Loon",
            R,
        ),
        (
            "Le communiqué, rédigé dans cette langue de bois que les fusions affectionnent, ne dit pas un mot de la ligne de peinture.",
            AUTHOR,
            OP,
        ),
        (
            "Fondé en 1988, le groupe revendique 1,1 million de vélos vendus en 2025.",
            "Velonia",
            R,
        ),
        (
            "Des observateurs du secteur rappellent pourtant qu'il a fermé deux usines, en Belgique et en Allemagne, depuis 2022.",
            A,
            A,
        ),
        (
            "Les promesses de maintien de l'emploi, ajoutent-ils, ont rarement survécu au premier exercice déficitaire.",
            A,
            A,
        ),
        (
            "Les ventes de vélos neufs ont chuté de 18 % en France en 2025, selon l'Observatoire national du cycle.",
            "Observatoire national du cycle",
            R,
        ),
        (
            "Après l'euphorie des années de pandémie, la gueule de bois est sévère, et les assembleurs français en paient l'addition au prix fort.",
            AUTHOR,
            OP,
        ),
        (
            "À Bercy, on indique « suivre le dossier avec la plus grande attention ».",
            A,
            A,
        ),
        (
            "Le député de la circonscription, Jean-Luc Perrotin, a réclamé jeudi que l'État « conditionne toute aide publique à des engagements écrits sur l'emploi ».",
            "Jean-Luc Perrotin",
            R,
        ),
        (
            "L'entreprise a perçu 4,5 millions d'euros de subventions régionales depuis 2020, d'après les comptes consultés par notre journal.",
            AUTHOR,
            F,
        ),
        (
            "Il serait pourtant naïf de ne voir dans cette vente qu'une affaire de gros sous.",
            AUTHOR,
            OP,
        ),
        (
            "La reprise pourrait aussi sauver une marque que ses propres héritiers n'avaient plus les moyens de moderniser.",
            AUTHOR,
            H,
        ),
        (
            "Le vrai scandale est ailleurs : le pays qui a dépensé des centaines de millions pour promouvoir le vélo ne sait presque plus en fabriquer un seul cadre.",
            AUTHOR,
            OP,
        ),
        (
            "La signature définitive interviendrait avant la fin de l'année, assure-t-on au siège de l'entreprise.",
            A,
            A,
        ),
        (
            "D'ici là, le comité social et économique doit rendre son avis le 12 novembre.",
            AUTHOR,
            F,
        ),
    ],
)

build(
    "sieste-declin-cognitif-tours",
    [
        (
            "Institut de recherche sur le vieillissement de Tours",
            "ORG",
            ["Institut de recherche sur le vieillissement de Tours", "IRVT", "équipe"],
        ),
        ("Élise Carrouget", "PER", ["Élise Carrouget"]),
        ("Marc-Antoine Duris", "PER", ["Marc-Antoine Duris"]),
        ("Fondation Morphée", "ORG", ["Fondation Morphée"]),
    ],
    [
        (
            "Les personnes âgées qui font chaque jour une sieste de plus d'une heure présentent un risque de déclin cognitif supérieur de 40 % à celui des personnes qui n'en font pas, selon une étude de l'Institut de recherche sur le vieillissement de Tours (IRVT) publiée mardi dans la revue Neurology & Ageing.",
            "Institut de recherche sur le vieillissement de Tours",
            R,
        ),
        (
            "L'équipe a suivi pendant huit ans 4 200 volontaires âgés de 65 ans et plus, recrutés dans 31 communes d'Indre-et-Loire et du Loir-et-Cher.",
            AUTHOR,
            F,
        ),
        (
            "Les siestes courtes, de moins de trente minutes, seraient au contraire associées à un léger effet protecteur, d'après les mêmes travaux.",
            "Institut de recherche sur le vieillissement de Tours",
            R,
        ),
        (
            "« Nous ne disons pas que la sieste abîme le cerveau. Nous disons qu'une sieste qui s'allonge d'année en année doit alerter », résume la neurologue Élise Carrouget, qui a dirigé l'étude.",
            "Élise Carrouget",
            R,
        ),
        (
            "Selon elle, la somnolence de l'après-midi pourrait être un signe précoce de la maladie d'Alzheimer plutôt qu'une cause du déclin.",
            "Élise Carrouget",
            R,
        ),
        ("Le résultat est frappant, mais il appelle la prudence.", AUTHOR, OP),
        (
            "Une étude d'observation ne prouve aucun lien de cause à effet, et il n'est pas exclu que les grands dormeurs de l'après-midi aient été, dès le départ, en moins bonne santé que les autres.",
            AUTHOR,
            H,
        ),
        (
            "Le manque de sommeil nocturne, que ces bracelets mesurent assez mal, pourrait aussi brouiller les cartes.",
            AUTHOR,
            H,
        ),
        (
            "Élise Carrouget reconnaît cette limite, tout en soulignant que les résultats « tiennent après ajustement sur une vingtaine de facteurs ».",
            "Élise Carrouget",
            R,
        ),
        (
            "L'épidémiologiste Marc-Antoine Duris, qui n'a pas participé aux travaux, juge la méthode « solide » mais craint des conclusions « promises à des titres trompeurs ».",
            "Marc-Antoine Duris",
            R,
        ),
        (
            "« On va lire partout que la sieste rend sénile. C'est exactement l'inverse de ce que dit l'étude », s'agace-t-il.",
            "Marc-Antoine Duris",
            R,
        ),
        (
            "Il estime par ailleurs que l'effet protecteur des siestes courtes « pourrait n'être qu'un artefact statistique ».",
            "Marc-Antoine Duris",
            R,
        ),
        (
            "Un rapport de la Fondation Morphée, publié en 2024, évaluait à 27 % la part des plus de 65 ans faisant une sieste quotidienne de plus d'une heure.",
            "Fondation Morphée",
            R,
        ),
        (
            "En France, la maladie d'Alzheimer et les maladies apparentées touchent environ 1,2 million de personnes.",
            AUTHOR,
            F,
        ),
        (
            "Dans plusieurs services de gériatrie, on observe depuis longtemps que les patients qui « dorment tout l'après-midi » déclinent plus vite, confie un praticien hospitalier qui préfère rester discret.",
            A,
            A,
        ),
        (
            "Certains spécialistes du sommeil redoutent toutefois que l'étude ne culpabilise des retraités pour qui la sieste reste avant tout un plaisir.",
            A,
            A,
        ),
        ("Rien n'est moins sûr.", AUTHOR, OP),
        (
            "La durée de la sieste est probablement un symptôme bien plus qu'un poison.",
            AUTHOR,
            H,
        ),
        (
            "Une deuxième phase de l'étude, dotée de 2,3 millions d'euros, doit débuter en janvier 2027 avec des examens d'imagerie cérébrale.",
            AUTHOR,
            F,
        ),
        (
            "Elle pourrait enfin dire lequel, de la sieste ou du déclin, précède l'autre.",
            AUTHOR,
            H,
        ),
        (
            "En attendant, la meilleure ordonnance reste celle des grands-mères : un quart d'heure, les volets mi-clos, et pas une minute de plus.",
            AUTHOR,
            OP,
        ),
    ],
)

build(
    "horloger-clochers-haut-jura",
    [
        (
            "Armand Jeunet",
            "PER",
            ["Armand Jeunet", "ancien horloger de Morez", "horloger", "vieil homme"],
        ),
        ("Odile Prost-Bailly", "PER", ["Odile Prost-Bailly", "maire"]),
        (
            "Pascale Mouget",
            "PER",
            ["Pascale Mouget", "présidente de l'association Temps des clochers"],
        ),
    ],
    [
        (
            "Il a l'oreille d'un accordeur de piano et la patience d'un moine.",
            AUTHOR,
            OP,
        ),
        (
            "À 74 ans, cet ancien horloger de Morez entretient encore, seul, les mécanismes de 23 clochers du Haut-Jura.",
            AUTHOR,
            F,
        ),
        (
            "Il est, selon toute vraisemblance, le dernier à le faire dans le département.",
            AUTHOR,
            H,
        ),
        (
            "« Les communes ont électrifié presque toutes les horloges dans les années 1970. Les miennes, ce sont celles que personne n'a eu l'argent de moderniser », sourit-il.",
            "Armand Jeunet",
            R,
        ),
        (
            "Une horloge qu'on oublie un seul hiver est une horloge perdue.",
            "Armand Jeunet",
            R,
        ),
        (
            "Vernecourt-le-Haut compte 212 habitants et une seule horloge publique, celle du clocher.",
            AUTHOR,
            F,
        ),
        (
            "La maire, Odile Prost-Bailly, reconnaît ne lui verser que 400 euros par an.",
            "Odile Prost-Bailly",
            R,
        ),
        (
            "« Sans lui, on aurait une horloge arrêtée à midi vingt depuis des années. Il fait ça par amour, pas pour l'argent », dit-elle.",
            "Odile Prost-Bailly",
            R,
        ),
        (
            "Dans d'autres villages, on murmure que certains maires préféreraient un boîtier radio à 3 000 euros, sans entretien, plutôt que de dépendre d'un retraité.",
            A,
            A,
        ),
        ("Deux communes voisines auraient déjà franchi le pas l'an dernier.", A, A),
        (
            "Ce serait une petite catastrophe, et pas seulement pour les nostalgiques.",
            AUTHOR,
            OP,
        ),
        (
            "La plupart de ces mécanismes ont été fabriqués entre 1880 et 1930 dans les ateliers de Morez.",
            AUTHOR,
            F,
        ),
        (
            "Ce sont de petits chefs-d'œuvre de fonte et de laiton, que l'on laisse rouiller avec une indifférence consternante.",
            AUTHOR,
            OP,
        ),
        (
            "Depuis 1990, près d'un tiers des horloges mécaniques de clocher du Jura ont été démontées ou remplacées.",
            "Pascale Mouget",
            R,
        ),
        (
            "Son inventaire, achevé en 2025, recense 412 mécanismes encore en place dans le département.",
            "Pascale Mouget",
            R,
        ),
        (
            "« Chaque fois qu'un mécanisme part à la ferraille, c'est un morceau de l'histoire industrielle du Jura qu'on jette », regrette-t-elle.",
            "Pascale Mouget",
            R,
        ),
        (
            "Elle plaide pour que les plus anciens soient protégés au titre des monuments historiques.",
            "Pascale Mouget",
            R,
        ),
        (
            "« Il a de bonnes mains, mais il préfère les ordinateurs. Je ne vais pas le lui reprocher », tranche l'horloger.",
            "Armand Jeunet",
            R,
        ),
        (
            "Il est probable que la plupart de ces horloges se taisent avec lui.",
            AUTHOR,
            H,
        ),
        (
            "Il y a des métiers qui disparaissent sans bruit ; celui-là, au moins, aura sonné juste jusqu'au bout.",
            AUTHOR,
            OP,
        ),
    ],
)
