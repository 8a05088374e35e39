"""Urgency patterns for the other languages customers write to English-speaking brands in:
Spanish, French, Portuguese, German, Italian and Turkish (a flight cancelled; patterns
merged into the built-in categories of `urgency_lexicon` where the matcher is built), and
Japanese (and CJK at large) keywords found as substrings, because those scripts put no
spaces between words. Data.

The patterns follow the lexicon's rules: lower case, matched at a word start, each starting
with a literal so the matcher only tries it where the text starts that way (no leading
lookbehind: one would be tried at every word). Accents are optional where customers often
drop them ("nao", "prelevee"). Each says the symptom, not the topic: "no funciona" is an
outage, "funciona?" a question.
"""

from __future__ import annotations

import re
from collections.abc import Container, Mapping

from webcare.analysis.rules import Hit

OWN = frozenset({"en", "nl"})
"""Languages whose texts the built-in patterns cover without these (`ruleset().others`)."""
SURE_OF_LANGUAGE = 40
"""Characters from which a text said to be English or Dutch is taken to be so."""

# Counts written out: "dos veces", "deux fois", "duas vezes", "zweimal", "due volte".
_TWICE_ES = r"(?:dos|tres|\d+)\s+veces"
_TWICE_FR = r"(?:deux|trois|\d+)\s+fois"
_TWICE_PT = r"(?:duas|tr[eê]s|\d+)\s+vezes"
_TWICE_IT = r"(?:due|tre|\d+)\s+volte"

