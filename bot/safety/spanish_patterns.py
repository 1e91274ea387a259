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
        r"\b(?:ardiendo|hirviendo)\s+en\s+fiebre\b",
        r"\bquemando(?:se)?\s+de\s+(?:fiebre|calor)\b",
        r"\b(?:frente|cuerpo|cabeza|piel)\s+(?:esta\s+|bien\s+|muy\s+)*(?:hirviendo|"
        r"ardiendo|que quema|"
        r"caliente|calientita)\b",
        r"\b(?:volando|prendid[oa]|vuelt[oa] (?:un )?fuego)\s+(?:en|de)\s+(?:fiebre|calentura)\b",
        r"\bfever\b",
    ],
    "chills or shaking": [
        r"\bescalofrio\w*",
        r"\b(?:temblando|tiritando|tirita|tiembla|tiemble|temblaba|temblor de frio)\b",
        r"\b(?:le\s+)?castane(?:an|ando)\s+los\s+dientes\b",
        r"\bdientes\s+(?:le\s+)?castane\w+",
        r"\bmuert[oa]\s+de\s+frio\b",
    ],
    "trouble breathing": [
        r"\bno\s+(?:puede|puedo|podia|logra)\s+respirar\b",
        r"\bno\s+respira\w*\s+bien\b",
        r"\b(?:le|me)\s+cuesta\s+(?:mucho\s+|muchisimo\s+|trabajo\s+)?respirar\b",
        r"\bdificultad\s+(?:para|al)\s+respirar\b",
        r"\brespira\w*\s+(?:muy\s+|bien\s+)?(?:rapido|raro|feo|fuerte|agitad\w+|con dificultad)\b",
        r"\b(?:se\s+)?(?:ahoga|ahogando|asfixia|asfixiando)\b",
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
    ],
    "confusion": [
        r"\bconfundid[oa]s?\b",
        r"\bconfusion\b",
        r"\bdesorientad[oa]s?\b",
        r"\bno\s+(?:me|nos|la|lo|le)?\s*reconoce\b",
        r"\bno\s+sabe\s+(?:donde|quien|que dia|en que)\b",
        r"\bno\s+(?:es|esta|parece)\s+(?:el|la)\s+mism[oa]\b",
        r"\bno\s+es\s+(?:el|ella)\b",
        r"\b(?:actua|actuando|se porta|portando|anda|esta|se comporta|comportando)\s+"
        r"(?:muy\s+|bien\s+|super\s+)?(?:rar[oa]|extran[oa]|diferente|extraño)\b",
        r"\bmirada\s+(?:perdida|fija|ida)\b",
        r"\b(?:se\s+queda|quedo|esta|anda)\s+(?:mirando\s+(?:a la nada|fijo|la pared|al vacio)|"
        r"ida|perdid[oa]|en otro mundo|como ausente)\b",
        r"\bno\s+(?:me\s+)?(?:contesta|responde|reacciona)\b",
        r"\bdice\s+cosas\s+(?:sin sentido|raras|que no tienen sentido)\b",
        r"\bincoherente\w*",
        r"\balucin\w+",
        r"\bve\s+cosas\s+que\s+no\s+(?:hay|existen)\b",
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
        r"\bse\s+(?:va|iba|cae)\s+de\s+lado\b",
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
        r"\b(?:dificil|imposible|cuesta\w*)\s+(?:mucho\s+)?despertar\w*",
        r"\bmuy\s+(?:dormid[oa]|somnolient[oa]|adormilad[oa])\b",
        r"\bsomnolient[oa]\b",
        r"\b(?:no\s+(?:se\s+)?(?:mantiene|puede mantener)\s+despiert[oa])\b",
        r"\bsolo\s+quiere\s+dormir\b.*\b(?:no|raro)\b",
        r"\bcomo\s+(?:un\s+)?trapo\b",
        r"\bmuy\s+(?:aguad[oa]|decaid[oa])\b",
        r"\bse\s+queda\s+dormid[oa]\s+(?:a\s+media|mientras|hablando|comiendo|en\s+medio)\b",
    ],
    "seizure": [
        r"\bconvulsi\w+",
        r"\bconvulsiona\w*",
        r"\b(?:le\s+dio|le\s+da|le\s+esta\s+dando|tuvo|tiene)\s+un\s+ataque\b",
        r"\bse\s+(?:puso|pone|quedo)\s+(?:todo\s+|toda\s+)?(?:ties[oa]|rigid[oa]|dur[oa])\b",
        r"\bojos\s+(?:en\s+blanco|volteados|para arriba)\b",
        r"\bsacud\w+",
        r"\bojos\s+(?:pa|para)\s+arriba\b",
        r"\bse\s+le\s+(?:fueron|van|iban)\s+los\s+ojos\b",
        r"\bse\s+(?:puso|pone)\s+morad[oa]\s+y\s+ties[oa]\b",
        r"\bse\s+(?:sacude|sacudia|esta sacudiendo)\b",
        r"\bepilep\w+",
    ],
    "tremor": [
        r"\btiembla\w*\s+(?:mucho\s+)?(?:las\s+)?manos\b",
        r"\bmanos\s+(?:le\s+)?tiembla\w*",
        r"\btemblor\w*",
    ],
    "severe headache": [
        r"\bdolor\s+de\s+cabeza\s+(?:muy\s+|bien\s+|tan\s+|super\s+)?(?:fuerte|horrible|terrible|"
        r"insoportable)\b",
        r"\bno\s+(?:aguanta|soporta|tolera)\s+la\s+luz\b",
        r"\b(?:le|me)\s+(?:duele|explota|va a explotar)\s+(?:muchisimo\s+|mucho\s+)?la\s+cabeza\b",
        r"\bmigran\w+",
        r"\bjaqueca\b",
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
}

