"""Whose sign is it, in a Spanish message? Someone else's ("mi vecina", "el niño del cuarto
de al lado", a story in a telenovela, a post on Facebook), or the patient's, even when
another person is named first ("mi suegra me escribe que el niño está con 39": the
mother-in-law relays the patient's fever).

The rules work on folded text (lower case, no accents), like bot.safety.spanish.
"""

import re

OTHER_PERSON = re.compile(
    r"\b(?:mi|su)\s+otr[oa]\s+(?:hij[oa]|nin[oa])\b|"
    # the writer's own sign: "yo la mamá estoy con escalofríos" (not "yo la mamá le tomé...")
    r"\byo\s*,?\s+(?:la|el|su)\s+(?:mama|papa|madre|padre|abuel[oa]|ti[oa])\s*,?\s+"
    r"(?:estoy|tengo|ando|me\s+siento)\b|"
    r"\b(?:a\s+)?(?:mi|su|el|la|una|un|otro|otra)\s+(?:sobrin\w*|vecin\w*|prim[oa]s?|ti[oa]s?|"
    r"abuel\w*|amig\w*|espos[oa]|marido|herman\w*|cunad\w*|mama del grupo|"
    r"companer\w*|perr\w*|gat[oa]s?|senora|senor|nino de al lado|nina de al lado|otro nino|"
    r"otra nina|nino del cuarto|nina del cuarto|paciente de al lado|suegr[oa]s?|yerno|nuera|"
    r"padrastro|madrastra|consuegr\w+)\b|\b(?:a|de|con|al)\s+otr[oa]\s+(?:nin[oa]|muchach\w+|"
    r"paciente|bebe|mama|papa|senor\w*)\b|\b(?:de|a|con)\s+un[oa]?\s+(?:nin[oa]|muchach\w+|chic[oa]|"
    r"senor\w*|paciente|bebe)\b|"
    r"\b(?:de\s+la\s+cama|del\s+cuarto|de\s+la\s+habitacion|del\s+cubiculo)\s+de\s+al\s+lado\b|"
    r"\ben\s+(?:el\s+cuarto|la\s+cama|la\s+habitacion|el\s+cubiculo)\s+de\s+al\s+lado\b|"
    r"\b(?:una|otra)\s+(?:mama|senora|familia|paciente)\s+(?:\w+\s+){0,3}?(?:conto|dijo|contaba|"
    r"decia|comento)\b|"
    # "mi papá se marea" is the writer's father, unless he is telling what he sees
    r"\bmi\s+(?:papa|mama|padre|madre)\b(?!\s+(?:me\s+|nos\s+|ya\s+)?(?:dic\w+|dij\w+|ve\b|vio|"
    r"not\w+|cree|piensa|escrib\w+|avis\w+|cuent\w+|cont\w+|llam\w+|mand\w+|pregunt\w+|"
    r"sient\w+|tom\w+|midi\w+|mide))"
)
# "mi suegra me escribe que ...", "mi esposo me avisa que ...": what follows is a report.
RELAYED = re.compile(
    r"\b(?:me|nos)\s+(?:acaba\s+de\s+)?(?:escrib\w+|dic\w+|dijo|avis\w+|cont\w+|llam\w+|"
    r"mand\w+|habl\w+)\s+(?:[\w,]+\s+){0,4}?(?:que|porque|para decir(?:me)?\s+que)\b"
)
# The patient as a relayed report names them: "el niño", "la nena", "mi hija".
_CHILD = (
    r"(?:el|la|mi|mis|nuestr[oa])\s+(?:nin[oa]|nen[ea]|hij[oa]|bebe|chamac\w+|chiquit\w+|"
    r"peque\w*|gord\w*|muchach\w+|chic[oa]|flac\w+)\b"
)
OUR_CHILD = re.compile(rf"\b{_CHILD}")
_AND_OUR_CHILD = re.compile(rf"\b(?:y|pero|mientras)\s+{_CHILD}")
WRITER_IS_SIBLING = re.compile(
    r"\bsoy\s+(?:el|la|su)\s+herman[oa]\b|\bescribo\s+(?:yo\s+)?(?:por|para)\s+mi\s+herman"
)
# "mi hermanito ... las células que le pusieron": the sibling is the patient.
TREATED = re.compile(
    r"\b(?:celulas|car-?t|kymriah|infusion)\b.{0,40}\ble\s+(?:pusieron|dieron|"
    r"infundieron)\b|\ble\s+(?:pusieron|dieron|infundieron)\s+(?:las\s+)?(?:celulas|car-?t)|"
    r"\b(?:despues|luego)\s+de\s+(?:las|la|sus|su)\s+(?:celulas|car-?t|infusion)|"
    r"\b(?:recibio|le\s+(?:hicieron|aplicaron|toco))\s+(?:el\s+|la\s+|las\s+|sus\s+)?"
    r"(?:kymriah|car-?t|celulas|infusion)"
)
# A story: "en una serie", "en las noticias" (but "ver su serie" is the patient's evening).
FICTION = re.compile(
    r"\b(?:en|de|como)\s+(?:la|una|el|un|las|los)\s+(?:pelicula|serie|novela|telenovela|"
    r"noticias|noticiero|libro|cancion|video)s?\b|\b(?:noticiero|telenovela|protagonista)\b|"
    r"\b(?:vi|vimos|viendo|vio|lei|leimos)\s+(?:una|la|un|el)\s+(?:pelicula|serie|novela|"
    r"telenovela|libro|video)"
)
# Signs read about online or in an article are someone else's (not for crisis wording:
# "lo vi buscando en google cómo hacerlo" is a crisis).
READ_ABOUT = re.compile(
    r"\b(?:facebook|internet|google|tiktok|instagram|youtube|articulo|foro)\b|"
    r"\blei\s+(?:en|que|de|sobre)\b"
)


def _someone_named(before: str, whole: str) -> bool:
    """Another person is named before the sign and is not the reporter of the patient's."""
    others = list(OTHER_PERSON.finditer(before))
    if not others:
        return False
    other = others[-1]
    if _AND_OUR_CHILD.search(before[other.end() :]):
        return False  # "su mamá está trabajando y el niño tiene 39": the child is named last
    relays = [r for r in RELAYED.finditer(before) if r.start() >= other.start()]
    if relays and OUR_CHILD.search(before[relays[-1].end() :]):
        return False  # "mi suegra me escribe que el niño está con 39": the patient's fever
    treated = WRITER_IS_SIBLING.search(whole) or TREATED.search(whole)
    # "soy el hermano ... mi hermanito no despierta": the sibling is the patient.
    return not (treated and "herman" in other.group(0))


def about_someone_else(before: str, clause: str, whole: str) -> bool:
    """The sign in `clause` (with `before` the words ahead of it) is not the patient's."""
    return bool(
        _someone_named(before, whole) or FICTION.search(clause) or READ_ABOUT.search(clause)
    )
