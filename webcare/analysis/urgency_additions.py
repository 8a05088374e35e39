"""More patterns for the built-in urgency categories (issue 12's misreadings). Data:
`urgency_lexicon` adds the patterns to their category; the checks that go with them
(`small_jump`, `changing_trains`, `never_taken_out`, `no_deadline`) are in
`urgency_checks`, which `urgency` asks.

- safety: someone shut in ("de lift zit vast met mijn dochter erin", "opgesloten in de
  paskamer", "stuck in your elevator"); a gas smell named as a thing ("the strong gas
  smell", "gasgeur").
- escalation: the brand's staff threatening or assaulting the author ("the delivery guy
  threatened me", "de bezorger werd agressief", "bedreigd door de monteur"): high, and a
  person answers (escalation is emotional and monetary).
- vulnerable: an old or frail relative sold something at the door ("my elderly father was
  sold a contract he doesn't understand").
- money: a bill that jumped to many times itself ("300 euro in plaats van 45", "$300
  instead of $40"; `small_jump` turns down a jump under twice); money taken for what was
  never taken out ("van mijn rekening gehaald voor een abonnement dat ik nooit heb
  afgesloten": not churn either, `never_taken_out`).
- churn: a switch without a rival named ("… stap ik over.", "I'm switching providers"; not a
  change of trains, `changing_trains`).
- outage: Flemish "nie" and a wait between ("doet het al een week nie meer").
- pressure: time pressure found alone is none in a wait for a parcel with no deadline, or in
  praise that names a date (`no_deadline`).
"""

from __future__ import annotations

# Where one can be shut in.
_ENCLOSURES_NL = (
    r"(?:lift|liften|paskamer|paskamers|pashokje|kleedhokje|kleedkamer|toilet|toiletten|wc|winkel|parkeergarage"
    r"|garage|gebouw|kelder|magazijn|koelcel|vriescel|trappenhuis)"
)
_ENCLOSURES_EN = (
    r"(?:elevator|elevators|lift|lifts|fitting\s+room|changing\s+room|dressing\s+room|bathroom|restroom|toilet"
    r"|stairwell|car\s+park|parking\s+(?:garage|structure)|freezer|walk-in|building)"
)
_STAFF_NL = (
    r"(?:bezorger|pakketbezorger|koerier|chauffeur|monteur|installateur|medewerker|verkoper|colporteur|personeelslid"
    r"|beveiliger|kassière|kassier|conducteur|steward|stewardess|ober|serveerster|postbode|filiaalmanager|manager"
    r"|buschauffeur|taxichauffeur|treinbegeleider|technieker|man\s+van\s+(?:de|het)\s+\w+)(?:s|en|es)?"
)
_STAFF_EN = (
    r"(?:delivery\s+(?:guy|man|driver|person|boy|woman|lady)|courier|driver|technician|tech|engineer|installer|fitter"
    r"|salesman|salesperson|sales\s+(?:rep|person|guy)|employee|staff\s+member|cashier|security\s+guard|guard"
    r"|waiter|waitress|manager|postman|mailman|agent|rep|worker|your\s+(?:guy|man|staff|employee))s?"
)
_DEFEND_NL = r"(?:agressief|handtastelijk|gewelddadig|intimiderend|dreigend)"
_ASSAULT_NL = r"(?:bedreigde|bedreigden|bedreigt|duwde|duwden|sloeg|sloegen|schopte|schopten|mishandelde|intimideerde|schold|schreeuwde)"
_ASSAULTED_NL = r"(?:bedreigd|geduwd|geslagen|geschopt|geïntimideerd|geintimideerd|aangevallen|mishandeld)"
_ASSAULT_EN = (
    r"(?:threatened|threatening|threatens|threaten|assaulted|attacked|pushed|shoved|punched|slapped|kicked|grabbed"
    r"|spat\s+(?:at|on)|hit|harassed|harassing|groped|stalked|cornered|intimidated|swore\s+at|screamed\s+at"
    r"|followed(?=\s+(?:me|us)\s+(?:to|out|around|home|into|through)\b))"
)
_VICTIM_EN = (
    r"(?:me|us|my\s+(?:\d{2}[\s-]year[\s-]old\s+|elderly\s+|old\s+)?(?:wife|husband|son|daughter|mother|mom|mum|father|dad|kid|kids|child|children|partner|friend))\b"
)
_OLD_EN = r"(?:elderly|old|aged|frail|vulnerable|disabled|blind|confused|\d{2}[\s-]year[\s-]old)"
_KIN_EN = (
    r"(?:father|mother|dad|mum|mom|parents?|grand(?:mother|father|ma|pa|parents?)|neighbou?r|aunt|uncle|relative"
    r"|man|woman|lady|gentleman)"
)
_SOLD_EN = r"(?:sold|signed\s+up|talked\s+into|pressured|pushed\s+into|persuaded|conned|tricked|upsold|mis-?sold)"
_OLD_NL = r"(?:bejaarde|hoogbejaarde|oude|dementerende|demente|kwetsbare|slechtziende|zieke|\d{2}-?jarige)"
_KIN_NL = r"(?:vader|moeder|pa|ma|opa|oma|buurman|buurvrouw|ouders|schoonvader|schoonmoeder|tante|oom|dame|heer)"
_SOLD_NL = (
    r"(?:verkocht|aangesmeerd|aangepraat|opgedrongen|opgedrongen|overgehaald|laten\s+(?:onder)?tekenen"
    r"|doen\s+(?:onder)?tekenen)"
)
_AMOUNT_NL = r"(?:€\s?\d[\d.,]*|\d[\d.,]*\s*(?:euro|eur)\b)"
_AMOUNT_EN = r"(?:[$£€]\s?\d[\d.,]*|\d[\d.,]*\s*(?:dollars|pounds|euros|bucks)\b)"
_USUAL = r"(?:de\s+|het\s+|the\s+)?(?:gebruikelijke\s+|normale\s+|afgesproken\s+|beloofde\s+|usual\s+|quoted\s+|normal\s+|agreed\s+|promised\s+)?"

# "Sparking" as a wire sparks, with no object after it: not "is sparking outrage", "sparking
# a debate" (news of an advert).
SPARKS_ALONE = (
    r"(?=\s*(?:[.,!?;:)]|$)|\s+(?:and|again|everywhere|in|from|near|outside|behind|on|at|when|whenever|if|every"
    r"|all|now|right|badly|constantly|non-?stop|like|while|so|too|out|off|inside|under|over|by|with)\b)"
)
_SINCE_NL = (
    r"(?:vanochtend|vanmorgen|vannacht|gisteren|gister|eergisteren|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag"
    r"|zondag|het\s+weekend|afgelopen|vorige|\d)"
)
_SINCE_EN = (
    r"(?:this\s+(?:morning|afternoon|weekend)|last\s+\w+|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|the\s+(?:weekend|storm|works|morning)|early|\d)"
)
# Start words a text seldom holds (each is where a pattern is tried): "box", "meter",
# "plug" or "charger" alone would try the clause after every one of them, and a plug's or
# a charger's sparks are the older device pattern's already.
_ELECTRICS_EN = (
    r"(?:cable|cables|wire|wires|wiring|socket|sockets|outlet|outlets|fuse\s*box|fusebox|breaker\s+box"
    r"|light\s+fitting|power\s+line|power\s+lines|junction\s+box|transformer|charging\s+(?:cable|point|station))"
)
_ELECTRICS_NL = (
    r"(?:kabel|kabels|draad|draden|bedrading|stopcontact|stopcontacten|stekker|meterkast|meter|zekeringkast|groepenkast|schakelaar"
    r"|oplader|laadpaal|laadkabel|elektriciteitskast|stroomkast|verdeelkast|transformator)"
)

