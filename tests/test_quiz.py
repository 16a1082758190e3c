"""The concept quiz (issue 7): the bank as data, the engine, `zonetui quiz`, the TUI screen."""

from __future__ import annotations

import io
import random
import re
import subprocess
import sys
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from textual.app import App
from textual.widgets import OptionList, Static

from zonetui.cli import main
from zonetui.labs import quiz
from zonetui.labs.quiz import (
    LETTERS,
    BankError,
    DrawError,
    QuizRun,
    Score,
    choice_index,
    draw,
    load_bank,
    parse_bank,
)
from zonetui.tui.quiz_screen import QuizScreen

BANK = load_bank()

# The issue's list of what the quiz covers: each topic needs several questions.
REQUIRED_TOPICS = (
    "kinds",
    "hypervisor-types",
    "hardware-assist",
    "xen",
    "kvm-qemu",
    "zones-vs-hypervisors",
    "zones",
    "sparse-whole-root",
    "branded-zones",
    "ldoms-roles",
    "cmt",
)
SEVERAL = 5
# "all of the above", "both a and b", "a) and c)": meaningless once choices are shuffled
POINTER = re.compile(r"of the above|\bboth [a-e]\b|\b[a-e]\) and", re.IGNORECASE)
# Names the issue lists; each must be asked about somewhere in the bank.
REQUIRED_TERMS = (
    "emulation", "full virtualization", "paravirtualiz", "OS-level", "QEMU", "Basilisk II",
    "VirtualBox", "KVM", "Xen", "zones", "jails", "OpenVZ", "type 1", "type 2", "VT-x",
    "AMD-V", "ring 1", "ring 3", "dom0", "global zone", "local zone", "sparse root",
    "whole root", "brand", "control domain", "service domain", "I/O domain", "guest domain",
    "T1", "T2", "strand", "FPU", "crypto unit",
)  # fmt: skip

TINY = """\
[topics]
xen = "Xen"
cmt = "CMT"

[[questions]]
id = "ring"
topic = "xen"
question = "Which ring does a 32-bit paravirtualized kernel use?"
choices = ["Ring 0", "Ring 1", "Ring 3"]
answer = "b"
explanation = "Xen alone runs in ring 0; the guest kernel gets ring 1."

[[questions]]
id = "strands"
topic = "cmt"
question = "How many strands has a T1 core?"
choices = ["2", "4", "8"]
answer = 1
explanation = "Four: 32 on an 8-core T1."
"""


def words(text: str) -> str:
    """Text with line wrapping undone, to find a paragraph in wrapped output."""
    return " ".join(text.split())


def bank_text(question: str) -> str:
    """A one-topic bank holding `question` (TOML lines) as its only question."""
    return f'[topics]\nxen = "Xen"\n\n[[questions]]\n{question}'


# -- the bank ----------------------------------------------------------------------------


def test_the_shipped_bank_has_enough_questions_on_every_topic() -> None:
    assert len(BANK.questions) >= 70
    counts = Counter(q.topic for q in BANK.questions)
    assert set(BANK.topics) == set(REQUIRED_TOPICS)
    assert {topic: n for topic, n in counts.items() if n < SEVERAL} == {}


def test_every_question_is_well_formed() -> None:
    assert len({q.id for q in BANK.questions}) == len(BANK.questions)
    for q in BANK.questions:
        assert 3 <= len(q.choices) <= 5, q.id
        assert 0 <= q.answer < len(q.choices), q.id
        assert len({c.casefold() for c in q.choices}) == len(q.choices), q.id
        assert q.question.strip() and q.explanation.strip(), q.id
        # an explanation says why, in more than a word or two
        assert len(q.explanation.split()) >= 15, q.id
        # choices are shuffled, so none may point at another
        assert not any(POINTER.search(c) for c in q.choices), q.id


def test_the_bank_asks_about_everything_the_issue_names() -> None:
    text = " ".join(
        " ".join([q.question, *q.choices, q.explanation]) for q in BANK.questions
    ).casefold()
    assert [term for term in REQUIRED_TERMS if term.casefold() not in text] == []