PATTERNS: Mapping[str, tuple[str, ...]] = {
    "safety": (
        r"accidente\b", r"atropell\w+", r"herid[oa]s?\b", r"blessé(?:e|s|es)?\b", r"incendie\b",
        r"unfall\b", r"verletzt\w*", r"incidente\s+stradale", r"ferit[oaie]\b", r"acidente\b", r"ferid[oa]s?\b",
        r"fuga\s+de\s+gas", r"fuite\s+de\s+gaz", r"gasleck",
    ),  # fmt: skip
    "health": (
        r"reacci[oó]n\s+al[eé]rgica", r"(?:reaction|réaction)\s+allergique", r"allergische\s+reaktion",
        r"reazione\s+allergica", r"rea[cç][aã]o\s+al[eé]rgica", r"(?:hopital|hôpital)\b", r"urgences\b", r"urgencias\b",
        r"krankenhaus", r"notaufnahme", r"ospedale", r"pronto\s+soccorso", r"intoxicaci[oó]n",
        r"intoxication\s+alimentaire", r"lebensmittelvergiftung",
    ),  # fmt: skip
    "fraud": (
        # Spanish: "me hackearon la cuenta", "cargos que no reconozco", "suplantación".
        r"hacke(?:ad[oa]|aron|o)\b", r"suplantaci[oó]n", r"cargos?\s+(?:que\s+)?no\s+reconozco",
        r"compras?\s+(?:que\s+)?no\s+(?:hice|realic[eé])",
        # French: "compte piraté" is in the lexicon; "débit que je n'ai pas fait".
        r"(?:prelevements?|prélèvements?|prélevements?|debits?|débits?|achats?|paiements?)\s+(?:\w+\s+){0,2}?(?:frauduleu\w+|non\s+autoris[ée]\w*|inconnu\w*)",
        # Portuguese: "fui hackeado", "golpe", "compra que não fiz".
        r"hackea(?:da|do|ram)\b", r"(?:sofri|foi|caí|cai)\s+(?:um|no)\s+golpe\b", r"golpista\w*", r"clonad[oa]\b",
        r"compras?\s+(?:que\s+)?(?:n[ãa]o|nunca)\s+(?:fiz|reconhe[çc]o)",
        # German: "gehackt" is in the lexicon; "Betrug", "nicht autorisierte Abbuchung".
        r"betrug\w*", r"betr[üu]ger\w*", r"nicht\s+autorisiert\w*", r"unbekannte\s+abbuchung\w*",
        # Italian: "account hackerato", "truffa", "addebito non autorizzato".
        r"hackerat[oa]\b", r"truff(?:a|e|ato|ati|atori)\b", r"non\s+autorizzat[oiae]\b", r"clonat[oa]\b",
    ),  # fmt: skip
    "money": (
        # Spanish: charged twice, charged after cancelling, refund not received.
        rf"(?:me\s+)?(?:cobraron|cobrado|cobran|cobr[oó]|han\s+cobrado)\s+(?:\w+\s+){{0,3}}?(?:doble|{_TWICE_ES}|de\s+m[aá]s)",
        r"cobro\s+(?:doble|duplicado|indebido|no\s+autorizado)", r"doble\s+cobro", r"cargo\s+(?:doble|duplicado|indebido)",
        r"(?:me\s+)?(?:siguen\s+cobrando|sigue\s+cobrando|cobraron|cobran)\s+(?:\w+\s+){0,4}?(?:aunque|despu[eé]s\s+de|a\s+pesar)",
        r"(?:no\s+(?:me\s+)?(?:han|ha)\s+(?:devuelto|reembolsado)|sin\s+(?:el\s+|mi\s+)?reembolso|no\s+(?:recib\w+|lleg\w+)\s+(?:\w+\s+){0,2}?(?:reembolso|devoluci[oó]n|dinero))",
        r"(?:donde\s+est[aá]|dónde\s+est[aá]|espero|esperando)\s+(?:\w+\s+){0,2}?(?:mi\s+)?(?:reembolso|devoluci[oó]n|dinero)",
        r"(?:quiero|exijo)\s+(?:mi\s+|el\s+)?(?:reembolso|dinero\s+de\s+vuelta)", r"devu[eé]lvan(?:me)?\s+(?:mi\s+|el\s+)?dinero",
        # Prepaid value never credited: "no se me acreditó el saldo", "nunca se acreditaron".
        r"(?:no|nunca)\s+(?:se\s+)?(?:me\s+|nos\s+)?(?:ha[ns]?\s+)?(?:acredit|abonad|carg[oó]\s+el\s+saldo)\w*",
        # French: "prélevé deux fois", "débité deux fois", "toujours pas remboursé".
        rf"(?:prelev[ée]\w*|prélev[ée]\w*|debit[ée]\w*|débit[ée]\w*|factur[ée]\w*|pay[ée]\w*)\s+(?:\w+\s+){{0,2}}?(?:deux\s+fois|{_TWICE_FR}|en\s+double|[àa]\s+tort)",
        r"double\s+(?:pr[ée]l[eè]vement|d[ée]bit|facturation)", r"(?:prelevement|prélèvement|prélevement|debit|débit)\s+(?:en\s+double|injustifi[ée]|abusif)",
        r"(?:toujours\s+pas|pas\s+encore|jamais)\s+(?:[ée]t[ée]\s+)?(?:rembours[ée]\w*|re[çc]u\s+(?:\w+\s+)?(?:remboursement|argent))",
        r"(?:attends?|attendre|attente\s+d[eu])\s+(?:\w+\s+){0,3}?(?:mon\s+|le\s+|un\s+)?remboursement", r"(?:où\s+est|ou\s+est|rendez[\s-]moi)\s+(?:mon\s+)?(?:argent|remboursement)",
        r"(?:prelev[ée]\w*|prélev[ée]\w*|debit[ée]\w*|débit[ée]\w*|factur[ée]\w*)\s+(?:\w+\s+){0,4}?(?:apr[eè]s|alors\s+que)\s+(?:avoir\s+)?(?:j'ai\s+)?(?:r[ée]sili[ée]|annul[ée])",
        # Portuguese: "cobrança indevida", "cobraram duas vezes", "reembolso não caiu".
        r"cobran[çc]as?\s+(?:indevida|duplicada|em\s+dobro|duas\s+vezes)\w*", r"cobrad[oa]s?\s+(?:em\s+dobro|duas\s+vezes|indevidamente)",
        rf"(?:me\s+)?(?:cobraram|cobrou|descontaram)\s+(?:\w+\s+){{0,3}}?(?:em\s+dobro|{_TWICE_PT}|indevidamente|a\s+mais)",
        r"(?:reembolso|estorno|dinheiro)\s+(?:\w+\s+){0,3}?(?:n[ãa]o|nunca|ainda\s+n[ãa]o)\s+(?:\w+\s+)?(?:caiu|chegou|recebi|veio|foi\s+(?:feito|devolvido))",
        r"(?:quero|cad[eê])\s+(?:o\s+)?(?:meu\s+)?(?:dinheiro|reembolso|estorno)", r"devolvam\s+(?:o\s+)?(?:meu\s+)?dinheiro",
        # German: "doppelt abgebucht", "Rückerstattung noch nicht erhalten".
        r"doppelt\s+(?:\w+\s+)?(?:abgebucht|belastet|berechnet|bezahlt|abgerechnet)", r"(?:zweimal|mehrfach|dreimal)\s+(?:\w+\s+)?(?:abgebucht|belastet|berechnet|abgerechnet)",
        r"(?:rückerstattung|ruckerstattung|erstattung|geld)\s+(?:\w+\s+){0,4}?(?:nicht|nie|noch\s+nicht|immer\s+noch\s+nicht)\s+(?:\w+\s+)?(?:erhalten|bekommen|angekommen|zur[üu]ck\w*|erstattet|gutgeschrieben)",
        r"(?:warte|warten)\s+(?:\w+\s+){0,4}?auf\s+(?:meine|die|mein|das)\s+(?:r[üu]ckerstattung|erstattung|geld)", r"mein\s+geld\s+(?:\w+\s+)?zur[üu]ck",
        r"(?:trotz|nach)\s+(?:der\s+)?k[üu]ndigung\s+(?:\w+\s+){0,3}?(?:abgebucht|berechnet|belastet)", r"unberechtigt\w*\s+(?:\w+\s+)?(?:abgebucht|abbuchung|belastet)",
        # Italian: "addebitato due volte", "rimborso mai arrivato".
        rf"addebitat[oia]\s+(?:\w+\s+){{0,2}}?(?:due\s+volte|{_TWICE_IT}|in\s+doppio|senza)", r"doppio\s+addebito", r"addebit[oi]\s+(?:doppi|non\s+autorizzat)\w*",
        r"rimbors[oi]\s+(?:\w+\s+){0,3}?(?:mai|non|ancora\s+non)\s+(?:\w+\s+)?(?:arrivat|ricevut|effettuat|accreditat)\w*", r"(?:mai|non\s+ho\s+(?:mai\s+)?)\s*ricevuto\s+(?:il\s+)?rimborso",
        r"(?:voglio|rivoglio|ridatemi)\s+(?:indietro\s+)?(?:i\s+miei\s+soldi|il\s+rimborso|il\s+mio\s+rimborso)", r"aspetto\s+(?:\w+\s+){0,3}?(?:il\s+)?rimborso",
    ),  # fmt: skip
    "blocked": (
        r"(?:cuenta|tarjeta)\s+(?:\w+\s+){0,2}?(?:bloquead[ao]|suspendid[ao]|desactivad[ao]|cancelad[ao])",
        r"(?:me\s+)?(?:bloquearon|suspendieron|cerraron)\s+(?:la|mi)\s+cuenta",
        r"(?:compte|carte)\s+(?:\w+\s+){0,2}?(?:bloqu[ée]\w*|suspendu\w*|d[ée]sactiv[ée]\w*|ferm[ée]\w*)",
        r"(?:conta|cart[ãa]o)\s+(?:\w+\s+){0,2}?(?:bloquead[ao]|suspens[ao]|desativad[ao]|encerrad[ao])",
        r"(?:konto|karte|account)\s+(?:\w+\s+){0,3}?(?:gesperrt|gesperrt\w*|deaktiviert|blockiert|gek[üu]ndigt)",
        r"(?:account|conto|carta)\s+(?:\w+\s+){0,2}?(?:bloccat[oa]|sospes[oa]|disattivat[oa])",
    ),  # fmt: skip
    "outage": (
        # Spanish ("no funciona", "no puedo entrar" and "no carga" are in the lexicon).
        r"no\s+(?:me\s+)?(?:anda|sirve)\b", r"sin\s+(?:internet|servicio|se[ñn]al|conexi[oó]n|luz|red|l[ií]nea)\b",
        r"no\s+(?:tengo|hay)\s+(?:internet|servicio|se[ñn]al|conexi[oó]n|red|l[ií]nea)\b",
        r"no\s+puedo\s+(?:iniciar\s+sesi[oó]n|hacer\s+(?:el\s+)?check|reservar|ver\b|llamar|jugar|reproducir|loguearme|ingresar)",
        r"(?:caido|caida|caído|caída|se\s+cay[oó])\s+(?:el\s+|la\s+)?(?:servicio|sistema|servidor|app|aplicaci[oó]n|p[aá]gina|web|red)", r"(?:servicio|sistema|servidor|app|aplicacion|aplicación|pagina|página|web|red)\s+(?:est[aá]\s+)?ca[ií]d[oa]",
        # French ("ne marche pas", "impossible de me connecter", "en panne" are in the lexicon).
        r"(?:ça |ca |il |elle |l'appli\w*\s+|le site |la box )(?:ne\s+)?(?:marche|fonctionne)\s+(?:plus|pas)\b(?!\s+mal)", r"bug\s+(?:\w+\s+)?(?:depuis|encore|toujours)",
        r"(?:je\s+)?(?:n'arrive|narrive)\s+(?:pas|plus)\s+[àa]\s+(?:me\s+)?(?:connecter|payer|acc[ée]der|commander|r[ée]server|t[ée]l[ée]charger|ouvrir|appeler|jouer|lire|m'identifier)",
        r"(?:je\s+)?(?:ne\s+)?peux\s+(?:pas|plus)\s+(?:me\s+connecter|payer|acc[ée]der|commander|r[ée]server|utiliser|appeler|jouer)",
        r"(?:pas|plus)\s+(?:d'|de\s+)(?:internet|r[ée]seau|connexion|t[ée]l[ée]|signal|service\b(?!\s+client))\b", r"(?:aucun|aucune)\s+(?:r[ée]seau|connexion|signal|service)\b", r"coupure\w*",
        # Portuguese: "não funciona", "não consigo entrar", "fora do ar", "sem internet".
        r"(?:não|nao)\s+(?:est[aá]\s+)?(?:funciona|funcionando|abre|carrega|conecta|entra)\b",
        r"(?:não|nao)\s+consigo\s+(?:\w+\s+)?(?:entrar|acessar|logar|pagar|comprar|usar|conectar|fazer|abrir|baixar|assistir|jogar|ligar|reservar)",
        r"fora\s+do\s+ar", r"sem\s+(?:internet|sinal|servi[çc]o|conex[ãa]o|rede|luz|linha)\b", r"(?:travou|travando)\b",
        # German ("funktioniert nicht", "stürzt ab" are in the lexicon).
        r"(?:kein|keine|keinen)\s+(?:internet|netz|empfang|verbindung|signal|zugang|dienst|strom)\b",
        r"kann\s+(?:\w+\s+){0,4}?nicht\s+(?:mehr\s+)?(?:bezahlen|einchecken|buchen|bestellen|zugreifen|telefonieren|spielen|streamen|verbinden"
        r"|einloggen|anmelden|[üu]berweisen|abheben)",
        r"(?:st[öo]rung|ausfall|totalausfall)\b", r"(?:ist|sind)\s+(?:\w+\s+)?(?:down|offline|ausgefallen|tot)\b", r"fehlermeldung\w*", r"fehlercode(?:\s*:)?\s*[a-z-]*\d", r"geht\s+gar\s+nichts",
        r"(?:funktioniert|funktionieren|geht|gehen)\s+(?:\w+\s+){2,3}?nicht\b(?!\s+(?:richtig|gut|immer|so\s+gut))",
        # Italian: "non funziona", "non riesco ad accedere", "senza internet".
        r"non\s+(?:mi\s+)?(?:funziona|funzionano|carica|parte|si\s+apre|si\s+connette)",
        r"non\s+riesco\s+(?:pi[uù]\s+)?(?:a|ad)\s+(?:\w+\s+)?(?:accedere|entrare|pagare|collegar\w*|connetter\w*|usare|aprire|scaricare|prenotare|fare\s+il\s+check|chiamare|giocare|vedere)",
        r"senza\s+(?:internet|linea|rete|segnale|connessione|servizio|corrente)\b", r"(?:disservizio|guasto)\b", r"(?:è|e')\s+(?:gi[uù]|down|offline)\b",
    ),  # fmt: skip
    "travel": (
        # Cancelled or delayed now, a connection missed, luggage lost.
        r"vuelo\s+(?:\w+\s+){0,3}?(?:cancelad[oa]|retrasad[oa]|desviad[oa]|demorad[oa])", r"(?:cancelaron|retrasaron|demoraron)\s+(?:\w+\s+)?(?:el\s+|mi\s+|nuestro\s+)?vuelo",
        r"(?:maleta|equipaje|valija)\s+(?:\w+\s+){0,2}?(?:perdid[ao]|extraviad[ao]|no\s+(?:ha\s+)?lleg\w+)", r"(?:perdieron|extraviaron)\s+(?:\w+\s+)?(?:mi\s+|la\s+|nuestra\s+)?(?:maleta|equipaje|valija)",
        r"(?:perd[ií]|perdimos)\s+(?:la\s+|mi\s+|nuestra\s+)?conexi[oó]n", r"(?:horas|hrs)\s+(?:de\s+)?(?:retraso|demora|esperando)", r"(?:varad[oa]s?|tirad[oa]s?)\s+en\s+el\s+aeropuerto",
        r"vol\s+(?:\w+\s+){0,3}?(?:annul[ée]|retard[ée]|d[ée]rout[ée])\w*", r"(?:annul[ée]|retard[ée])\w*\s+(?:\w+\s+)?(?:mon|notre|le)\s+vol", r"train\s+(?:\w+\s+){0,2}?(?:supprim[ée]|annul[ée])",
        r"(?:valise|bagage)s?\s+(?:\w+\s+){0,2}?(?:perdu|[ée]gar[ée]|pas\s+arriv[ée])\w*", r"(?:perdu|[ée]gar[ée])\s+(?:ma|mes|notre|nos)\s+(?:valise|bagage)s?",
        r"(?:rat[ée]|manqu[ée])\s+(?:ma|notre|la)\s+correspondance", r"heures?\s+de\s+retard", r"bloqu[ée]s?\s+[àa]\s+l'a[ée]roport",
        r"voo\s+(?:\w+\s+){0,3}?(?:cancelad[oa]|atrasad[oa]|desviad[oa])", r"(?:cancelaram|atrasaram)\s+(?:o\s+)?(?:meu\s+|nosso\s+)?voo",
        r"(?:mala|bagagem)\s+(?:\w+\s+){0,2}?(?:extraviad[ao]|perdid[ao]|n[ãa]o\s+chegou)", r"(?:perdi|perdemos)\s+(?:a\s+|minha\s+)?conex[ãa]o", r"horas\s+de\s+atraso",
        r"flug\s+(?:\w+\s+){0,3}?(?:gestrichen|annulliert|storniert|versp[äa]tet|umgeleitet|ausgefallen)", r"(?:stunden|std)\s+versp[äa]tung", r"versp[äa]tung\s+von\s+(?:\d+|zwei|drei|vier|f[üu]nf)",
        r"(?:koffer|gep[äa]ck)\s+(?:\w+\s+){0,2}?(?:verloren|weg|verschwunden|nicht\s+(?:angekommen|da))", r"anschluss\w*\s+(?:\w+\s+)?verpasst", r"zug\s+(?:\w+\s+){0,2}?(?:f[äa]llt\s+(?:schon\s+|wieder\s+|heute\s+|schon\s+wieder\s+|komplett\s+)?aus|ausgefallen)",
        r"(?:u[çc]u[şs]|sefer)\w*\s+(?:\w+\s+){0,2}?(?:iptal|r[öo]tar)",  # Turkish: a flight cancelled or delayed
        r"volo\s+(?:\w+\s+){0,3}?(?:cancellat[oa]|in\s+ritardo|ritardat[oa]|dirottat[oa])", r"(?:ore|ora)\s+di\s+ritardo", r"(?:cancellato|annullato)\s+(?:il\s+)?(?:mio\s+|nostro\s+)?volo",
        r"(?:bagaglio|valigia|valigie|bagagli)\s+(?:\w+\s+){0,2}?(?:smarrit[oia]|pers[oaie]|non\s+(?:\w+\s+)?arrivat[oaie])", r"(?:perso|persa)\s+(?:la\s+)?coincidenza",
    ),  # fmt: skip
    "legal": (
        r"abogad[oa]s?\b", r"demanda(?:r|ré|remos)\b", r"denuncia\w*", r"profeco",
        r"avocat\b", r"porter\s+plainte", r"plainte\s+(?:contre|aupr[eè]s)", r"60\s+millions\s+de\s+consommateurs",
        r"advogad[oa]\b", r"procon\b", r"vou\s+processar\b", r"reclame\s*aqui", r"anwalt\b", r"verbraucherzentrale",
        r"anzeige\s+(?:erstatten|gegen)", r"avvocat[oa]\b", r"altroconsumo", r"codacons",
    ),  # fmt: skip
    "churn": (
        r"(?:me\s+doy\s+de\s+baja|darme\s+de\s+baja|dar\s+de\s+baja\s+(?:mi|la))", r"(?:cancelo|cancelar[ée]?|voy\s+a\s+cancelar)\s+(?:mi|la)\s+(?:cuenta|suscripci[oó]n|l[ií]nea|contrato|servicio)",
        r"(?:me\s+cambio|me\s+voy)\s+a\s+(?:otra|otro|la\s+competencia|@\w+)", r"nunca\s+m[aá]s\b",
        r"(?:je\s+)?résilie\b", r"je\s+resilie\b", r"(?:je\s+vais|vais)\s+r[ée]silier", r"résiliation", r"resiliation\b", r"je (?:change|passe)\s+(?:chez|d'op[ée]rateur)", r"plus\s+jamais\b",
        r"vou\s+cancelar", r"(?:cancelei|cancelar)\s+(?:minha|a)\s+(?:conta|assinatura|linha)", r"nunca\s+mais\b", r"vou\s+(?:trocar|mudar)\s+de\s+(?:operadora|banco|companhia|empresa|provedor)\b",
        r"(?:ich\s+)?(?:kündige|kundige)\b", r"(?:kündigung|kundigung)\s+(?:\w+\s+)?(?:eingereicht|geschickt|raus)", r"(?:werde|will)\s+(?:\w+\s+)?k[üu]ndigen", r"nie\s+wieder\b", r"wechsle\s+zu",
        r"disdic\w+", r"(?:passo|passer[òo])\s+a\s+(?:un\s+altro|un'altra|@\w+)", r"mai\s+pi[uù]\b", r"(?:cancello|chiudo)\s+(?:il\s+mio\s|l')\s*(?:account|abbonamento|conto)",
    ),  # fmt: skip
}