# A bill jumped: two amounts, the first what is asked now (`small_jump` compares them).
JUMPS = (
    rf"{_AMOUNT_NL}\s+(?:(?:is|was|wordt|afgeschreven|afgeboekt|gefactureerd|betaald|gerekend|aangerekend|geïncasseerd|geincasseerd|getrokken)\s+)?"
    rf"(?:in\s+plaats\s+van|i\.?p\.?v\.?)\s+{_USUAL}(?:€\s?)?\d[\d.,]*",
    rf"{_AMOUNT_EN}\s+(?:is\s+|was\s+)?instead\s+of\s+{_USUAL}(?:[$£€]\s?)?\d[\d.,]*",
    # "my bill is £340 this month, it's usually £25", "de factuur is 480 euro, normaal 60".
    rf"(?:bill|invoice|statement|premium)\s+(?:is|was|came\s+to|came\s+in\s+at)\s+{_AMOUNT_EN}[^.!?]{{0,30}}?"
    r"\b(?:usually|normally|typically|always)\s+(?:(?:i|we)\s+pay\s+|it'?s\s+|it\s+is\s+)?(?:only\s+|just\s+|around\s+|about\s+)?(?:[$£€]\s?)?\d[\d.,]*",
    rf"(?:rekening|factuur|afschrijving|termijnbedrag|maandbedrag|voorschot)\s+(?:is|was|bedraagt|bedroeg|van)\s+(?:nu\s+|ineens\s+|opeens\s+)?{_AMOUNT_NL}[^.!?]{{0,30}}?"
    r"\b(?:normaal|normaliter|meestal|gewoonlijk|altijd)\s+(?:(?:betaal|betaalde|betalen)\s+(?:ik|we|wij)\s+|is\s+(?:het|dat)\s+)?(?:maar\s+|slechts\s+|rond\s+de\s+|zo'?n\s+|ongeveer\s+)?(?:€\s?)?\d[\d.,]*",
    # A bill that rose: "voorschot is van 120 naar 480 euro per maand gegaan", "my bill went
    # from £40 to £95".
    r"(?:maandbedrag|termijnbedrag|voorschot|(?:energie|gas|stroom|water|telefoon|jaaraf|eindaf)?(?:rekening|factuur)|premie|zorgpremie|abonnement|huur)\w*\s+(?:\w+\s+){0,3}?van\s+(?:€\s?)?\d[\d.,]*\s*(?:euro\s+)?"
    r"naar\s+(?:€\s?)?\d[\d.,]*(?![\d.,])\s*(?:euro\s+)?(?:\w+\s+){0,2}?(?:gegaan|gestegen|verhoogd|omhoog|per\s+maand|p/?m|zonder)\b",
    r"(?:bill|invoice|premium|payment|rate|price|direct\s+debit|subscription|tariff|rent|renewal)\s+(?:\w+\s+){0,2}?(?:went|has\s+gone|jumped|shot|rose|increased|doubled|tripled)\s+(?:up\s+)?"
    r"from\s+[$£€]?\s?\d[\d.,]*\s+(?:a\s+month\s+|\w+\s+)?to\s+[$£€]?\s?\d[\d.,]*",
)