def test_the_right_answers_are_spread_over_the_letters() -> None:
    # Shuffling hides the position anyway, but a bank written with every answer at "a"
    # would show careless authoring.
    positions = Counter(q.answer for q in BANK.questions)
    assert len(positions) >= 3
    assert max(positions.values()) < len(BANK.questions) / 2


def test_an_answer_may_be_a_letter_or_an_index() -> None:
    tiny = parse_bank(TINY)
    assert [q.answer for q in tiny.questions] == [1, 1]
    assert tiny.question("ring").choices[1] == "Ring 1"


def test_text_may_be_wrapped_in_the_toml() -> None:
    bank = parse_bank(
        bank_text(
            'id = "q"\ntopic = "xen"\nquestion = """Which\n  ring?"""\n'
            'choices = ["0", "1", "3"]\nanswer = 1\nexplanation = """Ring\n\n one."""\n'
        )
    )
    assert (bank.questions[0].question, bank.questions[0].explanation) == (
        "Which ring?",
        "Ring one.",
    )


GOOD = 'id = "q"\ntopic = "xen"\nquestion = "Q?"\nexplanation = "Because."\n'


@pytest.mark.parametrize(
    ("question", "complaint"),
    [
        (GOOD + 'choices = ["a", "b", "c"]\nanswer = 3\n', "not one of the 3 choices"),
        (GOOD + 'choices = ["a", "b", "c"]\nanswer = -1\n', "not one of the 3 choices"),
        (GOOD + 'choices = ["a", "b", "c"]\nanswer = "d"\n', "not one of the 3 choices"),
        (GOOD + 'choices = ["a", "b", "c"]\nanswer = "z"\n', "not a letter from a to e"),
        (GOOD + 'choices = ["a", "b", "c"]\nanswer = true\n', "not one of the 5 choices"),
        (GOOD + 'choices = ["a", "b", "B"]\nanswer = 0\n', "the same choice is given twice"),
        (GOOD + 'choices = ["a", "b"]\nanswer = 0\n', "at least 3 items"),
        (GOOD + 'choices = ["a", "b", "c", "d", "e", "f"]\nanswer = 0\n', "at most 5 items"),
        (
            'id = "q"\ntopic = "xen"\nquestion = "Q?"\nexplanation = "  "\n'
            'choices = ["a", "b", "c"]\nanswer = 0\n',
            "must not be empty",
        ),
        (GOOD.replace('"xen"', '"kvm"') + 'choices = ["a", "b", "c"]\nanswer = 0\n', "kvm"),
        (GOOD + 'choices = ["a", "b", "c"]\n', "answer"),
    ],
)
def test_a_broken_question_stops_the_bank_loading(question: str, complaint: str) -> None:
    with pytest.raises(BankError, match="^quiz.toml: ") as caught:
        parse_bank(bank_text(question))
    assert complaint in str(caught.value)


def test_ids_are_unique_and_every_topic_has_questions() -> None:
    twice = TINY.replace('id = "strands"', 'id = "ring"')
    with pytest.raises(BankError, match="question id 'ring' is used more than once"):
        parse_bank(twice)
    idle = TINY.replace("[topics]\n", '[topics]\nkvm = "KVM"\n')
    with pytest.raises(BankError, match="topic 'kvm' has no questions"):
        parse_bank(idle)
    with pytest.raises(BankError, match="^quiz.toml: "):
        parse_bank("[topics\n")


# -- drawing and scoring -----------------------------------------------------------------


def test_a_seed_always_draws_the_same_questions_in_the_same_order() -> None:
    first = draw(BANK, 10, seed=7)
    assert draw(BANK, 10, seed=7) == first
    assert draw(BANK, 10, seed="7") == first  # --seed 7 on the command line
    assert [p.id for p in draw(BANK, 10, seed=8)] != [p.id for p in first]


def test_without_exam_every_question_is_asked_once_in_random_order() -> None:
    posed = draw(BANK, seed=1)
    assert sorted(p.id for p in posed) == sorted(q.id for q in BANK.questions)
    assert [p.id for p in posed] != [q.id for q in BANK.questions]


