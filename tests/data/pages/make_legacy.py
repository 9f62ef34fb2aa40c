"""Writes the two legacy-encoding fixtures: their bytes must not be UTF-8, which an
editor would silently change. Run: python3 tests/data/pages/make_legacy.py"""

import json
from pathlib import Path

here = Path(__file__).resolve().parent
paras = [
    "Le cœur du vieux bourg de Saint-Aignan a retrouvé ses couleurs : après dix-huit mois de travaux, l’église romane rouvre ses portes au public ce samedi.",
    "La restauration a coûté 2,4 millions d’euros, dont près de 800 000 € apportés par une souscription lancée auprès des habitants et de la diaspora aveyronnaise.",
    "« C’est une œuvre collective, personne n’y croyait au départ », reconnaît le maire, Émile Cayrol, qui a suivi le chantier semaine après semaine.",
    "Les peintures murales du chœur, dégradées par l’humidité, ont été consolidées par une équipe de restauratrices venues de Toulouse. Certaines scènes, effacées depuis le XIXᵉ siècle, sont de nouveau lisibles.",
    "Une fête réunira samedi les donateurs, les artisans et les élèves de l’école, qui ont préparé une exposition sur l’histoire du village.",
]
paras[3] = paras[3].replace("XIXᵉ", "XIXe")  # cp1252 has no superscript e
title = "Saint-Aignan : l’église restaurée rouvre grâce aux habitants"
html = (
    f"""<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta charset="windows-1252">
<title>{title} - La Dépêche des Causses</title>
<meta name="author" content="Françoise Bénézech">
<meta name="date" content="2019-06-07">
<meta property="og:site_name" content="La Dépêche des Causses">
</head>
<body>
<table width="100%"><tr><td class="menu"><a href="/">Accueil</a> | <a href="/region">Région</a> | <a href="/faits-divers">Faits divers</a> | <a href="/annonces">Petites annonces</a></td></tr></table>
<table width="100%"><tr>
<td class="col-gauche" width="160"><b>Rubriques</b><br><a href="/agriculture">Agriculture</a><br><a href="/sports">Sports</a><br><a href="/necro">Nécrologie</a><br><br><b>Publicité</b><br>Garage Delmas, réparation toutes marques</td>
<td class="col-centre">
<h1>{title}</h1>
<p class="auteur">Françoise Bénézech – 07/06/2019</p>
"""
    + "\n".join(f"<p>{p}</p>" for p in paras)
    + """
<p class="reagir"><a href="/reagir">Réagir à cet article</a> – <a href="/imprimer">Imprimer</a></p>
</td>
</tr></table>
<p class="copyright">Copyright © La Dépêche des Causses – reproduction interdite</p>
</body>
</html>
"""
)
(here / "legacy_cp1252.html").write_bytes(html.encode("cp1252"))
(here / "legacy_cp1252.expected.txt").write_text("\n\n".join(paras) + "\n", encoding="utf-8")
(here / "legacy_cp1252.boilerplate.txt").write_text(
    "\n".join(
        [
            "Petites annonces",
            "Rubriques",
            "Nécrologie",
            "Publicité",
            "Garage Delmas",
            "Réagir à cet article",
            "Imprimer",
            "reproduction interdite",
        ]
    )
    + "\n",
    encoding="utf-8",
)

(here / "legacy_cp1252.meta.json").write_text(
    json.dumps(
        {
            "title": title,
            "author": "Françoise Bénézech",
            "date": "2019-06-07",
            "site": "La Dépêche des Causses",
        },
        ensure_ascii=False,
    )
    + "\n",
    encoding="utf-8",
)

# A page labelled iso-8859-1 in an http-equiv but typed on Windows: 0x92 is a
# curly apostrophe, as browsers read it (WHATWG maps the label to windows-1252).
paras2 = [
    "Les vendanges ont commencé avec une semaine d’avance dans le Beaujolais, après un été marqué par la sécheresse et deux épisodes de grêle.",
    "Les viticulteurs s’attendent à une récolte inférieure de 15 % à la moyenne décennale, mais jugent la qualité des raisins « très prometteuse ».",
    "La préfecture a autorisé l’emploi de saisonniers venus d’Espagne pour compenser le manque de main-d’œuvre locale.",
]
title2 = "Beaujolais : des vendanges précoces et une récolte en baisse"
html2 = (
    f"""<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>{title2}</title>
</head><body>
<div id="nav"><a href="/">Accueil</a> - <a href="/vins">Vins</a> - <a href="/contact">Contact</a></div>
<div id="article"><h1>{title2}</h1>
"""
    + "\n".join(f"<p>{p}</p>" for p in paras2)
    + """
</div>
<div id="pied">Abonnez-vous à la lettre des vignerons – mentions légales</div>
</body></html>
"""
)
(here / "legacy_latin1_label.html").write_bytes(html2.encode("cp1252"))
(here / "legacy_latin1_label.expected.txt").write_text("\n\n".join(paras2) + "\n", encoding="utf-8")
(here / "legacy_latin1_label.boilerplate.txt").write_text(
    "Abonnez-vous\nmentions légales\n", encoding="utf-8"
)
(here / "legacy_latin1_label.meta.json").write_text(
    json.dumps({"title": title2}, ensure_ascii=False) + "\n", encoding="utf-8"
)
