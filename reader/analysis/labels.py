"""How actor types and claim kinds are named and marked wherever they are shown.

Beside the model they label, so that the app, the exports and the class report all
read one table.
"""

ACTOR_LABELS = {
    "PER": "Personnes",
    "ORG": "Organisations",
    "GPE": "États et villes",
    "GROUP": "Groupes",
}
KIND_LABELS = {
    "reported": "Rapportées (reported)",
    "anonymous": "Anonymes (anonymous)",
    "hedged": "Prudentes (hedged)",
    "opinion": "Opinions (opinion)",
    "fact": "Faits chiffrés (fact)",
}
KIND_MARKS = {"reported": "»", "anonymous": "?", "hedged": "~", "opinion": "!", "fact": "#"}
