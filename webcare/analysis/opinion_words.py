"""Dutch opinion verbs, nouns and adjectives that pattern's adjective list cannot have, each
listed once and expanded to the forms Dutch writes it in. Pure: no I/O, no VADER.

pattern's lexicon holds adjectives, so a reader who says it with a verb ("we hebben
genoten", "het boek stelde teleur", "ik ergerde me", "ik betreur dit"), a noun ("een
verademing", "een wanvertoning", "blunders") or a participle ("verwaarloosd",
"geïmponeerd") was not heard. Listing each form by hand misses the form the next text uses,
so a verb is listed once by its infinitive and `verb_forms` writes its present, past and
participle forms, and a noun by its singular and `noun_forms` adds its plural.

The lists were written from a Dutch speaker's vocabulary of restaurant, book and political
opinion, not from evaluation rows. Every word here is an opinion in most of its uses: a
verb whose forms are also common neutral words is listed by its safe forms only ("raden"
alone is guessing, so "aan+raden" gives "aanraden", "aangeraden", not "raad").
"""

from __future__ import annotations

from functools import cache

from webcare.analysis.dutch_morphology import diminutive_of, noun_forms, verb_forms

# Verbs: "infinitive[/stem][=past,pasts,participle]". A "+" marks a separable particle:
# only the forms that write it joined are listed ("aanraden", "aangeraden", "aanraadt"),
# since "raad" alone is another word. "/stem" when spelling does not say it ("ergeren/
# erger", against "irriteren" -> "irriteer"); "=..." for a strong verb's past and
# participle (without the particle). Verbs with a form that is a neutral word are left
# out ("loven": "geloofd" is "believed"; "storen": "gestoord" is "mad").
_POSITIVE_VERBS = (
    (2.2, "genieten=genoot,genoten,genoten smullen"),
    (2.0, "smikkelen/smikkel"),
    (2.0, "aan+raden=raadde,raadden,geraden aan+bevelen=beval,bevalen,bevolen"),
    (2.0, "waarderen appreciëren/apprecieer bewonderen/bewonder ontroeren betoveren/betover"),
    (2.0, "boeien"),
    (2.0, "overtreffen=overtrof,overtroffen,overtroffen uit+blinken=blonk,blonken,geblonken"),
    (1.8, "imponeren amuseren verheugen verwennen feliciteren toe+juichen bejubelen/bejubel"),
    (1.8, "mee+slepen=sleepte,sleepten,gesleept verrassen bekoren roemen schitteren/schitter"),
    (1.8, "verslinden=verslond,verslonden,verslonden excelleren uit+munten"),
    (1.6, "vermaken koesteren/koester"),
    (1.4, "verwelkomen/verwelkom omarmen=omarmde,omarmden,omarmd respecteren"),
    (1.4, "overtuigen=overtuigde,overtuigden,overtuigd"),
    (1.8, "complimenteren bedanken"),
    (1.4, "mee+vallen=viel,vielen,gevallen vooruit+gaan/ga=ging,gingen,gegaan aan+moedigen"),
)
_NEGATIVE_VERBS = (
    (-1.8, "ergeren/erger irriteren vervelen mopperen/mopper klagen zeuren balen"),
    (-2.6, "walgen haten"),
    (-2.2, "verknoeien verprutsen verpesten verspillen beledigen kwetsen misleiden"),
    (-2.2, "liegen=loog,logen,gelogen bedriegen=bedroog,bedrogen,bedrogen"),
    (-1.8, "verspelen falen tekort+schieten=schoot,schoten,geschoten verwaarlozen negeren"),
    (-1.6, "af+haken vast+lopen=liep,liepen,gelopen schamen betreuren minachten"),
    (-1.6, "ontgoochelen/ontgoochel teleur+stellen tegen+vallen=viel,vielen,gevallen"),
    (-1.6, "schrikken=schrok,schrokken,geschrokken"),
    (-1.4, "vrezen storen mislukken benadelen bekritiseren"),
    (-2.0, "af+raden=raadde,raadden,geraden af+knappen af+schepen af+kraken af+keuren"),
    (-2.0, "verknallen verslechteren/verslechter verergeren/vererger ontsporen"),
    (-2.4, "verafschuwen verachten verkloten verneuken"),
    # Facts that are complaints: a body reacting to a meal, a thing leaking or rattling,
    # being sent away, sending a purchase back, skipping pages of a book.
    (-1.8, "over+geven=gaf,gaven,gegeven kotsen weg+sturen"),
    (-1.6, "lekken rammelen/rammel"),
    (-1.4, "terug+sturen"),
    (-1.0, "over+slaan=sloeg,sloegen,geslagen"),
    (-1.6, "op+jagen=joeg,joegen,gejaagd weg+jagen=joeg,joegen,gejaagd"),
    # Cheated, belittled, brushed off, run down, spoiled: what customers and voters say
    # was done to them or to a place.
    (-2.6, "beduvelen/beduvel bedonderen/bedonder belazeren/belazer"),
    (-2.2, "kleineren/kleineer vernederen/verneder treiteren/treiter uit+buiten verzieken"),
    (-2.0, "sjoemelen/sjoemel saboteren pesten af+blaffen af+snauwen af+poeieren vergallen"),
    (-2.0, "verloederen/verloeder verpauperen/verpauper"),
    (-1.8, "tegen+werken dwarsbomen weg+wuiven"),
    (-1.6, "achteruit+gaan/ga=ging,gingen,gegaan kelderen/kelder"),
    (-2.0, "graaien vernietigen"),
    # Round 35, from a speaker's vocabulary: nagging and drivel, a cabinet that lurches or
    # ducks, customers milked and squeezed, agitators.
    (-1.8, "zeiken mekkeren/mekker neer+sabelen/sabel zwalken/zwalk"),
    (-1.8, "uit+melken=melkte,melkten,gemolken uit+zuigen=zoog,zogen,gezogen weg+duiken=dook,doken,gedoken"),
    (-2.0, "op+ruien op+hitsen"),
)
# Nouns: "singular[:plural]"; ":-" for none ("troep": "troepen" are troops).
_POSITIVE_NOUNS = (
    (2.2, "verademing voltreffer uitblinker vakmanschap traktatie"),
    (1.8, "vakman:vaklieden aanwinst pluim pluspunt plezier genot"),
    (2.4, "topper"),
    (1.6, "hoogtepunt doorbraak vooruitgang"),
    (2.4, "aanrader meesterwerk pareltje juweeltje hoogvlieger"),
    (2.0, "parel"),
    # Delight and relief, and food that is an event.
    (2.2, "smulpartij:smulpartijen blijdschap:- smaakexplosie feestmaal"),
    (2.0, "vreugde:- bewondering:- succesverhaal"),
    (1.8, "opsteker"),
    (1.6, "lichtpunt lichtpuntje"),
    # What politicians and voters praise and wish each other: a heroine, solidarity, love
    # and peace, resilience, dedication, recovery, courage and comfort. Not "hoop" nor
    # "succes" (see DUTCH_LEXICON's events and states).
    (2.2, "heldin saamhorigheid:- naastenliefde:-"),
    (2.0, "liefde:- vrede:- veerkracht:- toewijding:- doorzettingsvermogen:-"),
    (1.8, "beterschap:- moed:- feestje"),
    (1.4, "troost:- warmte:- inspiratie:- vrijheid:- fatsoen:- betrokkenheid:-"),
    (2.2, "smulpaleis:smulpaleizen"),
    (2.0, "genietmoment"),
)
_NEGATIVE_NOUNS = (
    (-2.6, "wanvertoning aanfluiting schandaal:schandalen puinhoop:puinhopen"),
    (-2.4, "oplichting zwendel bedrog:- prutswerk:- broddelwerk:- beunhaas:beunhazen"),
    (-2.2, "farce poppenkast janboel:- stommiteit mislukking blunder flater minachting:-"),
    (-2.2, "prutser klungel amateurisme:- onkunde:- nalatigheid:nalatigheden verspilling"),
    (-2.0, "ergernis:ergernissen frustratie irritatie kletspraat:- zooitje wanorde:-"),
    (-2.0, "achterkamertjespolitiek:-"),
    # A voter's charges against politicians: fooling the people, panic, dithering, turning.
    (-2.4, "volksverlakkerij:- landverrader:landverraders volksverrader:volksverraders"),
    (-2.0, "paniekvoetbal:- getreuzel:- gedraai:- draaikont:draaikonten zakkenvuller:-"),
    (-1.8, "lachertje rookgordijn struisvogelpolitiek:- kiezersbedrog:-"),
    (-1.8, "troep:- schaamte:- tegenvaller teleurstelling"),
    (-1.6, "symboolpolitiek:- karikatuur cliché tekortkoming minpunt dieptepunt"),
    (-2.4, "wanprestatie wantoestand misstand"),
    (-2.2, "miserie:-"),  # Flemish: misery, trouble
    (-1.8, "ambras:- sukkelaar"),  # Flemish: fuss; a bungler
    (-1.4, "manco kritiekpunt"),
    # The body after a meal or a stay, and damage to a thing.
    (-2.0, "buikpijn:- maagpijn:- buikkramp maagkramp diarree:- voedselvergiftiging"),
    (-1.6, "maagklacht:maagklachten darmklacht:darmklachten"),
    (-1.4, "deuk vlek"),
    (-1.4, "lawaai:- herrie:- kabaal:- geluidsoverlast:-"),
    # Disasters, deceit and decay, in a review and in the news; the nagging of others.
    (-2.8, "catastrofe"),
    (-2.6, "wangedrocht oplichterspraktijk"),
    (-2.4, "puinzooi:- miskleun"),
    (-2.2, "lijdensweg misleiding schijnvertoning gedrocht intimidatie uitbuiting:-"),
    (-2.2, "toeristenval knoeiboel:-"),
    (-2.0, "diefstal agressie:- kaalslag:- verloedering verwaarlozing:- verontwaardiging:-"),
    (-1.8, "manipulatie willekeur:- gezanik:- warboel:- verarming:- uitholling:- uitschuiver"),
    (-1.6, "rompslomp:- gemekker:- onvrede:- aftreksel beproeving"),
    (-1.4, "bureaucratie geklaag:- gemopper:- heisa:-"),
    (-1.2, "vergissing"),
    # What voters say on social media of politics and the news: betrayal, hypocrisy, a
    # disgrace, despair; cuts, waiting lists and loneliness as bad news; curses.
    (-2.4, "blamage verraad:- hypocrisie:- wanhoop:- misère:- klootzak"),
    (-2.2, "wangedrag:- waanzin:- treurnis:- sukkel"),
    (-1.4, "wachtlijst eenzaamheid:- onrust:- pech:-"),
    (-1.2, "bezuiniging lastenverzwaring belastingverhoging achterstand"),
    # Round 35: a flop and a mess; crooks, louts and spongers; drivel and junk (Flemish
    # "brol"); a politician who turns with the wind, grabbing, stirring hatred.
    (-1.8, "sof:- zeperd gotspe bende toeristenfuik toneelstukje"),
    (-2.2, "boef:boeven dief:dieven schurk profiteur uitvreter parasiet graaier"),
    (-2.4, "hufter schorem:- tuig:- gajes:- zakkenvullerij:-"),
    (-2.0, "gezeik:- gelul:- geleuter:- brol:- windvaan kletskop demagoog:demagogen hetze"),
    (-2.0, "heksenjacht nepotisme:- afbraakbeleid:-"),
    (-2.6, "schijtzooi:- kutzooi:-"),
    (-2.4, "zwijnenstal varkensstal"),
    (-2.0, "smeerboel vuiligheid:- krot"),
)
# Adjectives and participles read as adjectives: their -e forms, degrees and the rest are
# derived the way pattern's adjectives get theirs (webcare.analysis.vader). Flemish ones:
# "plezant" (pleasant), "fameus" (great), "deftig" (decent, proper), "ambetant" is listed.
_ADJECTIVES = (
    (2.0, "plezant fameus goedlachs onvergetelijk voortreffelijk weergaloos"),
    (1.4, "deftig attent"),
    (2.0, "hoffelijk voorkomend doortastend vernieuwend"),
    (3.0, "fantastig"),  # Flemish spelling
    (-2.2, "verwaarloosd ondermaats onbeschoft onbeleefd knudde harteloos prutserig"),
    (-1.8, "vastgelopen uitgekauwd onverzorgd wanordelijk zompig kurkig"),
    (-2.0, "triestig"),  # Flemish: sad
    (-1.6, "stug"),
    # States of food and things past their best: a wilted salad, a dented parcel.
    (-1.8, "verlept verpieterd gescheurd ingedeukt gebarsten doorgezakt"),
    (-1.4, "waterig verkleurd geklonterd"),
    (-1.6, "lawaaierig gehorig"),
    # Food, service, places and things, good and bad, that pattern lacks: creamy or
    # half-cooked, attentive or condescending, spotless or grimy, run down or spoiled.
    (2.0, "kraaknet"),
    (1.8, "klantgericht"),
    (1.6, "joviaal oplettend servicegericht bovengemiddeld geprezen vooruitgegaan"),
    (1.4, "romig overvloedig gedienstig"),
    (1.2, "hygiënisch hygienisch opgeknapt chique"),
    (-2.6, "misselijkmakend beduveld bedonderd"),
    (-2.4, "neerbuigend denigrerend vernederd geript verrot incapabel"),
    (-2.2, "vunzig benedenmaats onbehouwen ongemanierd snauwerig kleinerend onkundig"),
    (-2.2, "onbeschaamd bestolen gechoqueerd verziekt"),
    (-2.0, "onheus vijandig intimiderend afgeblaft afgepoeierd kapotgegaan stukgegaan"),
    (-2.0, "verloederd verpauperd vergald"),
    (-1.8, "smoezelig groezelig vervuild ontstemd weggewuifd achteruitgegaan uitgewoond"),
    (-1.8, "krakkemikkig"),
    (-1.6, "halfgaar overgekookt lusteloos lawaaiig gepikeerd doorgelegen"),
    (-1.4, "aangebakken draderig aangekoekt doorgekookt mierzoet ongewenst gekrompen"),
    (-1.4, "vervormd wankel"),
    (-1.0, "lauwwarm"),
    # Round 35, from a speaker's vocabulary (not from evaluation rows): patient, thinking
    # along, firm; charming and idyllic places, delight; too dear, rickety, pushy, fed up,
    # furious, sly, backward, distasteful.
    (1.8, "geduldig begripvol oplossingsgericht meedenkend kordaat schattig snoezig"),
    (2.0, "idyllisch beeldig aanbevelenswaardig aanbevelingswaardig"),
    (2.4, "verrukt"),
    (2.0, "kwaliteitsvol kraakvers"),
    (1.4, "genietbaar"),
    (1.6, "uitgebalanceerd"),
    (1.3, "chill cool"),
    (1.2, "transparant"),
    (2.2, "tiptop picobello"),
    (-2.0, "overpriced overgeprijsd overprijsd nijdig geschift bezopen"),
    (-1.6, "gammel sneu mottig vergeetachtig pusherig schreeuwerig"),
    (-1.8, "besluiteloos beu"),
    (-2.4, "achterlijk gluiperig spuugzat kotsbeu hufterig wansmakelijk degoutant debiel"),
    (-2.6, "ziedend"),
    (-1.8, "krenterig"),
    (-1.2, "magertjes lauwtjes"),
    (-1.0, "gewoontjes"),
)

