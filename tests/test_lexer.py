"""The shell lexer/parser: table-driven cases read like `sh` sessions."""

from __future__ import annotations

import shlex

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zonetui.shell.lexer import (
    AndOr,
    Literal,
    NeedMore,
    ParsedLine,
    Redirect,
    ShellSyntaxError,
    SimpleCommand,
    Var,
    Word,
    attach_heredoc,
    expand_heredoc,
    expand_value,
    expand_word,
    parse,
    read_heredoc,
)

# -- builders for expected structures ---------------------------------------------------


def Q(text: str) -> Literal:
    """A quoted literal."""
    return Literal(text, True)


def V(name: str) -> Var:
    return Var(name, False)


def QV(name: str) -> Var:
    return Var(name, True)


def W(*parts: str | Literal | Var) -> Word:
    """A word; a plain str is an unquoted literal."""
    return Word(tuple(Literal(p, False) if isinstance(p, str) else p for p in parts))


def C(
    *words: str | Word,
    assign: list[tuple[str, Word]] | None = None,
    redir: list[Redirect] | None = None,
) -> SimpleCommand:
    return SimpleCommand(
        assign or [],
        [Word.literal(w) if isinstance(w, str) else w for w in words],
        redir or [],
    )


def R(op: str, target: str | Word | None = None) -> Redirect:
    if isinstance(target, str):
        target = Word.literal(target)
    return Redirect(op, target)


def H(op: str, delimiter: str, expand: bool = True) -> Redirect:
    return Redirect(op, None, delimiter=delimiter, expand=expand)


def plain_words(text: str) -> list[Word]:
    """The unquoted words of `text`, split at single spaces."""
    return [W(w) for w in text.split(" ")]


def one(text: str) -> SimpleCommand:
    """The only simple command of `text`."""
    parsed = parse(text)
    assert len(parsed.commands) == 1
    assert parsed.commands[0].rest == []
    return parsed.commands[0].first


def argv(text: str, env: dict[str, str] | None = None, status: int = 0) -> list[str]:
    """The expanded words of the only simple command of `text`."""
    return [field for word in one(text).words for field in expand_word(word, env or {}, status)]


# -- words and quoting ------------------------------------------------------------------

