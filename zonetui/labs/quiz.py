"""The concept quiz (issue 7): the question bank, draws, scoring, and a terminal session.

The questions are data (``quiz.toml`` beside this module), checked once at load. A draw
picks questions in random order from a seed and shuffles each one's choices, keeping the
right answer mapped; a `QuizRun` records the answers and scores them. `zonetui quiz`
(`play`, on a terminal or a file) and the TUI's QuizScreen both drive a `QuizRun`.
Plain Python: nothing here imports Textual.
"""

from __future__ import annotations

import random
import re
import textwrap
import tomllib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Annotated, Any, TextIO

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from zonetui.labs.quiz_messages import Bank as BankMsg
from zonetui.labs.quiz_messages import Cli as CliMsg
from zonetui.labs.quiz_messages import Draw as DrawMsg
from zonetui.labs.quiz_messages import Terminal as TermMsg

__all__ = [
    "LETTERS",
    "BankError",
    "DrawError",
    "PosedQuestion",
    "Question",
    "QuestionBank",
    "QuizRun",
    "Response",
    "Score",
    "choice_index",
    "draw",
    "load_bank",
    "parse_bank",
    "parse_count",
    "play",
    "pose",
    "topic_rows",
]

LETTERS = "abcde"
MIN_CHOICES = 3
MAX_CHOICES = len(LETTERS)
BANK_FILE = "quiz.toml"
WIDTH = 78  # terminal text is wrapped to this width, the same on every terminal
CHOICE_HANG = " " * len(TermMsg.CHOICE.format(letter="a", text=""))
REVIEW_INDENT = "   "
ANSWER_HANG = REVIEW_INDENT + " " * len(TermMsg.RIGHT_ANSWER.format(letter="a", text=""))


# -- the bank ------------------------------------------------------------------------


def _one_line(text: str) -> str:
    """Runs of spaces and newlines read as one space, so TOML authors may wrap freely."""
    text = " ".join(text.split())
    if not text:
        raise ValueError("must not be empty")
    return text


Text = Annotated[str, AfterValidator(_one_line)]


class Question(BaseModel):
    """One multiple-choice question as the bank holds it; `answer` indexes `choices`."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9.-]*$")]
    topic: str
    question: Text
    choices: Annotated[tuple[Text, ...], Field(min_length=MIN_CHOICES, max_length=MAX_CHOICES)]
    answer: int
    explanation: Text
    tags: tuple[Text, ...] = ()

    @field_validator("answer", mode="before")
    @classmethod
    def _letter_or_index(cls, value: Any) -> Any:
        """A letter ("a".."e") or a 0-based index; a bool is neither."""
        if isinstance(value, str):
            letter = value.strip().lower()
            if len(letter) != 1 or letter not in LETTERS:
                raise ValueError(BankMsg.BAD_LETTER.format(answer=value, last=LETTERS[-1]))
            return LETTERS.index(letter)
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(BankMsg.OUT_OF_RANGE.format(answer=value, count=MAX_CHOICES))
        return value

    @model_validator(mode="after")
    def _answer_among_distinct_choices(self) -> Question:
        if not 0 <= self.answer < len(self.choices):
            count = len(self.choices)
            raise ValueError(BankMsg.OUT_OF_RANGE.format(answer=self.answer, count=count))
        seen: set[str] = set()
        for choice in self.choices:
            if choice.casefold() in seen:
                raise ValueError(BankMsg.DUPLICATE_CHOICE.format(choice=choice))
            seen.add(choice.casefold())
        return self


class QuestionBank(BaseModel):
    """Topics (id → title) and the questions on them; every topic has questions."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    topics: Annotated[dict[str, Text], Field(min_length=1)]
    questions: Annotated[tuple[Question, ...], Field(min_length=1)]

    @model_validator(mode="after")
    def _consistent(self) -> QuestionBank:
        ids: set[str] = set()
        for question in self.questions:
            if question.id in ids:
                raise ValueError(BankMsg.DUPLICATE_ID.format(id=question.id))
            ids.add(question.id)
            if question.topic not in self.topics:
                raise ValueError(BankMsg.UNKNOWN_TOPIC.format(id=question.id, topic=question.topic))
        for topic in self.topics:
            if not self.on_topics([topic]):
                raise ValueError(BankMsg.EMPTY_TOPIC.format(topic=topic))
        return self

    def on_topics(self, topics: Iterable[str] = ()) -> tuple[Question, ...]:
        """The questions on any of `topics`, in bank order; all of them for no topics."""
        wanted = set(topics)
        return tuple(q for q in self.questions if not wanted or q.topic in wanted)

    def question(self, question_id: str) -> Question:
        """The question with this id (KeyError if there is none)."""
        for question in self.questions:
            if question.id == question_id:
                return question
        raise KeyError(question_id)


class BankError(ValueError):
    """The question bank does not load: a mistake in the TOML, named with its source."""


def parse_bank(text: str, source: str = BANK_FILE) -> QuestionBank:
    """Read and check a bank in the quiz.toml format; BankError names what is wrong."""
    try:
        return QuestionBank.model_validate(tomllib.loads(text))
    except (tomllib.TOMLDecodeError, ValidationError) as error:
        raise BankError(BankMsg.UNREADABLE.format(source=source, error=error)) from error


