"""English urgency by structure: a service the customer is left without, a failure that has
lasted, money taken or held, an account cut off, a regulator named, insults and staff who
hurt, a switch to a competitor announced, a trip stopped now. Each rule on sentences of our
own, with look-alikes that must stay normal (or low)."""

from __future__ import annotations

import pytest

from webcare.analysis import analyse
from webcare.settings import Settings

PLAIN = Settings()


def categories(text: str) -> tuple[str, ...]:
    return analyse(text, PLAIN).urgency.categories


def level(text: str) -> str:
    return analyse(text, PLAIN).urgency.level.value


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # Left without the service.
        ("@telco I have no phone service and I need to call my doctor", "outage"),
        ("@isp still no internet, the kids can't do their homework", "outage"),
        ("@mobile no signal in my house since Monday, what is going on", "outage"),
        ("@isp my internet is still not fixed after the engineer came", "outage"),
        ("@isp I have to wait three days to get my internet fixed?", "outage"),
        ("@cable the box has not been working since yesterday", "outage"),
        ("@store the app wasn't able to renew my membership", "outage"),
        ("@games the console won't validate my licence for the game I bought", "blocked"),
        # A failure that has lasted: the time pressure of waiting with nothing working.
        ("@telco my phone can't make calls for 3 days now", "pressure"),
        ("@isp the wifi is down all weekend and nobody calls back", "pressure"),
        # Money taken twice, a fee nobody mentioned, a bill that jumped, money held.
        ("@rail your website took my payment twice for the same ticket", "money"),
        ("@bank I was charged an annual fee I was never told about", "money"),
        ("@telco why is my bill $60 more than last month", "money"),
        ("@wallet you froze my funds for 21 days", "money"),
        ("@wallet I cannot withdraw my money from the account", "money"),
        ("@shop the manager refused me a refund for a broken kettle", "money"),
        ("@games my renewal for ps+ failed and I lost my saves", "money"),
        # An account or line cut off by the company.
        ("@telco my number has been disconnected without any reason", "blocked"),
        ("@isp you shut off my service while I was on holiday", "blocked"),
        ("@stream the app says my account doesn't exist", "blocked"),
        # A regulator named as where this goes next.
        ("@airline I'm reporting this to the DOT", "legal"),
        ("@telco I filed a complaint with the FCC this morning", "legal"),
        ("@bank I'm reporting you to the attorney general", "legal"),
        # Insults, profanity at the brand, staff who hurt the customer.
        ("@brand you guys are a bunch of thieves", "anger"),
        ("@telco this is fucking ridiculous, fix my phone", "anger"),
        ("@bank a rep on the phone just made me cry", "anger"),
        # Leaving, announced: a switch to a named competitor.
        ("@telco I'm going to switch to Verizon if this isn't fixed today", "churn"),
        ("@mobile I'll move to @othernet unless someone calls me back", "churn"),
        # Travel stopped now: not let on board, bags the airline cannot hand over.
        ("@airline the gate agent refused to let me board even though I was on time", "travel"),
        ("@airline you can't find my luggage and I'm at the hotel with nothing", "travel"),
        # Held on board, left behind, no way on.
        ("@airline we've been sitting on the plane for 90 minutes with no information", "travel"),
        ("@airline the plane has been on the tarmac since 6am", "travel"),
        ("@airline our connecting flight left without us and the desk is closed", "travel"),
        ("@rail the train terminated early and there is no onward train tonight", "travel"),
        ("@airline the app won't let me change my flight and the line hangs up on me", "outage"),
        # More money, fraud and anger phrasings.
        ("@bank there are charges on my card I don't recognise", "fraud"),
        ("@shop my refund was supposed to come two weeks ago and nothing", "money"),
        ("@wallet quelqu'un a payé des jeux avec ma carte", "fraud"),
        ("@airline you people are criminals", "anger"),
        ("@isp you screwed me over again with the business plan", "anger"),
        ("@music the shuffle button just don't fucking work", "outage"),
        ("@stream this is fucking ridiculous, third time today", "anger"),
        # Leaving a named brand, cancelling a line.
        ("@telco I'm leaving Telco after 10 years of this", "churn"),
        ("@telco cancel my line, I'm going to another carrier", "churn"),
        # An update that ruined the device; ordering unavailable.
        ("@phone thank you for ruining my phone with this update", "outage"),
        ("@food no online orders today? really?", "outage"),
        ("@games the store won't recognize a single account in our house", "blocked"),
        ("@games I'm trying to pay for the game and nobody can find my account", "outage"),
        # A device that plays minutes only, a phone that will not call, data gone.
        ("@stream my tv stick only plays for a few minutes and then stops", "outage"),
        ("@telco my phone won't make calls since this morning", "outage"),
        ("@app my saved drawings disappeared again after the update", "outage"),
        # Travel now: on the way with the line closed, hours on the runway, a room not as booked.
        ("@airline the phone lines are closed and we're on our way to the airport", "travel"),
        ("@airline been on the runway 3 hours, the kids are hungry", "travel"),
        ("@rentals the apartment doesn't match the listing at all, we just arrived", "travel"),
        # Money bought and never credited; a message fishing for secrets; a password refused.
        ("@games I bought points with a code and they never appeared", "money"),
        ("@bank I got a text from you asking for my PIN, is this real?", "fraud"),
        ("@bank your app keeps saying my password is wrong even after resetting it", "blocked"),
        # Messages that do not go out; money for what was paid or not owed; a dead reset link.
        ("@telco my texts aren't sending since the update", "outage"),
        ("@telco I got charged $25 for a seat I already paid for", "money"),
        ("@telco my account shows a balance I don't owe", "money"),
        ("@isp please reverse the late fee, I paid on time", "money"),
        ("@app I've been logged out and the reset link doesn't work", "blocked"),
        # Leaving, said plainly.
        ("@brand worst company ever, I'm done", "churn"),
        ("@isp time to find a new provider", "churn"),
        ("@bank I'm taking my money elsewhere", "churn"),
    ],
)
def test_structural_signals_are_high(text: str, category: str) -> None:
    assert category in categories(text)
    assert level(text) == "high"