CRISIS_ES: dict[str, list[str]] = {
    "wish to die": [
        r"\b(?:estarian|estaria|estan|seria|serian)\s+mejor\s+sin\s+mi\b",
        r"\b(?:despidiendose|se\s+despidio|me\s+despido)\s+de\s+todos\b",
        r"\bregal\w+\s+(?:su|sus|mi|mis)\s+(?:play|consola|switch|cosas|ropa|juegos)\b",
        r"(?<!no )\b(?:quiero|quiere|queria|quisiera|quieren|ganas de)\s+(?:morir|morirme|"
        r"morirse|estar muert[oa]|desaparecer)\b",
        r"\b(?:me|se)\s+quiero\s+morir\b|\bse\s+quiere\s+morir\b|\bme\s+quiero\s+morir\b",
        r"\b(?:ya\s+)?no\s+(?:quiero|quiere|queria)\s+(?:vivir|seguir|estar aqui|despertar|"
        r"existir|seguir viviendo)\b",
        r"\bmejor\s+(?:estarian|estarían|estaria|estan|seria)\s+(?:sin\s+mi|si\s+(?:yo\s+)?no\s+"
        r"(?:estuviera|existiera))",
        r"\bno\s+(?:vale|tiene)\s+(?:la\s+pena|sentido)\s+(?:vivir|seguir)\b",
        r"\bdormir\s+y\s+no\s+despertar\b",
        r"\by\s+(?:ya\s+)?no\s+despertar(?:me|se)?\b",
        r"\bpienso\s+en\s+(?:morir\w*|matarme|tomarme|desaparecer|no despertar|quitarme|"
        r"acabar)\b",
        r"\bpara\s+que\s+seguir\b",
        r"\bmejor\s+(?:me|se)\s+muer[eo]\b",
        r"\bsi\s+(?:yo\s+)?no\s+(?:existiera|estuviera|hubiera nacido)\b",
        r"\b(?:irme|irse|me voy|se va)\s+de\s+este\s+mundo\b|\bdejar\s+este\s+mundo\b",
        r"\b(?:soy|es)\s+una\s+carga\b",
        r"\b(?:dormirme|dormirse|dormir)\s+y\s+ya\b",
        r"\bya\s+no\s+(?:las|los|lo|la)\s+(?:voy|va)\s+a\s+necesitar\b",
        r"\bregalando\s+(?:sus|mis|todas sus|todas mis)\s+cosas\b",
        r"\bcerrar\s+los\s+ojos\s+y\s+(?:ya\s+)?no\s+(?:volver\s+a\s+)?abrirlos\b",
        r"\bsi\s+(?:yo\s+)?me\s+muero\b.{0,50}\b(?:al menos|por lo menos|mejor|podria|"
        r"podrian|descans\w+)",
        r"\bcuant\w+\s+pastillas\b.{0,60}\b(?:no despertar|morir|matar|para siempre)\b",
        r"\bpara\s+no\s+(?:volver\s+a\s+)?despertar\b",
    ],
    "suicide": [
        r"\bcuant\w+\s+pastillas\s+(?:hacen\s+falta|se\s+necesitan|son\s+necesarias)\b",
        r"\bcompr\w+\s+una\s+(?:cuerda|soga)\b",
        r"\bsuicid\w*",
        r"\b(?:matarme|matarse|me mato|me voy a matar)\b",
        r"\bme\s+(?:voy\s+a\s+|quiero\s+)?matar\b|\bse\s+(?:va\s+a\s+|quiere\s+)?matar\b",
        r"\bquitar(?:me|se)\s+la\s+vida\b",
        r"\b(?:acabar|terminar)\s+con\s+(?:todo|mi vida|su vida|esto de una vez)\b",
        r"\bacabar\s+de\s+una\s+vez\b",
        r"\b(?:tome|tomo|tomar|tomarme)\s+(?:todas\s+las|un\s+monton\s+de|muchas)\s+"
        r"(?:pastillas|pildoras)\b",
        r"\b(?:guardando|juntando)\s+(?:las\s+)?pastillas\b",
        r"\bsobredosis\b",
        r"\b(?:aventarme|tirarme)\s+(?:de|del|al|por)\b",
        r"\bcarta\s+de\s+despedida\b",
        r"\bcarta\b.{0,50}\b(?:perdon\w*|despedida|adios|nos quiere|los quiero)\b",
        r"\b(?:me|se)\s+(?:voy|va)\s+a\s+(?:tirar|aventar|lanzar)\b",
        r"\b(?:tirar|aventar|lanzar)(?:me|se)?\s+(?:del|de la|por la|desde el|"
        r"desde la)\s+(?:balcon|"
        r"azotea|puente|ventana|edificio|techo)\b",
        r"\borilla\s+de\s+(?:la\s+azotea|el\s+balcon|del\s+balcon|del\s+puente)\b",
        r"\b(?:pistola|arma)\b.{0,60}\b(?:mano|facil|no estuviera|matar)\b",
        r"\bmas\s+facil\s+para\s+todos\b",
        r"\bhasta\s+sacarse\s+sangre\b",
        r"\b(?:se\s+)?(?:rasca|corta|quema|pega|lastima|muerde)\w*\b.{0,40}\ba\s+proposito\b",
        r"\bcortadit\w+",
        r"\b(?:brazo|antebrazo|muneca|pierna|muslo|cort)\w*.{0,80}\b(?:navaj|cuchill|rastrillo|"
        r"gillette)\w*",
        r"\bcart\w*\s+de\s+despedida\b",
        r"\b(?:cuchillo|navaja|pistola|arma|pastillas)\b.{0,40}\bescondid[oa]s?\b",
        r"\b(?:tomo|tomar|tomarme|tomara|tomaria)\s+todo\s+(?:lo\s+)?(?:del|de)\s+(?:pastillero|frasco|"
        r"las pastillas|la botella)",
        r"\bme\s+moriria\b",
        r"\bcortes?\s+(?:nuevos|frescos|recientes)\b",
        r"\bse\s+(?:los|las|lo|la)\s+hizo\s+con\s+(?:el|la|un|una)\s+(?:rastrillo|navaja|cuchill\w*|"
        r"gillette|tijeras)",
        r"\bnadie\s+(?:me|la|lo|te|nos)\s+va\s+a\s+extranar\b",
        r"\b(?:mi|su)\s+ultim[oa]\s+(?:dia|semana|noche|mensaje)\b",
        r"\bcuid(?:a|e|ame|enme)\s+a\s+mi\s+(?:mama|papa|herman\w*|familia)\b",
        r"\bgracias\s+por\s+todo\b.{0,60}\b(?:cuida|adios|no me contesta|perdon)",
        r"\b(?:cinturon|cuerda|soga|lazo|cable)\b.{0,40}\b(?:en la mano|cuello|encerrad\w+)",
        r"\b(?:estoy|esta)\s+(?:parad[oa]\s+)?en\s+(?:la\s+)?(?:azotea|orilla|el puente|"
        r"la ventana|el techo|las vias)\b",
    ],
    "self-harm": [
        r"\b(?:me|se)\s+(?:estoy|esta|he|ha|sigue|vuelve a|volvi a|volvio a)?\s*"
        r"(?:cortando|cortado|corto|corta|cortar|quemando|quemo|lastimando|lastimo)\b"
        r"(?!\s+(?:el|la|los|las)\s+(?:pelo|cabello|unas|uñas|papel|comida|dedo))",
        r"\b(?:cortarme|cortarse|lastimarme|lastimarse|hacerme dano|hacerse dano|quemarme)\b",
        r"\b(?:cortadas|cortes|cicatrices|rasgunos)\s+(?:\w+\s+)?en\s+(?:los|las|sus|mis)\s+"
        r"(?:brazos|munecas|piernas|muslos)\b",
        r"\bautolesi\w+",
        r"\b(?:me|se)\s+(?:hice|hizo|hago|hace|he hecho|ha hecho)\s+dano\b",
        r"\b(?:navaj\w*|cuchill\w*|rastrillo|gillette)\b(?=.*\b(?:brazo|muneca|pierna|cort|dano)\w*)",
        r"\bhacer(?:me|se)\s+dano\b",
        r"\b(?:rasgun|rasc|pellizc|arran)\w*\b.{0,30}\bhasta\s+sangrar\b",
        r"\bme\s+(?:queme|corte|lastime|golpee)\b.{0,40}\b(?:otra vez|a proposito|encendedor|"
        r"cigarr\w*|navaja|cuchill\w*|me calma|lo unico)",
    ],
}