@pytest.mark.parametrize("count", [1, 2, 10, 60])
def test_exam_n_draws_n_distinct_questions(count: int) -> None:
    ids = [p.id for p in draw(BANK, count, seed=count)]
    assert len(ids) == len(set(ids)) == count


def test_topics_narrow_the_draw() -> None:
    posed = draw(BANK, seed=3, topics=["xen", "cmt", "xen"])
    assert {p.topic for p in posed} == {"xen", "cmt"}
    assert len(posed) == len(BANK.on_topics(["xen", "cmt"]))
    assert posed[0].topic_title == BANK.topics[posed[0].topic]


@pytest.mark.parametrize(
    ("count", "topics", "reason"),
    [
        (0, (), "cannot draw 0 questions: ask for at least 1"),
        (-3, (), "cannot draw -3 questions: ask for at least 1"),
        (len(BANK.questions) + 1, (), f"the bank holds {len(BANK.questions)}"),
        (99, ("xen",), f"topic xen holds {len(BANK.on_topics(['xen']))}"),
        (99, ("xen", "cmt"), f"topics xen, cmt hold {len(BANK.on_topics(['xen', 'cmt']))}"),
        (1, ("lpars",), "no topic 'lpars'"),
    ],
)
def test_an_impossible_draw_says_why(count: int, topics: tuple[str, ...], reason: str) -> None:
    with pytest.raises(DrawError) as caught:
        draw(BANK, count, seed=1, topics=topics)
    assert reason in str(caught.value)


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(), count=st.integers(min_value=1, max_value=20))
def test_shuffled_choices_keep_the_right_answer(seed: int, count: int) -> None:
    for posed in draw(BANK, count, seed=seed):
        question = posed.question
        assert sorted(posed.choices) == sorted(question.choices)
        assert posed.answer_text == question.choices[question.answer]
        assert posed.letters == LETTERS[: len(question.choices)]


def test_shuffling_moves_the_right_answer() -> None:
    question = BANK.questions[0]
    places = {quiz.pose(question, random.Random(seed)).answer_letter for seed in range(40)}
    assert len(places) == len(question.choices)


@pytest.mark.parametrize(
    ("typed", "index"),
    [("b", 1), (" B \n", 1), ("c)", 2), ("a", 0), ("d", None), ("", None), ("ab", None)],
)
def test_an_answer_is_one_letter(typed: str, index: int | None) -> None:
    assert choice_index(typed, 3) == index


def test_a_run_scores_and_keeps_the_wrong_answers_for_review() -> None:
    run = QuizRun(draw(BANK, 3, seed=5))
    first, second, third = run.questions
    assert (run.number, run.current) == (1, first)
    assert run.answer(first.answer).right
    assert not run.answer((second.answer + 1) % len(second.choices)).right
    assert run.score() == Score(right=1, answered=2, total=3)
    assert run.score().percent == 50
    assert not run.finished
    run.answer(third.answer)
    assert run.finished and run.current is None
    assert [r.posed for r in run.wrong()] == [second]
    assert run.score().percent == 66  # 2 of 3, rounded down: 100% only when all are right
    with pytest.raises(ValueError):
        run.answer(0)


# -- zonetui quiz ------------------------------------------------------------------------


