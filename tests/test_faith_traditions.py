"""A faith goal is planned in its own tradition: Quran memorisation through daily new ayat,
revision and a teacher; a Torah portion through the trope and the tikkun; a Quran read through
as a khatm. None of them borrows the Bible, a church service or a pastor."""

from __future__ import annotations

import pytest

from tests.plans import offline_plan, task_titles

_CHRISTIAN = ("bible", "church", "pastor", "priest", "psalm", "gospel")


@pytest.mark.parametrize(
    "goal",
    [
        "learn surat al-kahf by heart so I can recite it on fridays",
        "my goal is hifz of juz amma by the summer holidays, I know about 10 short surahs",
    ],
)
def test_quran_memorisation_is_daily_ayat_revision_and_a_teacher(goal):
    plan = offline_plan(goal, {"capacity": "half an hour after fajr"})
    assert plan.metadata.field == "faith"
    titles = task_titles(plan)
    assert "ayat" in titles and "teacher" in titles and "revis" in titles
    assert not any(word in titles for word in _CHRISTIAN)
    assert "52" not in plan.goal.statement  # not the Bible-verse-a-week default


def test_the_surahs_named_are_the_ones_memorised():
    plan = offline_plan("memorize surah ar-rahman and surah al-waqiah before next ramadan", {})
    assert "ar-rahman and surah al-waqiah" in plan.goal.statement.lower()


def test_a_torah_portion_is_chanted_with_the_trope_from_the_tikkun():
    plan = offline_plan("learn to chant my parsha for my bat mitzvah next autumn", {})
    assert plan.metadata.field == "faith"
    titles = task_titles(plan)
    assert "trope" in titles and "tikkun" in titles
    assert not any(word in titles for word in _CHRISTIAN)


def test_reading_the_quran_through_is_a_khatm_with_no_bible():
    plan = offline_plan("read the whole quran with translation this year, a juz at a time", {})
    assert plan.metadata.field == "faith"
    titles = task_titles(plan)
    assert "khatm" in titles and "tafsir" in titles
    assert not any(word in titles for word in _CHRISTIAN)


def test_memorising_bible_verses_keeps_the_verse_plan():
    plan = offline_plan("hide God's word in my heart: memorize 2 verses from Romans every week", {})
    assert plan.metadata.field == "faith"
    assert "quran" not in task_titles(plan) and "ayat" not in task_titles(plan)
