"""Builds the *.gold.json files beside it from the annotated sentences below, computing
the character offsets of each claim (the sentence found by its full text).
Held-out set N: written blind to the analyzer (its code, lexicons and output unread,
no other held-out folder read but g/make_gold.py for the format), in five forms: an
environment report (wolf attacks, the conditional of reported speech), an unsigned
editorial on a rail line closure, a takeover with its press release, analyst and
unnamed staff, a sports portrait, a science explainer on a study and its critics.
Run: python3 tests/data/heldout/n/make_gold.py"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/data: the shared builder
from gold_builder import AUTHOR, OP, A, F, H, R, builder

build = builder(__file__)

build(
    "loup-diois-brebis",
    [
        ("Lucien Fabre", "PER", ["Lucien Fabre", "éleveur de 54 ans"]),
        ("préfecture de la Drôme", "ORG", ["préfecture de la Drôme", "préfecture"]),
        ("préfet de la Drôme", "PER", ["préfet de la Drôme"]),
        ("Office français de la biodiversité", "ORG", ["Office français de la biodiversité"]),
        (
            "Alliance pour la faune sauvage",
            "ORG",
            ["Alliance pour la faune sauvage", "association"],
        ),
        ("Camille Besson", "PER", ["Camille Besson", "porte-parole"]),
        ("Syndicat des éleveurs du Diois", "ORG", ["Syndicat des éleveurs du Diois", "syndicat"]),
        ("Gérard Roux", "PER", ["Gérard Roux", "président du Syndicat des éleveurs du Diois"]),
        ("éleveurs", "GROUP", ["éleveurs"]),
        (
            "Hélène Marchetti",
            "PER",
            ["Hélène Marchetti", "écologue à l'Institut alpin d'écologie", "chercheuse"],
        ),
    ],
    [
        ("Trente-huit brebis ont été tuées et vingt-deux autres blessées.", AUTHOR, F),
        (
            "« J'ai fait tout ce qu'on nous demande : les filets, les deux patous, un aide-berger l'été. Ça n'a servi à rien », lâche l'éleveur de 54 ans, installé depuis trois générations sur les pentes du col de la Croix.",
            "Lucien Fabre",
            R,
        ),
        (
            "Selon la préfecture de la Drôme, il s'agit de la septième attaque constatée sur la commune depuis le mois de mai.",
            "préfecture de la Drôme",
            R,
        ),
        (
            "Dans un communiqué publié vendredi soir, le préfet de la Drôme a annoncé l'autorisation d'un tir de défense renforcé autour des troupeaux de la vallée.",
            "préfet de la Drôme",
            R,
        ),
        (
            "La mesure vaudra jusqu'à la fin de l'estive, a précisé la préfecture.",
            "préfecture de la Drôme",
            R,
        ),
        (
            "Une meute de cinq ou six bêtes aurait été aperçue au début du mois près du hameau des Granges, assure une habitante qui préfère taire son nom.",
            A,
            A,
        ),
        (
            "D'autres disent avoir entendu des hurlements certaines nuits, jusque derrière l'école.",
            A,
            A,
        ),
        (
            "« On n'ose plus laisser les enfants attendre seuls le car », confie un père de famille devant la boulangerie.",
            A,
            A,
        ),
        (
            "L'Alliance pour la faune sauvage appelle, elle, à « ne pas céder à la panique ».",
            "Alliance pour la faune sauvage",
            R,
        ),
        (
            "Sa porte-parole, Camille Besson, rappelle que le loup reste une espèce protégée et que « les tirs n'ont jamais réglé la prédation sur le long terme ».",
            "Camille Besson",
            R,
        ),
        (
            "Selon l'association, les troupeaux les mieux protégés subiraient trois fois moins d'attaques que les autres.",
            "Alliance pour la faune sauvage",
            R,
        ),
        (
            "Les aides à l'achat de filets seraient en outre versées avec plusieurs mois de retard.",
            "Alliance pour la faune sauvage",
            R,
        ),
        (
            "Le président du Syndicat des éleveurs du Diois, Gérard Roux, réclame « le droit de défendre nos bêtes sans attendre un arrêté ».",
            "Gérard Roux",
            R,
        ),
        (
            "Il affirme que 140 exploitations de la vallée ont déjà renoncé à laisser leurs troupeaux dehors la nuit.",
            "Gérard Roux",
            R,
        ),
        (
            "Certains adhérents parleraient même de bloquer la route départementale la semaine prochaine, glisse-t-on au syndicat.",
            A,
            A,
        ),
        (
            "Hélène Marchetti, écologue à l'Institut alpin d'écologie, suit les meutes du massif depuis 2012.",
            AUTHOR,
            F,
        ),
        (
            "Pour elle, la hausse des attaques « tient moins au nombre de loups qu'à la dispersion des jeunes mâles ».",
            "Hélène Marchetti",
            R,
        ),
        (
            "« Un animal qui quitte sa meute cherche des proies faciles. Un troupeau isolé au fond d'un vallon, c'en est une », explique la chercheuse.",
            "Hélène Marchetti",
            R,
        ),
        (
            "Dans la Drôme, 612 brebis ont été indemnisées au titre de la prédation depuis janvier, contre 455 sur la même période l'an passé.",
            AUTHOR,
            F,
        ),
        (
            "Le loup semble s'installer durablement sur ce versant du massif, et le tir de défense pourrait ne pas suffire à apaiser la vallée.",
            AUTHOR,
            H,
        ),
    ],
)

build(
    "ligne-vernac-castelroux-editorial",
    [
        ("conseil régional", "ORG", ["conseil régional", "Région"]),
        (
            "Jean-Marc Vidal",
            "PER",
            ["Jean-Marc Vidal", "vice-président chargé des transports"],
        ),
        ("Rail en campagne", "ORG", ["Rail en campagne", "association d'usagers Rail en campagne"]),
        ("Yves Tardieu", "PER", ["Yves Tardieu"]),
        ("majorité régionale", "GROUP", ["majorité régionale"]),
        ("usagers", "GROUP", ["usagers"]),
        ("élus de l'opposition", "GROUP", ["élus de l'opposition"]),
    ],
    [
        (
            "À partir du 1er septembre, plus aucun train de voyageurs ne circulera entre Vernac et Castelroux, et des autocars prendront le relais sur les 47 kilomètres de la ligne.",
            AUTHOR,
            F,
        ),
        (
            "Le vice-président chargé des transports, Jean-Marc Vidal, parle d'une « décision de responsabilité ».",
            "Jean-Marc Vidal",
            R,
        ),
        (
            "Selon la Région, la remise en état des voies coûterait 64 millions d'euros, pour à peine 380 voyageurs par jour.",
            "conseil régional",
            R,
        ),
        ("Ces chiffres sont exacts, mais ils ne disent pas tout.", AUTHOR, OP),
        (
            "Trois cent quatre-vingts voyageurs, c'est ce qui reste d'une ligne que l'on a laissée mourir à petit feu.",
            AUTHOR,
            OP,
        ),
        (
            "En 2012, elle comptait encore onze allers-retours quotidiens ; il n'en restait que quatre l'an dernier.",
            AUTHOR,
            F,
        ),
        (
            "Le premier train quittait Castelroux à 5 h 52 et le dernier y revenait à 18 h 10 : essayez donc, avec cela, d'aller au cinéma ou de finir une garde à l'hôpital.",
            AUTHOR,
            OP,
        ),
        ("Qui prend un train qui ne passe jamais ?", AUTHOR, OP),
        (
            "La fréquentation s'effondre, et l'effondrement sert ensuite d'argument pour fermer.",
            AUTHOR,
            OP,
        ),
        ("Le procédé est connu, il n'en est pas moins désolant.", AUTHOR, OP),
        (
            "Vient alors l'autocar, paré de toutes les vertus de la modernité et de la souplesse.",
            AUTHOR,
            OP,
        ),
        (
            "Il mettra pourtant 1 h 25 pour relier les deux villes, contre 52 minutes pour le train.",
            AUTHOR,
            F,
        ),
        (
            "La Région promet des véhicules neufs, le wifi à bord et des tarifs inchangés.",
            "conseil régional",
            R,
        ),
        (
            "Elle assure aussi que la collectivité économiserait 5,8 millions d'euros par an.",
            "conseil régional",
            R,
        ),
        ("L'économie pourrait pourtant être de courte durée.", AUTHOR, H),
        (
            "Dans les départements voisins qui ont fait ce choix, la fréquentation des cars de substitution aurait reculé d'un tiers en cinq ans, selon une étude de l'association d'usagers Rail en campagne.",
            "Rail en campagne",
            R,
        ),
        ("Leur association a réuni 6 200 signatures contre la fermeture.", AUTHOR, F),
        (
            "Son président, Yves Tardieu, estime que « la Région ferme une ligne pour ne pas avoir à la moderniser ».",
            "Yves Tardieu",
            R,
        ),
        (
            "Il rappelle que la gare de Castelroux a été rénovée en 2019, pour 2,3 millions d'euros.",
            "Yves Tardieu",
            R,
        ),
        ("On voit mal comment lui donner tort.", AUTHOR, OP),
        (
            "Il ne s'agit pas de nier le coût du rail, ni de faire du moindre kilomètre de voie un totem.",
            AUTHOR,
            OP,
        ),
        ("Mais une ligne fermée rouvre rarement.", AUTHOR, OP),
        (
            "Dans la région, sur les 310 kilomètres de voies fermées aux voyageurs depuis 1990, 18 seulement ont retrouvé des trains.",
            AUTHOR,
            F,
        ),
        (
            "La majorité régionale compte peut-être sur la lassitude des usagers pour que l'on oublie vite la ligne.",
            AUTHOR,
            H,
        ),
        (
            "Le choix est défendable sur un tableur ; il est myope sur le terrain.",
            AUTHOR,
            OP,
        ),
        (
            "Avant de démonter les rails, il faudrait au moins essayer, une seule fois, de faire rouler des trains aux heures où les gens en ont besoin.",
            AUTHOR,
            OP,
        ),
        (
            "Ce ne serait pas un luxe, mais le minimum qu'on doit à une vallée de 30 000 habitants.",
            AUTHOR,
            OP,
        ),
        ("Le dernier train partira de Vernac le 31 août à 17 h 04.", AUTHOR, F),
        ("Il y aura du monde sur le quai, pour une fois.", AUTHOR, OP),
    ],
)

build(
    "coutellerie-vernadet-rachat",
    [
        ("Vernadet", "ORG", ["Vernadet", "coutellerie thiernoise", "entreprise"]),
        ("famille Vernadet", "GROUP", ["famille Vernadet"]),
        ("Halvor Industries", "ORG", ["Halvor Industries", "Halvor", "groupe suédois"]),
        ("Bertrand Vernadet", "PER", ["Bertrand Vernadet"]),
        ("Nathalie Girard", "PER", ["Nathalie Girard", "analyste chez Orbis Finance"]),
        ("direction", "ORG", ["direction"]),
        ("CGT", "ORG", ["section CGT du site", "CGT"]),
        ("Karim Benali", "PER", ["Karim Benali", "délégué"]),
    ],
    [
        (
            "La coutellerie thiernoise, fondée en 1886, va passer sous le contrôle du groupe suédois Halvor Industries, qui rachète 82 % de son capital pour un montant non divulgué.",
            AUTHOR,
            F,
        ),
        (
            "Fondée par un forgeron du quartier du Moutier, la maison n'avait jamais quitté la famille en cinq générations.",
            AUTHOR,
            F,
        ),
        (
            "Halvor, qui fabrique déjà des outils de jardin et des couteaux de chasse, y affirme vouloir « préserver l'identité et l'ancrage auvergnat » de la marque.",
            "Halvor Industries",
            R,
        ),
        (
            "Le groupe s'engage à maintenir les 214 emplois du site « pendant au moins trois ans ».",
            "Halvor Industries",
            R,
        ),
        (
            "« Nous avons cherché pendant deux ans un repreneur capable d'investir sans déménager. Halvor est celui-là », explique dans le même document Bertrand Vernadet, 67 ans, qui dirigeait l'entreprise depuis 1994.",
            "Bertrand Vernadet",
            R,
        ),
        (
            "L'entreprise a réalisé l'an dernier un chiffre d'affaires de 31 millions d'euros, dont 40 % à l'exportation.",
            AUTHOR,
            F,
        ),
        (
            "Ses couteaux pliants, vendus entre 45 et 300 euros, se sont fait une place dans les grands magasins de Tokyo et de New York.",
            AUTHOR,
            F,
        ),
        (
            "Pour Nathalie Girard, analyste chez Orbis Finance, la cession était « presque inévitable ».",
            "Nathalie Girard",
            R,
        ),
        (
            "« Les marques patrimoniales de taille moyenne n'ont plus les moyens de financer seules leur distribution à l'étranger », souligne-t-elle.",
            "Nathalie Girard",
            R,
        ),
        (
            "Elle évalue le prix payé à une quarantaine de millions d'euros.",
            "Nathalie Girard",
            R,
        ),
        (
            "D'autres observateurs du secteur se montrent plus réservés sur les intentions du repreneur.",
            A,
            A,
        ),
        (
            "Halvor aurait fermé en 2021 une usine de sécateurs rachetée dans le nord de l'Italie, dix-huit mois après en avoir pris le contrôle, rappelle un bon connaisseur du dossier.",
            A,
            A,
        ),
        (
            "« On savait que le patron cherchait. Maintenant, on attend de voir ce que valent les promesses », confie un émouleur entré chez Vernadet il y a vingt ans.",
            A,
            A,
        ),
        (
            "Une salariée du service expédition redoute une « montée en cadence » au détriment de la finition à la main.",
            A,
            A,
        ),
        (
            "Selon plusieurs employés, la direction aurait déjà évoqué le transfert des lames d'entrée de gamme vers une autre usine du groupe.",
            A,
            A,
        ),
        (
            "La section CGT du site a demandé la réunion d'un comité social et économique extraordinaire.",
            "CGT",
            R,
        ),
        ("« Trois ans, c'est demain », résume son délégué, Karim Benali.", "Karim Benali", R),
        (
            "À Thiers, la coutellerie fait encore vivre près de 1 500 personnes.",
            AUTHOR,
            F,
        ),
        (
            "Un élu municipal, qui préfère rester discret, parle d'« un coup dur pour l'image de la ville ».",
            A,
            A,
        ),
        (
            "La Bourse, elle, a salué l'opération : l'action Halvor a gagné 3,4 % mardi à Stockholm.",
            AUTHOR,
            F,
        ),
    ],
)

build(
    "portrait-josiane-lacombe",
    [
        ("Josiane Lacombe", "PER", ["Josiane Lacombe", "Josiane"]),
        ("Yanis Berthier", "PER", ["Yanis Berthier", "jeune homme"]),
        (
            "Athlétic Club montluçonnais",
            "ORG",
            ["Athlétic Club montluçonnais", "club", "association"],
        ),
        ("Daniel Meyrat", "PER", ["Daniel Meyrat", "président du club"]),
    ],
    [
        (
            "« Relâche les épaules ! », lance-t-elle à chaque passage, sans jamais hausser la voix.",
            "Josiane Lacombe",
            R,
        ),
        (
            "Depuis 31 ans, elle entraîne bénévolement les demi-fondeurs de l'Athlétic Club montluçonnais.",
            AUTHOR,
            F,
        ),
        (
            "Ancienne professeure d'éducation physique, elle a vu passer plus de 400 athlètes, dont sept ont porté le maillot de l'équipe de France.",
            AUTHOR,
            F,
        ),
        (
            "Yanis Berthier, 22 ans, est sans conteste le plus doué de tous.",
            AUTHOR,
            OP,
        ),
        (
            "Son 1 500 m couru en 3 min 36 s 84 au mois de juin le place au quatrième rang des bilans nationaux de la saison.",
            AUTHOR,
            F,
        ),
        (
            "« Josiane ne m'a jamais promis de médaille. Elle m'a promis que je saurais toujours pourquoi je perds, et c'est plus précieux », dit le jeune homme, étudiant en génie mécanique à Clermont-Ferrand.",
            "Yanis Berthier",
            R,
        ),
        ("Un trésor que bien des fédérations lui envieraient.", AUTHOR, OP),
        (
            "« Les montres donnent des chiffres. Le cahier, lui, raconte une histoire », sourit-elle.",
            "Josiane Lacombe",
            R,
        ),
        (
            "Au comité régional, certains jugent ses méthodes datées et lui reprochent de bouder les stages fédéraux.",
            A,
            A,
        ),
        (
            "Elle aurait décliné à deux reprises un poste d'entraîneuse nationale, selon un dirigeant qui l'a bien connue.",
            A,
            A,
        ),
        (
            "Elle balaie le sujet d'un geste : « Mon travail est ici. Paris, c'est loin, et les gamins de Montluçon ne vont pas s'entraîner tout seuls. »",
            "Josiane Lacombe",
            R,
        ),
        (
            "Le président du club, Daniel Meyrat, la décrit comme « têtue, exigeante et d'une loyauté absolue ».",
            "Daniel Meyrat",
            R,
        ),
        (
            "Il assure que l'association, qui compte 280 licenciés, ne survivrait pas à son départ.",
            "Daniel Meyrat",
            R,
        ),
        ("Ce dévouement a pourtant un prix.", AUTHOR, OP),
        (
            "Le 26 juillet, à Albi, Yanis Berthier disputera les championnats de France avec l'ambition de monter sur le podium.",
            AUTHOR,
            F,
        ),
        ("Ce serait une première pour le club.", AUTHOR, H),
        (
            "Il en a les moyens, à condition de ne pas partir trop vite, comme l'an passé à Nantes, où il avait explosé dans le dernier virage.",
            AUTHOR,
            OP,
        ),
        ("Une saison trop chargée pourrait aussi lui coûter cher.", AUTHOR, H),
        ("On devine que c'était bon.", AUTHOR, H),
    ],
)

build(
    "montres-sommeil-etude",
    [
        (
            "équipe de l'Institut européen du sommeil",
            "GROUP",
            [
                "équipe de l'Institut européen du sommeil",
                "auteurs de l'étude",
                "auteurs",
                "équipe",
                "chercheurs",
            ],
        ),
        (
            "Margaux Delorme",
            "PER",
            ["Margaux Delorme", "neurologue et première autrice de l'étude"],
        ),
        (
            "Pierre-Henri Vasseur",
            "PER",
            [
                "Pierre-Henri Vasseur",
                "spécialiste du sommeil au centre hospitalier de Valmont-sur-Loire",
            ],
        ),
        ("Mutuelle des Deux-Rives", "ORG", ["Mutuelle des Deux-Rives", "financeur"]),
    ],
    [
        (
            "Une étude publiée le 3 février dans la revue Sleep Metrics Review s'est demandé ce que valent ces chiffres.",
            AUTHOR,
            F,
        ),
        (
            "Ses auteurs, une équipe de l'Institut européen du sommeil, à Lille, ont comparé six modèles de montres et de bagues connectées à la polysomnographie, l'examen de référence pratiqué à l'hôpital.",
            AUTHOR,
            F,
        ),
        (
            "Pendant deux nuits, 118 volontaires âgés de 19 à 74 ans ont dormi au laboratoire, bardés d'électrodes et équipés des appareils testés.",
            AUTHOR,
            F,
        ),
        ("Le résultat est mitigé.", AUTHOR, OP),
        (
            "Sur la durée totale du sommeil, les appareils se trompent en moyenne de 21 minutes, un écart jugé acceptable par les auteurs de l'étude.",
            "équipe de l'Institut européen du sommeil",
            R,
        ),
        (
            "La répartition entre les phases du sommeil est une autre affaire : le sommeil profond est surestimé de 34 % en moyenne, et deux appareils sur six confondent régulièrement l'éveil calme avec le sommeil léger.",
            AUTHOR,
            F,
        ),
        (
            "« Ces objets sont de bons podomètres du sommeil, pas des médecins », résume Margaux Delorme, neurologue et première autrice de l'étude.",
            "Margaux Delorme",
            R,
        ),
        (
            "Elle ajoute que l'erreur est plus forte chez les plus de 60 ans, dont le sommeil est plus fragmenté.",
            "Margaux Delorme",
            R,
        ),
        (
            "L'équipe n'a pas publié le nom des marques testées, par crainte de poursuites, selon elle.",
            "Margaux Delorme",
            R,
        ),
        (
            "Les chercheurs reconnaissent eux-mêmes que deux nuits au laboratoire ne ressemblent guère à une nuit ordinaire à la maison.",
            "équipe de l'Institut européen du sommeil",
            R,
        ),
        (
            "L'échantillon reste en outre modeste, et certains appareils testés datent de 2022, une éternité dans ce secteur.",
            AUTHOR,
            OP,
        ),
        (
            "C'est l'objection principale du Dr Pierre-Henri Vasseur, spécialiste du sommeil au centre hospitalier de Valmont-sur-Loire, qui juge l'étude « honnête mais déjà dépassée ».",
            "Pierre-Henri Vasseur",
            R,
        ),
        (
            "« Les fabricants mettent à jour leurs algorithmes tous les six mois. Mesurer des modèles vieux de trois ans, c'est photographier un train déjà parti », estime-t-il.",
            "Pierre-Henri Vasseur",
            R,
        ),
        (
            "Il regrette aussi que le travail ait été financé en partie par la Mutuelle des Deux-Rives, qui vend à ses adhérents des programmes de « coaching du sommeil ».",
            "Pierre-Henri Vasseur",
            R,
        ),
        (
            "Margaux Delorme répond que le financeur « n'a eu accès ni aux données ni au manuscrit avant la publication ».",
            "Margaux Delorme",
            R,
        ),
        (
            "Selon un chercheur qui a relu l'article pour la revue, la méthode est « solide », mais la conclusion sur les plus âgés « repose sur trop peu de cas ».",
            A,
            A,
        ),
        (
            "Des modèles plus récents feraient peut-être mieux, mais personne ne l'a encore vérifié de façon indépendante.",
            AUTHOR,
            H,
        ),
        (
            "Certains spécialistes s'inquiètent d'un autre effet, que l'étude ne mesure pas : l'orthosomnie, cette obsession du « bon score » qui finit par empêcher de dormir.",
            A,
            A,
        ),
        (
            "Des consultations du sommeil recevraient désormais des patients venus avec leurs courbes imprimées, dit-on dans le milieu.",
            A,
            A,
        ),
        ("Le phénomène semble réel, mais il reste mal documenté.", AUTHOR, H),
        (
            "Pour suivre une tendance sur plusieurs semaines, ces appareils sont sans doute utiles.",
            AUTHOR,
            H,
        ),
        (
            "Pour conclure à une apnée ou à une insomnie, ils ne remplacent pas un examen, et il serait imprudent de croire le contraire.",
            AUTHOR,
            OP,
        ),
        (
            "Le plus sage reste de regarder sa montre un peu moins souvent, et de se demander simplement si l'on se sent reposé.",
            AUTHOR,
            OP,
        ),
    ],
)