WORDS = [
    # blanks
    ("echo hi", [W("echo"), W("hi")]),
    ("  echo \t hi \t ", [W("echo"), W("hi")]),
    ("echo\thi", [W("echo"), W("hi")]),
    # single quotes: everything literal, including backslash, $, # and newline
    ("echo 'a b'", [W("echo"), W(Q("a b"))]),
    ("echo '$A'", [W("echo"), W(Q("$A"))]),
    ("echo 'a\\'", [W("echo"), W(Q("a\\"))]),
    ("echo '\\n'", [W("echo"), W(Q("\\n"))]),
    ("echo '#x'", [W("echo"), W(Q("#x"))]),
    ("echo 'say \"hi\"'", [W("echo"), W(Q('say "hi"'))]),
    ("echo 'a\nb'", [W("echo"), W(Q("a\nb"))]),
    ("echo 'a\\\nb'", [W("echo"), W(Q("a\\\nb"))]),
    ("echo 'a;b&&c|d>e'", [W("echo"), W(Q("a;b&&c|d>e"))]),
    ("echo '`x`'", [W("echo"), W(Q("`x`"))]),
    ("echo ''", [W("echo"), W(Q(""))]),
    # double quotes: backslash only before $ ` " \ newline
    ('echo "a b"', [W("echo"), W(Q("a b"))]),
    ('echo "it\'s"', [W("echo"), W(Q("it's"))]),
    ('echo "a\\"b"', [W("echo"), W(Q('a"b'))]),
    ('echo "a\\\\b"', [W("echo"), W(Q("a\\b"))]),
    ('echo "\\$A"', [W("echo"), W(Q("$A"))]),
    ('echo "\\`"', [W("echo"), W(Q("`"))]),
    ('echo "a\\b"', [W("echo"), W(Q("a\\b"))]),
    ('echo "a\\nb"', [W("echo"), W(Q("a\\nb"))]),
    ('echo "\\\'"', [W("echo"), W(Q("\\'"))]),
    ('echo "a\\\nb"', [W("echo"), W(Q("ab"))]),
    ('echo "a\nb"', [W("echo"), W(Q("a\nb"))]),
    ('echo "#x"', [W("echo"), W(Q("#x"))]),
    ('echo "a;b&&c|d>e(f)"', [W("echo"), W(Q("a;b&&c|d>e(f)"))]),
    ('echo ""', [W("echo"), W(Q(""))]),
    # $(( )) is no Bourne shell syntax: inside double quotes it is plain text
    ('echo "$((x))"', [W("echo"), W(Q("$((x))"))]),
    # adjacent pieces make one word
    ("echo 'a'\"b\"c", [W("echo"), W(Q("ab"), "c")]),
    ('echo a""b', [W("echo"), W("ab")]),
    ("echo a''", [W("echo"), W("a")]),
    ('echo """"', [W("echo"), W(Q(""))]),
    ('echo "x"y"z"', [W("echo"), W(Q("x"), "y", Q("z"))]),
    # backslash outside quotes
    ("echo a\\ b", [W("echo"), W("a", Q(" "), "b")]),
    ("echo \\\\", [W("echo"), W(Q("\\"))]),
    ("echo \\'", [W("echo"), W(Q("'"))]),
    ('echo \\"', [W("echo"), W(Q('"'))]),
    ("echo \\;", [W("echo"), W(Q(";"))]),
    ("echo \\&\\&", [W("echo"), W(Q("&&"))]),
    ("echo \\|", [W("echo"), W(Q("|"))]),
    ("echo \\>f", [W("echo"), W(Q(">"), "f")]),
    ("echo \\n", [W("echo"), W(Q("n"))]),
    ("echo \\$A", [W("echo"), W(Q("$"), "A")]),
    ("echo \\`", [W("echo"), W(Q("`"))]),
    ("echo \\(\\)", [W("echo"), W(Q("()"))]),
    ("echo a\\\nb", [W("echo"), W("ab")]),
    ("echo a \\\n b", [W("echo"), W("a"), W("b")]),
    ("\\\n\\\necho a", [W("echo"), W("a")]),
    ("echo a\\\n", [W("echo"), W("a")]),
    # comments start only at the start of a word
    ("echo a#b", [W("echo"), W("a#b")]),
    ("echo a #b c", [W("echo"), W("a")]),
    ("echo a\t#b", [W("echo"), W("a")]),
    ("echo \\#b", [W("echo"), W(Q("#"), "b")]),
    ("echo a # it's \"unbalanced` | & ( \\", [W("echo"), W("a")]),
    ("echo \\\n#c", [W("echo")]),
    ("echo a\\\n#c", [W("echo"), W("a#c")]),
    ("echo $#", [W("echo"), W(V("#"))]),
    # characters with no meaning to the scanner stay literal (globbing comes later)
    (
        "echo * ? [x] ~ {a,b} ! % : , @ + - =",
        plain_words("echo * ? [x] ~ {a,b} ! % : , @ + - ="),
    ),
    ("echo héllo wörld ☃", [W("echo"), W("héllo"), W("wörld"), W("☃")]),
    ("echo hi\r", [W("echo"), W("hi\r")]),
    ("echo a\x00b \x07", [W("echo"), W("a\x00b"), W("\x07")]),
    ("echo a\fb\vc", [W("echo"), W("a\fb\vc")]),
    # variables
    ("echo $A", [W("echo"), W(V("A"))]),
    ("echo ${A}x", [W("echo"), W(V("A"), "x")]),
    ("echo $Ax", [W("echo"), W(V("Ax"))]),
    ("echo $A-x", [W("echo"), W(V("A"), "-x")]),
    ("echo $A.b", [W("echo"), W(V("A"), ".b")]),
    ("echo $_a1_", [W("echo"), W(V("_a1_"))]),
    ("echo $A$B", [W("echo"), W(V("A"), V("B"))]),
    ("echo x$A", [W("echo"), W("x", V("A"))]),
    ('echo "$A"', [W("echo"), W(QV("A"))]),
    ('echo "${A}x"', [W("echo"), W(QV("A"), Q("x"))]),
    ('echo "x$A"y', [W("echo"), W(Q("x"), QV("A"), "y")]),
    ('echo "$A"""', [W("echo"), W(QV("A"))]),
    ('echo ""$A', [W("echo"), W(Q(""), V("A"))]),
    ("echo $A''", [W("echo"), W(V("A"), Q(""))]),
    ("echo '$A'", [W("echo"), W(Q("$A"))]),
    ("echo $?", [W("echo"), W(V("?"))]),
    ("echo ${?}", [W("echo"), W(V("?"))]),
    ('echo "$?"', [W("echo"), W(QV("?"))]),
    ("echo $?x", [W("echo"), W(V("?"), "x")]),
    ("echo $??", [W("echo"), W(V("?"), "?")]),
    # $ before anything that is not a name, { or ? stands for itself
    ("echo $", [W("echo"), W("$")]),
    ("echo a$", [W("echo"), W("a$")]),
    ('echo "$"', [W("echo"), W(Q("$"))]),
    ('echo "a$ b"', [W("echo"), W(Q("a$ b"))]),
    ("echo $1 $9x", [W("echo"), W(V("1")), W(V("9"), "x")]),
    ("echo $10", [W("echo"), W(V("1"), "0")]),
    (
        "echo $$ $! $* $@ $- $= $.",
        [W("echo"), *(W(V(n)) for n in "$!*@-"), W("$="), W("$.")],
    ),
    ("echo ${1} ${#} ${@}", [W("echo"), W(V("1")), W(V("#")), W(V("@"))]),
    ("echo $é", [W("echo"), W("$é")]),
    ("echo $'x'", [W("echo"), W("$", Q("x"))]),
    ('echo $"x"', [W("echo"), W("$", Q("x"))]),
    ("echo $\\A", [W("echo"), W("$", Q("A"))]),
    ("echo $;", [W("echo"), W("$")]),
]


@pytest.mark.parametrize(("text", "words"), WORDS, ids=[repr(t) for t, _ in WORDS])
def test_words(text: str, words: list[Word]) -> None:
    command = one(text)
    assert command.words == words
    assert command.assignments == []
    assert command.redirects == []


# -- command structure: separators, and-or lists, redirections, assignments ------------

