"""The text tools' shared parts: the BRE/ERE translator, sort, uniq, cut and tr as
functions on whole texts, and their laws (hypothesis)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zonetui.sim.commands.regex import RegexError, bre_to_python, compile_bre, compile_ere
from zonetui.sim.commands.sortcut import _cut_list, _cut_text, _Key, _Sorting, _uniq_lines
from zonetui.sim.commands.tr import TrError, translate

# --- the translator ------------------------------------------------------------------

BRE_CASES = [
    # (pattern, line, matches)
    ("a*b", "xb", True),
    ("*a", "x*a", True),  # a leading '*' is an ordinary character
    ("*a", "xa", False),
    ("^*x", "*x", True),
    (r"\(ab\)*c", "ababc", True),
    (r"a\{2,3\}", "xaax", True),
    (r"a\{2,3\}", "xax", False),
    ("x$y", "x$y", True),  # '$' in the middle is ordinary
    ("a+b", "a+b", True),  # '+', '?', '|' are ordinary in a BRE
    ("a+b", "aab", False),
    ("a|b", "a", False),
    ("[]a]", "]", True),
    ("[^-a]", "-", False),
    ("[[:digit:]][[:alpha:]]", "x1y", True),
    (r"\<zone\>", "zoned", False),
    (r"\<zone\>", "a zone b", True),
    (r"\(a\)\1", "aa", True),
    (r"\(a\)\1", "ab", False),
    ("a**", "aaa", True),
    (".", "", False),
    ("^$", "", True),
    ("[&&]", "&", True),
]


@pytest.mark.parametrize(("pattern", "line", "expected"), BRE_CASES)
def test_basic_res_mean_what_solaris_grep_means(pattern: str, line: str, expected: bool) -> None:
    assert (compile_bre(pattern).search(line) is not None) is expected


ERE_CASES = [
    ("a+|b?c", "aa", True),
    ("(ab)+c*", "abab", True),
    ("^(web|db)[0-9]$", "web1", True),
    ("^(web|db)[0-9]$", "web12", False),
    ("a{2}", "aa", True),
    ("a{2}", "a{2}", False),
    ("x+*", "xx", True),
    ("*a", "*a", True),
    ("()", "", True),
]


@pytest.mark.parametrize(("pattern", "line", "expected"), ERE_CASES)
def test_extended_res(pattern: str, line: str, expected: bool) -> None:
    assert (compile_ere(pattern).search(line) is not None) is expected


def test_old_egrep_has_no_intervals() -> None:
    assert compile_ere("a{2}", intervals=False).search("a{2}")
    assert not compile_ere("a{2}", intervals=False).search("aa")


@pytest.mark.parametrize(
    ("pattern", "code"),
    [
        (r"\(a", 42),
        (r"a\)", 42),
        ("[abc", 49),
        (r"a\{3,1\}", 46),
        (r"a\{1,2,3\}", 44),
        (r"a\{1", 45),
        (r"a\{x\}", 16),
        (r"a\{300\}", 11),
        (r"\(a\)\2", 25),
        ("\\(" * 10 + "a" + "\\)" * 10, 43),
    ],
)
def test_malformed_basic_res_carry_regexp_h_numbers(pattern: str, code: int) -> None:
    with pytest.raises(RegexError) as raised:
        bre_to_python(pattern)
    assert raised.value.code == code


SPECIALS = st.text(alphabet="ab.*^$[]{}()\\+?|-:,12", max_size=12)


@given(SPECIALS)
def test_the_translator_never_crashes(pattern: str) -> None:
    """Any pattern either compiles to a Python pattern or is refused with a number."""
    for compile_one in (compile_bre, compile_ere):
        try:
            compile_one(pattern).search("ab.*^$[]{}()+?|-:,12")
        except RegexError as error:
            assert isinstance(error.code, int)


@given(
    st.text(alphabet="abcxyz019 _=,/@#", max_size=8), st.text(alphabet="abcxyz019 ", max_size=20)
)
def test_a_pattern_without_special_characters_is_a_literal(pattern: str, line: str) -> None:
    assert (compile_bre(pattern).search(line) is not None) == (pattern in line)
    assert (compile_ere(pattern).search(line) is not None) == (pattern in line)


@given(st.text(max_size=10), st.text(max_size=20))
def test_an_escaped_pattern_is_a_literal(pattern: str, line: str) -> None:
    """Every character behind a backslash (outside digits, <, >, (, ), { and n) stands
    for itself in a basic RE."""
    escaped = "".join(
        c if c.isalnum() and c not in "n" else ("\\" + c if c not in "0123456789<>(){}n" else c)
        for c in pattern
    )
    assert (compile_bre(escaped).search(line) is not None) == (pattern in line)


# --- sort, uniq, cut, tr -------------------------------------------------------------

LINES = st.lists(st.text(alphabet="ab 12:\t", max_size=8), max_size=30)


def _sorting(keys: list[_Key] | None = None, **kw: object) -> _Sorting:
    base: dict = {"keys": keys or [], "tab": None, "unique": False, "reverse": False}
    base["global_flags"] = ""
    base.update(kw)
    return _Sorting(**base)


@given(LINES)
def test_sort_is_idempotent_and_a_permutation(lines: list[str]) -> None:
    for sorting in (
        _sorting(),
        _sorting(reverse=True, global_flags="r"),
        _sorting(global_flags="n"),
        _sorting([_Key(1, flags="n"), _Key(0, end_field=0)], tab=":"),
    ):
        once = sorting.sort(lines)
        assert sorted(once) == sorted(lines)
        assert sorting.sort(once) == once


@given(LINES)
def test_plain_sort_orders_by_bytes(lines: list[str]) -> None:
    assert _sorting().sort(lines) == sorted(lines, key=lambda s: s.encode())


@given(LINES)
def test_uniq_after_sort_is_sort_u(lines: list[str]) -> None:
    sorted_lines = _sorting().sort(lines)
    assert _uniq_lines(sorted_lines, "", 0, 0) == "".join(
        line + "\n" for line in _sorting(unique=True).sort(lines)
    )
    counted = _uniq_lines(sorted_lines, "c", 0, 0).splitlines()
    assert sum(int(row[:4]) for row in counted) == len(lines)


@given(st.lists(st.text(alphabet="ab12", max_size=4), min_size=1, max_size=6))
def test_cut_of_every_field_gives_the_line_back(fields: list[str]) -> None:
    line = ":".join(fields)
    everything = _cut_list(f"1-{len(fields)}")
    assert _cut_text(line + "\n", "f", everything, ":", False) == line + "\n"
    assert _cut_text(line + "\n", "f", _cut_list("1"), ":", False) == fields[0] + "\n"


def test_cut_lists_merge_and_sort() -> None:
    assert _cut_list("7-,1,3-5,4") == [(1, 1), (3, 5), (7, 2**31 - 1)]
    with pytest.raises(ValueError, match="increasing"):
        _cut_list("5-3")


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz \n", max_size=40))
def test_tr_upper_then_lower_is_the_identity_on_lower_case(text: str) -> None:
    shouted = translate(text, "[a-z]", "[A-Z]", False, False, False)
    assert shouted == text.upper()
    assert translate(shouted, "[:upper:]", "[:lower:]", False, False, False) == text


@given(st.text(alphabet="ab \n", max_size=40))
def test_tr_squeeze_leaves_no_run(text: str) -> None:
    squeezed = translate(text, " ", None, False, False, True)
    assert "  " not in squeezed
    assert squeezed.replace(" ", "") == text.replace(" ", "")


@pytest.mark.parametrize(
    ("args", "text", "expected"),
    [
        # /usr/bin/tr has ranges only in brackets: a bare a-z is a, - and z
        (("a-z", "A-Z"), "a-m-z", "A-m-Z"),
        (("[a-z]", "[A-Z]"), "a-m-z", "A-M-Z"),
        # a short string2 leaves the rest of string1 alone (no padding)
        (("abc", "x"), "abc", "xbc"),
        # [c*] repeats c for as many characters as string1 has
        (("[a-z]", "[x*]"), "hello", "xxxxx"),
        (("[a-c]", "[x*2]y"), "abcd", "xxyd"),
        ((r"\141", "A"), "banana", "bAnAnA"),  # octal
        (("[=a=]", "b"), "a", "b"),
        (("[:digit:]", "[#*]"), "a1b22", "a#b##"),
        (("[", "x"), "a[b", "axb"),  # a '[' that opens nothing is itself
    ],
)
def test_tr_strings_as_the_system_v_tr_reads_them(args, text: str, expected: str) -> None:
    assert translate(text, args[0], args[1], False, False, False) == expected


def test_tr_complement_maps_in_byte_order_until_string2_runs_out() -> None:
    assert translate("ab\n", "[a-z]", "_", True, False, False) == "ab\n"
    assert translate("a-b c\n", "[a-z]", "[_*]", True, False, False) == "a_b_c_"
    assert translate("a-b c\n", "[a-z]\n", None, True, True, False) == "abc\n"


@pytest.mark.parametrize(
    ("string1", "string2", "message"),
    [
        ("[:nope:]", None, "tr: Bad string between [ and ]."),
        ("[z-a]", None, "tr: Range endpoints out of order."),
        ("[x*3]", None, "tr: Character repetition in String1"),
    ],
)
def test_tr_refuses_bad_strings(string1: str, string2: str | None, message: str) -> None:
    with pytest.raises(TrError, match=re.escape(message)):
        translate("", string1, string2, False, False, False)


def test_xargs_quotes_arguments_for_the_shell(sh) -> None:
    """Input never becomes shell syntax: `;` and `$` reach the command as words."""
    sh("cat > /tmp/in <<'END'")
    sh("a;b $HOME `x`")
    sh("END")
    assert sh("xargs -n 1 echo < /tmp/in") == "a;b\n$HOME\n`x`\n"


def test_grep_reads_standard_input_of_a_terminal(tty) -> None:
    """A terminal's lines arrive one by one until end of input (^D)."""
    tty.console.feed("grep b")
    tty.console.feed("abc")
    tty.console.feed("xyz")
    events = tty.console.feed(None)
    assert ("out", "abc\n") in events
    assert tty.status == 0


def test_head_stops_reading_a_terminal_once_it_has_its_lines(tty) -> None:
    tty.console.feed("head -1")
    events = tty.console.feed("first")
    assert ("out", "first\n") in events
    assert tty("echo next") == "next\n"  # the shell reads its next command


def test_more_without_a_file_on_a_terminal_has_nothing_to_page(tty) -> None:
    assert tty("more") == (
        "Usage: more [-cdflrsuw] [-lines] [+linenumber] [+/pattern] [filename ...].\n"
    )
    assert tty.status == 1


def test_regex_module_compiles_once() -> None:
    assert compile_bre("abc") is compile_bre("abc")
    assert isinstance(compile_bre("abc"), re.Pattern)
