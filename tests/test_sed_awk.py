"""sed, nawk and awk: the laws they keep on any input, the translators' and parsers'
totality on any text, and the behaviours the transcripts do not show."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.test_files_commands import Terminal
from zonetui.sim.commands.awk.errors import AwkFatal, compile_ere
from zonetui.sim.commands.awk.interpreter import Files, Runtime, run
from zonetui.sim.commands.awk.parser import AwkSyntaxError, parse
from zonetui.sim.commands.regex import bre_to_python
from zonetui.sim.commands.sed import SedError, compile_script

# a line of input: anything but a newline (and NUL, which no text file holds)
LINE = st.text(st.characters(exclude_characters="\n\x00", codec="utf-8"), max_size=30)
TEXT = st.lists(LINE, max_size=8).map(lambda lines: "".join(line + "\n" for line in lines))
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _run_with_input(term: Terminal, command: str, text: str) -> tuple[str, str, int]:
    term.fs.write("/tmp/input", text)
    return term.run(f"{command} /tmp/input")


@pytest.fixture(scope="module")
def term() -> Terminal:
    return Terminal()


# --- laws -----------------------------------------------------------------------------


@FAST
@given(text=TEXT)
def test_sed_n_p_is_the_identity(term: Terminal, text: str) -> None:
    assert _run_with_input(term, "sed -n p", text) == (text, "", 0)


@FAST
@given(text=TEXT)
def test_sed_substituting_a_letter_for_itself_everywhere_is_the_identity(
    term: Terminal, text: str
) -> None:
    assert _run_with_input(term, "sed s/x/x/g", text) == (text, "", 0)


@FAST
@given(text=TEXT)
def test_nawk_print_is_the_identity(term: Terminal, text: str) -> None:
    assert _run_with_input(term, "nawk '{print}'", text) == (text, "", 0)


@FAST
@given(text=TEXT)
def test_nawk_counts_the_lines_wc_would(term: Terminal, text: str) -> None:
    out, err, status = _run_with_input(term, "nawk 'END { print NR }'", text)
    assert (out, err, status) == (f"{text.count(chr(10))}\n", "", 0)


def test_sed_l_folds_before_column_72_and_spells_controls_as_sed1_c(term: Terminal) -> None:
    line = "x" * 80 + "\t\x01\n"
    out, err, status = _run_with_input(term, "sed -n l", line)
    assert (out, err, status) == ("x" * 71 + "\\\n" + "x" * 9 + "->\\001\n", "", 0)


def test_sed_drops_an_incomplete_last_line(term: Terminal) -> None:
    """sed1.c's gline returns no line for text after the last newline."""
    assert _run_with_input(term, "sed p", "one\ntwo") == ("one\none\n", "", 0)


# --- totality --------------------------------------------------------------------------

AWKISH = st.lists(
    st.sampled_from(list("{}()[];,$/\"\\\n =<>!~+-*%^?:&|#abxyzNF0123.") + ["BEGIN", "END",
                    "print", "printf", "function", "getline", "in", "if", "else", "while",
                    "for", "do", "delete", "next", "exit", "return", "length"]),
    max_size=40,
).map("".join)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(program=st.one_of(AWKISH, st.text(max_size=40)), old=st.booleans())
def test_the_awk_parser_raises_nothing_but_its_syntax_error(program: str, old: bool) -> None:
    try:
        parse(program, old=old)
    except AwkSyntaxError as e:
        assert e.lines
        prefix = "awk: " if old else "nawk: "
        assert e.lines[0].startswith(prefix)


SEDISH = st.text(st.sampled_from(list("sypdqgGhHxnNDP=:btaic{}!;,$/\\\n 12abx.*[]^&")), max_size=30)


@settings(max_examples=400, deadline=None)
@given(script=st.one_of(SEDISH, st.text(max_size=30)))
def test_the_sed_compiler_raises_nothing_but_its_error(script: str) -> None:
    try:
        compile_script([("e", script)])
    except SedError as e:
        assert str(e)


REGEXISH = st.lists(
    st.sampled_from(list("ab.*+?|()[]{}^$\\,:1-0<>/nt") + ["[:digit:]"]), max_size=20
).map("".join)


@settings(max_examples=500, deadline=None)
@given(pattern=st.one_of(REGEXISH, st.text(max_size=20)))
def test_an_awk_regular_expression_compiles_or_is_nawks_error(pattern: str) -> None:
    try:
        compile_ere(pattern)
    except AwkFatal as e:
        assert e.text.startswith("syntax error in regular expression")


