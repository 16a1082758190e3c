"""poolcfg(1M): create and modify pools configurations, the static file
(/etc/pooladm.conf or another) or, with -d, the running one (reference/runtime.md §1.3;
ON86 poolcfg.y). Commands run as they are parsed; the configuration is written only
at the end, after a strict validation, so a failing command changes nothing."""

from __future__ import annotations

from zonetui.model.fs import FsError
from zonetui.model.world import copied
from zonetui.sim.getopt import scan
from zonetui.sim.invocation import Invocation
from zonetui.sim.pools import messages as msg
from zonetui.sim.pools.partition import (
    default_cpus,
    pools_active,
    running,
)
from zonetui.sim.pools.poolcfg_lexer import LexError
from zonetui.sim.pools.poolcfg_parser import DYNAMIC, PROG, Die, Editor, Parser, Syntax
from zonetui.sim.pools.static import STATIC, StaticError, parse_static, render_static
from zonetui.sim.registry import command


def _open(inv: Invocation, path: str, dynamic: bool) -> tuple[Editor | None, str]:
    """The configuration to edit, or None and why it could not be opened."""
    solaris, domain = inv.solaris, inv.domain
    if dynamic:
        if not pools_active(solaris):
            return None, msg.NOT_ACTIVE
        conf = copied(solaris.pools.running)
        return Editor(conf, default_cpus(solaris, domain), True, running(solaris, domain)), ""
    try:
        text = inv.fs.read(path)
    except FsError as error:
        return None, error.reason
    try:
        conf = parse_static(text)
    except StaticError as error:
        return None, str(error)
    cpus = set(range(len(domain.vcpus)))
    for pset in conf.psets:
        cpus -= set(pset.cpus)
    return Editor(conf, sorted(cpus), False), ""


def _validate(editor: Editor) -> None:
    """POV_STRICT: each set's min within its max, every pool's set there."""
    for pset in editor.conf.psets:
        if pset.min > pset.max:
            raise Die(msg.VALIDATION_FAILED.format(prog=PROG, reason=msg.INVALID_CONF))
    if editor.dynamic:
        for pset in editor.conf.psets:
            if len(pset.cpus) < pset.min and pset.cpus:
                raise Die(msg.VALIDATION_FAILED.format(prog=PROG, reason=msg.INVALID_CONF))


def _save(inv: Invocation, editor: Editor, path: str) -> None:
    if editor.dynamic:
        solaris = inv.solaris
        names = {pool.name for pool in editor.conf.pools}
        for zone in solaris.zones.values():  # a destroyed pool's zones go to pool_default
            if zone.pool and zone.pool not in names:
                zone.pool = ""
        solaris.pools.running = editor.conf
        return
    try:
        inv.fs.write(path, render_static(editor.conf, editor.default), now=inv.world.clock)
    except FsError as error:
        raise Die(msg.CONFIG_SAVE_FAILED.format(prog=PROG, reason=error.reason)) from None


def _usage(inv: Invocation, help_too: bool = False) -> int:
    inv.err.write(msg.POOLCFG_USAGE1.format(prog=PROG))
    if help_too:
        inv.err.write(msg.POOLCFG_USAGE2)
    return 2


@command(
    "poolcfg",
    scope="solaris",
    usage="poolcfg -c command [-d | [file]] | poolcfg -f command-file [-d | [file]]",
    summary="create and modify resource pool configuration files",
    paths=("/usr/sbin/poolcfg",),
    complete=lambda inv, args: ["-c", "-d", "-f", "-h"],
)
def poolcfg(inv: Invocation) -> int:
    opts = scan(inv.argv[1:], "c:df:h", PROG)
    text = None
    from_file = False
    dynamic = False
    for flag, value in opts.flags:
        if flag == "?":
            return _usage(inv)
        if flag == "h":
            return _usage(inv, help_too=True)
        if flag == "d":
            dynamic = True
        elif flag == "c":
            if from_file:
                return _usage(inv)
            text = value
        elif flag == "f":
            if text is not None and not from_file:
                return _usage(inv)
            from_file = True
            try:
                text = inv.stdin.read() if value == "-" else inv.fs.read(inv.path(value or ""))
            except FsError as error:
                inv.error(msg.CMD_FILE_INIT.format(prog=PROG, reason=error.reason))
                return 1
    if text is None or len(opts.operands) > 1 or (opts.operands and dynamic):
        return _usage(inv)
    path = inv.path(opts.operands[0]) if opts.operands else (DYNAMIC if dynamic else STATIC)
    editor, reason = _open(inv, path, dynamic)
    if dynamic and not inv.in_global_zone:  # no sys_res_config in a zone
        editor, reason = None, msg.EPERM
    try:
        try:
            parser = Parser(inv, text, editor, reason, path, from_file)  # (reads a token)
            parser.run()
        except Syntax as syntax:
            _syntax(inv, msg.SYNTAX_ERROR, syntax.token.text, syntax.token.line, from_file)
            raise Die(msg.CMDPARSE_FAILED.format(prog=PROG)) from None
        except LexError as lex:
            _syntax(inv, lex.what, lex.token, lex.line, from_file)
            return 1
        editor = parser.editor
        if editor is not None:
            _validate(editor)
            if editor.edited:
                _save(inv, editor, path)
    except Die as die:
        inv.error(str(die))
        return 1
    return 0


def _syntax(inv: Invocation, what: str, token: str, line: int, from_file: bool) -> None:
    """yyerror(): `at 'token'`, or `token expected` at the end of the input."""
    if token == "":
        template = msg.SYNTAX_END_FILE if from_file else msg.SYNTAX_END
    else:
        template = msg.SYNTAX_FILE if from_file else msg.SYNTAX
    inv.error(template.format(prog=PROG, what=what, token=token, line=line))