@cache
def load_bank() -> QuestionBank:
    """The bank shipped with zonetui (read and checked once per process)."""
    text = files("zonetui.labs").joinpath(BANK_FILE).read_text(encoding="utf-8")
    return parse_bank(text, BANK_FILE)


def topic_rows(bank: QuestionBank) -> list[str]:
    """`--list-topics`: one line a topic, its id, how many questions, its title."""
    width = max(len(topic) for topic in bank.topics)
    return [
        CliMsg.TOPIC_ROW.format(
            topic=topic, width=width, count=len(bank.on_topics([topic])), title=title
        )
        for topic, title in bank.topics.items()
    ]


# -- drawing -------------------------------------------------------------------------


@dataclass(frozen=True)
class PosedQuestion:
    """A question as it is asked: its choices in the order shown, `answer` indexing them."""

    question: Question
    choices: tuple[str, ...]
    answer: int
    topic_title: str = ""

    @property
    def id(self) -> str:
        return self.question.id

    @property
    def topic(self) -> str:
        return self.question.topic

    @property
    def text(self) -> str:
        return self.question.question

    @property
    def explanation(self) -> str:
        return self.question.explanation

    @property
    def letters(self) -> str:
        """The letters of the choices as shown: "abcd" for four."""
        return LETTERS[: len(self.choices)]

    @property
    def answer_letter(self) -> str:
        return LETTERS[self.answer]

    @property
    def answer_text(self) -> str:
        return self.choices[self.answer]


class DrawError(ValueError):
    """A draw that cannot be made; the message is for the user (quiz_messages.Draw)."""


def pose(question: Question, rng: random.Random, topic_title: str = "") -> PosedQuestion:
    """`question` with its choices shuffled by `rng`; the answer follows its choice."""
    order = rng.sample(range(len(question.choices)), len(question.choices))
    return PosedQuestion(
        question=question,
        choices=tuple(question.choices[i] for i in order),
        answer=order.index(question.answer),
        topic_title=topic_title or question.topic,
    )


def _seed(seed: int | str | None) -> int | str | None:
    """`--seed 42` on the command line and seed=42 in code draw the same questions."""
    if isinstance(seed, str) and re.fullmatch(r"\s*[+-]?[0-9]+\s*", seed):
        return int(seed)
    return seed


def draw(
    bank: QuestionBank,
    count: int | None = None,
    seed: int | str | None = None,
    topics: Iterable[str] = (),
) -> list[PosedQuestion]:
    """`count` distinct questions (all, for None) on `topics` (all, for none), in random
    order, each with its choices shuffled. The same seed gives the same draw; None, a new
    one each time."""
    wanted = list(dict.fromkeys(topics))
    for topic in wanted:
        if topic not in bank.topics:
            raise DrawError(DrawMsg.UNKNOWN_TOPIC.format(topic=topic))
    pool = bank.on_topics(wanted)
    if count is None:
        count = len(pool)
    if count < 1:
        raise DrawError(DrawMsg.TOO_FEW.format(count=count))
    if count > len(pool):
        names = DrawMsg.TOPIC_SEPARATOR.join(wanted)
        template = (
            DrawMsg.TOO_MANY
            if not wanted
            else DrawMsg.TOO_MANY_ON_TOPIC
            if len(wanted) == 1
            else DrawMsg.TOO_MANY_ON_TOPICS
        )
        raise DrawError(template.format(count=count, available=len(pool), topics=names))
    rng = random.Random(_seed(seed))
    return [pose(q, rng, bank.topics[q.topic]) for q in rng.sample(pool, count)]


def parse_count(text: str) -> int:
    """The N of `--exam N`; DrawError for anything but a whole number."""
    try:
        return int(text)
    except ValueError:
        raise DrawError(DrawMsg.NOT_A_NUMBER.format(text=text)) from None


def choice_index(text: str, count: int) -> int | None:
    """The choice a typed answer names ("b", " B ", "b)"), or None if it names none."""
    letter = text.strip().lower().removesuffix(")").strip()
    if len(letter) == 1 and letter in LETTERS[:count]:
        return LETTERS.index(letter)
    return None


# -- a sitting -----------------------------------------------------------------------


@dataclass(frozen=True)
class Response:
    """One answer given: which choice (an index into the posed choices)."""

    posed: PosedQuestion
    chosen: int

    @property
    def right(self) -> bool:
        return self.chosen == self.posed.answer

    @property
    def chosen_letter(self) -> str:
        return LETTERS[self.chosen]

    @property
    def chosen_text(self) -> str:
        return self.posed.choices[self.chosen]


@dataclass(frozen=True)
class Score:
    """Right answers out of those given; `total` is how many were drawn."""

    right: int
    answered: int
    total: int

    @property
    def percent(self) -> int:
        """Rounded down, so that 100% means every answer was right."""
        return self.right * 100 // self.answered if self.answered else 0