@pytest.mark.parametrize(
    "text",
    [
        "@telco is there a phone service I can call from abroad?",
        "@airline no customer service desk at the gate, where do I ask about seats?",
        "@telco do you have a plan with no service charge for students?",
        "@isp my internet is a bit slow in the evenings, any tips?",
        "@cable I've had this box since yesterday and I love it",
        "@bank can you send me my annual fee statement?",
        "@shop I'd like to know your refund policy for gifts",
        "@telco the co-op (FTC) down the road offers gig speed, will you?",
        "@brand you guys are a bunch of legends",
        "@stream my account email doesn't match my new address, how do I change it?",
        "@telco I'm going to switch to the unlimited plan, how much is it?",
        "@mobile I will go to bed now, thanks for the help",
        "@airline can my son board with a stroller?",
        "@airline I can't find my boarding pass in the app, where is it?",
        "@airline my flight last month was delayed 3 hours, any chance of miles?",
        "@airline can my connecting flight leave from another terminal?",
        "@telco I'm leaving for work now, will call you tonight",
        "@telco I'm leaving the house, can the engineer call me first?",
        "@bank I don't recognise the new app icon, is it yours?",
        "@rail is there an onward train to York after 11pm?",
        "@airline we are sitting on the plane and the crew is lovely",
        "@isp can I cancel my line transfer appointment and pick another day?",
        "@stream can I watch for a few minutes before I buy?",
        "@rentals does the apartment have a washing machine?",
        "@games can I buy points with a gift card?",
        "@bank how do I change my PIN in the app?",
        "@airline we're on our way to the airport, so excited for the trip!",
        "@city the Department of Transportation says the bridge reopens in May",
        "@lottery so many people picked the number that it was cut off at 8am",
        "@movies watching pirates of the caribbean tonight, the extras disc is fun",
        "@gym I'm too fucking tired to go tonight, see you tomorrow",
        "@brand is the app down for maintenance tonight?",
        "@isp I'm done with the form, what happens next?",
        "@telco can you explain the late fee on my bill?",
        "@phone I want to get a new phone, which one do you recommend?",
    ],
)
def test_look_alikes_stay_normal(text: str) -> None:
    assert level(text) in ("normal", "low"), categories(text)