STRUCTURE = [
    ("", []),
    ("   \t ", []),
    ("# a comment", []),
    ("   # indented comment; with | & ( `", []),
    ("\n\n", []),
    ("\\\n", []),
    ("a", [AndOr(C("a"))]),
    ("a;", [AndOr(C("a"))]),
    ("a ; ", [AndOr(C("a"))]),
    ("a;b", [AndOr(C("a")), AndOr(C("b"))]),
    ("a ; b ; c;", [AndOr(C("a")), AndOr(C("b")), AndOr(C("c"))]),
    ("a;#c", [AndOr(C("a"))]),
    ("a\nb", [AndOr(C("a")), AndOr(C("b"))]),
    ("\n\na\n\n", [AndOr(C("a"))]),
    ("a;\nb", [AndOr(C("a")), AndOr(C("b"))]),
    ("a&&b", [AndOr(C("a"), [("&&", C("b"))])]),
    ("a || b", [AndOr(C("a"), [("||", C("b"))])]),
    ("a||b&&c", [AndOr(C("a"), [("||", C("b")), ("&&", C("c"))])]),
    ("a && b; c || d", [AndOr(C("a"), [("&&", C("b"))]), AndOr(C("c"), [("||", C("d"))])]),
    ("a &&\nb", [AndOr(C("a"), [("&&", C("b"))])]),
    ("a && # why\n\n b", [AndOr(C("a"), [("&&", C("b"))])]),
    ("a \\\n&& b", [AndOr(C("a"), [("&&", C("b"))])]),
    ("a&&b;", [AndOr(C("a"), [("&&", C("b"))])]),
    # redirections, with and without blanks
    ("echo hi>f", [AndOr(C("echo", "hi", redir=[R(">", "f")]))]),
    ("echo hi > f", [AndOr(C("echo", "hi", redir=[R(">", "f")]))]),
    ("echo hi >>f", [AndOr(C("echo", "hi", redir=[R(">>", "f")]))]),
    ("cat<in>out", [AndOr(C("cat", redir=[R("<", "in"), R(">", "out")]))]),
    (">f", [AndOr(C(redir=[R(">", "f")]))]),
    ("> f echo hi", [AndOr(C("echo", "hi", redir=[R(">", "f")]))]),
    ("echo >f hi", [AndOr(C("echo", "hi", redir=[R(">", "f")]))]),
    ("echo hi>f;cat f", [AndOr(C("echo", "hi", redir=[R(">", "f")])), AndOr(C("cat", "f"))]),
    ("a>f&&b", [AndOr(C("a", redir=[R(">", "f")]), [("&&", C("b"))])]),
    ("echo 2>err", [AndOr(C("echo", redir=[R("2>", "err")]))]),
    ("echo 2>>log", [AndOr(C("echo", redir=[R("2>>", "log")]))]),
    ("echo 1>f", [AndOr(C("echo", redir=[R(">", "f")]))]),
    ("echo 1>>f", [AndOr(C("echo", redir=[R(">>", "f")]))]),
    ("cat 0<f", [AndOr(C("cat", redir=[R("<", "f")]))]),
    ("echo 2 >f", [AndOr(C("echo", "2", redir=[R(">", "f")]))]),
    ("echo x2>f", [AndOr(C("echo", "x2", redir=[R(">", "f")]))]),
    ("echo 22>f", [AndOr(C("echo", "22", redir=[R(">", "f")]))]),
    ('echo "2">f', [AndOr(C("echo", W(Q("2")), redir=[R(">", "f")]))]),
    ("cmd 2>&1", [AndOr(C("cmd", redir=[R("2>&1")]))]),
    ("cmd >&2", [AndOr(C("cmd", redir=[R(">&2")]))]),
    ("cmd 1>&2", [AndOr(C("cmd", redir=[R(">&2")]))]),
    ("cmd >out 2>&1", [AndOr(C("cmd", redir=[R(">", "out"), R("2>&1")]))]),
    ("cmd 2>&1>out", [AndOr(C("cmd", redir=[R("2>&1"), R(">", "out")]))]),
    ("cmd>&2&&x", [AndOr(C("cmd", redir=[R(">&2")]), [("&&", C("x"))])]),
    ('echo >"a b"', [AndOr(C("echo", redir=[R(">", W(Q("a b")))]))]),
    ("echo > $F", [AndOr(C("echo", redir=[R(">", W(V("F")))]))]),
    ("echo > ''", [AndOr(C("echo", redir=[R(">", W(Q("")))]))]),
    ("echo >\\\nf", [AndOr(C("echo", redir=[R(">", "f")]))]),
    # assignments: only before the command name
    ("A=1", [AndOr(C(assign=[("A", W("1"))]))]),
    ("A=1 B=2 cmd", [AndOr(C("cmd", assign=[("A", W("1")), ("B", W("2"))]))]),
    ("cmd A=1", [AndOr(C("cmd", "A=1"))]),
    ("A=1 cmd B=2", [AndOr(C("cmd", "B=2", assign=[("A", W("1"))]))]),
    (">f A=1 cmd", [AndOr(C("cmd", assign=[("A", W("1"))], redir=[R(">", "f")]))]),
    ("A= cmd", [AndOr(C("cmd", assign=[("A", Word(()))]))]),
    ('A="" cmd', [AndOr(C("cmd", assign=[("A", W(Q("")))]))]),
    ("A='x y'", [AndOr(C(assign=[("A", W(Q("x y")))]))]),
    ('A="$B"c', [AndOr(C(assign=[("A", W(QV("B"), "c"))]))]),
    ("A=$B", [AndOr(C(assign=[("A", W(V("B")))]))]),
    ("A=a=b", [AndOr(C(assign=[("A", W("a=b"))]))]),
    ("A=x\\ y", [AndOr(C(assign=[("A", W("x", Q(" "), "y"))]))]),
    ("_x9=1", [AndOr(C(assign=[("_x9", W("1"))]))]),
    ("A=1;B=2", [AndOr(C(assign=[("A", W("1"))])), AndOr(C(assign=[("B", W("2"))]))]),
    ("A=1 && B=2", [AndOr(C(assign=[("A", W("1"))]), [("&&", C(assign=[("B", W("2"))]))])]),
    ("9A=1", [AndOr(C("9A=1"))]),
    ("A-B=1", [AndOr(C("A-B=1"))]),
    ("A+=1", [AndOr(C("A+=1"))]),
    ("=1", [AndOr(C("=1"))]),
    ('"A"=1', [AndOr(C(W(Q("A"), "=1")))]),
    ("A\\=1", [AndOr(C(W("A", Q("="), "1")))]),
    ("$A=1", [AndOr(C(W(V("A"), "=1")))]),
    ("é=1", [AndOr(C("é=1"))]),
]