# CJK scripts: no spaces between words, so keywords are found as substrings of the text.
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")
"""Any kana, Han or Hangul character: only texts with one take the substring path."""

CJK_KEYWORDS: Mapping[str, tuple[str, ...]] = {
    # Japanese, then a few Chinese and Korean words for the same symptoms.
    "safety": ("事故", "怪我", "ケガ", "火事", "発火", "爆発", "煙が", "受伤", "사고"),
    "health": ("病院", "救急", "アレルギー", "食中毒", "入院", "医院", "병원"),
    "fraud": (
        "不正", "乗っ取", "詐欺", "フィッシング", "身に覚えのない", "なりすまし", "盗まれ",
        "诈骗", "被盗", "盗刷", "해킹", "사기",
    ),
    "money": (
        "二重請求", "二重に請求", "二重引き落とし", "請求され", "返金されない", "返金されていない",
        "返金がない", "返金がまだ", "返金まだ", "返金して", "返金を求め", "返金が来", "返金が届",
        "払い戻しされ", "お金が戻", "重复扣款", "扣了两次", "没有退款", "还没退款", "退款还没",
        "환불이 안", "환불 안", "이중 결제",
    ),
    "blocked": ("アカウントが停止", "アカウント停止", "凍結", "ロックされ", "利用停止", "账号被封", "계정 정지"),
    "outage": (
        "障害", "不具合", "つながらない", "繋がらない", "つながりません", "繋がりません",
        "ログインできない", "ログインできません", "使えない", "使えません", "動かない", "動きません",
        "落ちる", "落ちます", "落ちた", "エラー", "見れない", "見られない", "見ることができません",
        "開かない", "起動しない", "接続できない", "接続が切れ", "決済できない", "支払いできない",
        "再生できない", "圏外", "登录不了", "无法登录", "用不了", "打不开", "连不上", "崩溃",
        "로그인이 안", "접속이 안", "안 돼요", "안돼요", "오류",
    ),
    "travel": (
        "欠航", "遅延", "乗り遅れ", "乗り継ぎに間に合", "荷物が紛失", "荷物を紛失", "紛失",
        "ロストバゲージ", "荷物が出てこな", "足止め", "航班取消", "航班延误", "行李丢", "결항", "지연",
    ),
    "churn": ("解約", "退会", "もう使わない", "二度と", "注销账号", "해지"),
    "legal": ("弁護士", "訴え", "消費者センター", "消費生活センター", "律师", "변호사"),
}
CJK_NEGATED = re.compile(r"(?:は|が|も)?(?:ありません|ない(?!で)|なし|無い|無し|ございません)")
"""Right after a keyword: "障害はありません" (no outage)."""
CJK_RESOLVED = re.compile(r"解決|復旧|直りました|直った|治りました|治った|戻りました")
"""Later in the sentence: "障害が復旧しました" (back to normal)."""
CJK_SENTENCE_END = re.compile(r"[。！？!?\n]")


