"""Learning: languages, instruments, coding, drawing and other skills."""

from __future__ import annotations

from assistant.playbooks.base import Playbook, Rung
from assistant.playbooks.base import Step as S

LANGUAGES = (
    r"spanish|french|german|italian|portuguese|japanese|chinese|mandarin|cantonese|korean|arabic|"
    r"russian|dutch|polish|swedish|norwegian|danish|greek|turkish|hindi|vietnamese|thai|hebrew|"
    r"czech|ukrainian|indonesian|english|catalan|finnish|hungarian|romanian|welsh|irish|swahili"
)

LANGUAGE = Playbook(
    key="language",
    label="language learning",
    pattern=r"\b("
    + LANGUAGES
    + r"|language|fluent|fluency|vocab|vocabulary|duolingo|cefr|a2|b1|b2|c1|"
    r"conversational|dele|delf|jlpt|hsk|goethe)\b",
    statement="Hold a conversation in {subject} for {target}",
    metric_name="conversation length",
    unit="minutes",
    default_target=20,
    subjects=r"\b(" + LANGUAGES + r")\b",
    default_subject="the new language",
    default_weeks=26,
    weight=1.5,
    rungs=(
        Rung(
            "Know the 300 most common {subject} words",
            0.25,
            (
                S(
                    "Take a 10-minute vocabulary test",
                    15,
                    "Test score saved in the study log",
                    at_end=True,
                ),
            ),
            metric="words known",
            unit="words",
            value=300,
        ),
        Rung(
            "Hold a 5-minute conversation in {subject}",
            0.5,
            (
                S(
                    "Book a 30-minute lesson with a tutor on italki or Preply",
                    20,
                    "Lesson booked; date in the calendar",
                ),
            ),
            value=5,
        ),
        Rung(
            "1 short {subject} news article read without a dictionary",
            0.75,
            (
                S(
                    "Read 1 short news article without a dictionary",
                    30,
                    "Article link saved with 3 new words",
                ),
            ),
            metric="articles read unaided",
            unit="articles",
            value=1,
        ),
        Rung(
            "Hold a conversation in {subject} for {target}",
            1.0,
            (
                S(
                    "Record a conversation of {target} with a tutor",
                    45,
                    "Recording saved",
                    at_end=True,
                ),
            ),
        ),
    ),
    practice=(
        S("Review 20 {subject} flashcards in Anki", 20, "Anki shows today's reviews done", times=5),
        S(
            "Speak with a tutor or partner for 30 minutes",
            40,
            "Session logged with 3 new phrases",
            times=1,
        ),
        S("Shadow 10 minutes of a {subject} podcast aloud", 15, "Episode title logged", times=2),
    ),
    kickoff=(
        S(
            "Install Anki with a 2,000-word {subject} frequency deck",
            20,
            "Deck installed; first 10 cards done",
        ),
        S(
            "Learn 10 greetings and introduce yourself aloud",
            30,
            "Self-introduction recorded on the phone",
        ),
    ),
    constraint="Study stays passive (apps and reading) so speaking never gets practised",
    strategy="Put speaking on the calendar every week, booked before the week starts",
    attack=S(
        "Book next week's speaking session with a tutor or partner",
        15,
        "Session booked in the calendar",
        times=1,
        attacks=True,
    ),
    indicators=(
        ("flashcard reviews per week", 100, "reviews"),
        ("minutes spoken per week", 30, "minutes"),
    ),
    questions={
        "metric": (
            "What would show you've made it: a conversation length, a level (A2, B1), or an exam?",
            "'Fluent' has no finish line; a level or a conversation does.",
        ),
        "baseline": (
            "What can you do in the language today: nothing yet, basic phrases, or simple chats?",
            "It decides which rung of the ladder you start on.",
        ),
    },
)

INSTRUMENT = Playbook(
    key="instrument",
    label="learning an instrument",
    pattern=r"\b(guitar|piano|violin|cello|drums?|ukulele|bass|saxophone|sax|flute|trumpet|keyboard|"
    r"sing|singing|songs?|chords?|scales)\b",
    statement="Play {target} on {subject} start to finish",
    metric_name="songs played start to finish",
    unit="songs",
    default_target=4,
    units=r"^(songs|pieces|chords|tunes)$",
    subjects=r"\b(guitar|piano|violin|cello|drums|ukulele|bass|saxophone|flute|trumpet|keyboard)\b",
    default_subject="the instrument",
    default_weeks=12,
    rungs=(
        Rung(
            "{v} played on {subject} start to finish",
            0.25,
            (S("Record the first song on the phone", 15, "Recording saved", at_end=True),),
        ),
        Rung(
            "{v} played on {subject} start to finish",
            0.5,
            (S("Book 1 lesson to check technique", 20, "Lesson booked; 3 fixes noted afterwards"),),
        ),
        Rung(
            "{v} played on {subject} start to finish",
            0.75,
            (
                S(
                    "Play a song for 1 friend or family member",
                    20,
                    "Song played; date noted in the log",
                ),
            ),
        ),
        Rung(
            "{v} played on {subject} start to finish",
            1.0,
            (
                S(
                    "Record all songs in one take each",
                    45,
                    "Recordings saved in one folder",
                    at_end=True,
                ),
            ),
        ),
    ),
    practice=(
        S(
            "Practise 25 minutes: 5 warm-up, 20 on the current song",
            25,
            "Practice minutes logged",
            times=5,
        ),
    ),
    kickoff=(
        S("Play 3 basic chords or notes today", 20, "3 chords or notes played; log started"),
        S("Pick 4 songs in order of difficulty", 30, "List of 4 songs saved with links"),
    ),
    constraint="Practice gets skipped when the instrument is packed away",
    strategy="Keep the instrument out on a stand and tie practice to a daily cue",
    attack=S(
        "Set next week's 5 practice cues in the calendar",
        15,
        "5 practice slots visible in the calendar",
        times=1,
        attacks=True,
    ),
    indicators=(
        ("practice sessions per week", 5, "sessions"),
        ("minutes practised per week", 125, "minutes"),
    ),
)