def test_a_failure_fine_now_is_resolved() -> None:
    assert level("@isp the app was not working yesterday but it's fine now, thanks") != "high"


def test_a_delay_last_week_is_a_complaint_and_one_today_is_travel_disruption() -> None:
    assert level("@airline our flight last week was delayed by 4 hours and nobody told us why") == "normal"
    assert level("@airline our flight is delayed by 4 hours and nobody tells us why") == "high"


@pytest.mark.parametrize(
    "text",
    [
        "@shop my parcel is still not delivered, the tracking hasn't moved",
        "@shop I ordered on Monday and I'm still waiting for the package",
    ],
)
def test_waiting_for_a_parcel_is_a_delivery_complaint_not_time_pressure(text: str) -> None:
    assert level(text) == "normal", categories(text)


def test_dutch_waiting_stays_time_pressure_a_pakket_may_be_a_banks() -> None:
    # "pakket" is as often a bank's package ("beleggingspakket") as a parcel.
    assert level("Mijn beleggingspakket is nog steeds niet overgezet") == "high"


@pytest.mark.parametrize(
    "text",
    [
        "@shop my parcel is still not delivered and I need it by tonight for the party",
        "@shop I was charged twice and the package is still not delivered",
    ],
)
def test_a_parcel_with_a_deadline_or_money_at_stake_stays_high(text: str) -> None:
    assert level(text) == "high", categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "@isp the internet is down and I want this resolved now",
        "@bank my card is blocked, I'd like this sorted",
        "@isp internet down since Monday and nobody has fixed it",
        "@bank I was charged twice, please have it sorted",
        "@telco no service since yesterday, my neighbour's is fixed but mine isn't",
        "@bank mijn kaart is geblokkeerd, ik wil dit vandaag opgelost zien",
    ],
)
def test_a_fix_asked_for_or_denied_is_not_a_resolution(text: str) -> None:
    assert level(text) == "high", categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "@isp the outage was fixed quickly, thank you",
        "@isp internet was down but it's back up now",
        "@bank de storing is opgelost, dank jullie",
        "@bank my account was locked last year, all good since",
        "@bank my card was blocked this morning, all good now thanks",
    ],
)
def test_a_fix_that_happened_still_resolves(text: str) -> None:
    assert level(text) != "high", categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "@airline we're leaving tomorrow and the booking shows only one passenger",
        "@hotel our honeymoon starts tomorrow and you cancelled the room",
        "@bank my card is blocked and I need cash before my flight in 3 hours",
    ],
)
def test_leaving_soon_is_time_pressure(text: str) -> None:
    assert level(text) == "high", categories(text)


def test_other_people_travelling_today_is_no_deadline_of_the_author() -> None:
    assert level("@airline be safe to those traveling today, merry christmas!") != "high"


@pytest.mark.parametrize(
    "text",
    [
        "@shop the prices are down this week",
        "@shop sales were down 5% last quarter, says the paper",
        "the fee went down to 2 euro, thanks @bank",
        "the devil went down to georgia @radio",
    ],
)
def test_down_of_a_number_or_a_song_is_no_outage(text: str) -> None:
    assert "outage" not in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("@shop your site is down again", "outage"),
        ("@isp internet still down since yesterday", "outage"),
    ],
)
def test_a_service_that_is_down_stays_an_outage(text: str, category: str) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "@bank is it true my account gets locked after three wrong PINs?",
        "@airline what happens if my flight is cancelled tomorrow?",
        "@bank klopt het dat mijn pas geblokkeerd wordt na drie foute pogingen?",
        "@shop wat als mijn pakket kwijtraakt?",
    ],
)
def test_a_question_about_what_would_happen_is_not_urgent(text: str) -> None:
    assert level(text) in ("normal", "low")


@pytest.mark.parametrize(
    "text",
    [
        "@bank my account is locked and nobody helps. What happens if I can't pay rent?",
        "@bank can you check if my account is blocked?",
        "@bank my card is blocked, in case you wonder why I'm angry",
        "@bank my card is blocked, all good otherwise",
    ],
)
def test_a_real_problem_beside_a_hypothetical_stays_urgent(text: str) -> None:
    assert level(text) == "high"