@settings(max_examples=300, deadline=None)
@given(literal=st.text(max_size=10), subject=st.text(max_size=20))
def test_an_escaped_literal_matches_where_find_does(literal: str, subject: str) -> None:
    """In sed (a BRE) and in nawk (an ERE with awk's string escapes)."""
    bre = "".join("\\" + c if c in ".*[]^$\\" else c for c in literal)
    awk = "".join("\\" + c if c in ".*[]^$\\+?|(){}/" else c for c in literal)
    awk = awk.replace("\n", "\\n").replace("\t", "\\t")
    want = literal in subject
    assert (re.search(bre_to_python(bre), subject) is not None) == want
    if not any(c in literal for c in "ntrfbva01234567"):  # \n is a newline in awk
        assert (compile_ere(awk).search(subject) is not None) == want


def test_awk_string_escapes_in_a_regular_expression() -> None:
    assert compile_ere("a\\tb").search("a\tb")
    assert compile_ere("x\\/y").search("x/y")
    assert compile_ere("a\\.b").search("a.b") and not compile_ere("a\\.b").search("axb")
    assert compile_ere("a{2}").search("a{2}")  # nawk has no intervals


# --- the engine -----------------------------------------------------------------------


def _nawk(program: str, text: str) -> str:
    rt = Runtime(parse(program), Files(), "nawk", [], {}, text, 0.0)
    run(rt, True)
    return "".join(rt.out)


@pytest.mark.parametrize(
    ("program", "text", "expected"),
    [
        # the END action sees $0 and NF reset (autoconf's note on Solaris 10 nawk)
        ('{ t = $1 } END { print "a", $1, NF, "b", t }', "1\n", "a  0 b 1\n"),
        # a field that looks numeric compares as a number, a constant string as a string
        ('{ print ($1 < $2), ("10" < "9") }', "10 9\n", "0 1\n"),
        # FS changed in an action splits the next record, not this one
        ('{ FS = ":"; print $1 }', "a:b c\nd:e f\n", "a:b\nd\n"),
        # integers print without decimals, others with OFMT
        ("BEGIN { print 2^53, 0.1, 1/4 }", "", "9007199254740992 0.1 0.25\n"),
        # tran.c prints a whole number with %.20g: 1e17 in full, and -0 as -0
        ("BEGIN { print 1e17, -0, 2^63 }", "", "100000000000000000 -0 9.22337e+18\n"),
        # gsub: no empty match right after a match
        ('{ gsub(/x*/, "-"); print }', "abc\nxab\n", "-a-b-c-\n-a-b-\n"),
        # substr rounds as run.c does: a start below 1 counts from 1
        ('BEGIN { print substr("hello", 0, 2) substr("hello", -1) }', "", "hehello\n"),
        # uninitialised compares equal to both 0 and ""
        ('BEGIN { print (x == 0), (x == ""), length(x) }', "", "1 1 0\n"),
        # FS " " splits on blanks, tabs and newlines only: a CR stays in the last field
        ("{ print NF, length($NF) }", "a b\r\n", "2 2\n"),
        # Solaris nawk converts numbers with OFMT; CONVFMT is an ordinary variable
        ('BEGIN { OFMT = "%.2f"; CONVFMT = "%.4f"; x = 3.14159 ""; print x }', "", "3.14\n"),
        # printf's conversions as C's: %#o is a leading 0, not Python's 0o
        (
            'BEGIN { printf "%#o|%#x|%+d|%5.1f|%-3s|\\n", 8, 255, 5, 2.25, "a" }',
            "",
            "010|0xff|+5|  2.2|a  |\n",
        ),
        # an exit in BEGIN skips END in nawk
        ('BEGIN { exit 3 } END { print "end" }', "", ""),
    ],
)
def test_nawk_semantics(program: str, text: str, expected: str) -> None:
    assert _nawk(program, text) == expected


def test_nawk_exit_status_is_exits_value(term: Terminal) -> None:
    assert term.run("nawk 'BEGIN { exit 3 }'") == ("", "", 3)


def test_a_hundred_thousand_records_through_a_counting_program() -> None:
    """The closures handle the issue's program over 100,000 lines (the time is in
    bench/RESULTS.md: this only checks the result)."""
    text = "".join(f"u{i % 7} x\n" for i in range(100_000))
    out = _nawk("{ n[$1]++ } END { for (k in n) print k, n[k] }", text)
    assert sorted(out.splitlines()) == [f"u{i} {len(range(i, 100_000, 7))}" for i in range(7)]


def test_sed_and_the_awks_complete_file_operands(term: Terminal) -> None:
    term.fs.write("/tmp/zones.txt", "x\n")
    for tool in ("sed p", "nawk '{print}'", "awk '{print}'"):
        assert term.console.complete(f"{tool} /tmp/zon")[1] == ["/tmp/zones.txt"]
    assert term.console.complete("sed -")[1] == []


def test_nawk_keeps_what_it_wrote_to_a_file_before_a_fatal_error(term: Terminal) -> None:
    out, err, status = term.run('nawk \'BEGIN { print "kept" > "/tmp/log"; x = 1 / 0 }\'')
    assert (status, term.fs.read("/tmp/log")) == (2, "kept\n")