# Figures of speech: "me muero de ganas", "esta espera me esta matando".
FIGURES_ES = (
    r"\b(?:me|nos|se)\s+(?:muero|morimos|muere|moria)\s+de\s+(?:ganas|miedo|hambre|sueno|"
    r"risa|nervios|cansancio|calor|frio|pena|verguenza|aburrimiento|curiosidad)\b|"
    r"\bmuert[oa]s?\s+de\s+(?:cansancio|miedo|sueno|hambre|risa|nervios|verguenza)\b|"
    r"\b(?:me|nos|se)\s+(?:quiero|quiere|queremos)\s+morir\s+de\s+(?:la\s+)?(?:verguenza|pena|"
    r"risa|ganas|envidia|hambre|sueno)\b|\b(?:muero|muere)\s+de\s+la\s+(?:verguenza|pena|risa)\b|"
    r"\bcasi\s+me\s+(?:desmayo|desmaye|muero|mori|da un infarto)\s+(?:cuando|al)\s+(?:vi|ver|"
    r"leer|lei|escuchar|oi|me dijeron|nos dijeron)\b|"
    r"\b(?:me|nos)\s+(?:esta|estan)\s+matando\b|\b(?:me|nos)\s+mata\b|"
    r"\bmatar\s+(?:las|los|a las|a los)\s+(?:celulas|cancer|leucemia|bichos|germenes)\b|"
    r"\bmata\s+(?:las|los)\s+celulas\b|\bme\s+(?:da|dan)\s+vueltas\s+la\s+cabeza\s+con\b|"
    r"\bme\s+tiembla\w*\s+(?:todo|las piernas|la voz)\s+de\s+(?:nervios|miedo)\b|"
    r"\bcalor\s+que\s+hace\b|\bfiebre\s+del\s+(?:sabado|mundial|futbol)\b|"
    r"\b(?:desmayo|desmayando|caigo|cayendo)\s+de\s+(?:hambre|sueno|cansancio)\b|"
    r"\b(?:es\s+)?un\s+suicidio\b|\bsuicidio\s+de\s+(?:tareas|trabajo|examenes)\b|"
    r"\b(?:temblando|tiemblo|tiembla|temblaba)\s+de\s+(?:nervios|miedo|emocion|coraje|rabia|"
    r"frio en la sala)\b|\b(?:gen|genes|interruptor)\s+suicida\b|"
    r"\b(?:para|pa)\s+(?:la|el)\s+(?:calentura|fiebre|dolor)\b|"
    r"\bme\s+quiero\s+(?:matar|morir)\s+con\s+(?:este|esta|el|la|tanto|tanta|estos|estas)\b|"
    r"\bpara\s+(?:las\s+)?convulsiones\b|"
    r"\b(?:medicina|medicamento|pastilla|jarabe)s?\s+(?:para|pa|contra)\s+(?:las\s+|la\s+)?"
    r"(?:convulsiones|fiebre|calentura)\b|\bataque\s+de\s+(?:nervios|panico|risa)\b"
)
