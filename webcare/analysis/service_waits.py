"""A wait for the helpdesk itself, with nothing at stake behind it: no time pressure.

The label criteria put reachability and waiting times under "service", a normal complaint:
"al 45 minuten in de wacht", "I've called three times", "still waiting for the callback you
promised". The time-pressure rules read "al drie keer", "waited 2 hours" and "still
waiting" as a wait that has gone on too long, which is what they are for when money, a
card, an account, a repair or a cancellation is waited for (the labelled files' high
rows); when only an answer is, the wait is no deadline. Pure; `urgency_checks` asks.
"""

from __future__ import annotations

import re

from webcare.analysis.patterns import quick_search

# Waiting to be answered: on hold, called or written to, a callback, someone to help.
_CONTACT = re.compile(quick_search(
    r"\b(?:on\s+hold|in\s+de\s+wacht|wachtrij|queue|queueing|callback|call\s+back|called|calling|rang|ringing|gebeld|bellen|terugbel\w*"
    r"|reply|replies|response|answer|reactie|antwoord|e-?mails?|emailed|gemaild|mailtjes?|chat|agent|medewerker|medewerkers|helpdesk"
    r"|klantenservice|klantendienst|customer\s+service|someone\s+to\s+help|klacht|klachten|complaint|complaints|bezwaar|(?:niks|niets)\s+gehoord|heard\s+(?:nothing|back)|iemand\s+die\s+(?:me|mij|ons)\s+(?:hielp|helpt|kon\s+helpen)|verhaal)\b"
))  # fmt: skip
# ... unless something with a stake is waited for too: money, a card or an account, an
# order, a repair, a cancellation, a document (the labelled files' high rows).
_AT_STAKE = re.compile(quick_search(
    r"\b(?:refund\w*|money|geld|terugbetaling|terugstorting|terug\s+(?:gestort|betaald)|compensat\w*|vergoeding|bonus|premie|euro|eur|pounds?|dollars?"
    r"|factu\w*|invoices?|bills?|afschrijving\w*|charged?|charges|cards?|kaart\w*|pasje|pinpas|bankpas|betaalpas|(?:mijn|m'n|nieuwe)\s+pas|account|rekening\w*|login|inlog\w*|wachtwoord|password|order|orders|bestelling\w*|parcel|package|pakket\w*"
    r"|repair|reparatie|monteur|engineer|technician|contract|abonnement|subscription|opzeg\w*|cancel\w*|document\w*|formulier|attest\w*|papieren"
    r"|storing|outage|down|eruit|werkt|working|blocked|geblokkeerd|frozen|claim|schade|damage|op\s+te\s+zeggen|beurs\w*|aandelen|effecten"
    r"|transfer\w*|overdracht\w*|overschrijving\w*|overboeking\w*|replacement|vervang\w*|exchange|omruil\w*|insurance|verzekering|polis|cover|medication|meds|medicijn\w*|prescription|recept"
    # ... or a time it must be done by, or runs out: "I board in 3 hours", "the show starts
    # at 8", "we complete tomorrow at 12", "Ik trouw morgen", "4 days of sertraline left".
    r"|tomorrow|tonight|morgen|vanavond|overmorgen|board|boarding|flight|vlucht|trouw\w*|wedding|bruiloft|complete\s+(?:tomorrow|today|on|at|this)|completion|verhuiz\w*|moving"
    r"|starts|begint|closes|sluit|left(?=\s*(?:[.!,;]|$)|\s+(?:and|but)\b)|over\s+\d+|in\s+\d+\s*(?:min|mins|minutes|hours?|hrs|uur|minuten)|(?:at|om)\s+\d{1,2}|\d{1,2}\s*(?:am|pm|u|uur))\b|[€£$]"
))  # fmt: skip


def service_wait(low: str) -> bool:
    """Whether `low` (folded) waits only to be answered or helped: nothing at stake named."""
    return _CONTACT.search(low) is not None and _AT_STAKE.search(low) is None
