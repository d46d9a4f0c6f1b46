"""A whole job named in the person's quoted words ("brewing takes a whole Saturday") is what
gets in the way, not the task's scope: only the task's own words can make it a whole project."""

from __future__ import annotations

import pytest

from assistant.validators.task_size import read_title


@pytest.mark.parametrize(
    "title",
    [
        'Note each time "brewing takes a whole Saturday" gets in the way this week',
        'Pick 1 change against "the whole weekend goes on football" to try next week',
        "Write down when \u201cmy entire evening disappears\u201d and what came before",
    ],
)
def test_quoted_words_are_no_scope(title):
    assert not read_title(title).big_scope


@pytest.mark.parametrize(
    "title",
    ["Paint the whole house", "Declutter the entire garage", "Write the whole thesis"],
)
def test_the_task_s_own_words_still_are(title):
    assert read_title(title).big_scope
