"""A short Dutch post that announces (a podcast's new episode, a guest on a programme, a
letter to parliament, "meer informatie:") reads neutral unless its opinion is clear; a
customer's complaint that names an episode, or links a review, keeps its sentiment."""

from __future__ import annotations

import pytest

from webcare.analysis.sentiment import analyse_sentiment


@pytest.mark.parametrize(
    "text",
    [
        "Wie heeft de familie verraden? De nieuwste aflevering staat nu in je podcastapp.",
        "Vanavond is Kamerlid Jansen te gast om te praten over de zware bezuinigingen in de zorg.",
        "Vanavond is de wethouder te gast om het mooie nieuwe plan toe te lichten.",
        "Lees in deze brief de laatste stand van zaken over de cruciale rol van de media.",
        "Waarom de lockdown zo lastig is voor ondernemers. Meer informatie: www.example.nl",
    ],
)
def test_an_announcement_reads_neutral(text: str) -> None:
    assert analyse_sentiment(text, "nl").label.value == "neu"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # A clear opinion in an announcement decides.
        ("Wat een verraad, echt verschrikkelijk! Luister terug, ik ben woedend.", "neg"),
        # A customer: no announcement, or a complaint linked with "lees hier".
        ("Ik kan de nieuwste aflevering niet afspelen, de app is waardeloos", "neg"),
        ("Lees hier mijn review: jullie service is traag en slecht", "neg"),
        # A long review that says where to read on is no post.
        (
            "Verraden en vergeten. "
            + "Het boek sleept zich voort en de personages blijven vlak. " * 5
            + "Lees in de brief van de schrijver hoe het anders had gekund.",
            "neg",
        ),
    ],
)
def test_an_opinion_or_a_complaint_keeps_its_sentiment(text: str, label: str) -> None:
    assert analyse_sentiment(text, "nl").label.value == label