# Prefixes that make an opinion of a plain noun: "een rotboek", "een snertrestaurant",
# "een topavond", "topprestaties", "een droomreis". Only before the nouns of reviews and
# politics listed below, since the same letters begin other words ("rotonde", "topman",
# "topografie", "snert" is pea soup).
OPINION_PREFIXES = {"rot": -2.0, "snert": -2.0, "klote": -2.4, "kut": -2.4, "top": 2.0,
                    "droom": 2.0}  # fmt: skip
_PREFIXED_NOUNS = """boek roman:romans thriller verhaal auteur:auteurs schrijver
    restaurant:restaurants zaak adres avond dag:dagen tent:tenten tentje bedrijf:bedrijven
    winkel:winkels app:apps weekend:weekends week jaar
    keuken:keukens chef:chefs kok:koks service:- bediening:- kwaliteit team:teams werk:-
    product:producten film:films serie plek locatie hotel:hotels vakantie reis:reizen
    idee keuze wijn gerecht eten:- sfeer:- prestatie klasse:- gevoel:- weer:- ding baan
    tijd:-""".split()

# Prefixes Dutch writes before an adjective to boost it ("keigoed", "beresterk",
# "reuzeleuk", "megaslecht"), as "super" already is.
BOOST_PREFIXES = ("super", "kei", "bere", "reuze", "mega")

