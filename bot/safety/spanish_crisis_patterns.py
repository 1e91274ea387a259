"""Crisis wording in Spanish (thoughts of suicide or self-harm, plain and indirect) and the
figures of speech that look like it ("me muero de ganas"), as regular expressions over folded
text; the symptom patterns are in bot.safety.spanish_patterns."""

import re

CRISIS_ES: dict[str, list[str]] = {
    "wish to die": [
        r"\b(?:estarian|estaria|estan|seria|serian)\s+mejor\s+sin\s+mi\b",
        r"\b(?:despidiendose|se\s+despidio|me\s+despido)\s+de\s+todos\b",
        r"\bregal\w+\s+(?:su|sus|mi|mis)\s+(?:play|consola|switch|cosas|ropa|juegos)\b",
        r"(?<!no )\b(?:quiero|quiere|queria|quisiera|quieren|ganas de)\s+(?:morir|morirme|"
        r"morirse|estar muert[oa]|desaparecer)\b",
        r"\b(?:me|se)\s+quiero\s+morir\b|\bse\s+quiere\s+morir\b|\bme\s+quiero\s+morir\b",
        r"\b(?:ya\s+)?no\s+(?:quiero|quiere|queria)\s+(?:vivir|seguir|estar aqui|"
        r"existir|seguir viviendo)\b",
        # "no quiere despertar" alone is a child who will not wake; relayed, it is a wish.
        r"\b(?:ya\s+)?no\s+(?:quiero|queria)\s+despertar\b",
        r"\b(?:dice|dijo|escribio|puso)\s+que\s+(?:ya\s+)?no\s+quiere\s+despertar\b",
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
        r"\b(?:cansad[oa]|cans\w+|hart[oa])\s+de\s+ser\s+(?:una\s+)?carga\b",
        r"\b(?:me\s+voy|me\s+ire|irme|se\s+va|se\s+quiere\s+ir)\s+(?:pa|para)\s+siempre\b",
        r"\b(?:dormirme|dormirse|dormir)\s+y\s+ya\b",
        r"\bya\s+no\s+(?:las|los|lo|la)\s+(?:voy|va)\s+a\s+necesitar\b",
        r"\bregalando\s+(?:sus|mis|todas sus|todas mis)\s+cosas\b",
        r"\bcerrar\s+los\s+ojos\s+y\s+(?:ya\s+)?no\s+(?:volver\s+a\s+)?abrirlos\b",
        r"\bsi\s+(?:yo\s+)?me\s+muero\b.{0,50}\b(?:al menos|por lo menos|mejor|podria|"
        r"podrian|descans\w+)",
        r"\bcuant\w+\s+pastillas\b.{0,60}\b(?:no despertar|morir|matar|para siempre)\b",
        r"\bpara\s+no\s+(?:volver\s+a\s+)?despertar\b",
        r"\bno\s+voy\s+a\s+ser\s+(?:un\s+)?(?:problema|carga|molestia)\s+(?:por|mucho)\s+"
        r"(?:mucho\s+)?(?:tiempo|mas)\b",
        r"\bcansad[oa]\s+de\s+(?:existir|vivir|estar viv[oa])\b",
        r"\bya\s+escrib\w+\s+(?:las|mis|unas)\s+cartas\b",
        r"\bya\s+(?:le|les)\s+escrib\w+\s+(?:la|una|mi)\s+carta\s+a\s+(?:todos\b|(?:mi|mis)\s+"
        r"(?:familia|mama|papa|hij\w+|herman\w+|espos[oa]))",
        r"\bseria\s+mejor\s+no\s+(?:estar|existir|vivir|despertar)\b",
        r"\bse\s+(?:tira|tiro|avienta|lanza)\s+(?:por|de|desde)\s+(?:la|el)\s+(?:ventana|balcon|azotea|"
        r"puente|techo)\b",
    ],
    "suicide": [
        r"\bcuant\w+\s+pastillas\s+(?:hacen\s+falta|se\s+necesitan|son\s+necesarias)\b",
        r"\bcompr\w+\s+una\s+(?:cuerda|soga)\b",
        r"\bsuicid\w*",
        r"\b(?:busque|busco|buscando|investigue|googlee)\s+(?:en internet\s+)?como\s+(?:hacerlo|"
        r"matarme|matarse|morir|quitarme la vida)\b",
        r"\bcomo\s+hacerlo\s+sin\s+que\s+(?:me\s+|le\s+)?duela\b|\bmorir\s+sin\s+dolor\b",
        r"\b(?:matarme|matarse|me mato|me voy a matar)\b",
        r"\bme\s+(?:voy\s+a\s+|quiero\s+)?matar\b|\bse\s+(?:va\s+a\s+|quiere\s+)?matar\b",
        r"\bquitar(?:me|se)\s+la\s+vida\b",
        r"\b(?:acabar|terminar)\s+con\s+(?:todo|mi vida|su vida|esto de una vez)\b",
        r"\bacabar\s+de\s+una\s+vez\b",
        r"\b(?:tome|tomo|tomar|tomarme)\s+(?:todas\s+las|un\s+monton\s+de|muchas)\s+"
        r"(?:pastillas|pildoras)\b",
        r"\b(?:guardando|juntando)\s+(?:las\s+)?pastillas\b",
        r"\bsobredosis\b",
        r"\btomar(?:me|se|te)(?:las|los)\s+tod[oa]s\b",
        r"\b(?:he|ha|hemos|han)\s+pensado\s+en\s+(?:morir\w*|matar(?:me|se)|tomar(?:me|se)\w*|"
        r"quitar(?:me|se)|acabar|no despertar|desaparecer)",
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
        r"\b(?:me|se|te)\s+rasc\w+\s+hasta\s+(?:sacar(?:me|se|te)\s+)?sangr\w*",
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
    r"\b(?:papa|padre|mama|madre|herman[oa]|hij[oa]|abuel[oa]|familia)\s+de\s+sangre\b|"
    r"\b(?:me|nos|se)\s+(?:muero|morimos|muere|moria)\s+de\s+(?:ganas|miedo|hambre|sueno|"
    r"risa|nervios|cansancio|calor|frio|pena|verguenza|aburrimiento|curiosidad)\b|"
    r"\bmuert[oa]s?\s+de\s+(?:cansancio|miedo|sueno|hambre|risa|nervios|verguenza)\b|"
    r"\b(?:me|nos|se)\s+(?:quiero|quiere|queremos|queria|querian|queriamos)\s+morir\s+de\s+(?:la\s+)?(?:verguenza|pena|"
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
    r"(?:convulsiones|fiebre|calentura)\b|\bataque\s+de\s+(?:nervios|panico|risa)\b|"
    # a blood draw or a test, not bleeding: "cada vez que le sacan sangre"
    r"\b(?:sac\w*|tom\w*|pon\w*|pusieron)\s+(?:la\s+|una\s+|un\s+poco\s+de\s+)?(?:muestra\s+de\s+)?"
    r"sangre\b|\b(?:analisis|prueba|pruebas|examen|examenes|muestras?|transfusion|tomas?|"
    r"extraccion)\s+de\s+sangre\b|"
    r"\b(?:factura|cuenta|cobro|seguro|deuda|renta|noticia|resultados?|papeles)\b.{0,40}\b(?:me|nos)\s+"
    r"tienen?\s+temblando\b|"
    r"\bse\s+me\s+parte\s+el\s+corazon\b|\b(?:me|le|nos)\s+hierve\s+la\s+sangre\b|\bcomo\s+si\s+(?:lo|la|los|las|me|le)\s+mataran\b"
)

# Context: a crisis long past and over, "what do I do if", "she said no", "no thoughts of".
CRISIS_LONG_AGO = re.compile(
    r"\b(?:en\s+(?:el\s+)?(?:19|20)\d\d|hace\s+\w+\s+anos|cuando\s+(?:era|tenia)|de\s+adolescente)\b"
)
CRISIS_OVER = re.compile(
    r"\b(?:ahora\s+(?:ya\s+)?estoy\s+bien|ya\s+estoy\s+bien|fui\s+a\s+terapia|llevo\s+\w+\s+anos\s+"
    r"sin|ya\s+no\s+lo\s+hago)\b"
)
CRISIS_WHAT_IF = re.compile(
    r"\b(?:que\s+(?:hago|hacemos|le digo|debo hacer)|como\s+(?:reacciono|le hablo))\s+si\b|"
    r"\bsi\s+algun\s+dia\b|\bpor\s+si\s+acaso\b|\bcomo\s+(?:le\s+)?pregunt\w*\b.{0,50}\bsi\b"
)
SAID_NO = re.compile(r"\bdijo\s+que\s+no\s*[,.;]")
CRISIS_DENIED = re.compile(
    r"\b(?:no|nunca|sin)\s+(?:tengo|tiene|he tenido|ha tenido|he pensado|ha pensado|"
    r"pienso|habla|ha hablado|menciona|ha mencionado|dice nada)?\s*(?:pensamientos|ideas)?\s*"
    r"(?:de|en)?\s*$"
)
