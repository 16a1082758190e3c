"""The concept quiz as a screen: the same engine as `zonetui quiz` (zonetui/labs/quiz.py).

Open it from the app with, for example::

    self.push_screen(QuizScreen(count=10), callback)   # callback receives the Score

A question shows its choices as a list; a letter key (a–e) answers, as does enter on the
highlighted choice. After an answer the screen says right or wrong with the explanation,
and enter goes on. After the last question: the score and a review of the wrong answers.
Escape leaves at any time; the screen is dismissed with the `Score` of what was answered.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList, Static

from zonetui.labs.quiz import LETTERS, QuestionBank, QuizRun, Response, Score, draw, load_bank
from zonetui.labs.quiz_messages import Screen as msg


class QuizScreen(Screen[Score]):
    """Asks the drawn questions one by one; dismissed with the Score when left.

    `count`, `seed` and `topics` are those of `zonetui quiz` (--exam, --seed, --topic);
    an impossible draw raises `zonetui.labs.quiz.DrawError` here, before the screen is
    pushed. `bank` defaults to the bank shipped with zonetui.
    """

    TITLE = msg.TITLE
    AUTO_FOCUS = "#quiz-choices"

    BINDINGS = [
        *(
            Binding(letter, f"answer('{letter}')", msg.ANSWER, show=False, id=f"quiz.{letter}")
            for letter in LETTERS
        ),
        Binding("enter", "next", msg.NEXT, id="quiz.next"),
        Binding("escape", "leave", msg.LEAVE, id="quiz.leave"),
    ]

    DEFAULT_CSS = """
    QuizScreen #quiz-body {
        padding: 1 2;
        background: $surface;
    }
    QuizScreen #quiz-heading {
        color: $text-muted;
        text-style: bold;
    }
    QuizScreen #quiz-question {
        margin: 1 0;
        text-style: bold;
    }
    QuizScreen #quiz-choices {
        height: auto;
        max-height: 12;
        border: round $primary 50%;
    }
    QuizScreen #quiz-choices:focus {
        border: round $primary;
    }
    QuizScreen #quiz-feedback {
        margin: 1 0 0 0;
    }
    QuizScreen #quiz-hint {
        margin: 1 0 0 0;
        color: $text-muted;
        text-style: italic;
    }
    QuizScreen.-finished #quiz-question, QuizScreen.-finished #quiz-choices {
        display: none;
    }
    """

    def __init__(
        self,
        count: int | None = None,
        seed: int | str | None = None,
        topics: Iterable[str] = (),
        *,
        bank: QuestionBank | None = None,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.run = QuizRun(draw(bank or load_bank(), count, seed, topics))
        self.last: Response | None = None  # the answer just given, until enter goes on

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="quiz-body"):
            yield Static(id="quiz-heading", markup=False)
            yield Static(id="quiz-question", markup=False)
            yield OptionList(id="quiz-choices", markup=False)
            yield Static(id="quiz-feedback", markup=False)
            yield Static(id="quiz-hint", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self._show_question()

    # -- what the screen shows -------------------------------------------------------

    @property
    def waiting_for_answer(self) -> bool:
        return self.last is None and not self.run.finished

    def _show_question(self) -> None:
        posed = self.run.current
        if posed is None:
            self._show_results()
            return
        heading = msg.HEADING.format(
            number=self.run.number, total=self.run.total, topic=posed.topic_title
        )
        self.query_one("#quiz-heading", Static).update(heading)
        self.query_one("#quiz-question", Static).update(posed.text)
        choices = self.query_one("#quiz-choices", OptionList)
        choices.set_options(
            msg.CHOICE.format(letter=letter, text=text)
            for letter, text in zip(posed.letters, posed.choices, strict=True)
        )
        choices.disabled = False
        choices.highlighted = 0
        choices.focus()
        self.query_one("#quiz-feedback", Static).update("")
        hint = msg.ANSWER_HINT.format(first=posed.letters[0], last=posed.letters[-1])
        self.query_one("#quiz-hint", Static).update(hint)
        self.refresh_bindings()

    def _mark_choices(self, response: Response) -> None:
        """The right choice in the success colour, a wrong one chosen in the error colour,
        each with a mark for those who cannot tell the colours apart."""
        posed = response.posed
        choices = self.query_one("#quiz-choices", OptionList)
        marks = {  # a right answer is both keys: the later one wins
            response.chosen: (msg.WRONG_MARK, "$error"),
            posed.answer: (msg.RIGHT_MARK, "bold $success"),
        }
        for index, (mark, style) in marks.items():
            text = msg.CHOICE.format(letter=posed.letters[index], text=posed.choices[index])
            choices.replace_option_prompt_at_index(index, Content.styled(text + mark, style))

    def _show_feedback(self, response: Response) -> None:
        posed = response.posed
        if response.right:
            verdict = Content.styled(msg.RIGHT, "bold $success")
        else:
            wrong = msg.WRONG.format(letter=posed.answer_letter, text=posed.answer_text)
            verdict = Content.styled(wrong, "bold $error")
        feedback = Content("\n").join([verdict, Content(posed.explanation)])
        self.query_one("#quiz-feedback", Static).update(feedback)
        self._mark_choices(response)
        hint = msg.LAST_HINT if self.run.finished else msg.NEXT_HINT
        self.query_one("#quiz-hint", Static).update(hint)
        self.query_one("#quiz-choices", OptionList).disabled = True  # enter now goes on
        self.refresh_bindings()

    def _show_results(self) -> None:
        score = self.run.score()
        self.add_class("-finished")
        heading = (
            msg.SCORE.format(right=score.right, answered=score.answered, percent=score.percent)
            if score.answered
            else msg.NOTHING_ANSWERED
        )
        self.query_one("#quiz-heading", Static).update(Content.styled(heading, "bold $accent"))
        self.query_one("#quiz-feedback", Static).update(self.review())
        self.query_one("#quiz-hint", Static).update(msg.DONE_HINT)
        self.refresh_bindings()

    def review(self) -> Content:
        """The wrong answers, each with the right one and the explanation."""
        wrong = self.run.wrong()
        if not wrong:
            return Content(msg.ALL_RIGHT if self.run.responses else "")
        parts = [Content.styled(msg.REVIEW.format(count=len(wrong)), "bold")]
        for number, response in enumerate(wrong, 1):
            posed = response.posed
            parts += [
                Content(""),
                Content.styled(
                    msg.REVIEW_QUESTION.format(number=number, question=posed.text), "bold"
                ),
                Content.styled(
                    msg.YOUR_ANSWER.format(
                        letter=response.chosen_letter, text=response.chosen_text
                    ),
                    "$error",
                ),
                Content.styled(
                    msg.RIGHT_ANSWER.format(letter=posed.answer_letter, text=posed.answer_text),
                    "$success",
                ),
                Content(posed.explanation),
            ]
        return Content("\n").join(parts)

    # -- keys ------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "answer":
            return self.waiting_for_answer
        if action == "next":
            return self.last is not None
        return True

    def action_answer(self, letter: str) -> None:
        posed = self.run.current
        if posed is None or self.last is not None or letter not in posed.letters:
            return
        self._answer(posed.letters.index(letter))

    @on(OptionList.OptionSelected, "#quiz-choices")
    def _choice_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if self.waiting_for_answer:
            self._answer(event.option_index)

    def _answer(self, chosen: int) -> None:
        self.last = self.run.answer(chosen)
        self._show_feedback(self.last)

    def action_next(self) -> None:
        if self.last is None:
            return
        self.last = None
        self._show_question()

    def action_leave(self) -> None:
        self.dismiss(self.run.score())
