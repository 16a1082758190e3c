"""find(1) on the simulated files: paths, then an expression of primaries joined by
`!`, `-a` (or nothing), `-o` and parentheses; `-exec`/`-ok` run their command in a
nested shell, as xargs does. Its diagnostics are find.c's, in the same order of checks.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from functools import cache

from zonetui.model.fs import ENOENT, FsError, Node, namei
from zonetui.sim.commands import find_messages as msg
from zonetui.sim.commands.files import (
    GIDS,
    UIDS,
    ModeError,
    _inode,
    _stat,
    complete_paths,
    link_count,
    mode_string,
    new_mode,
    solaris_time,
    ufs_blocks,
    ufs_size,
)
from zonetui.sim.getopt import scan
from zonetui.sim.invocation import Invocation
from zonetui.sim.io import ReadLine, TextInput
from zonetui.sim.mounts import mount_of, mounts
from zonetui.sim.registry import Scope, command, lookup

Steps = Generator[ReadLine, "str | None", int]
DAY, MINUTE = 86400, 60
SIX_MONTHS = 6 * 30 * DAY  # find.c: sixmonthsago = now - 6L*30L*24L*60L*60L


class FindError(Exception):
    """A fatal diagnostic of compile(): find prints it (and its usage) and exits 1."""

    def __init__(self, text: str, usage: bool = False) -> None:
        super().__init__(text)
        self.text = text
        self.usage = usage


# --- the expression -------------------------------------------------------------------


@dataclass
class Visit:
    """One file the walk reached."""

    name: str  # as printed: the operand, or the operand joined with the entries below
    path: str
    node: Node
    prune: bool = False


Test = Callable[[Visit], Generator[ReadLine, "str | None", bool]]


@dataclass
class Primary:
    test: Test
    action: bool = False  # -print, -exec, -ok, -ls: no implied -print


@dataclass
class Not:
    operand: Expr


@dataclass
class And:
    operands: list[Expr] = field(default_factory=list)


@dataclass
class Or:
    operands: list[Expr] = field(default_factory=list)


Expr = Primary | Not | And | Or


def evaluate(expr: Expr, visit: Visit) -> Generator[ReadLine, str | None, bool]:
    """The expression's value for one file, left to right with short circuits."""
    if isinstance(expr, Primary):
        return (yield from expr.test(visit))
    if isinstance(expr, Not):
        return not (yield from evaluate(expr.operand, visit))
    if isinstance(expr, And):
        for operand in expr.operands:
            if not (yield from evaluate(operand, visit)):
                return False
        return True
    for operand in expr.operands:
        if (yield from evaluate(operand, visit)):
            return True
    return False


def _pure(check: Callable[[Visit], bool]) -> Test:
    def test(visit: Visit) -> Generator[ReadLine, str | None, bool]:
        return check(visit)
        yield  # pragma: no cover - makes this a generator

    return test


# --- -name: fnmatch(3C) with FNM_PERIOD ------------------------------------------------


@cache
def glob_pattern(pattern: str) -> re.Pattern[str]:
    """A shell pattern as a regular expression (*, ?, [...] with ! or ^, backslash)."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "*":
            out.append(".*")
        elif ch == "?":
            out.append(".")
        elif ch == "\\" and i + 1 < len(pattern):
            i += 1
            out.append(re.escape(pattern[i]))
        elif ch == "[":
            end = i + 1
            if end < len(pattern) and pattern[end] in "!^":
                end += 1
            if end < len(pattern) and pattern[end] == "]":
                end += 1
            end = pattern.find("]", end)
            if end < 0:
                out.append(re.escape(ch))
            else:
                body = pattern[i + 1 : end]
                negate = body[:1] in ("!", "^")
                body = body[1:] if negate else body
                body = body.replace("\\", "\\\\").replace("[", "\\[")
                out.append(f"[{'^' if negate else ''}{body}]")
                i = end
        else:
            out.append(re.escape(ch))
        i += 1
    return re.compile("".join(out), re.S)


def name_matches(pattern: str, name: str) -> bool:
    """fnmatch(pattern, basename, FNM_PERIOD): a leading '.' only matches a '.'."""
    if name.startswith(".") and not pattern.startswith("."):
        return False
    return glob_pattern(pattern).fullmatch(name) is not None


def _basename(name: str) -> str:
    stripped = name.rstrip("/")
    return posixpath.basename(stripped) if stripped else "/"


# --- compile ---------------------------------------------------------------------------


# find.c's table: the primaries and how many words each takes
OPERATORS = {"!", "-a", "-o"}
UNARY = {"(", ")", "-depth", "-follow", "-local", "-mount", "-xdev", "-print", "-prune",
         "-nouser", "-nogroup", "-ls", "-xattr", "-acl"}  # fmt: skip
WITH_VALUE = {"-amin", "-atime", "-cmin", "-ctime", "-group", "-inum", "-links", "-mmin",
              "-mtime", "-name", "-newer", "-perm", "-size", "-type", "-user", "-fstype",
              "-cpio", "-ncpio"}  # fmt: skip
EXECS = {"-exec", "-ok"}
TYPES = {"d": "dir", "f": "file", "c": "chr", "l": "lnk"}


def _compare(sign: str, value: int, wanted: int) -> bool:
    if sign == "+":
        return value > wanted
    if sign == "-":
        return value < wanted
    return value == wanted


def _number(text: str) -> tuple[str, int]:
    """A -size/-mtime/... value: its sign and atol()'s number (0 when none)."""
    sign = text[:1] if text[:1] in "+-" else ""
    digits = re.match(r"\s*\d*", text[len(sign) :])
    body = digits.group(0).strip() if digits else ""
    return sign, int(body) if body else 0