class QuizRun:
    """One sitting: the questions drawn, asked in order, and the answers given so far."""

    def __init__(self, questions: Sequence[PosedQuestion]) -> None:
        if not questions:
            raise ValueError("a quiz needs at least one question")
        self.questions = tuple(questions)
        self.responses: list[Response] = []

    @property
    def total(self) -> int:
        return len(self.questions)

    @property
    def finished(self) -> bool:
        return len(self.responses) == self.total

    @property
    def current(self) -> PosedQuestion | None:
        """The question to answer next, None once all are answered."""
        return None if self.finished else self.questions[len(self.responses)]

    @property
    def number(self) -> int:
        """The current question's number, from 1 (the last one's once finished)."""
        return min(len(self.responses) + 1, self.total)

    def answer(self, chosen: int) -> Response:
        """Answer the current question with choice `chosen` (an index)."""
        posed = self.current
        if posed is None:
            raise ValueError("every question is answered")
        if not 0 <= chosen < len(posed.choices):
            raise ValueError(f"no choice {chosen} in question {posed.id!r}")
        response = Response(posed, chosen)
        self.responses.append(response)
        return response

    def score(self) -> Score:
        right = sum(response.right for response in self.responses)
        return Score(right=right, answered=len(self.responses), total=self.total)

    def wrong(self) -> list[Response]:
        """The wrong answers, in the order given: what the review goes through."""
        return [response for response in self.responses if not response.right]


# -- on a terminal -------------------------------------------------------------------


def _wrap(text: str, indent: str = "", hang: str | None = None) -> list[str]:
    return textwrap.wrap(
        text,
        WIDTH,
        initial_indent=indent,
        subsequent_indent=indent if hang is None else hang,
        break_on_hyphens=False,
    )


def _ask(posed: PosedQuestion, stdin: TextIO, stdout: TextIO, echo: bool) -> int | None:
    """Ask until a valid letter comes; None at the end of the input."""
    first, last = posed.letters[0], posed.letters[-1]
    while True:
        stdout.write(TermMsg.PROMPT.format(first=first, last=last))
        stdout.flush()
        line = stdin.readline()
        if not line:
            stdout.write("\n")
            return None
        if echo:  # a terminal echoes what is typed; a file does not
            stdout.write(line.rstrip("\n") + "\n")
        chosen = choice_index(line, len(posed.choices))
        if chosen is not None:
            return chosen
        stdout.write(TermMsg.INVALID.format(first=first, last=last) + "\n")


def play(run: QuizRun, stdin: TextIO, stdout: TextIO) -> Score:
    """Ask `run`'s questions on a terminal, or read answers line by line from a file;
    print right or wrong (and why, when wrong), the score and the review. The end of the
    input stops early and scores what was answered."""

    def say(*lines: str) -> None:
        stdout.write("".join(line + "\n" for line in lines))
        stdout.flush()

    echo = not stdin.isatty()
    noun = TermMsg.QUESTION if run.total == 1 else TermMsg.QUESTIONS
    say(*_wrap(TermMsg.INTRO.format(count=run.total, questions=noun)))
    while (posed := run.current) is not None:
        heading = TermMsg.HEADING.format(
            number=run.number, total=run.total, topic=posed.topic_title
        )
        choices = [
            line
            for letter, text in zip(posed.letters, posed.choices, strict=True)
            for line in _wrap(TermMsg.CHOICE.format(letter=letter, text=text), hang=CHOICE_HANG)
        ]
        say("", heading, *_wrap(posed.text), *choices)
        chosen = _ask(posed, stdin, stdout, echo)
        if chosen is None:
            break
        if run.answer(chosen).right:
            say(TermMsg.RIGHT)
        else:
            say(TermMsg.WRONG.format(letter=posed.answer_letter), *_wrap(posed.explanation, "  "))
    _report(run, say)
    return run.score()


def _report(run: QuizRun, say: Callable[..., None]) -> None:
    score = run.score()
    say("")
    if not run.finished:
        say(TermMsg.STOPPED.format(answered=score.answered, total=score.total))
    if not score.answered:
        say(TermMsg.NOTHING_ANSWERED)
        return
    say(TermMsg.SCORE.format(right=score.right, answered=score.answered, percent=score.percent))
    wrong = run.wrong()
    if not wrong:
        say(TermMsg.ALL_RIGHT)
        return
    say("", TermMsg.REVIEW.format(count=len(wrong)))
    for number, response in enumerate(wrong, 1):
        posed = response.posed
        head = TermMsg.REVIEW_QUESTION.format(number=number, id=posed.id, question=posed.text)
        yours = TermMsg.YOUR_ANSWER.format(letter=response.chosen_letter, text=response.chosen_text)
        right = TermMsg.RIGHT_ANSWER.format(letter=posed.answer_letter, text=posed.answer_text)
        say(
            "",
            *_wrap(head, hang=REVIEW_INDENT),
            *_wrap(yours, REVIEW_INDENT, ANSWER_HANG),
            *_wrap(right, REVIEW_INDENT, ANSWER_HANG),
            *_wrap(posed.explanation, REVIEW_INDENT),
        )