@pytest.mark.parametrize(("text", "commands"), STRUCTURE, ids=[repr(t) for t, _ in STRUCTURE])
def test_structure(text: str, commands: list[AndOr]) -> None:
    parsed = parse(text)
    assert parsed.commands == commands
    assert parsed.heredocs == []


def test_word_literal_is_what_a_plain_word_lexes_to() -> None:
    assert one("zoneadm list -cv").words == [Word.literal(w) for w in ("zoneadm", "list", "-cv")]
    assert expand_word(Word.literal("a b"), {}, 0) == ["a b"]
    assert expand_word(Word.literal(""), {}, 0) == [""]


# -- here-documents: parsing -------------------------------------------------------------

HEREDOC_PARSE = [
    ("cat <<EOF", [H("<<", "EOF")]),
    ("cat << EOF", [H("<<", "EOF")]),
    ("cat <<'EOF'", [H("<<", "EOF", expand=False)]),
    ('cat <<"EOF"', [H("<<", "EOF", expand=False)]),
    ("cat <<\\EOF", [H("<<", "EOF", expand=False)]),
    ('cat <<E"O"F', [H("<<", "EOF", expand=False)]),
    ("cat <<EOF''", [H("<<", "EOF", expand=False)]),
    ("cat <<'END OF'", [H("<<", "END OF", expand=False)]),
    ("cat <<-EOF", [H("<<-", "EOF")]),
    ("cat <<- 'EOF'", [H("<<-", "EOF", expand=False)]),
    ("cat <<--", [H("<<-", "-")]),
    ("cat <<$X", [H("<<", "$X")]),
    ('cat <<"${X}"', [H("<<", "${X}", expand=False)]),
    ("cat 0<<EOF", [H("<<", "EOF")]),
    ("cat <<''", [H("<<", "", expand=False)]),
]


@pytest.mark.parametrize(
    ("text", "heredocs"), HEREDOC_PARSE, ids=[repr(t) for t, _ in HEREDOC_PARSE]
)
def test_heredoc_redirections(text: str, heredocs: list[Redirect]) -> None:
    parsed = parse(text)
    assert parsed.heredocs == heredocs
    assert parsed.commands == [AndOr(C("cat", redir=heredocs))]


def test_heredoc_with_other_redirections_and_commands() -> None:
    parsed = parse("cat <<EOF >out && cat <<'X' 2>&1; echo done")
    first, second = H("<<", "EOF"), H("<<", "X", expand=False)
    assert parsed == ParsedLine(
        [
            AndOr(
                C("cat", redir=[first, R(">", "out")]),
                [("&&", C("cat", redir=[second, R("2>&1")]))],
            ),
            AndOr(C("echo", "done")),
        ],
        [first, second],
    )


def test_heredocs_are_the_redirections_of_the_commands() -> None:
    parsed = parse("cat <<A <<B; cat <<C")
    docs = [r for c in parsed.commands for r in c.first.redirects]
    assert [d.delimiter for d in parsed.heredocs] == ["A", "B", "C"]
    assert all(a is b for a, b in zip(parsed.heredocs, docs, strict=True))
    attach_heredoc(parsed.heredocs[1], "body\n")
    assert parsed.commands[0].first.redirects[1].body == "body\n"


# -- here-documents: reading bodies ----------------------------------------------------

READ_HEREDOC = [
    # (op, delimiter, following lines) -> (body, consumed, terminated)
    ("<<", "EOF", ["a", "b", "EOF", "after"], ("a\nb\n", 3, True)),
    ("<<", "EOF", ["EOF"], ("", 1, True)),
    ("<<", "EOF", ["", "EOF"], ("\n", 2, True)),
    ("<<", "EOF", [], ("", 0, False)),
    ("<<", "EOF", ["a", "b"], ("a\nb\n", 2, False)),
    ("<<", "EOF", ["EOF ", " EOF", "eof", "EOFX", "EOF"], ("EOF \n EOF\neof\nEOFX\n", 5, True)),
    ("<<", "EOF", ["\tx", "\tEOF", "EOF"], ("\tx\n\tEOF\n", 3, True)),
    ("<<-", "EOF", ["\tx", "\t\ty\tz", "  sp", "\t\tEOF", "after"], ("x\ny\tz\n  sp\n", 4, True)),
    ("<<-", "EOF", [" \tEOF", "EOF"], (" \tEOF\n", 2, True)),
    ("<<", "EOF", ["a\n", "EOF\n"], ("a\n", 2, True)),
    ("<<", "EOF", ["$A `x` \\", "EOF"], ("$A `x` \\\n", 2, True)),
    ("<<", "", ["a", "", "b"], ("a\n", 2, True)),
    ("<<", "END OF", ["END", "END OF"], ("END\n", 2, True)),
]


@pytest.mark.parametrize(("op", "delimiter", "lines", "expected"), READ_HEREDOC)
def test_read_heredoc(
    op: str, delimiter: str, lines: list[str], expected: tuple[str, int, bool]
) -> None:
    assert read_heredoc(H(op, delimiter), lines) == expected


def test_read_heredoc_stops_at_the_delimiter_of_a_live_iterator() -> None:
    lines = iter(["one", "EOF", "two", "END", "rest"])
    parsed = parse("cat <<EOF; cat <<-END")
    bodies = []
    for doc in parsed.heredocs:
        body, _, terminated = read_heredoc(doc, lines)
        assert terminated
        attach_heredoc(doc, body)
        bodies.append(body)
    assert bodies == ["one\n", "two\n"]
    assert list(lines) == ["rest"]
    assert [r.body for r in parsed.commands[1].first.redirects] == ["two\n"]


def test_unterminated_heredoc() -> None:
    (doc,) = parse("cat <<EOF").heredocs
    assert read_heredoc(doc, iter(["x", "EO"])) == ("x\nEO\n", 2, False)