class Find:
    """One run of find: its expression, and the state its actions share."""

    def __init__(self, inv: Invocation, prog: str) -> None:
        self.inv = inv
        self.prog = prog
        self.now = inv.world.clock
        self.depth = False
        self.status = 0
        self.exec_status = 0
        self.batches: list[tuple[list[str], list[str]]] = []  # -exec ... {} +
        self.words: list[str] = []
        self.pos = 0
        self.parens = 0
        self.actions = 0
        self._mounts = None
        # Symbolic links: nftw() with FTW_PHYS looks at links themselves; -follow and -L
        # walk through them, -H through the operands only. A link that leads nowhere
        # (or round in circles) is an error with -follow, the link itself with -L.
        self.follow = False
        self.follow_operands = False
        self.lflag = False

    # -- the parser ----------------------------------------------------------------
    def fail(self, text: str, usage: bool = False, **fields: str) -> FindError:
        return FindError(text.format(prog=self.prog, **fields), usage)

    def compile(self, words: list[str]) -> Expr:
        """compile(): the expression, with find.c's diagnostics for a bad one."""
        self.words, self.pos = words, 0
        expr = self.parse_or(top=True)
        if self.pos < len(words):  # only a ')' stops the top level early
            raise self.fail(msg.UNMATCHED_CLOSE)
        return expr

    def peek(self) -> str | None:
        return self.words[self.pos] if self.pos < len(self.words) else None

    def parse_or(self, top: bool = False) -> Expr:
        branches = [self.parse_and()]
        while self.peek() == "-o":
            self.pos += 1
            self.operand_next()
            branches.append(self.parse_and())
        if not top and self.peek() is None:
            raise self.fail(msg.UNMATCHED_OPEN)
        return branches[0] if len(branches) == 1 else Or(branches)

    def operand_next(self) -> None:
        """After an operator: another operator (but '!') is refused, as is the end."""
        word = self.peek()
        if word is None:
            raise self.fail(msg.BAD_OPTION_END, usage=True)
        if word in ("-a", "-o"):
            raise self.fail(msg.OPERAND_FOLLOWS)
        if word == ")":
            raise self.fail(msg.CLOSE_AFTER_OPERAND)

    def parse_and(self) -> Expr:
        first = self.peek()
        if first in ("-a", "-o"):
            raise self.fail(msg.BAD_OPTION, usage=True, word=first)
        if first == ")":
            raise self.fail(msg.BAD_OPTION, usage=True, word=first)
        terms = [self.parse_not()]
        while True:
            word = self.peek()
            if word is None or word in ("-o", ")"):
                break
            if word == "-a":
                self.pos += 1
                self.operand_next()
            terms.append(self.parse_not())
        return terms[0] if len(terms) == 1 else And(terms)

    def parse_not(self) -> Expr:
        if self.peek() == "!":
            self.pos += 1
            word = self.peek()
            if word in ("!", "-a", "-o"):
                raise self.fail(msg.OPERAND_FOLLOWS)
            if word is None:
                raise self.fail(msg.BAD_OPTION_END, usage=True)
            if word == ")":
                raise self.fail(msg.CLOSE_AFTER_OPERAND)
            return Not(self.parse_not())
        return self.parse_primary()

    def parse_primary(self) -> Expr:
        word = self.words[self.pos]
        self.pos += 1
        if word == "(":
            if self.peek() == ")":
                raise self.fail(msg.BAD_OPTION, usage=True, word=")")
            self.parens += 1
            inner = self.parse_or()
            self.pos += 1  # its ')'
            self.parens -= 1
            return inner
        if word == ")":
            raise self.fail(msg.UNMATCHED_CLOSE)
        if word in EXECS:
            return self.exec_primary(word)
        if word in WITH_VALUE:
            if self.pos >= len(self.words):
                raise self.fail(msg.INCOMPLETE)
            value = self.words[self.pos]
            self.pos += 1
            return self.valued(word, value)
        if word in UNARY:
            return self.unary(word)
        raise self.fail(msg.BAD_OPTION, usage=True, word=word)

    def unary(self, word: str) -> Expr:
        if word == "-print":
            self.actions += 1
            return Primary(self.print_name, action=True)
        if word == "-ls":
            self.actions += 1
            return Primary(self.list_line, action=True)
        if word == "-depth":
            self.depth = True
        if word == "-follow":
            self.follow = self.follow_operands = True
        if word == "-prune":
            return Primary(_pure(self.prune))
        if word == "-nouser":
            return Primary(_pure(lambda v: v.node.owner not in UIDS))
        if word == "-nogroup":
            return Primary(_pure(lambda v: v.node.group not in GIDS))
        if word in ("-xattr", "-acl"):
            return Primary(_pure(lambda v: False))  # no extended attributes, no ACLs
        return Primary(_pure(lambda v: True))  # -follow, -mount, -xdev, -local, -depth

    def valued(self, word: str, value: str) -> Expr:
        if word == "-name":
            return Primary(_pure(lambda v: name_matches(value, _basename(v.name))))
        if word == "-type":
            kind = TYPES.get(value[:1])
            return Primary(_pure(lambda v: v.node.kind == kind))
        if word == "-perm":
            return self.perm(value)
        if word in ("-user", "-group"):
            return self.owner(word, value)
        if word == "-newer":
            try:
                _, ref = _stat(self.inv, value)
            except FsError:
                raise self.fail(msg.CANNOT_ACCESS, path=value) from None
            return Primary(_pure(lambda v: v.node.mtime > ref.mtime))
        if word == "-fstype":
            return Primary(_pure(lambda v: self.fstype(v) == value))
        if word in ("-cpio", "-ncpio"):
            raise self.fail(msg.BAD_OPTION, usage=True, word=word)  # no cpio here
        sign, number = _number(value)
        if word == "-size":
            in_bytes = value.endswith("c")
            return Primary(_pure(lambda v: _compare(sign, self.size(v, in_bytes), number)))
        if word == "-links":
            return Primary(_pure(lambda v: _compare(sign, self.links(v), number)))
        if word == "-inum":
            return Primary(
                _pure(lambda v: _compare(sign, _inode(self.inv.fs.inode_key(v.path)), number))
            )
        unit = MINUTE if word.endswith("min") else DAY  # every time is the mtime here
        return Primary(
            _pure(lambda v: _compare(sign, int(self.now - v.node.mtime) // unit, number))
        )

    def perm(self, value: str) -> Expr:
        at_least = value.startswith("-")
        spec = value[1:] if at_least else value
        try:
            wanted = new_mode(spec, 0, 0, False, "", lambda text: None) if spec else -1
        except ModeError:
            wanted = -1
        if wanted < 0:
            raise FindError(msg.BAD_PERM, usage=True)
        wanted &= 0o7777
        if at_least:
            return Primary(_pure(lambda v: v.node.mode & wanted == wanted))
        return Primary(_pure(lambda v: v.node.mode & 0o7777 == wanted))

    def owner(self, word: str, value: str) -> Expr:
        table = UIDS if word == "-user" else GIDS
        wanted = table.get(value)
        if wanted is None:
            if not re.fullmatch(r"\d+", value):
                raise self.fail(msg.NO_NAME, word=value)
            wanted = int(value)
        attribute = "owner" if word == "-user" else "group"
        return Primary(_pure(lambda v: table.get(getattr(v.node, attribute), -1) == wanted))

    def exec_primary(self, word: str) -> Expr:
        self.actions += 1
        template: list[str] = []
        while True:
            if self.pos >= len(self.words):
                raise self.fail(msg.INCOMPLETE)
            arg = self.words[self.pos]
            self.pos += 1
            if arg == ";":
                break
            if arg == "+" and template and template[-1] == "{}" and word == "-exec":
                batch: tuple[list[str], list[str]] = (template[:-1], [])
                self.batches.append(batch)
                return Primary(self.collect(batch), action=True)
            template.append(arg)
        if word == "-ok":
            return Primary(self.ask_and_run(template), action=True)
        return Primary(self.run_each(template), action=True)

    # -- primaries with effects ----------------------------------------------------
    def print_name(self, visit: Visit) -> Generator[ReadLine, str | None, bool]:
        self.inv.print(visit.name)
        return True
        yield  # pragma: no cover

    def list_line(self, visit: Visit) -> Generator[ReadLine, str | None, bool]:
        node = visit.node
        size = ufs_size(self.inv.fs, visit.path, node)
        recent = self.now - SIX_MONTHS <= node.mtime <= self.now
        date = solaris_time(msg.LS_RECENT if recent else msg.LS_OLD, node.mtime)
        kb = -(-ufs_blocks(size, node) * 512 // 1024)
        target = msg.LS_LINK.format(target=node.data) if node.kind == "lnk" else ""
        self.inv.print(
            msg.LS_LINE.format(inode=_inode(self.inv.fs.inode_key(visit.path)), kb=kb,
                               mode=mode_string(node), links=self.links(visit), owner=node.owner,
                               group=node.group, size=size, date=date, path=visit.name)
            + target
        )  # fmt: skip
        return True
        yield  # pragma: no cover

    def prune(self, visit: Visit) -> bool:
        if visit.node.kind == "dir":
            visit.prune = True
        return True

    def size(self, visit: Visit, in_bytes: bool) -> int:
        size = ufs_size(self.inv.fs, visit.path, visit.node)
        return size if in_bytes else -(-size // 512)

    def links(self, visit: Visit) -> int:
        return link_count(self.inv.fs, visit.path, visit.node)

    def fstype(self, visit: Visit) -> str:
        if self._mounts is None:
            self._mounts = mounts(self.inv.solaris, self.inv.zone)
        entry = mount_of(self._mounts, visit.path)
        return entry.fstype if entry else ""

    def run(self, words: list[str]) -> Generator[ReadLine, str | None, int]:
        """A command line through a nested shell, as find's child would exec it; a
        command that does not exist fails quietly (the child's execvp() exits 1)."""
        inv = self.inv
        if not words or lookup(words[0], inv) is None:
            return 1
        shell = inv.shell.nested(inv.shell.context, TextInput(""), inv.out, inv.err)
        shell.cwd, shell.vars = inv.shell.cwd, dict(inv.shell.vars)
        yield from shell.run_source(" ".join(_quote(w) for w in words))
        return shell.status

    def run_each(self, template: list[str]) -> Test:
        def test(visit: Visit) -> Generator[ReadLine, str | None, bool]:
            words = [visit.name if w == "{}" else w for w in template]
            return (yield from self.run(words)) == 0

        return test

    def ask_and_run(self, template: list[str]) -> Test:
        def test(visit: Visit) -> Generator[ReadLine, str | None, bool]:
            first = template[0] if template else "{}"
            if first != "{}" and first != visit.name:
                question = msg.OK_QUESTION.format(command=first, path=visit.name)
            else:
                question = msg.OK_QUESTION_BRACES.format(path=visit.name)
            answer = yield from self.inv.stdin.readline(question, question=True)
            if answer is None:
                raise EndOfAnswers
            if not answer or not msg.YES.startswith(answer):
                return False
            return (yield from self.run_each(template)(visit))

        return test

    def collect(self, batch: tuple[list[str], list[str]]) -> Test:
        def test(visit: Visit) -> Generator[ReadLine, str | None, bool]:
            batch[1].append(visit.name)
            return True
            yield  # pragma: no cover

        return test

    # -- the walk ------------------------------------------------------------------
    def walk(self, expr: Expr, operand: str) -> Generator[ReadLine, str | None, None]:
        try:
            path, node = _stat(self.inv, operand, follow=False)
        except FsError as error:
            self.inv.error(msg.STAT_ERROR.format(prog=self.prog, path=operand, reason=error.reason))
            self.status = 1
            return
        if node.kind == "lnk" and self.follow_operands:
            found = self.through(operand, path, node)
            if found is None:
                return
            path, node = found
        yield from self.visit(expr, operand, path, node, ())

    def through(self, name: str, path: str, node: Node) -> tuple[str, Node] | None:
        """stat(2) of the link at `path`: what it names, the link itself when it leads
        nowhere under -L, or None (reported: FTW_SLN) under -follow."""
        try:
            found_path, found = namei(self.inv.fs.get, path)
        except FsError as error:
            reason = error.reason
        else:
            if found is not None:
                return found_path, found
            reason = ENOENT
        if self.lflag:
            return path, node
        self.inv.error(msg.CANNOT_FOLLOW.format(prog=self.prog, path=name, reason=reason))
        self.status = 1
        return None

    def visit(
        self, expr: Expr, name: str, path: str, node: Node, above: tuple[str, ...]
    ) -> Generator[ReadLine, str | None, None]:
        if node.kind == "dir" and path in above:  # FTW_DL: a link back up the tree
            self.inv.error(msg.CYCLE.format(prog=self.prog, path=name))
            self.status = 1
            return
        visit = Visit(name, path, node)
        if not self.depth:
            yield from evaluate(expr, visit)
        if node.kind == "dir" and not (visit.prune and not self.depth):
            stem = name if name.endswith("/") else name + "/"
            for child in self.inv.fs.children(path):
                child_path = posixpath.join(path, child)
                child_node = self.inv.fs.get(child_path)
                if child_node is None:  # an -exec may have removed it
                    continue
                if child_node.kind == "lnk" and self.follow:
                    found = self.through(stem + child, child_path, child_node)
                    if found is None:
                        continue
                    child_path, child_node = found
                yield from self.visit(expr, stem + child, child_path, child_node, (*above, path))
        if self.depth:
            current = self.inv.fs.get(path)
            if current is not None:
                yield from evaluate(expr, Visit(name, path, current))

    def flush(self) -> Generator[ReadLine, str | None, None]:
        for template, names in self.batches:
            if names and (yield from self.run([*template, *names])) != 0:
                self.exec_status = 1


class EndOfAnswers(Exception):
    """-ok read the end of its input: find exits 2 (ok())."""


def _quote(word: str) -> str:
    return "'" + word.replace("'", "'\\''") + "'"


def _scope(argv: list[str]) -> Scope:
    """What a find may change: only its -exec and -ok commands change anything."""
    return "world" if any(w in EXECS for w in argv[1:]) else "nothing"


def _complete(inv: Invocation, args: list[str]) -> list[str]:
    partial = args[-1] if args else ""
    if partial.startswith("-"):
        known = sorted(UNARY | WITH_VALUE | EXECS | {"-a", "-o"})
        return [w for w in known if w.startswith(partial) and w not in ("(", ")")]
    return complete_paths(inv, partial)


@command(
    "find",
    usage="find [-H | -L] path-list predicate-list",
    summary="find files",
    paths=("/usr/bin/find", "/bin/find"),
    scope=_scope,
    complete=_complete,
)
def find(inv: Invocation) -> Steps:
    """find(1): the path operands come first, up to the first word starting with '-'
    or a lone '!' or '('."""
    prog = inv.argv[0]
    usage = msg.USAGE.format(prog=prog)
    options = scan(inv.argv[1:], "HL", prog)
    if options.bad:  # usage() at the first '?'
        inv.error(options.errors[0] if options.errors else usage)
        inv.error(usage)
        return 1
    words = options.operands
    if not words:
        inv.error(msg.INSUFFICIENT.format(prog=prog))
        inv.error(usage)
        return 1
    count = 0
    while count < len(words):
        word = words[count]
        if word.startswith("-") or word in ("!", "("):
            break
        count += 1
    if count == 0:
        inv.error(usage)
        return 1
    tool = Find(inv, prog)
    if options.has("L") or options.has("H"):  # the last of them counts
        last = [flag for flag, _ in options.flags if flag in "HL"][-1]
        tool.lflag = tool.follow = last == "L"
        tool.follow_operands = True
    try:
        expr: Expr | None = tool.compile(words[count:]) if words[count:] else None
    except FindError as error:
        inv.error(error.text)
        if error.usage:
            inv.error(usage)
        return 1
    printing = Primary(tool.print_name, action=True)
    if expr is None:
        expr = printing
    elif tool.actions == 0:
        expr = And([expr, printing])
    try:
        for operand in words[:count]:
            yield from tool.walk(expr, operand)
        yield from tool.flush()
    except EndOfAnswers:
        return 2
    return tool.exec_status or tool.status