def cjk_keywords(categories: Container[str]) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """One regex of the keywords of the categories in effect, longest first, and each
    keyword's category."""
    names = {w: name for name, words in CJK_KEYWORDS.items() if name in categories for w in words}
    source = "|".join(re.escape(word) for word in sorted(names, key=len, reverse=True))
    return (re.compile(source) if source else None), names


def cjk_hits(
    keywords: re.Pattern[str] | None,
    names: Mapping[str, str] | None,
    low: str,
    source: str,
    hits: dict[str, Hit],
) -> dict[str, Hit]:
    """Japanese (and Chinese, Korean) keywords as substrings: those scripts put no spaces
    between words, so the matcher, which tries rules at word starts, finds none inside a
    sentence. Only for a text with a CJK character (the caller checks): "アプリが使えない"
    is an outage, "障害はありません" is not, "障害が復旧しました" is over."""
    if keywords is None or names is None:
        return hits
    found = dict(hits)
    for match in keywords.finditer(low):
        name = names[match.group()]
        if name in found:
            continue
        start, end = match.span()
        if CJK_NEGATED.match(low, end):
            continue
        stop = CJK_SENTENCE_END.search(low, end)
        if CJK_RESOLVED.search(low, end, stop.start() if stop else len(low)):
            continue
        found[name] = Hit(start, end, source[start:end])
    return found