# -- here-documents: expanding bodies --------------------------------------------------

ENV = {"A": "alpha", "B": "two  words", "E": ""}

EXPAND_HEREDOC = [
    ("plain text\n", "plain text\n"),
    ("$A\n", "alpha\n"),
    ("${A}x $Ax\n", "alphax \n"),
    ("$B\n", "two  words\n"),
    ("[$E] [$UNSET]\n", "[] []\n"),
    ("status $? ${?}\n", "status 3 3\n"),
    ("\\$A\n", "$A\n"),
    ("\\\\$A\n", "\\alpha\n"),
    ("\\`date\\`\n", "`date`\n"),
    ("a\\\nb\n", "ab\n"),
    ("\\n \\t \\\" \\'\n", "\\n \\t \\\" \\'\n"),
    ("'$A' \"$A\"\n", "'alpha' \"alpha\"\n"),
    ("$ $1 $$ a$ ${A:-x} ${\n", "$ $1 $$ a$ ${A:-x} ${\n"),
    ("# not a comment $A\n", "# not a comment alpha\n"),
    ("ends with backslash\\", "ends with backslash\\"),
    ("", ""),
]


@pytest.mark.parametrize(("body", "expected"), EXPAND_HEREDOC)
def test_expand_heredoc(body: str, expected: str) -> None:
    assert expand_heredoc(body, True, ENV, 3) == expected


@pytest.mark.parametrize(("body", "_"), EXPAND_HEREDOC)
def test_quoted_heredoc_is_not_expanded(body: str, _: str) -> None:
    assert expand_heredoc(body, False, ENV, 3) == body


def test_heredoc_round_trip() -> None:
    lines = ["name=$A", "\tstatus=$?", "EOF"]
    for text, expected in [
        ("cat <<EOF", "name=alpha\n\tstatus=3\n"),
        ("cat <<'EOF'", "name=$A\n\tstatus=$?\n"),
        ("cat <<-EOF", "name=alpha\nstatus=3\n"),
    ]:
        (doc,) = parse(text).heredocs
        body, consumed, terminated = read_heredoc(doc, lines)
        assert (consumed, terminated) == (3, True)
        assert expand_heredoc(body, doc.expand, ENV, 3) == expected


# -- expansion -----------------------------------------------------------------------------

EXPAND = [
    # (command line, env, $?) -> argv
    ("echo $A", {"A": "x"}, ["echo", "x"]),
    ("echo $A", {"A": "a  b"}, ["echo", "a", "b"]),
    ("echo $A", {"A": " a\tb\nc "}, ["echo", "a", "b", "c"]),
    ('echo "$A"', {"A": " a\tb\nc "}, ["echo", " a\tb\nc "]),
    ("echo '$A'", {"A": "x"}, ["echo", "$A"]),
    ("echo $A", {"A": "a\rb\fc\vd\xa0e"}, ["echo", "a\rb\fc\vd\xa0e"]),
    ("echo $U", {}, ["echo"]),
    ("echo $U $U x", {}, ["echo", "x"]),
    ("echo $E", {"E": ""}, ["echo"]),
    ("echo $S", {"S": " \t\n "}, ["echo"]),
    ('echo "$U"', {}, ["echo", ""]),
    ("echo $U''", {}, ["echo", ""]),
    ('echo ""$U', {}, ["echo", ""]),
    ("echo ''", {}, ["echo", ""]),
    ('echo "" x', {}, ["echo", "", "x"]),
    ("echo x$A", {"A": " b c "}, ["echo", "x", "b", "c"]),
    ("echo x${A}y", {"A": "b c"}, ["echo", "xb", "cy"]),
    ("echo x${A}y", {"A": " "}, ["echo", "x", "y"]),
    ("echo x${U}y", {}, ["echo", "xy"]),
    ("echo $A$B", {"A": "x ", "B": " y"}, ["echo", "x", "y"]),
    ("echo $A$B", {"A": "x", "B": "y"}, ["echo", "xy"]),
    ('echo "$A"$B', {"A": "a b", "B": "c d"}, ["echo", "a bc", "d"]),
    ('echo ""$A', {"A": " b"}, ["echo", "", "b"]),
    ('echo "$A""$B"', {"A": "a ", "B": " b"}, ["echo", "a  b"]),
    ("echo $A", {"A": "*"}, ["echo", "*"]),
    ("echo $A", {"A": "$B"}, ["echo", "$B"]),
    ("echo $?", {}, ["echo", "0"]),
    ("echo $? ${?} \"$?\" '$?' \\$?", {"?": "ignored"}, ["echo", "3", "3", "3", "$?", "$?"]),
    ("echo $$ $1 $", {}, ["echo", "0", "$"]),
    ("echo a\\ b 'c d' \"e f\"", {}, ["echo", "a b", "c d", "e f"]),
    (
        'zonecfg -z $Z "set zonepath=/zones/$Z"',
        {"Z": "web1"},
        ["zonecfg", "-z", "web1", "set zonepath=/zones/web1"],
    ),
]


@pytest.mark.parametrize(("text", "env", "expected"), EXPAND, ids=[repr(c[0]) for c in EXPAND])
def test_expand(text: str, env: dict[str, str], expected: list[str]) -> None:
    status = 0 if text == "echo $?" else 3
    assert argv(text, env, status) == expected


def test_expand_value_does_not_split() -> None:
    env = {"B": " two  words "}
    assignments = one('A=$B C="$B"x D= E=$? cmd').assignments
    assert [(n, expand_value(v, env, 1)) for n, v in assignments] == [
        ("A", " two  words "),
        ("C", " two  words x"),
        ("D", ""),
        ("E", "1"),
    ]
    assert expand_value(Word(()), env, 0) == ""
    assert expand_word(Word(()), env, 0) == []


