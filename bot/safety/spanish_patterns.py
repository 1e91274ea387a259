"""Red flags and crisis wording in Spanish, as regular expressions over folded text
(lower case, accents and ¿¡ removed), because families type "convulsion", "convulsión"
and "CONVULSION" alike. The same signs as the English list (bot.safety.patterns), in the
words Spanish-speaking families use, Mexican, Central American and Caribbean alike.

Patterns err towards matching; bot.safety.spanish decides what is happening now.
"""

# Words a sign may start with that are themselves a "no": they are not a negation of it.
SYMPTOMS_ES: dict[str, list[str]] = {
    "fever": [
        r"\bfiebre\w*",
        r"\bcalentura\b",
        r"\bfebril\b",
        r"\btemperatura\s+(?:muy\s+)?alta\b",
        r"\b(?:mucha|alta)\s+temperatura\b",
        r"\b(?:esta|sigue|anda)\s+(?:ardiendo|hirviendo|que arde|caliente|calientito)\b",
        r"\b(?:lo|la)\s+(?:siento|senti|sentimos|noto)\s+(?:muy\s+|bien\s+|como\s+)?(?:caliente|"
        r"calientit[oa]|ardiendo|hirviendo)\b",
        r"\b(?:ardiendo|hirviendo)\s+en\s+fiebre\b",
        r"\bquemando(?:se)?\s+de\s+(?:fiebre|calor)\b",
        r"\b(?:frente|cuerpo|cabeza|piel)\s+(?:esta\s+|bien\s+|muy\s+)*(?:hirviendo|"
        r"ardiendo|que quema|"
        r"caliente|calientita)\b",
        r"\b(?:volando|prendi(?:d[oa]|[oa])|vuelt[oa] (?:un )?fuego)\s+(?:en|de)\s+"
        r"(?:fiebre|calentura)\b",
        r"\bfever\b",
    ],
    "chills or shaking": [
        r"\bescalofrio\w*",
        r"\b(?:temblando|tiritando|tirita|tiembla|tiemble|temblaba|temblor de frio)\b",
        r"\b(?:le\s+)?castane(?:an|ando)\s+los\s+dientes\b",
        r"\bdientes\s+(?:le\s+)?castane\w+",
        r"\bmuert[oa]\s+de\s+frio\b",
        # Rioplatense and Caribbean "chuchos" (never alone: in Central America a "chucho" is a dog).
        r"\bchuchos?\s+de\s+frio\b|\b(?:con|tiene|tengo|le\s+dan|le\s+dio|le\s+dieron|me\s+dan|"
        r"le\s+agarraron|le\s+agarro)\s+(?:unos\s+|muchos\s+)?chuchos\b",
        r"\btembladera\b",
    ],
    "trouble breathing": [
        r"\bno\s+(?:puede|puedo|podia|logra)\s+respirar\b",
        r"\bno\s+respira\w*\s+bien\b",
        r"\b(?:le|me)\s+cuesta\s+(?:mucho\s+|muchisimo\s+|trabajo\s+)?(?:respirar|"
        r"(?:jalar|agarrar|tomar|meter|coger)\s+(?:el\s+)?aire)\b",
        r"\brespira\w*\s+como\s+(?:un\s+)?(?:perr\w+|pescad\w+)",
        r"\bdificultad\s+(?:para|al)\s+respirar\b",
        r"\brespira\w*\s+(?:muy\s+|bien\s+)?(?:rapid\w*|raro|feo|fuerte|agitad\w+|"
        r"con dificultad)\b",
        r"\b(?:se\s+|me\s+)?(?:ahoga|ahogo|ahogando|asfixia|asfixiando)\b",
        r"\b(?:le|me)\s+falta\s+(?:el\s+)?aire\b",
        r"\bfalta\s+de\s+aire\b",
        r"\bno\s+le\s+entra\s+(?:el\s+)?aire\b",
        r"\blabios\s+(?:se\s+ven\s+|estan\s+|un poco\s+|medio\s+|como\s+|algo\s+)*(?:morad\w*|"
        r"azul\w*|gris\w*)\b",
        r"\b(?:morad[oa]s?|azul\w*)\s+(?:los|en los)\s+labios\b",
        r"\bsilb\w+\s+(?:al|cuando)\s+respira",
        r"\bpecho\s+(?:muy\s+)?apretado\b",
        r"\bjadea\w*",
    ],
    "fast heartbeat": [
        r"\bcorazon\s+(?:le\s+|me\s+)?(?:late|va|esta|anda|palpita)\s+(?:bien\s+|muy\s+|super\s+)?"
        r"(?:rapido|rapidisimo|fuerte|a mil|acelerado|como loco)\b",
        r"\b(?:le|me)\s+late\s+(?:muy\s+|bien\s+)?(?:rapido|fuerte)\s+el\s+corazon\b",
        r"\btaquicardia\b",
        r"\bpalpitaciones\b",
        r"\bpulso\s+(?:muy\s+)?(?:rapido|acelerado|alto)\b",
        r"\b(?:heart rate|pulso|frecuencia cardiaca|ritmo cardiaco|latidos)\s+(?:esta\s+|"
        r"en\s+|de\s+|"
        r"a\s+|anda\s+)*(?:1[4-9]\d|2\d\d)\b",
    ],
    "dizziness or fainting": [
        r"\bmarea(?:d[oa]s?|os?|ndo|rse)?\b",
        r"\bmareos?\b|\bse\s+(?:me\s+|le\s+)?mare(?:o|a|an|aba|aron)\b",
        r"\b(?:se|me)\s+(?:desmayo|desmaya|desvanecio|desvanece)\b",
        r"\bdesmay\w*",
        r"\bperdio\s+(?:el\s+)?conocimiento\b",
        r"\bse\s+(?:cayo|cae)\s+(?:redond[oa]|al piso|de repente)\b",
        r"\bse\s+(?:le|me)\s+(?:va|fue)\s+(?:la\s+vista|el mundo)\b",
        r"\bpresion\s+(?:muy\s+|bien\s+)?baja\b",
        r"\bse\s+(?:le|me)\s+bajo\s+la\s+presion\b",
        r"\btodo\s+(?:le|me)\s+da\s+vueltas\b",
        r"\bse\s+(?:privo|priva|privaba|desvanecio)\b",
        r"\bse\s+(?:me|le)\s+fue\s+de\s+lado\b",
        r"\bse\s+(?:me|le)\s+(?:pone|puso|ponia)\s+(?:todo\s+)?(?:negro|oscuro)\b",
        r"\bcasi\s+(?:me|se)\s+(?:cae|caigo|cayo|desmay\w+)\b",
        # Poor circulation: a cold sweat, a grey face.
        r"\bsud(?:ando|a|aba|or)\s+fri[oa]\b",
        r"\b(?:cara|carita|piel)\s+(?:\w+\s+){0,2}?(?:gris|grisacea|grisaceo)\b",
        r"\bse\s+(?:le\s+)?ve\s+(?:\w+\s+)?(?:gris|grisacea|grisaceo)\b",
    ],
    "confusion": [
        r"\bconfundid[oa]s?\b",
        r"\bconfusion\b",
        r"\bdesorientad[oa]s?\b",
        r"\bno\s+(?:me|nos|la|lo|le)?\s*reconoce\b",
        r"\bno\s+sabe\s+(?:donde|quien|que dia|en que)\b",
        r"\bno\s+(?:es|esta|parece)\s+(?:el|la)\s+mism[oa]\b",
        r"\bno\s+(?:pudo|puede|puedo|podia|pude)\s+(?:ni\s+)?(?:sumar|restar|contar|hacer\s+(?:las\s+|una\s+)?"
        r"(?:cuentas|sumas|restas|suma))\b",
        r"\bcuanto\s+es\s+\d+\s+(?:mas|menos|por)\s+\d+\b.{0,30}\b(?:contesta|responde|dice|dijo)\b",
        r"\bno\s+se\s+(?:ni\s+)?(?:que dia es|en que mes estamos|en que ciudad estoy|donde estoy)\b"
        r"(?!\s+(?:la|el|mi|su)\b)",
        r"\b(?:boca|boquita|cara|carita)\s+(?:\w+\s+){0,2}?(?:chuec\w+|torcid\w+|caid\w+|ladead\w+)",
        r"\bse\s+le\s+(?:esta\s+)?cae\w*\s+la\s+baba\b|\bbabea\w*",
        r"\bcamina\w*\s+como\s+(?:un\s+)?borrach\w+",
        r"\bno\s+es\s+(?:el|ella)\b(?!\s+(?:que|de|del|mismo\s+que|otro|la|el)\b)",
        r"\b(?:actua|actuando|se porta|portando|anda|esta|se comporta|comportando)\s+"
        r"(?:muy\s+|bien\s+|super\s+)?(?:rar[oa]|extran[oa]|diferente|extraño)\b",
        r"\bmirada\s+(?:perdida|fija|ida)\b",
        r"\b(?:se\s+queda|quedo|esta|anda)\s+(?:mirando\s+(?:a la nada|fijo|la pared|al vacio)|"
        r"ida|perdid[oa]|en otro mundo|como ausente)\b",
        r"\bno\s+(?:me\s+)?(?:contesta|responde|reacciona)\b",
        r"\bdice\s+cosas\s+(?:sin sentido|raras|que no tienen sentido)\b",
        r"\bincoherente\w*",
        r"\balucin\w+",
        r"\b(?:ve|veo|mira|oye|escucha)\s+(?:cosas|gente|personas|bichos|animales|voces)\s+que\s+no\s+"
        r"(?:hay|existen|estan|son reales)\b",
        r"\bagitad[oa]\b",
        r"\bno\s+puede\s+(?:caminar|pararse|mantenerse)\b",
        r"\bcosas\s+(?:sin sentido|raras|que no tienen sentido|incoherentes)\b",
        r"\b(?:esta|anda|se ve|actua)\s+(?:super\s+|bien\s+|muy\s+)?(?:weird|raro|rara|"
        r"extrano|extrana|"
        r"perdid[oa]|ido|ida)\b",
        r"\bno\s+sabe\s+(?:ni\s+)?(?:como se llama|su nombre|quien soy|quien es)\b",
        r"\bagresiv\w+",
        r"\b(?:nunca|no)\s+es\s+asi\b",
        r"\besta\s+(?:muy\s+)?cambiad[oa]\b",
        r"\bno\s+tiene\s+fuerza\b",
        r"\b(?:habla|hablando|platica\w*|conversa\w*)\s+con\s+alguien\s+que\s+no\s+(?:esta|existe|hay)",
        r"\bve\s+(?:a\s+)?(?:bichos|aranas|animales|gente|personas|monos|alguien|a su)\b",
        r"\bse\s+confund\w+",
        r"\bnunca\s+(?:se\s+)?(?:confunde|es|habla|actua|se porta|se pone)\s+asi\b",
        r"\bse\s+trab[oa]\b",
        r"\bno\s+pud[oa]\s+(?:seguir|contar|terminar)\b",
        r"\b(?:brazo|pierna|mano|lado)\s+(?:izquierd\w+|derech\w+)?\s*(?:muy\s+)?(?:debil|"
        r"sin fuerza|"
        r"dormid[oa]|caid[oa])\b",
        r"\bpregunt\w+\s+quien\s+(?:era|soy|es|eres)\s+yo\b",
        r"\bse\s+tropieza\s+con\s+todo\b",
        r"\bse\s+(?:va|iba|cae|fue)\s+de\s+lado\b",
        r"\bcamina\w*\s+(?:de\s+lado|ladead\w+|de\s+ladito|chueco)\b",
        r"\b(?:piernas|pies|manos|brazos)\s+no\s+le\s+(?:obedecen|responden|hacen caso)\b",
        r"\bno\s+(?:se\s+)?(?:puede|logra)\s+concentrar\w*",
        r"\b(?:esta|anda|se ve|quedo)\s+como\s+(?:perdid[oa]|id[oa]|ausente|zombi)\b",
    ],
    "trouble speaking or understanding": [
        r"\bletra\b(?!.{0,40}\b(?:que siempre|de siempre|como siempre|igual de)\b)"
        r".{0,30}\b(?:chueca|"
        r"rara|fea|torcida|temblorosa|ilegible|de garabatos)\b",
        r"\bno\s+pud[oa]\s+(?:ni\s+)?escribir\b",
        r"\bno\s+sup[oa]\s+(?:ni\s+)?(?:donde|como|que)\s+(?:poner|hacer|escribir|decir)\b",
        r"\b(?:lentisim[oa]|muy\s+lent[oa])\s+para\s+(?:contestar|hablar|responder)\b",
        r"\bno\s+(?:encuentra|le salen|halla)\s+(?:las\s+)?palabras\b",
        r"\b(?:me|le)\s+cuesta\s+(?:mucho\s+|trabajo\s+)?(?:encontrar|sacar)\s+(?:las\s+)?palabras\b",
        r"\b(?:hablo|estoy hablando)\s+(?:muy\s+|bien\s+)?(?:raro|extrano|enredado|trabado)\b",
        r"\b(?:habla|hablando)\s+(?:muy\s+)?(?:raro|extrano|enredado|trabado|cosas raras|"
        r"arrastrado)\b",
        r"\barrastra\w*\s+(?:las\s+)?palabras\b",
        r"\bno\s+se\s+le\s+entiende\b",
        r"\bno\s+(?:puede|podia)\s+(?:ni\s+)?(?:hablar|decir|escribir|entender|leer)\b",
        r"\bno\s+(?:me|le)\s+salen\s+(?:las\s+)?palabras\b",
        r"\b(?:hablando|habla)\s+como\s+(?:bebe|nin[oa] chiquit[oa]|borrach[oa])\b",
        r"\bescribe\s+(?:su nombre\s+)?(?:raro|mal|chueco|diferente|feo)\b",
        r"\ble\s+faltan\s+letras\b",
        r"\bno\s+(?:me\s+)?entiende\s+(?:lo\s+que|nada|cuando)\b",
        r"\bse\s+le\s+traba\w*\s+(?:la\s+lengua|las\s+palabras)\b",
        r"\bno\s+(?:me\s+|nos\s+)?habla\s+(?:normal|bien|claro)\b",
        r"\bfrases\s+(?:a\s+medias|sin\s+terminar|incompletas)\b",
        r"\bletra\s+(?:se\s+ve\s+|esta\s+|le\s+)?(?:sale\s+|salio\s+)?(?:toda\s+|muy\s+)?(?:rara|fea|diferente|torcid\w*|chiquit\w*|"
        r"temblorosa|chueca|ilegible|extrana|como garabatos)\b",
        r"\bgarabatos\b",
        r"\bcara\s+(?:caida|chueca|torcida)\b",
        r"\bboca\s+(?:chueca|torcida|caida)\b",
        r"\bhabla\s+(?:muy\s+)?(?:lent\w+|despacito\s+raro)\b",
    ],
    "unusual sleepiness": [
        r"\bno\s+(?:lo|la|le|me|se)\s+(?:puedo|podemos)?\s*despert\w*",
        r"\bno\s+se\s+(?:quiere\s+)?despierta\b",
        r"\bno\s+despierta\b",
        r"\bno\s+(?:logro|logramos|alcanzo|consigo|conseguimos)\s+despertar\w*",
        r"(?<!que )\bno\s+quiere\s+despertar(?:se)?\b(?!\s+(?:temprano|para\s+(?:ir|la|el)))",
        r"\b(?:dificil|imposible|cuesta\w*)\s+(?:mucho\s+)?despertar\w*",
        r"\bmuy\s+(?:dormid[oa]|somnolient[oa]|adormilad[oa])\b",
        r"\bsomnolient[oa]\b",
        r"\b(?:no\s+(?:se\s+)?(?:mantiene|puede mantener)\s+despiert[oa])\b",
        r"\bsolo\s+quiere\s+dormir\b.*\b(?:no|raro)\b",
        r"\bcomo\s+(?:un\s+)?trapo\b",
        r"\b(?:muy|bien|super|demasiado)\s+(?:aguad[oa]|decaid[oa])\b",
        r"\bse\s+queda\s+dormid[oa]\s+(?:a\s+media|mientras|hablando|comiendo|en\s+medio)\b",
    ],
    "seizure": [
        r"\bconvulsi\w+",
        r"\bconvulsiona\w*",
        r"\bseizures?\b",  # Spanglish: "tuvo un seizure"
        r"\b(?:le\s+dio|le\s+da|le\s+esta\s+dando|tuvo|tiene)\s+un\s+ataque\b",
        r"\bse\s+(?:puso|pone|quedo)\s+(?:todo\s+|toda\s+)?(?:ties[oa]|rigid[oa]|dur[oa])\b",
        r"\bojos\s+(?:en\s+blanco|volteados|para arriba)\b",
        r"\bsacud(?!o\b|i\b|imos\b|ir)\w+",  # not "lo sacudo", "sacudirlo": the parent shakes
        r"\bojos\s+(?:pa|para)\s+arriba\b",
        r"\bse\s+le\s+(?:fueron|van|iban)\s+los\s+ojos\b",
        r"\bse\s+(?:puso|pone)\s+morad[oa]\s+y\s+ties[oa]\b",
        r"\bse\s+(?:sacude|sacudia|esta sacudiendo)\b",
        r"\bepilep\w+",
    ],
    "tremor": [
        r"\btiembla\w*\s+(?:mucho\s+)?(?:las\s+)?manos\b",
        r"\bmanos\s+(?:le\s+|me\s+)?tiembla\w*",
        r"\b(?:le|me)\s+tembla\w*\s+(?:mucho\s+)?las\s+manos\b",
        r"\btemblor\w*",
    ],
    "severe headache": [
        r"\bdolor\s+de\s+cabeza\s+(?:muy\s+|bien\s+|tan\s+|super\s+)?(?:fuerte|horrible|terrible|"
        r"insoportable)\b",
        r"\bno\s+(?:aguanta|soporta|tolera)\s+la\s+luz\b",
        r"\b(?:le|me)\s+(?:duele|explota|va a explotar)\s+(?:muchisimo\s+|mucho\s+)?la\s+cabeza\b",
        r"\bmigran\w+",
        r"\bpeor\s+dolor\s+de\s+cabeza\b",
        r"\bjaqueca\b",
    ],
    "stiff neck": [
        r"\bcuello\s+(?:muy\s+|bien\s+)?(?:rigido|tieso|duro)\b",
        r"\bno\s+puede\s+(?:bajar|doblar|agachar)\s+(?:la\s+)?(?:barbilla|cabeza|cuello)\b",
        r"\b(?:le|me)\s+duele\s+(?:mucho|muchisimo)\s+el\s+cuello\b",
    ],
    "bleeding or bruising": [
        r"\b(?:vomit\w*|popo|caca|heces|evacua\w*)\b.{0,30}\b(?:oscur\w*|negr\w*|cafe molido|"
        r"asiento de cafe|chapopote)\b",
        r"\bsangr\w+",
        r"\bhemorragia\w*",
        r"\bmoret(?:on|ones)\b",
        r"\bmorados?\s+(?:por|en)\s+todo\b",
        r"\bpuntitos\s+(?:rojos|morados)\b",
    ],
    "not passing urine": [
        r"\bno\s+(?:ha\s+)?(?:orinado|orina|hecho pipi|hace pipi|ha hecho pis|ha ido al bano)\b",
        r"\bno\s+ha\s+mojado\s+(?:el\s+)?panal\b",
        r"\bno\s+(?:ha\s+)?(?:hecho|hace)\s+(?:pipi|pis|pee|del uno)\b",
        r"\bpanal\s+(?:sec[oa])\b",
    ],
    "severe vomiting or diarrhoea": [
        r"\bvomit\w*",
        r"\bdiarrea\w*",
        r"\b(?:no\s+)?(?:retiene|aguanta|tolera)\s+(?:nada|ni el agua|liquidos)\b",
        r"\bdevuelve\s+todo\b",
    ],
    "swelling of face or lips": [
        r"\bhinchad[oa]s?\s+(?:la\s+|los\s+|de la\s+)?(?:cara|labios|lengua|ojos|garganta)\b",
        r"\b(?:cara|labios|lengua|ojos|garganta)\s+(?:muy\s+)?(?:hinchad\w+|inflamad\w+)\b",
        r"\bse\s+le\s+(?:hincharon|hincho|inflamo|inflamaron)\b",
        r"\bronchas\b",
        r"\burticaria\b",
    ],
    # A central line that breaks, leaks or comes out: clamp it and call now.
    "central line damage": [
        r"\b(?:cateter|via central|port|picc|reservorio)\b.{0,40}?\b(?:se\s+(?:rompio|partio|salio|"
        r"zafo|quebro)|esta\s+(?:roto|rota|goteando|partido|suelto)|gotea|se\s+le\s+salio)",
        r"\bse\s+(?:le\s+)?(?:rompio|partio|salio|zafo|quebro)\s+(?:\w+\s+){0,4}?(?:del?\s+)?"
        r"(?:cateter|via central|port|picc|reservorio)\b",
    ],
    # Severe belly pain: "tengo un dolor de panza terrible", "se dobla del dolor".
    "severe belly pain": [
        r"\bdolor\s+(?:de\s+|en\s+la\s+)(?:panza|barriga|estomago|pancita|abdomen|vientre|tripa)\s+"
        r"(?:muy\s+)?(?:terrible|horrible|fuertisimo|insoportable|tremendo|espantoso)\b",
        r"\b(?:me|se|le)\s+(?:doblo|dobla|retuerzo|retuerce)\s+(?:del|de)\s+(?:dolor)\b",
    ],
}