# Forms that are more often another word: "erger" is mostly "worse" ("het had erger
# kunnen zijn"), not "ik erger me"; "gestoord" is mad, "overtuigd" convinced ("ik ben
# ervan overtuigd dat"), "te bewonderen" on view, "kelder" a cellar.
_OTHER_WORDS = frozenset(
    {"erger", "gestoord", "gestoorde", "overtuigd", "overtuigde", "bewonderen", "kelder"}
)


def opinion_forms() -> dict[str, float]:
    """Every form of the listed verbs and nouns with its valence (first listing wins), and
    the listed nouns behind an opinion prefix."""
    table: dict[str, float] = dict.fromkeys(_OTHER_WORDS, 0.0)
    for prefix, valence in OPINION_PREFIXES.items():
        for spec in _PREFIXED_NOUNS:
            for form in noun_forms(spec):
                table[prefix + form] = valence
    for groups, expand in (
        (_POSITIVE_VERBS + _NEGATIVE_VERBS, verb_forms),
        (_POSITIVE_NOUNS + _NEGATIVE_NOUNS, noun_forms),
    ):
        for valence, specs in groups:
            for spec in specs.split():
                for form in expand(spec):
                    table.setdefault(form, valence)
    # A listed countable noun's diminutive and its plural ("een blundertje", "pareltjes",
    # "een aanradertje", "een schandaaltje"), a little milder; not a mass noun's (":-":
    # "troep" -> "troepje" is a small band).
    for valence, specs in _POSITIVE_NOUNS + _NEGATIVE_NOUNS:
        for spec in specs.split():
            if not spec.endswith(":-") and (small := diminutive_of(spec.partition(":")[0])):
                table.setdefault(small, 0.9 * valence)
                table.setdefault(small + "s", 0.9 * valence)
    for word in _OTHER_WORDS:
        del table[word]
    return table


@cache
def opinion_finite_verbs() -> frozenset[str]:
    """The finite forms of every listed verb, joined forms of separable ones included."""
    return frozenset(
        form
        for _, specs in _POSITIVE_VERBS + _NEGATIVE_VERBS
        for spec in specs.split()
        for form in verb_forms(spec, finite=True)
    ) - _OTHER_WORDS


@cache
def split_verbs() -> dict[str, dict[str, str]]:
    """Each finite form of a listed separable verb as a main clause writes it, apart from
    its particle ("raad", "stelde", "viel"), with each particle it takes and the joined
    form: "raad" -> {"aan": "aanraad", "af": "afraad"}."""
    table: dict[str, dict[str, str]] = {}
    for _, specs in _POSITIVE_VERBS + _NEGATIVE_VERBS:
        for spec in specs.split():
            particle, plus, _ = spec.partition("+")
            if plus:
                for form in verb_forms(spec, finite=True):
                    table.setdefault(form[len(particle) :], {})[particle] = form
    return table


def opinion_adjectives() -> dict[str, float]:
    """The listed adjectives by base form; their forms are derived with pattern's."""
    return {word: valence for valence, words in _ADJECTIVES for word in words.split()}