# -- incomplete input --------------------------------------------------------------------

NEED_MORE = [
    ('echo "abc', "quote", '"'),
    ("echo 'abc", "quote", "'"),
    ("echo \"it's", "quote", '"'),
    ("echo 'say \"hi", "quote", "'"),
    ('echo "a\\', "quote", '"'),
    ('echo "a\\"', "quote", '"'),
    ("echo 'a\nb", "quote", "'"),
    ('A="x', "quote", '"'),
    ("cat <<'EOF", "quote", "'"),
    ('echo "abc;; | &', "quote", '"'),
    ("echo abc\\", "backslash", "\\"),
    ("echo \\", "backslash", "\\"),
    ("\\", "backslash", "\\"),
    ("a &&", "operator", "&&"),
    ("a||", "operator", "||"),
    ("a && # comment", "operator", "&&"),
    ("a &&\n", "operator", "&&"),
    ("a &&\n\n  ", "operator", "&&"),
    ("a && b ||", "operator", "||"),
    ("a && \\", "backslash", "\\"),
    ("a && \\\n", "operator", "&&"),
]


@pytest.mark.parametrize(("text", "reason", "char"), NEED_MORE, ids=[c[0] for c in NEED_MORE])
def test_need_more(text: str, reason: str, char: str) -> None:
    with pytest.raises(NeedMore) as caught:
        parse(text)
    assert (caught.value.reason, caught.value.char) == (reason, char)


CONTINUED = [
    # lines typed at PS1 then PS2 -> the words of the one simple command
    (['echo "a', 'b"'], [W("echo"), W(Q("a\nb"))]),
    (["echo 'a", "", "b'"], [W("echo"), W(Q("a\n\nb"))]),
    (["echo a\\", "b"], [W("echo"), W("ab")]),
    (["echo a \\", "b"], [W("echo"), W("a"), W("b")]),
    (["echo \\", ""], [W("echo")]),
    (['echo "a\\', 'b"'], [W("echo"), W(Q("ab"))]),
]


@pytest.mark.parametrize(("lines", "words"), CONTINUED)
def test_continued_lines(lines: list[str], words: list[Word]) -> None:
    text = lines[0]
    for more in lines[1:]:
        with pytest.raises(NeedMore):
            parse(text)
        text += "\n" + more
    assert one(text).words == words


def test_continued_and_or() -> None:
    with pytest.raises(NeedMore):
        parse("zoneadm -z a boot &&")
    assert parse("zoneadm -z a boot &&\nzlogin a") == ParsedLine(
        [AndOr(C("zoneadm", "-z", "a", "boot"), [("&&", C("zlogin", "a"))])], []
    )


# -- syntax errors ---------------------------------------------------------------------------


BACKGROUND = "sh: `&': background jobs are not simulated; run the command without `&'"


def unexpected(token: str, line: int = 1) -> str:
    return f"sh: syntax error at line {line}: `{token}' unexpected"


SYNTAX_ERRORS = [
    (";", unexpected(";")),
    ("  ; a", unexpected(";")),
    (";;", unexpected(";;")),
    ("a;;", unexpected(";;")),
    ("a ;; b", unexpected(";;")),
    ("a; ;", unexpected(";")),
    ("&& x", unexpected("&&")),
    ("|| x", unexpected("||")),
    ("x && && y", unexpected("&&")),
    ("x &&&& y", unexpected("&&")),
    ("x ;&& y", unexpected("&&")),
    ("x && ;", unexpected(";")),
    ("x || ; y", unexpected(";")),
    ("x &&\n;", unexpected(";", 2)),
    ("a\n;", unexpected(";", 2)),
    ("a\n\n;;", unexpected(";;", 3)),
    # a redirection without its target
    ("echo >", unexpected("newline or ;")),
    ("echo >>", unexpected("newline or ;")),
    ("cat <", unexpected("newline or ;")),
    ("echo 2>", unexpected("newline or ;")),
    ("echo 2>>  ", unexpected("newline or ;")),
    ("cat <<", unexpected("newline or ;")),
    ("cat <<-", unexpected("newline or ;")),
    ("echo > # comment", unexpected("newline or ;")),
    ("echo >\nf", unexpected("newline or ;")),
    ("echo > ;", unexpected(";")),
    ("echo >;", unexpected(";")),
    ("echo > && x", unexpected("&&")),
    ("echo > > f", unexpected(">")),
    ("echo > 2>f", unexpected("2>")),
    ("cat <<;", unexpected(";")),
    ("cat <>f", unexpected(">")),
    ("a\nb\necho >", unexpected("newline or ;", 3)),
    # pipes, subshells; background jobs are not simulated
    ("|", unexpected("|")),
    ("a ||| b", unexpected("|")),
    ("a | | b", unexpected("|")),
    ("a ^ ^", unexpected("|")),
    ("a | ;", unexpected(";")),
    ("a &", BACKGROUND),
    ("a & b", BACKGROUND),
    ("a &&& b", BACKGROUND),
    ("a )", unexpected(")")),
    ("()", unexpected(")")),
    ("( a ) b", unexpected("b")),
    ("echo a(b", unexpected("(")),
    ("echo a (b)", unexpected("(")),
    ("echo $((1+2))", unexpected("(")),
    ("echo `;`", unexpected(";")),
    ("echo `echo 'a`", "sh: syntax error at line 1: `'' unmatched"),
    ("f(x)", unexpected("f")),
    # the compound commands
    ("fi", unexpected("fi")),
    ("done", unexpected("done")),
    ("esac", unexpected("esac")),
    ("}", unexpected("}")),
    ("then", unexpected("then")),
    ("if then", unexpected("then")),
    ("if a; fi", unexpected("fi")),
    ("if a; then fi", unexpected("fi")),
    ("if a; then b; done", unexpected("done")),
    ("if a; then b; else fi", unexpected("fi")),
    ("if a; then b; fi fi", unexpected("fi")),
    ("for; do", unexpected(";")),
    ("for i; do a; done", unexpected(";")),
    ("for i in a b do a; done", unexpected("done")),
    ("for i in a; do done", unexpected("done")),
    ("for i in a; a; done", unexpected("a")),
    ("for i in a > f; do a; done", unexpected(">")),
    ("while a; done", unexpected("done")),
    ("while do a; done", unexpected("do")),
    ("while a; do b; fi", unexpected("fi")),
    ("until a; do; done", unexpected(";")),
    ("case a in (a) b;; esac", unexpected("(")),
    ("case a in a b) c;; esac", unexpected("b")),
    ("case a in a) b;; c; esac", unexpected(";")),
    ("case a b", unexpected("b")),
    ("{ }", unexpected("}")),
    ("{ a; } }", unexpected("}")),
    ("f() ;", unexpected(";")),
    ('echo "a\nb" ;;', unexpected(";;", 2)),
    ("echo 'a\n\nb' \"\nc\" ;;", unexpected(";;", 4)),
    ("echo a\\\nb ;;", unexpected(";;", 2)),
    # file descriptors the simulation has no use for
    ("echo 3>f", unexpected("3>")),
    ("cat 2<f", unexpected("2<")),
    ("echo 0>f", unexpected("0>")),
    ("echo >&3", unexpected(">&3")),
    ("echo >&-", unexpected(">&-")),
    ("echo >& 2", unexpected(">&")),
    ("echo >&", unexpected(">&")),
    ("echo 2>&2", unexpected("2>&2")),
    ("cat <&0", unexpected("<&0")),
    # the first problem in text order wins
    ('; echo "abc', unexpected(";")),
    ("a ;; echo 'abc", unexpected(";;")),
    ("echo >; echo \\", unexpected(";")),
    # ${...}
    ("echo ${A:x}", "sh: bad substitution"),
    ("echo ${10}", "sh: bad substitution"),
    ("echo ${A", "sh: bad substitution"),
    ('echo "${}"', "sh: bad substitution"),
    ("echo ${ A}", "sh: bad substitution"),
]


