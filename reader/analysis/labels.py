"""How actor types and claim kinds are named and marked wherever they are shown.

Beside the model they label, so that the app, the exports and the class report all
read one table. The labels are message ids: show them through `_()`.
"""

from reader.i18n import N_, _

ACTOR_LABELS = {
    "PER": N_("People"),
    "ORG": N_("Organisations"),
    "GPE": N_("States and cities"),
    "GROUP": N_("Groups"),
}
KIND_LABELS = {
    "reported": N_("Reported"),
    "anonymous": N_("Anonymous"),
    "hedged": N_("Hedged"),
    "opinion": N_("Opinions"),
    "fact": N_("Checkable facts"),
}
# One word for each kind, for the legend beside its gutter mark.
KIND_NAMES = {
    "reported": N_("reported"),
    "anonymous": N_("anonymous"),
    "hedged": N_("hedged"),
    "opinion": N_("opinion"),
    "fact": N_("fact"),
}
KIND_MARKS = {"reported": "»", "anonymous": "?", "hedged": "~", "opinion": "!", "fact": "#"}
# The speakers that are no actor: the article's author, an unnamed source.
SPEAKER_LABELS = {"author": N_("the author"), "anonymous": N_("anonymous source")}


def speaker_name(speaker: str) -> str:
    """The author or an unnamed source in the reader's language; an actor's name as
    written (a name is never translated)."""
    return _(SPEAKER_LABELS[speaker]) if speaker in SPEAKER_LABELS else speaker
