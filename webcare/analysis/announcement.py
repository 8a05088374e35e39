"""Announcements: a short Dutch post that invites to listen, watch or read is news. Pure.

"De nieuwste aflevering nu in je podcastapp", "Meer informatie: <link>", "Lees in deze
brief de laatste stand van zaken", "@X is aangeschoven!", "Kamerlid Y is te gast van 7.00
tot 9.00", "kijk terug": a politician's, a broadcaster's or a brand's own announcement.
Its opinion words describe what it announces ("verraden" in a podcast's title, "cruciale
rol" in a ministry's letter); the people who labelled such posts read them as neutral. A
clear opinion (|score| >= `CLEAR`) still decides, and a long text (a review) is no post.
Not "lees hier": a customer links a complaint with it ("lees hier mijn review").
`speech.is_announcement` weighs the invitations it lists at a quarter (and not where the
writer gives a verdict of their own); these are forms it lacks, found on the even rows of
the political tweets. Folding the two lists into one is left for a later round.
"""

from __future__ import annotations

import re

from webcare.analysis.patterns import contains_any

CLEAR = 0.6
"""A post whose score is at least this strong keeps its opinion."""
NEWS_AT = 0.1
"""An announcement's score is kept within ±this (neutral)."""
_LONGEST = 320
"""Characters: a tweet, a post; a review is longer."""
_ANCHORS = (
    "podcast", "aflevering", "te gast", "meer info", "lees in", "luister", "kijk ", "o.a.", "kamerbrief",
    "live ", "aangeschoven", "schuift", "webinar",
)  # fmt: skip
_INVITATION = re.compile(
    r"\b(?:podcast\w*|(?:nieuwe|nieuwste|laatste|volgende)\s+aflevering|(?:is|zijn|was|waren)\s+te\s+gast|te\s+gast\s+(?:bij|in|van|om|op|tijdens)\b"
    r"|meer\s+info(?:rmatie)?\s*(?::|via\b|op\s+(?:de|onze|www|http)|vind\s+je\b|lees\s+je\b)"
    r"|lees\s+in\s+(?:deze|de|het|mijn|onze)\s+(?:\w+\s+)?(?:brief|kamerbrief)\b"
    r"|(?:luister|kijk)\s+(?:hier\s+)?(?:terug|mee)\b|met\s+o\.a\.|kamerbrief\w*"
    r"|live\s+(?:bij|op|vanaf|om|te\s+volgen)\b|(?:is|zijn)\s+aangeschoven\b|schuift\s+(?:\w+\s+)?aan\s+(?:bij|aan|in)\b|webinar\w*)"
)


def announced(text: str, score: float) -> float:
    """`score`, or a neutral one for a short post that announces (`_INVITATION`) and says
    no clear opinion."""
    if abs(score) >= CLEAR or abs(score) <= NEWS_AT or len(text) > _LONGEST:
        return score
    low = text.lower()
    if not contains_any(low, _ANCHORS) or _INVITATION.search(low) is None:
        return score
    return max(-NEWS_AT, min(NEWS_AT, score / 2))