@pytest.mark.parametrize(("text", "message"), SYNTAX_ERRORS, ids=[c[0] for c in SYNTAX_ERRORS])
def test_syntax_errors(text: str, message: str) -> None:
    with pytest.raises(ShellSyntaxError) as caught:
        parse(text)
    assert str(caught.value) == message


def test_syntax_error_line_attribute() -> None:
    with pytest.raises(ShellSyntaxError) as caught:
        parse("echo 'x\ny' &&\n\n|")
    assert caught.value.line == 4
    assert str(caught.value) == unexpected("|", 4)


# -- properties --------------------------------------------------------------------------------

SHELL_ALPHABET = st.sampled_from(
    list(" \t\n;&|<>()'\"\\$`#{}?=-!*~012abAZ_") + ["&&", "||", "<<-", "2>&1", "${A}", "$?"]
)


def simple_commands(commands: list[AndOr]) -> list[SimpleCommand]:
    """Every simple command in a tree, outermost first."""
    found: list[SimpleCommand] = []
    pending: list[object] = [c for a in commands for c in [a.first, *(c for _, c in a.rest)]]
    while pending:
        node = pending.pop(0)
        if isinstance(node, SimpleCommand):
            found.append(node)
        elif isinstance(node, AndOr):
            pending += [node.first, *(c for _, c in node.rest)]
        elif isinstance(node, list):
            pending += node
        elif isinstance(node, tuple):
            pending += list(node)
        elif hasattr(node, "__dataclass_fields__"):
            pending += [getattr(node, f) for f in node.__dataclass_fields__]
    return found


def parse_or_refuse(text: str) -> None:
    try:
        parsed = parse(text)
    except (NeedMore, ShellSyntaxError):
        return
    assert isinstance(parsed, ParsedLine)
    for command in simple_commands(parsed.commands):
        assert command.words or command.assignments or command.redirects
        for word in command.words:
            expand_word(word, {"A": " x  y "}, 1)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_parse_never_crashes_on_arbitrary_text(text: str) -> None:
    parse_or_refuse(text)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(SHELL_ALPHABET, max_size=60).map("".join))
def test_parse_never_crashes_on_shell_punctuation(text: str) -> None:
    parse_or_refuse(text)


@settings(max_examples=100)
@given(st.binary(max_size=200).map(lambda b: b.decode("latin-1")))
def test_parse_never_crashes_on_control_characters(text: str) -> None:
    parse_or_refuse(text)


@settings(max_examples=300)
@given(st.lists(st.text(), max_size=8))
def test_shlex_quoted_arguments_round_trip(args: list[str]) -> None:
    # A command name first: a bare NAME=value first word would be an assignment.
    text = " ".join(["printf", *(shlex.quote(a) for a in args)])
    assert argv(text, {"A": "a b"}, 9) == ["printf", *args]


@settings(max_examples=100)
@given(st.lists(st.text(), max_size=5))
def test_shlex_quoted_assignment_values_round_trip(values: list[str]) -> None:
    text = " ".join(f"V{i}={shlex.quote(v)}" for i, v in enumerate(values))
    command = one(text) if values else None
    if command is not None:
        assert command.words == []
        assert [(n, expand_value(w, {}, 0)) for n, w in command.assignments] == [
            (f"V{i}", v) for i, v in enumerate(values)
        ]


