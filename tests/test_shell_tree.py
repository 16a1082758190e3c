"""The shell's syntax tree: printed back it parses to itself, the parser refuses token
soup only with its own errors, and every simple command of a tree is found (labs)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zonetui.labs.rules import commands_of
from zonetui.shell.lexer import NeedMore, ShellSyntaxError, parse
from zonetui.shell.tree import ParsedLine, simple_commands, unparse_list

WORDS = st.sampled_from(
    [
        "a",
        "zoneadm",
        "-z",
        '"b c"',
        "'d e'",
        "$x",
        '"$x"',
        "${y}",
        "${y:-z}",
        '"${y:=w v}"',
        "${1}",
        "$#",
        '"$@"',
        "$(echo q)",
        '"$(echo q r)"',
        "`echo e`",
        "*",
        "\\;",
        "x\\ y",
        "'it''s'",
        "''",
    ]
)


@st.composite
def simple(draw) -> str:
    words = draw(st.lists(WORDS, min_size=1, max_size=3))
    if draw(st.booleans()):
        words.insert(0, "v=" + draw(WORDS))
    if draw(st.booleans()):
        words.append(draw(st.sampled_from(["> f", ">> f", "2>&1", "< g", "2> e"])))
    return " ".join(words)


def compound(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    body = st.lists(inner, min_size=1, max_size=3).map("\n".join)
    return st.one_of(
        st.tuples(inner, inner).map(lambda t: f"{t[0]} | {t[1]}"),
        st.tuples(inner, st.sampled_from(["&&", "||"]), inner).map(" ".join),
        st.tuples(body, body).map(lambda t: f"if {t[0]}\nthen {t[1]}\nfi"),
        st.tuples(body, body, body).map(lambda t: f"if {t[0]}; then {t[1]}; else {t[2]}; fi"),
        st.tuples(st.lists(WORDS, max_size=3), body).map(
            lambda t: f"for i in {' '.join(t[0])}\ndo\n{t[1]}\ndone"
        ),
        st.tuples(st.sampled_from(["while", "until"]), body, body).map(
            lambda t: f"{t[0]} {t[1]}\ndo {t[2]}\ndone"
        ),
        st.tuples(WORDS, body).map(lambda t: f"case {t[0]} in\na|b*) {t[1]};;\n*) ;;\nesac"),
        body.map(lambda b: "{ " + b + "\n}"),
        body.map(lambda b: "( " + b + " )"),
        body.map(lambda b: "f() {\n" + b + "\n} > out"),
    )


SCRIPTS = st.recursive(simple(), compound, max_leaves=8)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(SCRIPTS)
def test_printed_back_a_tree_parses_to_itself(text: str) -> None:
    parsed = parse(text)
    again = parse(unparse_list(parsed.commands))
    assert again.commands == parsed.commands


TOKENS = st.sampled_from(
    [
        *"|;&()`'\"\\$<>^{}\n",
        "&&",
        "||",
        ";;",
        "if",
        "then",
        "elif",
        "else",
        "fi",
        "for",
        "in",
        "do",
        "done",
        "while",
        "until",
        "case",
        "esac",
        "{",
        "}",
        "a",
        "b)",
        "f()",
        "$(",
        "${A:-",
        "}",
        "2>&1",
        "<<",
        "$((",
        "#",
        "*",
        "=",
    ]
)


@settings(max_examples=500, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(TOKENS, max_size=25), st.lists(st.sampled_from([" ", "", "\n"]), max_size=25))
def test_token_soup_parses_or_is_refused_in_the_shells_words(
    tokens: list[str], gaps: list[str]
) -> None:
    text = "".join(t + (gaps[i] if i < len(gaps) else " ") for i, t in enumerate(tokens))
    try:
        parsed = parse(text)
    except NeedMore as need:
        assert need.reason in ("quote", "backslash", "operator", "construct")
        return
    except ShellSyntaxError as error:
        assert str(error).startswith("sh: ")
        return
    assert isinstance(parsed, ParsedLine)
    assert parse(unparse_list(parsed.commands)).commands == parsed.commands


def test_every_simple_command_is_found_in_loops_and_substitutions() -> None:
    text = "for d in `ldm ls`; do if a; then ldm add-core 1 $d; fi; done | b $(c ${X:-$(d)})"
    names = [c.words[0].parts[0].text for c in simple_commands(parse(text).commands)]  # type: ignore[union-attr]
    assert names == ["ldm", "a", "ldm", "b", "c", "d"]


def test_a_lab_sees_a_disabled_command_inside_a_loop() -> None:
    assert commands_of("for d in x; do ldm add-core 1 x; done") == [["ldm", "add-core", "1", "x"]]
