"""When a sign happened, in Spanish: "ya se le quitó", "la semana pasada", "si le da...",
"no le veo nada raro". Used by bot.safety.spanish, on folded text (no accents, lower case)."""

import re

RESOLVED = re.compile(
    r"\b(?:ya\s+(?:se\s+le\s+)?(?:quito|paso|bajo(?!\s+(?:un\s+poco|poquito|algo|tantito))|"
    r"se le fue|esta bien|esta mejor|no tiene)|"
    r"se\s+(?:le|me)\s+(?:quito|quitaron|bajo|paso|pasaron)|se\s+(?:quito|fue(?!\s+de\s+lado)|paso)|ya\s+paso|ya\s+se\s+fue|"
    r"ya\s+esta\s+(?:bien|normal|mejor|despiert[oa]|platicando|hablando|jugando|comiendo)|"
    r"volvio a la normalidad|(?:esta|quedo|amanecio)\s+como\s+nuev[oa]|"
    r"paro\s+(?:sol[oa]|solit[oa]|enseguida|rapido)|hoy\s+(?:ya\s+)?nada|"
    r"hoy\s+(?:en\s+)?(?:todo\s+el\s+dia|toda\s+la\s+manana|en\s+el\s+dia)\s+nada|"
    r"(?:la|el)\s+(?:doctora?|enfermer[oa]|medic[oa])\s+(?:ya\s+)?(?:lo|la)\s+(?:vio|reviso|checo|"
    r"examino)\b.{0,60}\b(?:bien|normal)|ya\s+(?:lo|la)\s+(?:reviso|checo)\s+(?:la|el)\s+"
    r"(?:doctora?|enfermer[oa]|medic[oa])|"
    r"ya\s+(?:se\s+)?(?:pasaron|quitaron|fueron)|ya\s+(?:habla|anda|come|camina)\s+(?:normal|bien)|"
    r"desde\s+entonces\s+(?:nada|bien|ya no)|eso\s+fue\s+(?:en|hace|el|ayer|anoche|antier)|"
    r"desde\s+(?:el\s+|la\s+|ayer\s+|anoche\s+)?\w*\s*ya\s+no|"
    # "desde el martes nada, todo tranquilo", "desde marzo no ha vuelto a pasar nada"
    # ("desde anoche nada" after "no ha hecho pipí" is the sign itself: a day needs "el")
    r"desde\s+(?:el|la)\s+\w+\s*,?\s+nada\b|"
    r"desde\s+(?:el\s+|la\s+)?\w+\s*,?\s+(?:todo\s+(?:bien|tranquilo|normal)|"
    r"no\s+(?:le\s+|se\s+|me\s+)?ha\s+vuelto\s+a)|"
    r"(?:me|se|le|nos)\s+(?:lo|la|los|las)\s+(?:controlaron|quitaron|trataron|bajaron)|"
    r"no\s+(?:le\s+|se\s+|me\s+|nos\s+)?ha\s+vuelto\s+a\s+(?:pasar|dar|repetir)|"
    r"ya\s+estamos\s+en\s+(?:la\s+)?casa|(?:todo\s+)?(?:eso\s+)?quedo\s+atras|"
    r"no\s+(?:he|ha|hemos)\s+vuelto\s+a\s+tener|ha\s+estado\s+(?:perfect[oa]|muy\s+bien|normal)|"
    r"ya\s+(?:van|llevamos|lleva|llevo)\s+\w+\s+(?:dias|semanas|meses)\s+(?:con\s+\w+\s+normal|sin))\b"
)

