"""Input and output of simulated commands.

Commands are plain functions or generators. A command that reads a line does
``line = yield from inv.stdin.readline(prompt)``: input from a redirection or a
here-document is answered at once; otherwise the request travels up to whoever
drives the shell (a script, the TUI console, a terminal) as a `ReadLine`.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass, field


@dataclass(slots=True)
class ReadLine:
    """A request for the next input line. `question` marks a question (tool output);
    `secret` one whose answer a terminal does not echo (a password); `complete`, when the
    reading tool offers it, completes a partly typed line. (Not frozen, though nothing
    changes it: one is made for every line read, and a frozen one costs three times as
    much to make.)"""

    prompt: str
    question: bool = False
    complete: Callable[[str], list[str]] | None = field(default=None, compare=False)
    secret: bool = False


Reader = Generator[ReadLine, "str | None", "str | None"]
Completer = Callable[[str], list[str]]


class Input:
    """Where a command's standard input comes from."""

    terminal: bool = False

    def readline(
        self,
        prompt: str = "",
        question: bool = False,
        complete: Completer | None = None,
        secret: bool = False,
    ) -> Reader:
        """The next line without its newline, or None at end of input."""
        raise NotImplementedError
        yield  # pragma: no cover - makes this a generator


class TextInput(Input):
    """Input from a file, a here-document, a pipe or /dev/null: not a terminal. It
    holds the text as it is (a pipe carries bytes): `readline` gives it line by line
    (split at newlines only), `read_all` what is left, exactly."""

    terminal = False

    def __init__(self, text: str) -> None:
        self._text = text
        self._pos = 0

    def readline(
        self,
        prompt: str = "",
        question: bool = False,
        complete: Completer | None = None,
        secret: bool = False,
    ) -> Reader:
        text, pos = self._text, self._pos
        if pos >= len(text):
            return None
        end = text.find("\n", pos)
        if end < 0:
            self._pos = len(text)
            return text[pos:]
        self._pos = end + 1
        return text[pos:end]
        yield  # pragma: no cover

    def read_all(self) -> str:
        """The rest of the input, as it is."""
        rest = self._text[self._pos :]
        self._pos = len(self._text)
        return rest


class DriverInput(Input):
    """Input that comes from whoever drives the shell, line by line."""

    def __init__(self, terminal: bool) -> None:
        self.terminal = terminal

    def readline(
        self,
        prompt: str = "",
        question: bool = False,
        complete: Completer | None = None,
        secret: bool = False,
    ) -> Reader:
        return (yield ReadLine(prompt, question, complete, secret))


@dataclass
class Transcript:
    """Output events in terminal order: (stream, text) with stream 'out' or 'err'."""

    events: list[tuple[str, str]] = field(default_factory=list)

    def drain(self) -> list[tuple[str, str]]:
        events, self.events = self.events, []
        return events


class Sink:
    """A destination for one output stream of one command; `terminal` is isatty()."""

    def __init__(self, write: Callable[[str], None], terminal: bool = False) -> None:
        self.write = write
        self.terminal = terminal


def terminal_sink(transcript: Transcript, stream: str, terminal: bool = True) -> Sink:
    """Output that goes to the front end (a terminal unless it is a pipe or a file)."""
    return Sink(lambda text: transcript.events.append((stream, text)) if text else None, terminal)


class BufferSink(Sink):
    """Collects output for a `> file` redirection, written when the command ends."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        super().__init__(self.parts.append)

    @property
    def text(self) -> str:
        return "".join(self.parts)
