"""Spanish questions about a sign rather than reports of one: "señales de...", "¿cómo sé
si...?", "¿de cuánto tiene que ser la fiebre para llamar?", "la medicina para prevenir
convulsiones". Used by bot.safety.spanish on folded text (lower case, no accents)."""

import re

# "signs of ...", "the risk of ...": the sign is the topic of a question, not an event.
SIGNS_OF = re.compile(
    r"\b(?:(?:signos|senales|sintomas|sintoma|signo|senal|riesgo|probabilidad|posibilidad|"
    r"peligro)\s+de|diferencia\s+entre)\b.{0,60}$"
)
# "¿cómo sé si está confundido o solo cansado?": how to tell a sign, not a report of one.
HOW_TO_TELL = re.compile(
    r"\bcomo\s+(?:se|sabe|sabemos|saber|puedo\s+saber|distingo|distinguir|diferencio|reconozco|"
    r"reconocer|me\s+doy\s+cuenta)\s+(?:si|que|cuando)\b.{0,60}$"
)
# "¿de cuánto tiene que ser la fiebre para llamar?": asking for the threshold, not a reading.
THRESHOLD_QUESTION = re.compile(
    r"\b(?:cuant[oa]s?|cuantos grados)\b.{0,50}\bpara\s+(?:llamar|ir|preocupar\w*|llevarl[oa]|"
    r"que\s+(?:sea|se considere|cuente))\b"
)
# "la medicina para prevenir convulsiones": the sign names what a medicine is for.
MEDICINE_FOR = re.compile(
    r"\b(?:medicin\w+|medicament\w+|pastill\w+|jarabe|remedio|tratamiento|inyeccion)\s+"
    r"(?:para|contra|de)\s+(?:prevenir\s+|evitar\s+|controlar\s+|quitar\s+|bajar\s+)?"
    r"(?:la\s+|las\s+|el\s+|los\s+)?$|\b(?:para|de)\s+(?:prevenir|evitar)\s+(?:la\s+|las\s+|"
    r"el\s+|los\s+)?$"
)
