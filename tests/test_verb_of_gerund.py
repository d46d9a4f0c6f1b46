"""A gerund said for a step ("add learning Excel") becomes the step's verb ("Learn Excel")."""

import pytest

from assistant.language.vague import verb_of_gerund


@pytest.mark.parametrize(
    ("word", "verb"),
    [
        ("cutting", "cut"),
        ("joining", "join"),
        ("practising", "practise"),
        ("hiking", "hike"),
        ("stretching", "stretch"),
        ("doing", "do"),
    ],
)
def test_a_gerund_gives_its_verb(word, verb):
    assert verb_of_gerund(word) == verb


@pytest.mark.parametrize(
    "word", ["morning", "evening", "spring", "bring", "dying", "being", "wedding", "run"]
)
def test_a_word_that_is_no_gerund_gives_none(word):
    assert verb_of_gerund(word) is None