def run_quiz(monkeypatch, capsys, answers: str, *args: str) -> tuple[int, str, str]:
    """`zonetui quiz ARGS` with `answers` on a stdin that is not a terminal."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(answers))
    status = main(["quiz", *args])
    out, err = capsys.readouterr()
    return status, out, err


def letters_for(count: int, seed: str, right: bool) -> list[str]:
    """The answers that are all right (or all wrong) for `--exam count --seed seed`."""
    posed = draw(BANK, count, seed=seed)
    if right:
        return [p.answer_letter for p in posed]
    return [LETTERS[(p.answer + 1) % len(p.choices)] for p in posed]


def test_all_right_scores_100(monkeypatch, capsys) -> None:
    answers = letters_for(8, "11", right=True)
    status, out, err = run_quiz(
        monkeypatch, capsys, "\n".join(answers) + "\n", "--exam", "8", "--seed", "11"
    )
    assert (status, err) == (0, "")
    assert out.count("\nRight.\n") == 8
    assert out.endswith("\nScore: 8/8 (100%)\nNo wrong answers.\n")
    assert "Wrong" not in out


def test_all_wrong_reviews_every_question_with_its_explanation(monkeypatch, capsys) -> None:
    posed = draw(BANK, 6, seed="12")
    answers = letters_for(6, "12", right=False)
    status, out, err = run_quiz(
        monkeypatch, capsys, "\n".join(answers) + "\n", "--exam", "6", "--seed", "12"
    )
    assert (status, err) == (0, "")  # a low score is not an error
    assert "\nScore: 0/6 (0%)\n" in out
    review = out.split("Review of the wrong answers (6):\n", 1)[1]
    for number, p in enumerate(posed, 1):
        assert f"{number}. [{p.id}] " in review
        assert words(p.explanation) in words(review)
        assert f"Right answer: {p.answer_letter}) " in review
    # each explanation is also shown right after the wrong answer
    before = out.split("Review of the wrong answers", 1)[0]
    assert all(words(p.explanation) in words(before) for p in posed)


def test_end_of_input_stops_and_scores_what_was_answered(monkeypatch, capsys) -> None:
    answers = letters_for(5, "13", right=True)[:2]
    status, out, err = run_quiz(
        monkeypatch, capsys, "\n".join(answers) + "\n", "--exam", "5", "--seed", "13"
    )
    assert (status, err) == (0, "")
    assert "Question 3 of 5" in out and "Question 4 of 5" not in out
    assert out.endswith("\nStopped after 2 of 5 questions.\nScore: 2/2 (100%)\nNo wrong answers.\n")


def test_nothing_answered_is_no_score(monkeypatch, capsys) -> None:
    status, out, _ = run_quiz(monkeypatch, capsys, "", "--exam", "3")
    assert status == 0
    assert out.endswith("\nStopped after 0 of 3 questions.\nNo question was answered.\n")


def test_a_session_reads_like_a_terminal(monkeypatch, capsys) -> None:
    monkeypatch.setattr(quiz, "load_bank", lambda: parse_bank(TINY))
    status, out, _ = run_quiz(monkeypatch, capsys, "x\n\nb\na\n", "--seed", "2")
    assert status == 0
    assert out == (
        "Concept quiz: 2 questions. Answer with a letter; ^D stops early.\n"
        "\n"
        "Question 1 of 2 · Xen\n"
        "Which ring does a 32-bit paravirtualized kernel use?\n"
        "  a) Ring 0\n"
        "  b) Ring 1\n"
        "  c) Ring 3\n"
        "Your answer (a-c): x\n"
        "Please answer with one letter, from a to c.\n"
        "Your answer (a-c): \n"
        "Please answer with one letter, from a to c.\n"
        "Your answer (a-c): b\n"
        "Right.\n"
        "\n"
        "Question 2 of 2 · CMT\n"
        "How many strands has a T1 core?\n"
        "  a) 8\n"
        "  b) 4\n"
        "  c) 2\n"
        "Your answer (a-c): a\n"
        "Wrong. The answer is b.\n"
        "  Four: 32 on an 8-core T1.\n"
        "\n"
        "Score: 1/2 (50%)\n"
        "\n"
        "Review of the wrong answers (1):\n"
        "\n"
        "1. [strands] How many strands has a T1 core?\n"
        "   Your answer:  a) 8\n"
        "   Right answer: b) 4\n"
        "   Four: 32 on an 8-core T1.\n"
    )


def test_topics_are_listed_with_their_counts(monkeypatch, capsys) -> None:
    status, out, err = run_quiz(monkeypatch, capsys, "", "--list-topics")
    assert (status, err) == (0, "")
    rows = out.splitlines()
    assert [row.split()[0] for row in rows] == list(BANK.topics)
    assert rows[0].split()[1] == str(len(BANK.on_topics([rows[0].split()[0]])))
    assert rows[0].endswith(BANK.topics[rows[0].split()[0]])


def test_a_topic_limits_the_quiz(monkeypatch, capsys) -> None:
    status, out, _ = run_quiz(monkeypatch, capsys, "", "--topic", "xen", "--exam", "2")
    assert status == 0
    assert out.count("· " + BANK.topics["xen"]) == 1  # stopped at the first question


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--exam", "0"], "zonetui quiz: cannot draw 0 questions: ask for at least 1\n"),
        (
            ["--exam", str(len(BANK.questions) + 1)],
            f"zonetui quiz: cannot draw {len(BANK.questions) + 1} questions: "
            f"the bank holds {len(BANK.questions)}\n",
        ),
        (["--exam", "ten"], "zonetui quiz: --exam takes a whole number of questions, not 'ten'\n"),
        (["--exam", "-2"], "zonetui quiz: cannot draw -2 questions: ask for at least 1\n"),
        (
            ["--topic", "lpars"],
            "zonetui quiz: no topic 'lpars' (zonetui quiz --list-topics lists them)\n",
        ),
    ],
)
def test_bad_arguments_exit_2_with_one_line(monkeypatch, capsys, args, message) -> None:
    status, out, err = run_quiz(monkeypatch, capsys, "a\n", *args)
    assert (status, out, err) == (2, "", message)


def test_the_quiz_runs_as_a_process_on_a_pipe() -> None:
    answers = letters_for(3, "21", right=True)
    done = subprocess.run(
        [sys.executable, "-m", "zonetui", "quiz", "--exam", "3", "--seed", "21"],
        input="\n".join(answers) + "\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.endswith("Score: 3/3 (100%)\nNo wrong answers.\n")


# -- the TUI screen ----------------------------------------------------------------------


class QuizHost(App[None]):
    """A bare app that opens the quiz, as the zonetui app will, and keeps its result."""

    def __init__(self, screen: QuizScreen) -> None:
        super().__init__()
        self.quiz = screen
        self.results: list[Score | None] = []

    def on_mount(self) -> None:
        self.push_screen(self.quiz, self.results.append)


def shown(screen: QuizScreen, selector: str) -> str:
    return str(screen.query_one(selector, Static).render())


async def test_the_screen_answers_two_questions_by_key() -> None:
    screen = QuizScreen(seed=2, bank=parse_bank(TINY))  # the order of the terminal test
    app = QuizHost(screen)
    async with app.run_test(size=(90, 30)) as pilot:
        await pilot.pause()
        assert shown(screen, "#quiz-heading") == "Question 1 of 2 · Xen"
        prompts = [str(o.prompt) for o in screen.query_one(OptionList).options]
        assert prompts == ["a) Ring 0", "b) Ring 1", "c) Ring 3"]

        await pilot.press("b")
        assert shown(screen, "#quiz-feedback").startswith("Right.\nXen alone runs in ring 0")
        await pilot.press("a")  # answered already: no second answer
        assert len(screen.run.responses) == 1

        await pilot.press("enter")
        assert shown(screen, "#quiz-heading") == "Question 2 of 2 · CMT"
        await pilot.press("a")
        assert shown(screen, "#quiz-feedback") == (
            "Wrong. The answer is b) 4\nFour: 32 on an 8-core T1."
        )
        marked = [str(o.prompt) for o in screen.query_one(OptionList).options]
        assert marked == ["a) 8  ✘", "b) 4  ✔", "c) 2"]

        await pilot.press("enter")
        assert shown(screen, "#quiz-heading") == "Score: 1/2 (50%)"
        review = shown(screen, "#quiz-feedback")
        assert "1. How many strands has a T1 core?" in review
        assert "Your answer: a) 8\nRight answer: b) 4\nFour: 32 on an 8-core T1." in review

        await pilot.press("escape")
        await pilot.pause()
        assert app.results == [Score(right=1, answered=2, total=2)]


async def test_enter_on_a_highlighted_choice_answers_it() -> None:
    screen = QuizScreen(seed=2, bank=parse_bank(TINY))
    app = QuizHost(screen)
    async with app.run_test(size=(90, 30)) as pilot:
        await pilot.pause()
        await pilot.press("down", "enter")
        assert screen.run.responses[0].chosen_letter == "b"
        assert shown(screen, "#quiz-feedback").startswith("Right.")
        await pilot.press("escape")
        await pilot.pause()
        assert app.results == [Score(right=1, answered=1, total=2)]