CODING = Playbook(
    key="coding",
    label="learning to code",
    pattern=r"\b(code(?! reviews?)|coding|programming|program|python|javascript|typescript|java|rust|golang|sql|html|css|"
    r"react|developer|web dev|leetcode|app|data science|machine learning)\b",
    statement="Ship {target} in {subject}",
    metric_name="projects shipped",
    unit="projects",
    default_target=3,
    units=r"^(projects|apps|exercises|problems|katas|katas|challenges)$",
    subjects=r"\b(python|javascript|typescript|java|rust|golang|sql|react|html|css)\b",
    default_subject="code",
    default_weeks=12,
    rungs=(
        Rung(
            "First small {subject} project on GitHub",
            0.25,
            (
                S(
                    "Push the first project to GitHub with a README",
                    45,
                    "Repository link saved",
                    at_end=True,
                ),
            ),
            metric="projects shipped",
            unit="projects",
            value=1,
        ),
        Rung(
            "30 {subject} exercises solved",
            0.5,
            (S("Solve 3 exercises without looking at solutions", 60, "3 solutions committed"),),
            metric="exercises solved",
            unit="exercises",
            value=30,
        ),
        Rung(
            "2 {subject} projects shipped with READMEs",
            0.75,
            (S("Ask 1 experienced developer to review the code", 30, "Review comments saved"),),
            value=2,
        ),
        Rung(
            "{target} in {subject} shipped and deployed",
            1.0,
            (
                S(
                    "Deploy the final project to a public URL",
                    60,
                    "Public URL works; link saved",
                    at_end=True,
                ),
            ),
        ),
    ),
    practice=(
        S("Code for 45 minutes on the current project", 45, "Commit pushed to GitHub", times=3),
        S("Solve 1 exercise on Exercism or LeetCode", 30, "Solution committed", times=1),
    ),
    kickoff=(
        S("Run a hello-world program on your own machine", 30, "Program runs; screenshot saved"),
        S(
            "Choose 3 project ideas that solve your own problems",
            30,
            "3 project ideas written down",
        ),
    ),
    constraint="Tutorials feel productive, so nothing real gets built",
    strategy="Build a real project every week; tutorials only for the next thing it needs",
    attack=S(
        "Write next week's 3 build goals for the current project",
        15,
        "3 build goals listed in the README",
        times=1,
        attacks=True,
    ),
    indicators=(("commits per week", 5, "commits"), ("coding sessions per week", 3, "sessions")),
)

SKILL = Playbook(
    key="skill",
    label="skill learning",
    pattern=r"\b(draw|drawing|sketch|paint|painting|photography|chess|cook|cooking|knit|knitting|dance|"
    r"dancing|calligraphy|pottery|skill|skills|juggle|woodworking|sewing|magic tricks)\b",
    statement="Finish {target} in {subject}",
    metric_name="finished pieces",
    unit="pieces",
    default_target=20,
    units=r"^(drawings|paintings|sketches|photos|dishes|recipes|pieces|games|portraits)$",
    subjects=r"\b(drawing|sketching|painting|photography|chess|cooking|knitting|dancing|calligraphy|pottery|"
    r"woodworking|sewing)\b",
    default_subject="the new skill",
    default_weeks=12,
    rungs=(
        Rung(
            "{v} finished in {subject}",
            0.25,
            (
                S(
                    "Pin the first 5 pieces up side by side",
                    20,
                    "Photo of the 5 pieces saved",
                    at_end=True,
                ),
            ),
        ),
        Rung(
            "{v} finished in {subject}",
            0.5,
            (S("Get feedback on 3 pieces from a class or forum", 30, "3 feedback notes saved"),),
        ),
        Rung(
            "{v} finished in {subject}",
            0.75,
            (
                S(
                    "Redo the weakest piece with the feedback",
                    60,
                    "New version saved next to the old one",
                ),
            ),
        ),
        Rung(
            "{v} finished in {subject}: portfolio ready",
            1.0,
            (
                S(
                    "Photograph the best 10 pieces for a portfolio page",
                    60,
                    "Portfolio page saved",
                    at_end=True,
                ),
            ),
        ),
    ),
    practice=(
        S(
            "Practise {subject} for 40 minutes on 1 finished piece",
            40,
            "Piece photographed into the log",
            times=3,
        ),
    ),
    kickoff=(
        S("Finish 1 small piece in 20 minutes today", 25, "Piece photographed as piece 1"),
        S("Pick a beginner course with 10 lessons", 30, "Course chosen; link saved"),
    ),
    constraint="Unfinished pieces pile up because each one has to be perfect",
    strategy="Time-box every piece and count only finished ones",
    attack=S(
        "Schedule next week's 3 practice slots in the calendar",
        15,
        "3 slots visible in the calendar",
        times=1,
        attacks=True,
    ),
    indicators=(
        ("practice sessions per week", 3, "sessions"),
        ("pieces finished per week", 2, "pieces"),
    ),
)