PATTERNS: dict[str, tuple[str, ...]] = {
    "safety": (
        # A driver putting the author in danger: "driving at 100 mph and won't slow down", "the
        # driver locked the doors and won't let me out"; a ride stuck upside down.
        r"(?:driver|chauffeur|cabbie|cab|taxi)\b[^.!?]{0,40}?\b(?:driving|doing|going|drove|speeding)\s+(?:at\s+|over\s+|like\s+)?\d{2,3}\+?\s*(?:mph|km/?h|kmh|miles\s+an\s+hour"
        r"|(?:on|down|along)\s+(?:the\s+)?(?:freeway|highway|motorway|interstate|expressway|snelweg|[mai]-?\d{1,3}\b))",
        # Threatened with death; a child followed out by staff.
        r"threaten\w*\s+to\s+(?:kill|hurt|stab|shoot|rape|beat\s+up)\s+(?:me|us|my\s+\w+)\b",
        # (Out of the shop, not around it: a guard "following my son around the store" is
        # an insult, not a danger.)
        r"(?:employee|staff|guard|manager|worker|driver|guy|stranger|someone|somebody)\s+(?:\w+\s+){0,2}?(?:followed|stalked|stalking|following)\s+my\s+"
        r"(?:\d+\s*(?:(?:-\s*)?year\s*(?:-\s*)?old|yo)\s+)?(?:daughter|son|kid|child|teen|teenager|girlfriend|wife|sister)\s+(?:to|into|out\s+to|home|all\s+the\s+way)\b",
        # Eyes off the road at the wheel: "texting the whole time", "on his phone the whole ride".
        r"(?:driver|chauffeur|cabbie)\b[^.!?]{0,60}?\b(?:texting|on\s+(?:his|her|their)\s+phone)\s+(?:the\s+(?:whole|entire)\s+(?:time|ride|way|trip|drive)|while\s+driving)\b",
        r"(?:driver|chauffeur|cabbie|cab|taxi)\b[^.!?]{0,40}?\b(?:won'?t|will\s+not|refuses\s+to|refused\s+to|wouldn'?t)\s+slow\s+down\b",
        r"locked\s+(?:the\s+doors|(?:me|us)\s+in)\b[^.!?]{0,40}?(?:won'?t|will\s+not|refus\w*|wouldn'?t|before\s+(?:he|she|they)(?:'d|\s+would))\s+let\s+(?:me|us)\s+(?:out|leave|get\s+out)\b",
        r"(?:stuck|stopped|trapped|hanging)\s+(?:\w+\s+)?upside\s+down\b",
        # Someone aggressive where the brand should keep order: "er is een man aan het roken
        # en agressief, geen conducteur te zien".
        r"(?:man|vrouw|iemand|jongen|jongens|passagier|reiziger|klant|groep|dronkaard|dronken\s+man)\s+(?:\w+\s+){0,5}?(?:agressief|dreigend|gewelddadig|handtastelijk)\b",
        # A child nobody can find: "niemand weet waar mijn zoon is".
        r"(?:niemand|nobody|no\s+one)\s+(?:weet|knows|can\s+tell\s+(?:me|us))\s+(?:waar|where)\s+(?:mijn|m'n|onze|ons|my|our)\s+(?:zoon|zoontje|dochter|dochtertje|kind|kinderen|son|daughter|child|kid|kids)\b",
        # Someone dropped or hurt in the company's care: "de chauffeur heeft mijn moeder van
        # 80 laten vallen"; a gas meter that hisses.
        r"(?:moeder|vader|oma|opa|dochter|dochtertje|zoon|zoontje|kind|kindje|vrouw|man|baby|peuter|partner)\s+(?:van\s+\d+\s+(?:jaar\s+)?)?(?:laten|liet|lieten)\s+vallen\b",
        r"(?:sissend|sist|siste|sissen|hissing|hisses|hissed)\b[^.!?]{0,40}?\b(?:gasmeter|gasleiding|gaskraan|gasfles|gas\s+meter|gas\s+pipe|gas\s+line)\b",
        r"(?:gasmeter|gasleiding|gaskraan|gasfles)\s+(?:\w+\s+){0,4}?(?:sist|siste|sissend|sissen)\b",
        # Something that gave way under a person: "the ladder I bought collapsed and my
        # husband fell off it".
        r"(?:collapsed|gave\s+way|snapped|broke)\b[^.!?]{0,30}?\b(?:i|he|she|we|they|my\s+\w+|our\s+\w+)\s+(?:\w+\s+)?(?:fell|was\s+thrown|got\s+thrown|went\s+flying|hit\s+the\s+(?:floor|ground))\b(?!\s+(?:asleep|in\s+love|for\s+it|behind|apart|back\s+on))",
        r"(?:ingestort|ingezakt|bezweken|afgebroken|knapte|brak)\b[^.!?]{0,30}?\b(?:ik|hij|zij|ze|we|wij|mijn\s+\w+|onze\s+\w+)\s+(?:\w+\s+)?(?:viel|vielen|is\s+gevallen|zijn\s+gevallen)\b",
        rf"(?:opgesloten|ingesloten)\s+(?:\w+\s+){{0,2}}?in\s+(?:de|het|jullie|een|uw|die|dat|je)\s+(?:\w+\s+)?{_ENCLOSURES_NL}\b",
        rf"vast\s+in\s+(?:de|het|jullie|een|uw|die|dat|je)\s+(?:\w+\s+)?{_ENCLOSURES_NL}\b",
        rf"in\s+(?:de|het|jullie|een|uw|die)\s+{_ENCLOSURES_NL}\s+(?:\w+\s+){{0,3}}?(?:vast|opgesloten|ingesloten|vastgezeten|vastgezet)\b",
        r"lift(?:en)?\s+(?:[\w']+\s+){0,5}?(?:vast|vastgelopen|stilgevallen|blijven\s+steken|blijven\s+hangen)\s+(?:\w+\s+){0,2}?met\s+(?:[\w']+\s+){0,4}?(?:erin|binnen)\b",
        rf"(?:stuck|trapped|locked|shut)\s+(?:\w+\s+){{0,2}}?in(?:side)?\s+(?:the|your|a|an|this|that|one\s+of\s+your)\s+(?:\w+\s+)?{_ENCLOSURES_EN}\b",
        r"(?:trapped|locked)\s+(?:\w+\s+){0,2}?in(?:side)?\s+(?:the|your|a|this)\s+(?:\w+\s+)?(?:store|shop)\b",
        r"(?:elevator|lift)\s+(?:\w+\s+){0,3}?(?:stuck|stopped|broke\s+down|broken\s+down)\s+with\s+(?:me|us|my|our|people|someone|a\s+\w+|\w+\s+people)\b",
        # A stairlift stuck with its user on it: "the stairlift you serviced stopped halfway
        # with her on it", "de traplift staat halverwege stil met mijn moeder erop".
        r"(?:stairlift|stair\s+lift|traplift)\s+(?:\w+\s+){0,5}?(?:stuck|stopped|broke\s+down|broken\s+down|stil|vast|vastgelopen)\s+"
        r"(?:\w+\s+)?(?:with|met)\s+(?:\w+\s+){0,2}?(?:on\s+it|on\s+board|erop|erin)\b",
        r"gas\s+(?:smell|odou?r)s?\b", r"gasgeur\w*", r"gas\s+ruiken\b",
        # Gas left on, a pipe drilled through: "your engineer left the gas on", "de monteur
        # heeft het gas aan laten staan", "liet het gas aan" (not the question "is het gas
        # aan laten staan veilig?"), "de monteur heeft de gasleiding geraakt", "een waterleiding
        # doorgeboord, het water spuit eruit".
        r"(?:left|leaving)\s+the\s+gas\s+(?:on|running)\b",
        r"gas\s+aan\s+(?:laten\s+staan|gelaten|gelaten\s+staan)\b(?![^.!?\n]*\?)",
        r"(?:(?<=liet\shet\s)|(?<=lieten\shet\s))gas\s+aan\b(?![^.!?\n]*\?)",
        r"(?:gasleiding|gasbuis|waterleiding|leiding)\s+(?:\w+\s+){0,2}?(?:doorgeboord|aangeboord|geraakt|kapotgeboord|doorgezaagd)\b",
        r"(?:doorgeboord|aangeboord|kapotgeboord)\s+(?:\w+\s+){0,2}?(?:gasleiding|gasbuis|waterleiding|leiding)\b",
        r"(?:drilled|cut)\s+(?:through|into)\s+(?:a|the|my|our)\s+(?:gas|water)\s+(?:pipe|main|line)\b",
        r"water\s+(?:spuit|gutst|spuwt)\s+(?:\w+\s+)?(?:eruit|naar\s+binnen|overal|door)\b",
        # Live electrics: "the cable … is touching the fence and sparking", "het
        # stopcontact rookt", "er komen vonken vanaf" (not "sparking outrage": an
        # electrical thing must come first, in the same clause).
        rf"{_ELECTRICS_EN}\s+(?:[\w']+\s+){{0,10}}?(?:sparking|sparked|smoking|smouldering|smoldering)\b" + SPARKS_ALONE,
        rf"{_ELECTRICS_EN}\s+(?:[\w']+\s+){{0,10}}?(?:giving\s+off|throwing\s+off|throwing\s+out|shooting)\s+sparks\b",
        rf"{_ELECTRICS_NL}\s+(?:[\w']+\s+){{0,8}}?(?:vonkt|vonkte|vonken|rookt|rookte|smeult|smeulde|knettert|knetterde|knetterende|knetteren|sist|siste)\b",
        r"vonken\s+(?:vanaf|af)\b",
        # Someone armed, a robbery: "er staat een man met een mes bij jullie filiaal",
        # "gewapende overval op jullie winkel", "a man with a gun is in your store".
        # Here and now: a place or a threat after the weapon (not "a film about men with guns").
        r"(?:man|vrouw|iemand|jongen|jongens|persoon|kerel|gast|vent|mannen)\s+met\s+(?:een\s+)?(?:groot\s+|grote\s+)?"
        r"(?:mes|messen|pistool|vuurwapen|wapen|machete|bijl|honkbalknuppel)\s+(?:\w+\s+){0,2}?"
        r"(?:bij|in|voor|binnen|op|bedreigt|bedreigde|bedreigen|dreigt|dreigde|zwaait|zwaaide|staat|stond|loopt|liep)\b",
        r"gewapende\s+(?:man|mannen|overval\w*|overvaller\w*|persoon|personen)\b", r"overvallers?\b",
        r"overval\s+(?:op|in|bij)\s+(?:jullie|de|het|uw|ons|onze|een)\b",
        r"(?:bedreigd|bedreigt|bedreigde|bedreigen)\s+(?:\w+\s+){0,3}?met\s+(?:een\s+)?(?:mes|pistool|wapen|vuurwapen)\b",
        r"(?:steekpartij|schietpartij|neergeschoten|beschoten)\b",
        r"(?:man|woman|guy|someone|somebody|person|bloke|people|men)\s+with\s+(?:a\s+)?(?:knife|gun|weapon|machete|firearm|pistol|knives|guns)"
        r"\s+(?:\w+\s+){0,2}?(?:in|at|outside|inside|near|by|threatening|threatened|robbing|robbed|waving|pointing)\b",
        r"armed\s+(?:man|men|robbery|robbers?|person|people|hold-?up)\b", r"being\s+robbed\b",
        r"(?:robbery|hold-?up|stabbing|shooting)\s+(?:at|in|outside)\s+(?:your|the|one\s+of\s+your)\b",
        # Something falling on someone, bleeding: "een doos viel van het schap op het hoofd van
        # mijn dochter, ze bloedt", "a shelf collapsed and hit my mum on the head".
        r"(?:viel|vielen|kwam|kwamen|stortte|stortten)\s+(?:\w+\s+){0,5}?op\s+(?:het\s+hoofd|de\s+voet|de\s+hand|het\s+been|de\s+arm|de\s+rug"
        r"|het\s+gezicht)\s+van\s+(?:mijn|m'n|onze|ons|een)\b",
        r"(?<!hart\s)(?:bloedt|bloedde|bloedden)\s+(?:\w+\s+)?(?:hevig|flink|erg|enorm|als\s+een\s+rund|heel\s+erg|uit|nog|nu)\b",
        r"(?:(?<=\sze\s)|(?<=\shij\s)|(?<=\szij\s))bloedt\b",
        r"(?:fell|collapsed|came\s+down|dropped|toppled)\s+(?:\w+\s+){0,4}?(?:on|onto)\s+(?:my|our)\s+(?:\w+\s+)?(?:head|son|daughter|kid|child"
        r"|mum|mom|dad|wife|husband|foot|baby|toddler)\b",
        r"hit\s+(?:my|our)\s+(?:\w+\s+)?(?:son|daughter|kid|child|mum|mom|dad|wife|husband|baby|toddler)\s+(?:on|in)\s+the\s+(?:head|face|eye)\b",
        # Bitten by a dog on the job: "mijn zoon is gebeten door de hond van jullie bezorger",
        # "your driver's dog bit my daughter" (not a dog food's review: a bite must happen).
        r"(?:gebeten|aangevallen)\s+(?:\w+\s+)?door\s+(?:de|een|jullie|uw|hun|die|het|zijn|haar)\s+(?:\w+\s+){0,2}?(?:hond|honden|herder|waakhond)\b",
        # Not the author's own dog biting someone ("mijn hond heeft de bezorger gebeten").
        r"(?<!mijn\s)(?<!m'n\s)(?<!onze\s)(?:hond|honden|herder|waakhond)\s+(?:\w+\s+){0,5}?(?:beet|beten|heeft\s+(?:\w+\s+){0,3}?gebeten)\b",
        r"bitten\s+by\s+(?:a|the|your|their|his|her|that)\s+(?:\w+\s+){0,2}?dogs?\b",
        # A limb caught in a door or machine: "zijn arm zat klem in de tramdeur", "her hand got
        # trapped in the train door" (not "de deur zit klem": a stuck door).
        r"(?:arm|armpje|hand|handje|been|beentje|voet|voetje|vinger|vingers|vingertjes|hoofd|hoofdje)\s+(?:\w+\s+)?(?:zat|zit|kwam|raakte|zaten)\s+(?:\w+\s+)?(?:klem|bekneld)\b",
        r"(?:bekneld|beklemd)\s+(?:geraakt|gezeten|tussen|in|onder)\b",
        r"(?:arm|hand|leg|foot|fingers?|head)\s+(?:\w+\s+)?(?:got|was|were|became)\s+(?:caught|trapped|stuck|crushed)\s+(?:in|between|under)\s+(?:the|a|your)\s+(?:\w+\s+)?(?:doors?|gate|barrier|escalator|machine|lift|elevator)\b",
        # A home or room that cannot be locked: "the apartment has no lock on the front door",
        # "de voordeur van het appartement kan niet op slot".
        r"no\s+lock\s+on\s+(?:the\s+)?(?:front\s+|main\s+|room\s+|bedroom\s+)?door\b",
        r"(?:front\s+|main\s+|room\s+|hotel\s+)door\s+(?:doesn't|does\s+not|won't|will\s+not|can't|cannot)\s+(?:be\s+)?lock",
        r"(?:voordeur|kamerdeur|deur\s+van\s+(?:de|onze|het)\s+(?:kamer|appartement|woning))\s+(?:\w+\s+)?(?:kan|gaat)\s+niet\s+(?:op\s+slot|dicht)\b",
        # Held in a vehicle against one's will: "the driver wouldn't let me out of the car",
        # "de chauffeur liet ons niet uitstappen" (not "won't let me out of my contract").
        r"(?:wouldn't|would\s+not|won't|will\s+not|refused\s+to|didn't|did\s+not)\s+let\s+(?:me|us|her|him|my\s+\w+|our\s+\w+)\s+"
        r"(?:out\s+of\s+the\s+(?:car|cab|taxi|van|bus|vehicle)|get\s+out|off\s+the\s+(?:bus|train|tram)|leave\s+the\s+(?:car|cab|taxi|vehicle)"
        r"|out(?=\s*(?:[,.!?;]|$)|\s+(?:and|until|till)\b))\b",  # "... wouldn't let me out, i had to ..." (round 50)
        r"(?:liet|lieten|laat)\s+(?:me|mij|ons|haar|hem|mijn\s+\w+)\s+niet\s+(?:uitstappen|eruit|uit\s+de\s+(?:auto|taxi|bus|wagen))\b",
        r"(?<!my\s)(?<!our\s)dogs?\s+(?:\w+\s+)?(?:bit|attacked)\s+(?:me|us|my|our)\b",
    ),
    # A meal or a product that made people ill ("your chicken made my whole family sick"; not
    # "your prices make me sick"), and being in an emergency room ("we are at the ER").
    "health": (
        # Hurt by what was served or dispensed: "found plastic in my burrito and cut my
        # mouth", "the pharmacist gave my daughter an adult dose"; mould where a child with
        # asthma sleeps.
        r"(?:glass|plastic|metal|wire|bone|stone|shell|piece|shard|chunk|something\s+hard)\b[^.!?]{0,60}?\b(?:cut|bled|broke|chipped|cracked)\s+(?:my|his|her|their|our)\s+(?:mouth|lip|lips|tongue|gum|gums|tooth|teeth|throat)\b",
        r"(?:gave|given|dispensed|filled)\s+(?:me|my\s+\w+|him|her|us)\s+(?:an?\s+|the\s+)?(?:adult\s+dose|wrong\s+(?:dose|dosage|medication|medicine|meds|pills|prescription|strength)"
        r"|double\s+(?:the\s+)?dose|(?:someone|somebody)\s+else'?s\s+(?:medication|prescription|meds|pills))\b",
        r"mou?ld\s+(?:\w+\s+){0,3}?(?:all\s+over|on\s+the\s+(?:walls?|ceiling)|in\s+the\s+(?:room|bathroom|bedroom|walls?|ceiling|flat|apartment|house))\b[^.!?]{0,60}?\b"
        r"(?:asthma|asthmatic|allergic|lungs?|breathing|newborn|baby|pregnant)\b",
        # Pests in food that was eaten: "food came with a dead cockroach in it, my kids were
        # eating it", "er zat een kakkerlak in en mijn zoon had al gegeten" (a bug seen and
        # sent back is a complaint, not a risk to health).
        r"(?:cockroach|roach|maggots?|rat|mouse|mice|worms?|kakkerlak|maden|made|muis|muizen|wormen)\s+(?:\w+\s+){0,2}?(?:in|inside|on|op|tussen)\s+"
        r"(?:it|my|our|the|his|her|mijn|m'n|ons|onze|de|het|zijn|haar)\b[^.!?]{0,60}?\b"
        r"(?:ate|eaten|eating|swallowed|bit\s+into|sick|vomit\w*|throwing\s+up|gegeten|opgegeten|aten|ziek|overgegeven|spugen)\b",
        r"(?:food|meal|chicken|meat|fish|sushi|burger|pizza|salad|product|drink|milk|kit|takeaway|order|sandwich)"
        r"\s+(?:\w+\s+){0,3}?made\s+(?:me|us|him|her|them|(?:my|our|the)\s+(?:\w+\s+){0,2}?(?:family|kids|children|son|daughter|husband|wife|partner|baby))"
        r"\s+(?:really\s+|so\s+|very\s+|violently\s+|all\s+)?(?:sick|ill)\b",
        r"(?:at|in|to)\s+the\s+er\b",
        # Tap water that looks or smells wrong: "ons kraanwater is bruin en ruikt raar", "the
        # tap water is brown and smells of chemicals" (a household drinking it).
        r"(?:kraanwater|leidingwater|drinkwater|water\s+uit\s+de\s+kraan)\s+(?:\w+\s+){0,3}?(?:bruin|geel|troebel|stinkt|ruikt|smaakt\s+(?:raar|vies|naar)|zwart|melkachtig|vies)\b",
        r"(?:tap|drinking)\s+water\s+(?:\w+\s+){0,3}?(?:brown|yellow|cloudy|black|smells|stinks|tastes\s+(?:of|like|weird|funny|bad)|discolou?red)\b",
        # Food that was off, and someone sick after it: "the chicken I bought today was off
        # and my son has been sick all night".
        r"(?:chicken|meat|fish|food|meal|sushi|burger|salad|sandwich|milk|takeaway|prawns|seafood|eggs|mince|pork|beef)"
        r"\s+(?:[^\s.!?]+\s+){0,8}?(?:was|were|tasted|smelled|smelt)\s+(?:\w+\s+){0,2}?(?:off|bad|rotten|spoiled|spoilt|raw|undercooked|mouldy"
        r"|moldy|out\s+of\s+date|expired)\b(?:[^.!?\w]+\w+){0,12}?[^.!?\w]+(?:sick|ill|vomiting|throwing\s+up|food\s+poisoning|hospital|a&e)\b",
        # Swelling that closes an airway, or an allergic child swelling up after a sting.
        r"(?:keel|tong|lippen|lip|gezicht|ogen|hals)\s+(?:\w+\s+)?(?:zwelt|zwellen|zwol|zwollen|opgezwollen|dik)\b",
        r"(?:throat|tongue|lips|face|eyes)\s+(?:is\s+|are\s+|was\s+|were\s+|started\s+|starting\s+)?(?:swelling|swollen|swelled|closing)\b",
        r"(?:allergisch|allergic)\b[^.!?]{0,80}?\b(?:zwelt|zwellen|opgezwollen|swelling|swollen|benauwd|can't\s+breathe|kan\s+niet\s+(?:meer\s+)?ademen)",
        r"(?:zwelt|zwellen|opgezwollen|swelling|swollen)\b[^.!?]{0,80}?\b(?:allergisch|allergic)\b",
    ),
    "escalation": (
        rf"{_STAFF_EN}\s+(?:\w+\s+){{0,4}}?{_ASSAULT_EN}\s+{_VICTIM_EN}",
        rf"{_STAFF_EN}\s+(?:(?!(?:but|when|until)\s)[\w$€£,']+\s+){{0,10}}?(?:got|became|was|turned|getting|is)\s+(?:very\s+|really\s+|so\s+|extremely\s+)?(?:aggressive|violent|physical)\b",
        rf"(?:threatened|assaulted|attacked|pushed|shoved|punched|hit)\s+by\s+(?:the|your|a|an|one\s+of\s+your)\s+(?:\w+\s+)?{_STAFF_EN}\b",
        rf"{_STAFF_NL}\s+(?:(?!ik\b)\w+\s+){{0,6}}?(?:werd|was|werden|waren|wordt|is|reageerde|deed)\s+(?:heel\s+|erg\s+|zeer\s+|echt\s+|ineens\s+|meteen\s+|plots\s+|plotseling\s+)?{_DEFEND_NL}\b",
        rf"{_STAFF_NL}\s+(?:\w+\s+){{0,3}}?(?:{_ASSAULT_NL}\s+(?:tegen\s+)?(?:mij|me|ons|mijn|m'n)\b|tegen\s+(?:mij|me|ons|mijn|m'n)\s+(?:\w+\s+){{0,4}}?(?:staan\s+|zitten\s+)?(?:schreeuwen|geschreeuwd|schelden|gescholden|tieren)\b)",
        rf"{_ASSAULTED_NL}\s+door\s+(?:de|jullie|een|uw|die|het)\s+(?:\w+\s+)?{_STAFF_NL}\b",
    ),
    "vulnerable": (
        # Someone old or frail who lives alone, named with their age or frailty: "my mum has
        # had no phone for a week, she's 88 and lives alone".
        # "mijn moeder van 91 heeft geen telefoon meer en ze woont alleen".
        r"(?:moeder|vader|oma|opa|tante|oom|buurvrouw|buurman|schoonmoeder|schoonvader)\s+(?:is\s+|van\s+)(?:[89]\d|1[01]\d)\b[^.!?]{0,80}?"
        r"\b(?:woont|leeft)\s+(?:alleen|in\s+(?:haar|zijn)\s+eentje)\b",
        r"(?:mum|mom|mother|dad|father|gran|grandma|grandpa|nan|nana|aunt|uncle|neighbou?r)\s+is\s+(?:[89]\d|1[01]\d)\b[^.!?]{0,80}?"
        r"\b(?:lives|living)\s+(?:alone|on\s+(?:her|his)\s+own|by\s+(?:her|him)self)\b",
        # A child left behind by staff: "de chauffeur heeft mijn dochter van 10 in de regen
        # laten staan".
        r"(?:dochter|dochtertje|zoon|zoontje|kind|kindje)\s+(?:van\s+\d{1,2}\s+(?:jaar\s+)?)?(?:\w+\s+){0,4}?"
        r"(?:laten\s+staan|achtergelaten|alleen\s+gelaten|staan\s+gelaten|laten\s+zitten)\b",
        # (Led by "lives" and "woont", the age looked behind: a rule led by a digit is tried
        # at every number.)
        r"(?:(?<=[89]\d\sand\s)|(?<=1[01]\d\sand\s)|(?<=[89]\d\syears\sold\sand\s))(?:lives|living)\s+(?:alone|on\s+(?:her|his)\s+own|by\s+(?:her|him)self)\b",
        r"(?:(?<=[89]\d\sen\s)|(?<=1[01]\d\sen\s)|(?<=[89]\d\sjaar\sen\s))woont\s+(?:alleen|in\s+(?:haar|zijn)\s+eentje)\b",
        # A child travelling alone left without the help booked: "our son is an unaccompanied
        # minor and nobody came to pick him up at the gate" (not a question about booking it).
        r"unaccompanied(?:\s+(?:minor|child|kid)s?)?\b[^.!?]{0,80}?\b(?:nobody|no\s+one|noone|not\s+there|missing|lost|left\s+alone|stranded|didn't|never|can't\s+find|niemand|kwijt|vermist"
        r"|wrong\s+(?:\w+\s+)?(?:flight|plane|gate|bus|train))\b",  # "... and you put her on the wrong connecting flight" (round 50)
        r"(?:alleenreizend|alleen\s+reizend)e?\s+(?:kind|minderjarige|dochter|zoon)\b[^.!?]{0,80}?\b(?:niemand|niet\s+opgehaald|kwijt|vermist|alleen\s+gelaten|achtergelaten)\b",
        rf"{_OLD_EN}\s+(?:\w+\s+)?{_KIN_EN}\s+(?:\w+\s+){{0,3}}?(?:was|were|got|has\s+been|have\s+been)\s+(?:\w+\s+)?{_SOLD_EN}\b",
        rf"(?:sold|talked|pressured|pushed|persuaded|conned|tricked|signed\s+up)\s+(?:my|our)\s+(?:\w+\s+)?{_OLD_EN}\s+(?:\w+\s+)?{_KIN_EN}\b",
        rf"{_OLD_NL}\s+{_KIN_NL}\s+(?:\w+\s+){{0,8}}?{_SOLD_NL}\b",
        # A child left on board or behind: "de bus reed gewoon door terwijl mijn dochter van 8
        # nog moest uitstappen", "the driver drove off with my son still on the bus".
        r"(?:reed|rijdt|reden|vertrok|vertrekt|trok)\s+(?:gewoon\s+|zomaar\s+)?(?:door|weg|op)\s+(?:terwijl|met)\s+(?:mijn|m'n|ons|onze)\s+"
        r"(?:[\w-]+\s+)?(?:dochter|zoon|kind|kinderen|dochtertje|zoontje|kleine|moeder|vader|oma|opa|schoonmoeder|schoonvader|ouders)\b"
        r"(?=[^.!?]{0,60}?\b(?:nog|half|erin|eruit|rollator|rolstoel|uitstappen|instappen|in\s+de\s+(?:bus|tram|trein))\b)",
        r"(?:drove|pulled)\s+(?:off|away)\s+(?:with|while)\s+(?:my|our)\s+(?:\d+\s*(?:-\s*)?year\s*(?:-\s*)?old\s+)?(?:(?:elderly|old|disabled|blind)\s+)?"
        r"(?:daughter|son|child|children|kid|kids|little\s+one|mum|mom|mother|dad|father|gran|grandma|grandad|grandpa|parents)\b",
    ),
    "money": (
        *JUMPS,
        # Billed after leaving: "een incasso van 900 euro terwijl ik al sinds mei bij een andere
        # leverancier zit".
        r"(?:incasso|afschrijving|factuur|aanmaning|voorschot)\w*\s+(?:\S+\s+){0,5}?terwijl\s+(?:ik|we|wij)\s+(?:\S+\s+){0,5}?"
        r"(?:bij\s+een\s+andere\s+\w+|(?:al\s+)?(?:had|heb|hebben)\s+opgezegd|opgezegd|overgestapt|vertrokken|geen\s+klant\s+meer)\b",
        # Value bought and not there (round 46): "the gift card code says already redeemed",
        # "bought credit an hour ago and my balance still shows zero", "reloaded $50 to my
        # card and it disappeared".
        r"(?:gift\s*card|voucher|promo\s+code|coupon|code|pin)\s+(?:\w+\s+){0,3}?(?:says|shows|showing|saying|is|was|comes\s+up\s+as)\s+already\s+(?:redeemed|used|claimed|activated)\b",
        r"(?:balance|credit|points)\s+(?:\w+\s+)?(?:still\s+)?(?:shows?|says|is|reads)\s+(?:\$|£|€)?(?:zero|0(?:[.,]00)?)\b(?!\s*%)",
        r"(?:reloaded|loaded|topped\s+up|added|deposited|transferred)\s+[^.!?]{0,40}?\b(?:and\s+)?(?:it|the\s+money|the\s+funds|the\s+credit)\s+(?:just\s+)?(?:disappeared|vanished|is\s+gone|never\s+showed\s+up|never\s+arrived)\b",
        # Left with a stranger and gone: "left my package with a neighbor I don't know and it's gone".
        r"(?:package|parcel|delivery|box)\b[^.!?]{0,60}?\b(?:and\s+)?(?:it'?s|it\s+is|now\s+it'?s)\s+(?:gone|disappeared|vanished|nowhere\s+to\s+be\s+found)\b",
        # The customer's things lost in the company's hands: "you had my laptop for 6 weeks
        # and now say it's lost", "jullie zijn mijn laptop kwijtgeraakt".
        r"(?:say|says|said|saying|tell\s+me|told\s+me|telling\s+me)\s+(?:that\s+)?(?:it'?s|it\s+is|it\s+was|it\s+has\s+been|they'?ve|they\s+have)\s+(?:been\s+)?(?:lost|missing|gone\s+missing)\b(?!\s+(?:its|it's|their|his|her|my|the|a|an|some|all)\b)",
        r"(?:you|they)\s+(?:\w+\s+)?lost\s+(?:my|our)\s+(?:\w+\s+)?(?:laptop|phone|iphone|device|computer|tablet|ipad|console|car|keys|passport|documents?|ring|watch|macbook)\b",
        r"(?:jullie|ze|zij)\s+(?:zijn|hebben)\s+(?:mijn|m'n|onze|ons)\s+(?:\w+\s+)?(?:laptop|telefoon|toestel|computer|tablet|auto|sleutels|paspoort|documenten|ring|horloge)\s+(?:\w+\s+)?(?:kwijtgeraakt|kwijt|verloren|zoekgemaakt)\b",
        # A transfer taken and never arrived: "overschrijving van 1500 euro is van mijn
        # rekening af maar nooit aangekomen bij de ontvanger".
        r"(?:overschrijving|overboeking|betaling|storting|overmaking)\w*\s+(?:[\w€.,]+\s+){0,10}?(?:nooit|nog\s+(?:steeds|altijd)\s+niet"
        r"|al\s+\w+\s+(?:dagen|weken)\s+niet)\s+(?:aangekomen|ontvangen|bijgeschreven|overgekomen|gestort)\b",
        # Charged twice for one thing, the thing named between: "I was charged for premium
        # twice this month"; more than the price quoted: "charging me £40 a month more than
        # what I was quoted".
        r"charged\s+(?:me\s+|us\s+)?for\s+(?:\w+\s+){1,4}?(?:twice|double|two\s+times|three\s+times|more\s+than\s+once)\b",
        r"more\s+than\s+(?:what\s+)?(?:i|we)\s+(?:was|were)\s+(?:originally\s+|first\s+)?(?:quoted|told|promised|offered)\b",
        # The brand's vehicle into the author's property: "the delivery van reversed into my
        # car and drove off", "jullie vrachtwagen heeft mijn hek kapotgereden".
        # (Each starts at its verb: the vehicle's words before it are common ones.)
        r"(?:reversed|backed|smashed|slammed|ploughed|plowed)\s+(?:straight\s+)?into\s+(?:my|our)\s+"
        r"(?:\w+\s+)?(?:car|house|wall|fence|gate|bike|garage|door|porch|mailbox|van)\b",
        r"(?:reed|ramde|botste|knalde)\s+(?:\w+\s+){0,3}?(?:tegen|op|in)\s+(?:mijn|m'n|onze|ons)\s+"
        r"(?:auto|gevel|muur|hek|schutting|fiets|garage(?:deur)?|brievenbus|poort|deur|huis)\b",
        r"(?:kapot|stuk)\s*gereden\b",
        # Water coming in now: "a massive leak coming through the ceiling since your plumber
        # left", "het water loopt door ons plafond"; damage that grows by the hour.
        r"(?:leak|leaks|leaking|water|flooding)\s+(?:\w+\s+){0,3}?(?:through|into)\s+(?:(?:my|our)\s+(?:\w+\s+)?(?:ceiling|roof|walls?)|the\s+ceiling)\b",
        r"(?:lekkage|lekt|lekte|water)\s+(?:\w+\s+){0,3}?(?:door|uit|via)\s+(?:het|ons|mijn|m'n)\s+(?:\w+\s+)?plafond\b",
        r"(?:het|ons|mijn|m'n)\s+plafond\s+(?:\w+\s+){0,2}?(?:lekt|druppelt|komt\s+naar\s+beneden|staat\s+blank)\b",
        # An appliance or pipe flooding the home: "my washer flooded my kitchen, water
        # everywhere", "de wasmachine lekt en de keuken staat blank".
        r"(?:flooded|flooding)\s+(?:my|our|the)\s+(?:whole\s+|entire\s+)?(?:kitchen|house|home|flat|apartment|basement|bathroom|floor|hallway|living\s+room)\b",
        r"water\s+(?:is\s+|was\s+)?(?:pouring\s+|gushing\s+|coming\s+)?everywhere\b",
        r"(?:keuken|huis|badkamer|kelder|woning|woonkamer|gang|appartement|vloer)\s+(?:staat|stond|staan|stonden)\s+(?:helemaal\s+|volledig\s+|compleet\s+)?(?:blank|onder\s+water)\b",
        r"(?:keuken|huis|badkamer|kelder|woning|woonkamer|gang|appartement|vloer)\s+(?:helemaal\s+|volledig\s+|compleet\s+)?(?:blank|onder\s+water)\s+(?:staat|stond|staan|stonden)\b",
        # "de wasmachine lekt en het water staat nu bij de buren beneden".
        r"(?:lekt|lekte|lekken|lekkage|loopt\s+over|liep\s+over)\b[^.!?]{0,60}?\bwater\s+(?:staat|stond|loopt|liep|komt|kwam)\s+(?:nu\s+)?(?:al\s+)?"
        r"(?:bij\s+de\s+(?:buren|onderburen)|door\s+(?:het|ons|mijn)\s+plafond|in\s+(?:de|het|mijn|ons|onze)\s+(?:gang|keuken|woonkamer|slaapkamer|kelder|huis|woning|trappenhuis|meterkast))\b",
        # A large sum due within days: "ik moet binnen 5 dagen 14.000 euro terugbetalen".
        r"binnen\s+(?:\d+|twee|drie|vier|vijf|zes|zeven|tien|veertien)\s+(?:dagen|dag|weken|week)\s+(?:\w+\s+){0,3}?(?:€\s*)?\d{1,3}(?:[.,]\d{3})+"
        r"(?:\s*(?:euro|eur|€))?\s+(?:\w+\s+)?(?:terug\s*)?(?:betalen|terugbetalen|overmaken|voldoen)\b",
        # The brand's slip costs the author a fine: "jullie hebben mijn huur niet overgemaakt
        # en ik krijg een aanmaning met boete".
        r"(?:aanmaning|herinnering|ingebrekestelling)\w*\s+(?:\w+\s+){0,3}?(?:met|plus|inclusief|en)\s+(?:een\s+)?(?:boete|kosten|rente|incassokosten)\b",
        r"(?:gehaald|afgehaald|getrokken|afgegaan)\s+(?:\w+\s+){0,3}?voor\s+(?:een|iets|\w+)\s+(?:\w+\s+){0,2}?(?:die|dat|wat)\s+(?:ik|we|wij)\s+"
        r"(?:\w+\s+)?(?:nooit|niet)\s+(?:\w+\s+)?(?:aangevraagd|besteld|gebruikt|gekregen|ontvangen|afgesloten|genomen|gekocht)\b",
    ),
    "churn": (
        # "stap ik over naar KPN", "... naar de concurrent"; not to another plan of the brand's
        # own ("naar een ander pakket", "naar het nieuwe tarief").
        r"(?:stap|stappen)\s+(?:ik|we|wij)\s+over\b(?=\s*(?:[.!,;]|$)|\s+naar\s+(?!(?:jullie|u|jou|hier|ons)\b)"
        r"(?!(?:een|het|de|dat|dit|die)\s+(?!(?:concurrent|concurrentie|andere\s+(?:provider|aanbieder|bank|leverancier|verzekeraar))\b)))",
        r"switch(?:ing|ed)?\s+(?:providers|carriers|banks|networks|companies|suppliers|insurers|isps)\b",
        # "na 8 jaar ben ik weg, ...", "nummerbehoud aangevraagd bij Vodafone" (a number ported out).
        r"ben\s+ik\s+weg\b(?=\s*(?:[,.!;]|$))(?![^.!?]*\?)",
        r"nummerbehoud\s+(?:\w+\s+){0,2}?(?:aangevraagd|geregeld|gestart|loopt)\s+(?:bij|via)\s+(?!(?:jullie|u|jou|hier|ons)\b)[@\w&-]+",
        r"(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:officially\s+|finally\s+)?(?:leaving|out|gone|done)\s+for\s+good\b",
        # With no subject: "Switching to Southwest for good" (not "moving to Leeds next month").
        r"switching\s+(?:over\s+)?to\s+(?!(?:the|your|a|an|my|our|this|that|it|another|paperless|autopay|online|digital|e-?billing|fibre|fiber|broadband|unlimited|prepaid|e?sim|dark|light|mobile|desktop)\b)"
        r"[@a-z][\w&-]*\s+(?:for\s+good|permanently|asap|tomorrow|next\s+(?:week|month)|after\s+this|as\s+soon\s+as)\b",
        r"(?:i'?m|i\s+am|we'?re|we\s+are)\s+cancel+ing\s+(?:\w+\s+){0,2}?(?:and|&)\s+(?:switching|moving|going)\s+(?:to|with)\b",
    ),
    "outage": (
        # Told in a telegram: "cable AND internet out again in 90210", "power out since 6am".
        r"(?:internet|wifi|wi-fi|cable|power|service|signal|network|tv)\s+(?:and\s+\w+\s+)?out\s+(?:again|since|for\s+(?:\d|hours|days|two|three)|all\s+(?:day|night)"
        r"|the\s+whole|today|tonight|this\s+(?:morning|afternoon|evening|week)|in\s+(?:my|our|the)\s+(?:area|neighbou?rhood|street|building)|in\s+\d)\b",
        r"doe[tn]\s+het\s+(?:[\w']+\s+){0,4}?(?:niet|nie)\s+meer\b", r"doe[tn]\s+het\s+(?:\w+\s+)?nie\b",
        # Water cut off for a home or a street (not a restaurant's "geen water gekregen").
        rf"geen\s+(?:warm\s+|stromend\s+|drink)?water\s+(?:meer\s+)?(?:sinds\s+{_SINCE_NL}|uit\s+de\s+kraan|in\s+(?:huis|de\s+(?:hele\s+)?(?:straat|wijk|buurt|flat|woning)))\b",
        rf"no\s+(?:running\s+|hot\s+|tap\s+)?water\s+(?:since\s+{_SINCE_EN}|for\s+(?:\d+|two|three|four|five|several)\s+(?:hours|days)|in\s+(?:the|our|my)\s+"
        r"(?:house|home|street|building|flat|apartment|area|neighbou?rhood)|coming\s+(?:out|from)\s+(?:the|our|my)\s+taps?)\b",
        r"(?:water|gas)(?:storing|uitval|onderbreking)\w*", r"water\s+(?:outage|supply\s+(?:cut|is\s+off|went\s+off|has\s+been\s+cut))\b",
        # A shop's tills: "payment terminal down at all our stores", "pinautomaat ligt eruit".
        r"(?:payment\s+terminals?|card\s+(?:readers?|machines?|terminals?)|tills?|pin\s*pads?|pos\s+(?:system|terminals?))"
        r"\s+(?:is\s+|are\s+|went\s+|have\s+been\s+|has\s+been\s+)?(?:all\s+)?(?:down|offline|not\s+working)\b",
    ),
    # A home's supply cut off by the company, said verb first ("you cut off my electricity");
    # a subscription paid for and cut off ("paid for a year and now it says my subscription
    # is cancelled").
    "blocked": (
        r"paid\s+(?:for\s+)?(?:\w+\s+){0,4}?(?:and|but)\s+(?:now\s+)?(?:\w+\s+){0,4}?(?:subscription|membership|account|plan)\s+"
        r"(?:is|was|got|has\s+been|have\s+been)\s+(?:cancell?ed|terminated|deactivated|suspended|closed|expired)\b"
        r"(?!\s+(?:as\s+(?:expected|planned|requested|asked)|like\s+i\s+asked))",
        r"(?:disconnected|cut\s+off|shut\s+off|turned\s+off|switched\s+off)\s+(?:my|our)\s+(?:\w+\s+)?(?:electricity|electric|gas|water|heating|supply|energy)\b",
        # A cut-off announced: "jullie sluiten mijn stroom af op 15 december" (not asked: "sluiten
        # jullie de stroom af als ik verhuis?").
        r"(?:sluiten|sluit|dreigen|dreigt)\s+(?:\w+\s+){0,2}?(?:mijn|m'n|onze|ons|de)\s+(?:stroom|gas|water|elektriciteit|energie|verwarming)\s+(?:\w+\s+){0,3}?af\b"
        r"(?![^.!?]*\?)",
        # ... and the author cut off despite a deal (round 50): "jullie sluiten me af terwijl ik een betalingsregeling heb??"
        r"(?:sluiten|sluit|sloten|sloot)\s+(?:me|mij|ons)\s+(?:gewoon\s+|nu\s+|zomaar\s+)?af\s+terwijl\b",
        # The same told as a notice: "jullie hebben aangekondigd dat het gas morgen wordt
        # afgesloten", "een brief dat mijn stroom volgende week wordt afgesloten" (not for
        # maintenance in the street).
        r"(?:aangekondigd|gemeld|laten\s+weten|brief|mail|bericht|melding|gedreigd)\s+(?:gekregen\s+|ontvangen\s+)?dat\s+(?:de|het|mijn|m'n|ons|onze)\s+"
        r"(?:stroom|gas|water|elektriciteit|energie|verwarming)\s+(?:\w+\s+){0,3}?(?:wordt|gaat\s+worden|zal\s+worden)\s+(?:\w+\s+)?(?:afgesloten|afgekoppeld|dichtgedraaid)\b"
        r"(?!\s+(?:\w+\s+)?(?:voor|vanwege|wegens|door|bij)\s+(?:\w+\s+)?(?:onderhoud|werkzaamheden|werk|werken|de\s+verbouwing|reparatie|een\s+storing))(?![^.!?]*\?)",
        # The same in Dutch, the company the subject: "jullie hebben mijn gas afgesloten",
        # "hebben jullie onze stroom afgesloten?" (not "ik heb mijn gas laten afsluiten").
        # (Starting at the verb, behind its subject: not tried at every "ze".)
        r"(?:(?:(?<=jullie\s)|(?<=ze\s)|(?<=zij\s))(?:hebben|heeft)|(?:hebben|heeft)\s+(?:jullie|ze|zij))\s+(?:\w+\s+)?(?:mijn|m'n|mn|onze|ons)\s+(?:\w+\s+)?"
        r"(?:stroom|gas|water|elektriciteit|energie|verwarming)\s+(?:\w+\s+){0,2}?(?:afgesloten|afgekoppeld|dichtgedraaid|afgesneden)\b",
    ),
    # Someone else in the author's account: "er is ingebroken in mijn account", "hackers got
    # into my account".
    "fraud": (
        # Taken by the brand's own people (round 47): "driver took my phone and drove off",
        # "camera shows the driver taking it back to the van" (not "took my bags to the door").
        r"(?:driver|courier|employee|staff|agent|technician|cashier)\s+(?:\w+\s+){0,2}?(?:(?:stole|pocketed|kept|walked\s+off\s+with|drove\s+off\s+with|ran\s+off\s+with)\s+(?:my|our)\s+"
        r"(?:\w+\s+)?(?:phone|wallet|bag|purse|money|cash|card|laptop|keys|package|parcel|change|deposit|luggage|suitcase|headphones|airpods)"
        r"|took\s+(?:my|our)\s+\w+\s+and\s+(?:drove|ran|walked)\s+(?:off|away))\b",
        r"(?:camera|footage|doorbell|video|cctv)\s+(?:\w+\s+){0,2}?(?:shows|showed|caught)\s+(?:the\s+|your\s+)?(?:driver|courier|delivery\s+\w+)\s+"
        r"(?:taking|stealing|keeping|walking\s+off\s+with)\b",
        # Codes or changes the author never asked for: someone is at the account's door ("sms'jes
        # over wachtwoordwijzigingen die ik niet aanvroeg", "login codes I never requested").
        # (Not a newsletter: "mails die ik nooit heb aangevraagd" is spam.)
        r"(?:(?:sms-|verificatie|inlog|beveiligings|bevestigings)?codes?|(?:sms|sms'je|sms'jes|smsje|smsjes|mails?|mailtjes?|berichten|meldingen)\s+over\s+(?:een\s+|de\s+|mijn\s+)?"
        r"(?:wachtwoord|pincode|inlog|code|e-?mailadres|telefoonnummer)\w*)\s+(?:\S+\s+){0,3}?"
        r"(?:die|dat|wat)\s+ik\s+(?:\S+\s+)?(?:niet|nooit)\s+(?:zelf\s+)?(?:heb\s+)?(?:aangevraagd|aanvroeg|opgevraagd|gevraagd|gedaan|deed)\b",
        r"(?:verification|login|log-?in|security|2fa|one-?time|sms|reset|sign-?in)\s+(?:codes?|texts?|emails?|links?)\s+(?:\S+\s+){0,3}?"
        r"(?:i|we)\s+(?:didn'?t|did\s+not|never)\s+(?:request|requested|ask\s+for|asked\s+for)\b",
        # Payments gone to a foreign account: "vier betalingen van mijn rekening vertrokken
        # naar een Litouwse rekening".
        r"(?:betaling|betalingen|overschrijving|overschrijvingen|bedragen|transacties)\s+(?:\w+\s+){0,4}?(?:vertrokken|gegaan|overgemaakt|verstuurd|weggegaan)\s+"
        r"naar\s+(?:een\s+)?(?:buitenlandse|onbekende|vreemde|\w+se|\w+sche)\s+(?:bank)?rekening\b",
        # Money taken that the author disowns: "2400 euro afgeschreven naar een rekening in
        # Litouwen, ik heb dit niet gedaan" (not a question: "wat als ik dit niet gedaan heb?").
        r"(?:afgeschreven|overgemaakt|weggehaald|gehaald|opgenomen|weggesluisd|afgeboekt)\s+[^.!?]{0,80}?\b(?:ik\s+heb\s+(?:dit|dat|het|deze\s+\w+|die\s+\w+)\s+(?:zelf\s+)?(?:niet|nooit)\s+"
        r"(?:gedaan|goedgekeurd|aangevraagd|gemachtigd|overgemaakt)|ik\s+heb\s+(?:zelf\s+)?(?:niks|niets)\s+(?:gedaan|goedgekeurd|aangevraagd)|niet\s+door\s+mij|zonder\s+dat\s+ik\s+(?:\w+\s+)?(?:iets\s+)?(?:heb\s+)?(?:gedaan|goedgekeurd|getekend))\b(?![^.!?]*\?)",
        # A balance in the red that the author did not cause: "your app shows my balance as
        # -$4,000 and I haven't spent anything".
        r"balance\s+(?:\w+\s+){0,2}?(?:-\s?[$£€]\s?[\d,.]+|[$£€]\s?-\s?[\d,.]+|minus\s+[$£€]?\s?[\d,.]+|negative|overdrawn)"
        r"[^.!?]{0,60}?\b(?:haven'?t|have\s+not|didn'?t|did\s+not|never)\s+(?:spent|used|made|bought|withdrawn|touched|done)\b",
        # A card skimmed or cloned: "my card was skimmed at your ATM, $2000 gone".
        r"(?<!if\smy\s)(?<!whether\smy\s)(?<!of\smy\s)(?:card|cards|pas|pinpas|bankpas)\s+(?:was|were|got|has\s+been|have\s+been|is|werd|is\s+ge)\s*"
        r"(?:skimmed|cloned|compromised|geskimd|gekopieerd)\b",
        # Money gone that the author knows nothing of: "er is 3000 euro van mijn spaarrekening
        # gehaald en ik weet van niks", "zonder dat ik het wist afgeschreven".
        r"(?:gehaald|afgehaald|afgeschreven|opgenomen|weggehaald|overgemaakt|verdwenen|gegaan)\b[^.!?]{0,30}?\b(?:ik\s+weet\s+(?:er\s+|daar\s+)?(?:echt\s+)?van\s+(?:niks|niets)"
        r"|zonder\s+dat\s+ik\s+(?:het\s+|dat\s+|er\s+)?(?:wist|weet|iets\s+van\s+wist)|niet\s+door\s+mij"
        # "... via een betaalverzoek dat ik nooit heb goedgekeurd".
        r"|(?:dat|die|wat)\s+ik\s+(?:nooit|niet)\s+(?:heb\s+)?(?:goedgekeurd|gedaan|aangevraagd|gemachtigd|ondertekend|bevestigd|herken|besteld|gekocht))\b",
        r"ingebroken\s+(?:in|op)\s+(?:mijn|m'n|mn|ons|onze)\s+(?:\w+\s+)?(?:account|profiel|mail|e-?mail|mailbox|rekening|app)\b",
        r"(?:mijn|m'n|mn|ons|onze)\s+(?:account|profiel|mailbox|rekening)\s+(?:\w+\s+){0,2}?(?:overgenomen|gekaapt)\b",
        r"(?:hackers?|scammers?|criminals|fraudsters|a\s+stranger|somebody|strangers)\s+(?:\w+\s+)?(?:got|broke|logged|have\s+got|gained\s+access)\s+"
        r"(?:in)?to\s+(?:my|our)\s+(?:\w+\s+)?account\b",
        r"(?:hackers?|scammers?|someone|somebody)\s+(?:\w+\s+)?(?:took|taken|has\s+taken)\s+over\s+(?:my|our)\s+(?:\w+\s+)?account\b",
        # Asked whether a text, mail or call is really the brand's: a phishing check.
        r"\b(?:sms|sms'je|smsje|mail|mailtje|e-?mail|bericht|berichtje|appje|whatsapp|telefoontje|brief)\w*\s+(?:\S+\s+){0,25}?"
        r"(?:klopt\s+(?:dat|dit|het)\s*\?|(?:is\s+(?:dat|dit|die|deze|het)\s+(?:echt|wel\s+echt|van\s+jullie|echt\s+van\s+jullie|betrouwbaar|nep|phishing)"
        r"|komt\s+(?:dat|dit|die|deze)\s+(?:echt\s+|wel\s+)?van\s+jullie|zijn\s+jullie\s+dat)\b)",
        r"namens\s+(?:jullie|de\s+bank|uw\s+bank|\w+bank)\s+(?:\S+\s+){0,10}?(?:pincode|inlogcode|inloggegevens|wachtwoord|beveiligingscode"
        r"|sms-code|rekeningnummer)\b",
        r"\b(?:text|texts|sms|email|e-mail|message|call|letter|dm)\w*\s+(?:\S+\s+){0,25}?"
        r"(?:is\s+(?:this|it|that)\s+(?:real|legit|legitimate|genuine|really\s+(?:you|from\s+you)|from\s+you|you|a\s+scam)"
        r"|did\s+you\s+(?:guys\s+)?send|was\s+(?:this|it|that)\s+(?:really\s+)?(?:you|from\s+you))\b",
        # A lost or stolen bank card to block: "ik ben mijn portemonnee kwijt met pinpas, kunnen
        # jullie hem blokkeren?", "lost my wallet with my debit card, please freeze it".
        r"(?:pinpas|bankpas|betaalpas|creditcard|bankkaart)\s+(?:\w+\s+){0,3}?(?:kwijt|verloren|zoek|gestolen)\b",
        r"(?:kwijt|verloren|gestolen)\s+(?:\w+\s+){0,2}?met\s+(?:\w+\s+){0,2}?(?:pinpas|bankpas|betaalpas|creditcard|bankkaart)\b",
        r"(?:lost|misplaced)\s+(?:my|our)\s+(?:wallet|purse|bank\s+card|debit\s+card|credit\s+card|bank\s+cards|cards)\b",
        # A data leak by the brand: the author's details sent to a stranger, or a stranger's
        # received ("jullie hebben mijn paspoortgegevens naar een verkeerd e-mailadres
        # gestuurd", "you emailed my bank details to another customer").
        # It starts at the data, not at "mijn": a rule is tried wherever its first word is,
        # and "mijn" is in most Dutch texts.
        r"(?:(?:paspoort|persoons|bank|klant|inlog|adres|contact|betaal|rekening|pas|medische\s+|persoonlijke\s+)?gegevens"
        r"|paspoort|bsn|kopie\s+(?:van\s+)?(?:mijn\s+)?(?:id|paspoort|identiteitsbewijs)|identiteitsbewijs|(?:medisch\s+)?dossier)\s+(?:\w+\s+){0,4}?"
        r"(?:naar|aan)\s+(?:een\s+|de\s+)?(?:verkeerd|verkeerde|ander|andere|onbekend|onbekende|vreemd|vreemde|iemand)\w*\b"
        r"(?!\s+(?:afdeling|team|balie|loket|formulier|plek|map|kanaal|dienst)\b)",
        r"(?:sent|emailed|e-mailed|mailed|shared|gave|posted|leaked)\s+(?:my|our)\s+(?:personal\s+|bank\s+|medical\s+|private\s+)?"
        r"(?:details|data|information|info|passport|address|records|file)\s+(?:\w+\s+){0,2}?to\s+(?:the\s+wrong|someone\s+else|another\s+(?:customer|person)|a\s+stranger|strangers)\b",
        r"(?:received|got|getting|receiving)\s+(?:\w+\s+)?(?:someone\s+else's|another\s+customer's|other\s+people's|a\s+stranger's)\s+(?:\w+\s+)?"
        r"(?:details|data|information|invoice|invoices|bank\s+details|passport|address|account|medical\s+records)\b",
        r"(?:gegevens|facturen?|factuur|dossier|paspoort|rekeningafschrift\w*)\s+(?:\w+\s+){0,2}?van\s+(?:een\s+)?(?:andere\s+klant|iemand\s+anders|een\s+vreemde|andere\s+klanten)\b",
        # A stranger's camera, orders or account shown to the author: "someone else's camera
        # feed is showing in my app", "ik zie de camerabeelden van iemand anders in mijn app".
        r"(?:someone\s+else's|somebody\s+else's|another\s+customer's|other\s+people's|a\s+stranger's)\s+(?:\w+\s+)?"
        r"(?:camera|cameras|feed|footage|orders?|account|photos|messages|emails|chats?|videos?|recordings?)\s+"
        r"(?:\w+\s+)?(?:(?:is|are|keeps?|was|were)\s*)?(?:showing|appearing|popping\s+up|visible|shown|coming\s+up)\b",
        # A stranger inside the author's camera: "someone is using my camera feed, I can hear a
        # voice through it".
        r"(?:someone|somebody|a\s+stranger|strangers|hackers?)\s+(?:is\s+|was\s+|has\s+been\s+)?(?:using|watching|accessing|controlling|viewing|talking\s+through|speaking\s+through)\s+"
        r"(?:my|our)\s+(?:\w+\s+)?(?:camera|cameras|camera\s+feed|feed|doorbell|baby\s+monitor|webcam)\b",
        r"(?:hear|heard|hearing)\s+(?:a\s+(?:\w+\s+)?voice|someone|somebody|a\s+stranger|a\s+man|a\s+woman)\s+(?:\w+\s+)?through\s+(?:it\b|(?:my|our|the)\s+(?:camera|doorbell|baby\s+monitor|webcam|monitor)\b)",
        r"(?:zie|zag|zien|krijg|kreeg|staan|stonden|verschijnen|verschenen)\s+(?:ik\s+|we\s+|wij\s+)?(?:nu\s+|ineens\s+|opeens\s+)?(?:de\s+|alle\s+)?"
        r"(?:camerabeelden|beelden|bestellingen|berichten|foto's|opnames|account|mails)\s+van\s+(?:iemand\s+anders|een\s+andere\s+klant|andere\s+klanten|een\s+vreemde|vreemden)\b",
    ),
}