@pytest.mark.parametrize(
    "unit",
    ["a", " ", "# ", "a'b'", 'a""', "\\a", '"$X"x ', "a && ", "x; "],
)
def test_megabyte_line(unit: str) -> None:
    """A 1 MB line parses in one pass (a quadratic scan would not finish)."""
    text = "echo " + unit * (1_000_000 // len(unit))
    try:
        parsed = parse(text)
    except NeedMore as need:
        assert unit == "a && "
        assert need.reason == "operator"
        return
    assert parsed.commands


# -- continued lines: the parse goes on where it stopped ----------------------------------------


def outcome(step) -> object:
    """What a parse gives: the tree, (reason, char) of NeedMore, or the error's text."""
    try:
        return step()
    except NeedMore as need:
        return ("need", need.reason, need.char)
    except ShellSyntaxError as error:
        return ("error", str(error), error.line)


def resumed(lines: list[str]) -> list[object]:
    """The outcome after each line, giving each to the stopped parse (NeedMore.resume)."""
    outcomes: list[object] = []
    need: NeedMore | None = None
    for index, line in enumerate(lines):
        try:
            parsed = parse(line) if index == 0 else need.resume(line)  # type: ignore[union-attr]
        except NeedMore as more:
            need = more
            outcomes.append(("need", more.reason, more.char))
            continue
        except ShellSyntaxError as error:
            outcomes.append(("error", str(error), error.line))
            break
        outcomes.append(parsed)
        break
    return outcomes


def joined(lines: list[str]) -> list[object]:
    """The same outcomes, parsing the joined text again for each line (the reference)."""
    outcomes: list[object] = []
    for count in range(1, len(lines) + 1):
        result = outcome(lambda count=count: parse("\n".join(lines[:count])))
        outcomes.append(result)
        if not (isinstance(result, tuple) and result[0] == "need"):
            break
    return outcomes


CONTINUATIONS = [
    ["echo 'a", "b", "c'  d"],
    ['echo "a', "$X b", '${Y}c" e'],
    ['echo "a\\', 'b"'],
    ["echo a\\", "b\\", "c"],
    ["echo a \\", " B=1 b"],
    ["\\", "A=1 env"],
    ["a &&", "", "  b ||", "c; d"],
    ["a &&", "# comment", "b"],
    ["a &&", ";"],
    ["a &&", "b |"],
    ["echo 'x", "y' \"p", 'q" \\', "z && ", "w"],
    ["cat <<'E", "OF'"],
    ['echo "${', 'A}"'],
    ["echo '", "'\"", '"'],
]


@pytest.mark.parametrize("lines", CONTINUATIONS, ids=["|".join(c) for c in CONTINUATIONS])
def test_resumed_parse_is_the_parse_of_the_joined_text(lines: list[str]) -> None:
    assert resumed(lines) == joined(lines)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(SHELL_ALPHABET, max_size=12).map("".join), min_size=1, max_size=6))
def test_resumed_parse_matches_reparsing_any_lines(lines: list[str]) -> None:
    lines = [line.replace("\n", " ") for line in lines]  # each is one line read
    assert resumed(lines) == joined(lines)


LINEAR = {
    # kind of continuation -> (first line, each further line, last line)
    "&&": ("true &&", "true &&", "true"),
    "||": ("false ||", "false ||", "true"),
    "single quote": ("echo 'a", "b", "c'"),
    "double quote": ('echo "a', "$X b", 'c"'),
    "backslash": ("echo a\\", "b\\", "c"),
    "backslash between words": ("echo a \\", "b \\", "c"),
}


def scanned(lines: list[str]) -> int:
    """Characters the lexer was given to scan while `lines` were parsed one by one: the
    text of each parse and each extension (a parse of the joined text again for every
    line gives the square of the length)."""
    import zonetui.shell.lexer as lexer

    total = 0
    original_init, original_extend = lexer._Lexer.__init__, lexer._Lexer.extend

    def init(self, text: str) -> None:
        nonlocal total
        total += len(text)
        original_init(self, text)

    def extend(self, more: str) -> None:
        nonlocal total
        total += len(more)
        original_extend(self, more)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(lexer._Lexer, "__init__", init)
        patch.setattr(lexer._Lexer, "extend", extend)
        assert isinstance(resumed(lines)[-1], ParsedLine)
    return total


@pytest.mark.parametrize("kind", list(LINEAR))
def test_continued_lines_are_scanned_once(kind: str) -> None:
    """Work, not time: the lexer is given each character once however many lines."""
    first, middle, last = LINEAR[kind]
    lines = [first, *[middle] * 2000, last]
    text = "\n".join(lines)
    assert scanned(lines) <= len(text) + len(lines)


LINEAR_PARSES = {
    **LINEAR,
    "for loop": ("for i in a b; do", "echo $i", "done"),
    "case": ("case x in", "x) echo a;;", "esac"),
    "pipe at line ends": ("echo a |", "cat |", "cat"),
}


@pytest.mark.parametrize("kind", list(LINEAR_PARSES))
def test_continued_lines_are_parsed_in_linear_work(kind: str) -> None:
    """Work, not time: the tokens the parser looks at, and the words copied, grow with
    the lines, not with their square (a parse again of everything at each line did)."""
    import zonetui.shell.parser as parser
    import zonetui.shell.scanner as scanner

    first, middle, last = LINEAR_PARSES[kind]
    lines = [first, *[middle] * 4000, last]
    looked = copied = 0
    original_peek, original_copy = parser._Parser.peek, scanner._WordBuilder.copy

    def peek(self):  # type: ignore[no-untyped-def]
        nonlocal looked
        looked += 1
        return original_peek(self)

    def copy(self):  # type: ignore[no-untyped-def]
        nonlocal copied
        copied += 1
        return original_copy(self)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(parser._Parser, "peek", peek)
        patch.setattr(scanner._WordBuilder, "copy", copy)
        assert isinstance(resumed(lines)[-1], ParsedLine)
    assert looked <= 3 * parser._REPARSE_LIMIT * len(lines) // 4
    assert copied == 0