PAST = re.compile(
    r"\b(?:la\s+semana\s+pasada|el\s+(?:mes|ano)\s+pasado|hace\s+(?:\w+\s+){0,2}(?:dias|semanas|"
    r"meses|anos|ano|mes|semana)(?!\s+que)|antes\s+del?\s+(?:diagnostico|tratamiento|"
    r"car-?t|la infusion)|"
    r"durante\s+(?:la\s+)?(?:quimio|aferesis|el tratamiento)|cuando\s+(?:era|estaba)\s+"
    r"(?:bebe|chiquit\w+|pequen\w+)|de\s+(?:bebe|chiquit\w+)|la\s+otra\s+vez|en\s+(?:19|20)\d\d|"
    r"cuando\s+estuvo|la\s+primera\s+(?:noche|semana|vez)|estando\s+(?:internad|ingresad|"
    r"hospitalizad)\w+|"
    r"cuando\s+(?:estabamos|estuvimos|estaba|estuvo|estaban|estuvieron)\s+(?:internad\w+|admitted|"
    r"hospitalizad\w+|en\s+el\s+(?:hospital|piso)|en\s+la\s+uci|en\s+terapia)|"
    r"antes\s+de\s+que\s+(?:nos|le|lo|la|me)\s+(?:dieran|den)\s+de\s+alta|"
    r"(?:en|desde|durante)\s+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
    r"septiembre|setiembre|octubre|noviembre|diciembre)|el\s+otro\s+dia|al\s+principio|"
    r"estuv(?:e|o|imos|ieron)\s+(?:\w+\s+){0,3}(?:en\s+terapia|internad\w+|hospitalizad\w+)|"
    r"en\s+el\s+dia\s+\+?\d+\s+estuv\w+|"
    r"en\s+la\s+(?:primera|otra|ultima|segunda)\s+reca\w+|estuvo\s+internad\w+|"
    r"eso\s+fue\s+(?:en|hace)|cuando\s+le\s+hicieron|"
    r"no\s+(?:le\s+|se\s+)?ha\s+vuelto\s+a\s+(?:pasar|dar|repetir|tener)|estuvo\s+(?:muy|bien|super)\s+\w+\s+el\s+"
    r"(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|fin de semana))\b"
)

HYPOTHETICAL = re.compile(
    r"\b(?:si\s+(?:no\s+)?(?:le|se|tiene|tuviera|me|mi|el|ella|llega|empieza|presenta|da|a|"
    r"puede|quiere)\b|"
    r"si\s+(?:lo|la)\s+(?:siento|veo|noto|toco)\b|"
    r"si\s+(?:alguien|uno|una\s+persona|un\s+paciente|un\s+nino|una\s+nina)\b|"
    r"si\s+(?:\w+\s+){0,3}?(?:le\s+|se\s+)?(?:llegara|llegase|llegaran|llegasen|llega)\s+a\b|"
    r"si\s+(?:en\s+algun\s+momento|algun\s+dia|alguna\s+vez|de\s+repente|por\s+alguna\s+razon)|"
    r"si\s+(?:\w+\s+){0,3}(?:empieza|le\s+da|le\s+sube|se\s+pone|presenta)|"
    r"(?:le\s+)?va\s+a\s+(?:dar|volver|tener)\b(?=.*\?)|"
    r"(?:(?:me\s+dan?|tengo)\s+miedo\s+(?:de\s+)?|me\s+preocupa\s+|temo\s+)que\s+(?:le\s+|se\s+|"
    r"me\s+)?(?:de|vaya|vayan|pueda|empiece|suba|pase|regrese|vuelva)\b|"
    r"supongamos|suponiendo|digamos\s+que|imagin(?:a|emos|ate)\s+que|"
    r"que\s+(?:hago|hacemos|debo|debemos|hay que hacer)\s+(?:si|cuando|en caso)|en\s+caso\s+de|"
    r"por\s+si|en\s+el\s+caso\s+de|cuando\s+(?:le\s+)?(?:tenga|de|empiece|presente|llegue)|puede\s+(?:darle|dar|"
    r"causar|provocar|tener)|podria|es\s+posible\s+que|(?:que|como)\s+(?:pasa|pasaria)\s+si)\b"
)

# "sabe quién soy, contesta bien, no le veo nada raro": a check that found nothing wrong.
ALL_WELL = re.compile(
    r"\bno\s+(?:le\s+|les\s+)?(?:veo|vemos|noto|notamos|note|vimos)\s+nada\s+(?:raro|malo|"
    r"extrano|diferente|fuera\s+de\s+lo\s+normal)\b"
)
