"""Every string the concept quiz shows: `zonetui quiz` on a terminal and the TUI's screen.

zonetui's own wording (no real tool prints these), kept here so that a wording fix never
touches logic. The questions themselves are data: quiz.toml.
"""

from __future__ import annotations


class Cli:
    """`zonetui quiz`: its argparse help, its refusals, and the listing of topics."""

    HELP = "a concept quiz: virtualization, zones, LDoms and CMT"
    DESCRIPTION = (
        "Multiple-choice questions, in random order, on what zonetui simulates: the kinds "
        "of virtualization, hypervisors, Intel VT and AMD-V, Xen, KVM and QEMU, zones, "
        "Logical Domains and the CMT chips. Answer each with its letter; ^D stops early. "
        "At the end: the score, then the wrong answers with their explanations."
    )
    EXAM_HELP = "draw N questions (default: every question of the chosen topics)"
    SEED_HELP = "the same seed draws the same questions, in the same order"
    TOPIC_HELP = "only questions on topic T; may be repeated (--list-topics names them)"
    LIST_TOPICS_HELP = "list the topics and how many questions each holds"

    REFUSED = "zonetui quiz: {reason}"
    TOPIC_ROW = "{topic:<{width}}  {count:>3}  {title}"


class Draw:
    """Why a draw cannot be made (the reason part of Cli.REFUSED; the TUI shows it whole)."""

    NOT_A_NUMBER = "--exam takes a whole number of questions, not '{text}'"
    TOO_FEW = "cannot draw {count} questions: ask for at least 1"
    TOO_MANY = "cannot draw {count} questions: the bank holds {available}"
    TOO_MANY_ON_TOPIC = "cannot draw {count} questions: topic {topics} holds {available}"
    TOO_MANY_ON_TOPICS = "cannot draw {count} questions: topics {topics} hold {available}"
    TOPIC_SEPARATOR = ", "
    UNKNOWN_TOPIC = "no topic '{topic}' (zonetui quiz --list-topics lists them)"


class Bank:
    """A question bank that does not load (a mistake in quiz.toml, caught by the tests)."""

    UNREADABLE = "{source}: {error}"
    DUPLICATE_ID = "question id {id!r} is used more than once"
    UNKNOWN_TOPIC = "question {id!r}: topic {topic!r} is not in [topics]"
    EMPTY_TOPIC = "topic {topic!r} has no questions"
    DUPLICATE_CHOICE = "the same choice is given twice: {choice!r}"
    BAD_LETTER = "answer {answer!r} is not a letter from a to {last}"
    OUT_OF_RANGE = "answer {answer!r} is not one of the {count} choices"


class Terminal:
    """The quiz as a conversation on the terminal (stdin may be a file: tests use one)."""

    INTRO = "Concept quiz: {count} {questions}. Answer with a letter; ^D stops early."
    QUESTION = "question"
    QUESTIONS = "questions"
    HEADING = "Question {number} of {total} · {topic}"
    CHOICE = "  {letter}) {text}"
    PROMPT = "Your answer ({first}-{last}): "
    INVALID = "Please answer with one letter, from {first} to {last}."
    RIGHT = "Right."
    WRONG = "Wrong. The answer is {letter}."
    STOPPED = "Stopped after {answered} of {total} questions."
    NOTHING_ANSWERED = "No question was answered."
    SCORE = "Score: {right}/{answered} ({percent}%)"
    ALL_RIGHT = "No wrong answers."
    REVIEW = "Review of the wrong answers ({count}):"
    REVIEW_QUESTION = "{number}. [{id}] {question}"
    YOUR_ANSWER = "Your answer:  {letter}) {text}"
    RIGHT_ANSWER = "Right answer: {letter}) {text}"


class Screen:
    """The TUI's quiz screen."""

    TITLE = "Concept quiz"
    HEADING = "Question {number} of {total} · {topic}"
    CHOICE = "{letter}) {text}"
    RIGHT_MARK = "  ✔"
    WRONG_MARK = "  ✘"
    ANSWER_HINT = "Press a letter from {first} to {last}, or choose with ↑ ↓ and enter."
    RIGHT = "Right."
    WRONG = "Wrong. The answer is {letter}) {text}"
    NEXT_HINT = "Press enter for the next question."
    LAST_HINT = "Press enter to see your score."
    SCORE = "Score: {right}/{answered} ({percent}%)"
    NOTHING_ANSWERED = "No question was answered."
    ALL_RIGHT = "No wrong answers."
    REVIEW = "Review of the wrong answers ({count}):"
    REVIEW_QUESTION = "{number}. {question}"
    YOUR_ANSWER = "Your answer: {letter}) {text}"
    RIGHT_ANSWER = "Right answer: {letter}) {text}"
    DONE_HINT = "Press escape to leave the quiz."

    # bindings (their descriptions in the footer)
    ANSWER = "Answer"
    NEXT = "Next"
    LEAVE = "Leave quiz"
