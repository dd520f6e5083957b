"""Deletion requests: GDPR and CCPA texts in English and German with only the identity details the person chose."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from core import deletion
from core.model import Grant

APP = Grant("x", "Launch Board", "5408470", "active", granted_at=datetime(2023, 2, 15, 14, 14, tzinfo=timezone.utc),
            developer="Launch Board Inc", developer_url="https://launchboard.example", user_app_id="LB-778")
EVERYTHING = {"name": "Robin Example", "email": "robin.example@example.org", "username": "robin_example",
              "phone": "+15550100", "address": "1 Example Street"}
CHOSEN = {"name": "Robin Example", "email": "robin.example@example.org"}


@pytest.mark.parametrize("language, law, expected", [
    ("en", "gdpr", ["Article 17 of the General Data Protection Regulation", "Dear Sir or Madam",
                    "I connected my X account to Launch Board on 2023-02-15.", "- E-mail address: robin.example@"]),
    ("de", "gdpr", ["Art. 17 der Datenschutz-Grundverordnung", "Sehr geehrte Damen und Herren",
                    "Ich habe mein X-Konto am 2023-02-15 mit Launch Board verbunden.", "- E-Mail-Adresse: robin."]),
    ("en", "ccpa", ["Cal. Civ. Code § 1798.105", "service providers"]),
    ("de", "ccpa", ["Cal. Civ. Code § 1798.105", "Dienstleister"]),
])
def test_a_request_holds_the_app_its_developer_the_dates_and_only_the_chosen_details(
        language: str, law: str, expected: list[str]) -> None:
    d = deletion.draft(APP, CHOSEN, law=law, language=language, platform_name="X", today=date(2026, 1, 5))
    text = d.text
    assert "Launch Board" in d.subject
    assert "Launch Board Inc (https://launchboard.example)" in text
    for words in expected:
        assert words in text
    assert "Robin Example" in text and "robin.example@example.org" in text
    for not_chosen in ("robin_example", "+15550100", "Example Street", "LB-778"):
        assert not_chosen not in text
    assert "2026-01-05" in text


def test_nothing_chosen_says_so_and_the_app_id_comes_from_the_export_when_picked() -> None:
    bare = deletion.draft(APP, {}, language="de")
    assert "(keine Angaben zur Identität ausgewählt)" in bare.text
    assert "Robin" not in bare.text
    with_id = deletion.draft(APP, {"app_user_id": ""}, language="en")
    assert "- My user ID in your app: LB-778" in with_id.text


def test_an_app_without_a_developer_asks_to_find_the_contact_and_languages_fall_back_to_english() -> None:
    d = deletion.draft(Grant("facebook", "Quiz Corner", None, "removed"), CHOSEN, language="en")
    assert "no contact address is known" in d.text
    assert deletion.language_for("de_AT") == "de"
    assert deletion.language_for("xx_YY") == "en"
    assert {"en", "de"} <= set(deletion.languages())
