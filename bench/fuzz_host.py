"""The host around zonetui under fire (issue 15): the campaigns of bench/fuzz.py that give
the command line odd paths and hostile files.

- state-path: odd paths where zonetui takes a host path (--state, --config, `lab show FILE`,
  `run SCRIPT`, `import FILE`, `export --to FILE`): directories, device nodes, symbolic links
  to those and to nothing, glob characters, names too long, names that are not UTF-8,
  paths into read-only folders, the config's own name. In this process, through
  zonetui.cli.main.
- hostile-file: files of binary noise, huge lines, NULs, invalid UTF-8, deep XML and
  terminal escape sequences, given to --config, `lab show`, `run`, and imported into the
  world for `zonecfg -f`, `ldm add-domain -i`, `cat`, `ls` and `export`.
- blocking-path: what may block or never end (a FIFO, an endless device like /dev/zero)
  as a path or as standard input, in a child process with a deadline, a memory limit and
  an output limit.

Everything happens inside one temporary folder the campaign makes and removes (device
nodes are made there with mknod when the campaign runs as root; otherwise links to
/dev/null and /dev/zero stand for them). A case must end with an answer: a status other
than 70, no traceback, no error logged, nothing the case did not name created, changed or
removed (the folder's own files are planted beside every path and compared after each
case), no FIFO, device node, directory or symbolic link replaced, and a saved state file
keeps its mode. HOME and the XDG directories point inside the temporary folder while the
campaign runs; zonetui's directories where they pointed before are compared at its end.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import io
import os
import random
import resource
import shlex
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from zonetui import cli
from zonetui.cli import INTERNAL_ERROR

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "tests" / "configs" / "basic.toml"
LAB = ROOT / "zonetui" / "labs" / "bundled" / "combo-zones-in-guest.toml"

ANSWER_SECONDS = 8.0  # a child with no answer by then is blocked
IN_FLIGHT = 2  # children running at once, beside the cases of this process
LAUNCH_EVERY = 0.5  # seconds between two children, unless blocking-path runs alone
MEMORY_LIMIT = 1 << 30  # a child that reads without bound fails here, not at 4 GB
OUTPUT_LIMIT = 64 << 20  # a child that writes without bound is stopped here (SIGXFSZ)
SIMULATED_FILE = "/etc/nodename"  # a file every world of the config has
USER_DATA = b"the user's own data\n"
# Python's standard output in a UTF-8 locale such as en_US.UTF-8 (C.UTF-8 and POSIX say
# "surrogateescape"): text that came from bytes that are not UTF-8 cannot be written to it
STDOUT_ERRORS = "strict"

# the folders of the campaign's temporary directory; the rest of it is its neighbours
HOME, BOX, OUTPUTS = "home", "box", "outputs"
CHILD_BOXES = tuple(f"child{n}" for n in range(IN_FLIGHT))  # a case folder for each child
OWN = (HOME, BOX, OUTPUTS, *CHILD_BOXES)
# planted next to every case folder and next to the temporary directory's case folders:
# a glob over `<name>.*` or `*` that removes "leftovers" meets them
GUARDS = ("box.bak", "box.json", "box.notes", "child0.bak", "child1.lock.bak", "*", "[ab]")
NEIGHBOURS = ("state.json.bak", "state.json.notes", "notes.txt", ".hidden", "*", "[ab]", "a")
ENVIRONMENT = {  # the user directories, inside the temporary directory
    "HOME": "home",
    "XDG_STATE_HOME": "home/state",
    "XDG_CONFIG_HOME": "home/config",
    "XDG_DATA_HOME": "home/data",
    "XDG_CACHE_HOME": "home/cache",
}

ESCAPES = (b"\x1b]2;pwned\x07", b"\x1b[31m", b"\x1bc", b"\x9b6n", b"\x1b[6n", b"\x1bP+q\x1b\\",
           b"\x1b]52;c;cHduZWQ=\x07", b"\r", b"\x08\x08", b"\x07")  # fmt: skip
BAD_UTF8 = (b"\xff", b"\xc3", b"\xed\xa0\x80", b"\xfe\xff", b"\xc0\xaf", b"\xf4\x90\x80\x80")


# -- what a case leaves behind ------------------------------------------------------------------
Entry = tuple[int, int, int, int, int, bytes]  # type, mode, size, mtime, inode, link target


def snapshot(top: Path, skip: tuple[str, ...] = ()) -> dict[bytes, Entry]:
    """Every name below `top` (not following links), with what a change would alter."""
    found: dict[bytes, Entry] = {}
    base = os.fsencode(top)
    skipped = {os.fsencode(s) for s in skip}
    for folder, dirs, files in os.walk(base):
        if folder == base:
            dirs[:] = [d for d in dirs if d not in skipped]
            files = [f for f in files if f not in skipped]
        for name in (*dirs, *files):
            path = os.path.join(folder, name)
            try:
                info = os.lstat(path)
                link = os.readlink(path) if stat.S_ISLNK(info.st_mode) else b""
            except OSError:
                continue
            found[os.path.relpath(path, base)] = (
                stat.S_IFMT(info.st_mode),
                stat.S_IMODE(info.st_mode),
                info.st_size,
                info.st_mtime_ns,
                info.st_ino,
                link,
            )
    return found


def differences(before: dict[bytes, Entry], after: dict[bytes, Entry]) -> dict[bytes, str]:
    """Name -> "created", "removed" or "changed"."""
    diff = {name: "removed" for name in before.keys() - after.keys()}
    diff.update({name: "created" for name in after.keys() - before.keys()})
    diff.update({n: "changed" for n in before.keys() & after.keys() if before[n] != after[n]})
    return diff


def snapshot_dir(top: Path) -> dict[bytes, Entry]:
    """`top` and what is below it; {} when there is nothing there."""
    if kind_of(top) is None:
        return {}
    info = os.lstat(top)
    return {b".": (stat.S_IFMT(info.st_mode), 0, 0, info.st_mtime_ns, info.st_ino, b""),
            **snapshot(top)}  # fmt: skip


def user_dirs() -> list[Path]:
    """zonetui's own directories, as the environment names them now."""
    where = (platformdirs.user_state_dir, platformdirs.user_config_dir,
             platformdirs.user_data_dir, platformdirs.user_cache_dir)  # fmt: skip
    return [Path(directory("zonetui")) for directory in where]


def kind_of(path: Path) -> int | None:
    """The file type of `path` itself (a link is a link), None when there is nothing."""
    try:
        return stat.S_IFMT(os.lstat(path).st_mode)
    except OSError:
        return None


def _clear(folder: Path) -> None:
    """Remove `folder` whatever cases left in it (read-only folders, deep trees)."""
    if not folder.exists():
        return
    for path, dirs, _ in os.walk(folder):
        for name in dirs:
            inner = os.path.join(path, name)
            if not os.path.islink(inner):
                with contextlib.suppress(OSError):
                    os.chmod(inner, 0o700)
    shutil.rmtree(folder, ignore_errors=True)


# -- the answers ------------------------------------------------------------------------------
@dataclass
class Answer:
    status: int | None  # None: no answer (blocked, or killed)
    out: str
    err: str
    logged: str = ""  # what the zonetui logger recorded as an error

    def problem(self, refusal_lines: bool = True) -> str | None:
        """Why this is not an answer, or None."""
        text = self.out + self.err
        checks = (
            (self.status is None, "no answer: " + self.err[-200:]),
            (self.status == INTERNAL_ERROR, "status 70: " + self.err.strip()[:200]),
            (self.status is not None and self.status < 0, f"killed by signal {self.status}"),
            ("Traceback (most recent call last)" in text, "a traceback: " + text[-300:]),
            ("internal error" in self.err, "internal error: " + self.err.strip()[-200:]),
            (bool(self.logged), "logged: " + self.logged),
            (
                refusal_lines
                and self.status not in (0, None)
                and not self.err.startswith("usage:")
                and self.err.count("\n") > 1,
                "a refusal of several lines: " + self.err[:300],
            ),
        )
        return next((why for failed, why in checks if failed), None)


def _stream(errors: str) -> io.TextIOWrapper:
    return io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors=errors, write_through=True)


def _text(stream: io.TextIOWrapper) -> str:
    return stream.buffer.getvalue().decode("utf-8", "replace")


def run_in_process(argv: list[str], logged) -> Answer:
    """zonetui.cli.main on `argv`, its output captured in streams that encode as Python's
    do in a UTF-8 locale (standard output strictly, standard error with backslashes)."""
    out, err = _stream(STDOUT_ERRORS), _stream("backslashreplace")
    errors = logged.count
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = cli.main(argv)
        except SystemExit as leaving:
            code = leaving.code
            status = code if isinstance(code, int) else (0 if code is None else 1)
        except Exception as error:  # noqa: BLE001 - what escapes main is what we look for
            status = INTERNAL_ERROR
            err.write(f"Traceback (most recent call last): {type(error).__name__}: {error}\n")
    logged_now = logged.last if logged.count != errors else ""
    return Answer(status, _text(out), _text(err), logged_now)


def _child_limits() -> None:
    os.setsid()
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    resource.setrlimit(resource.RLIMIT_FSIZE, (OUTPUT_LIMIT, OUTPUT_LIMIT))


@dataclass
class Child:
    """A zonetui process of the blocking-path campaign, and what to check when it ends."""

    process: subprocess.Popen
    box: Path  # its case folder
    case: str
    deadline: float
    outputs: tuple[Path, Path]
    check: Callable[[Answer], str | None]
    refusal_lines: bool = True  # False: a simulated tool runs, and says what it says

    def answer(self, now: float) -> Answer | None:
        """Its answer once it has ended, or None; stopped (no answer) past the deadline."""
        status = self.process.poll()
        if status is None and now < self.deadline:
            return None
        blocked = status is None
        if blocked:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)  # its own session: only its group
            self.process.wait()
        out, err = (p.read_bytes()[-4000:].decode("utf-8", "replace") for p in self.outputs)
        for path in self.outputs:
            path.unlink()
        if blocked:
            return Answer(None, out, f"blocked for {ANSWER_SECONDS:.0f} s; {err}")
        return Answer(status, out, err)


# -- the campaign -----------------------------------------------------------------------------
class HostCampaign:
    """One temporary directory for the host cases of a campaign, and its children."""

    def __init__(self, rnd: random.Random, stats, logged, bases: dict[str, str]) -> None:
        self.rnd = rnd
        self.stats = stats
        self.logged = logged
        self.bases = {k: v.encode("utf-8", "surrogateescape") for k, v in bases.items()}
        self.user_dirs = {top: snapshot_dir(top) for top in user_dirs()}  # before HOME moves
        self.top = Path(tempfile.mkdtemp(prefix="zonetui-fuzz-"))
        self.box = self.top / BOX
        self.outputs = self.top / OUTPUTS
        for name in (HOME, OUTPUTS):
            (self.top / name).mkdir()
        self.plant_guards()
        self.children: list[Child] = []
        self.serial = 0
        self.saved_env = {name: os.environ.get(name) for name in (*ENVIRONMENT, "ZONETUI_STATE")}
        self.env = {name: str(self.top / sub) for name, sub in ENVIRONMENT.items()}
        os.environ.update(self.env)
        os.environ.pop("ZONETUI_STATE", None)
        # What every case would pay for again and again without testing anything: the
        # parser (argparse looks its translations up for each of the hundreds of strings)
        # and the flush to the disk of each save (crash safety has its own tests). And the
        # freeze after start-up: in one process of many start-ups, what each case left
        # (a refused document's whole tree, in a cycle) would wait for a full collection.
        self.patched = {
            (cli, "build_parser"): cli.build_parser,
            (os, "fsync"): os.fsync,
            (gc, "freeze"): gc.freeze,
        }
        cli.build_parser = functools.cache(cli.build_parser)
        os.fsync = lambda fd: None
        gc.freeze = lambda: None
        self.next_launch = 0.0
        self.can_mknod = True
        try:
            self.state_bytes = self._a_saved_state()
        except BaseException:
            self.close()
            raise

    def _a_saved_state(self) -> bytes:
        folder = self.top / "first"
        folder.mkdir()
        state = folder / "state.json"
        answer = run_in_process(
            ["--config", str(CONFIG), "--state", str(state), "exec", "--", "true"], self.logged
        )
        assert answer.status == 0, answer
        raw = state.read_bytes()
        _clear(folder)
        return raw

    def plant_guards(self) -> None:
        """The temporary directory's own files beside the case folders, as they were."""
        own = set(OWN)
        for name in os.listdir(self.top):
            if name not in own:
                path = self.top / name
                _clear(path) if path.is_dir() and not path.is_symlink() else path.unlink()
        for name in GUARDS:
            (self.top / name).write_bytes(USER_DATA)
        self.guards = snapshot(self.top, skip=tuple(own))

    def close(self) -> None:
        """Wait for the children (each until its deadline), remove the directory."""
        while self.children:
            self.reap()
            time.sleep(0.05)
        for (module, name), original in self.patched.items():
            setattr(module, name, original)
        for name, value in self.saved_env.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        _clear(self.top)
        for top, then in self.user_dirs.items():
            changed = differences(then, snapshot_dir(top))
            if changed:
                names = ", ".join(f"{os.fsdecode(n)} {w}" for n, w in sorted(changed.items())[:4])
                self.stats.fail("state-path", "the whole campaign", f"in {top}: {names}")

    # -- the folder of one case ---------------------------------------------------------------
    def fresh_box(self, box: Path) -> None:
        _clear(box)
        box.mkdir()
        for name in NEIGHBOURS:
            (box / name).write_bytes(USER_DATA)
        (box / "cluster.toml").write_bytes(CONFIG.read_bytes())

    def device(self, path: Path, endless: bool) -> None:
        """A character device like /dev/zero (endless) or /dev/null at `path`."""
        minor = 5 if endless else 3
        if self.can_mknod:
            try:
                os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, minor))
                return
            except PermissionError:
                self.can_mknod = False
        os.symlink("/dev/zero" if endless else "/dev/null", path)

    def check_case(self, box: Path, before: dict[bytes, Entry], names: set[bytes],
                   keep_links: bool = True) -> str | None:  # fmt: skip
        """What the case changed that it should not have. `names`: the names in `box` it
        may create or change (and what is below them); every FIFO, device node, folder and
        (with `keep_links`) symbolic link there before is still there, of the same type."""
        guards = differences(self.guards, snapshot(self.top, skip=OWN))
        if guards:
            self.plant_guards()
            return "outside its folder: " + ", ".join(
                f"{os.fsdecode(n)} {what}" for n, what in sorted(guards.items())
            )
        if kind_of(box) != stat.S_IFDIR:
            return "the case folder replaced"
        after = snapshot(box)
        for name, entry in before.items():
            kind = entry[0]
            if kind in KEPT_TYPES and (keep_links or kind != stat.S_IFLNK):
                now = after.get(name)
                if now is None or now[0] != kind:
                    return f"{KEPT_TYPES[kind]} {os.fsdecode(name)[:60]!r} replaced or removed"
        changed = differences(before, after)
        touched = {n: w for n, w in changed.items() if n.split(b"/")[0] not in names}
        if touched:
            return "beside what it named: " + ", ".join(
                f"{os.fsdecode(n)[:60]!r} {what}" for n, what in sorted(touched.items())[:4]
            )
        return None

    def verdict(self, target: str, case: str, answer: Answer, beside: str | None,
                refusal_lines: bool = True) -> bool:  # fmt: skip
        """Record the case; False when it failed."""
        why = answer.problem(refusal_lines) or beside
        if why:
            self.stats.fail(target, case, why, kind=f"{case.split(':')[0]}: {_gist(why)}")
            return False
        self.stats.record(target, f"status {answer.status}")
        return True

    # -- state-path ---------------------------------------------------------------------------
    def state_path(self, kind: str | None = None, role: str | None = None) -> None:
        """One odd path in one role (both drawn at random unless given)."""
        rnd = self.rnd
        self.fresh_box(self.box)
        kind = kind or rnd.choice(list(PATH_KINDS))
        path, odd = PATH_KINDS[kind](self, self.box)
        role = role or rnd.choice(list(PATH_ROLES))
        state = path if role == "state" else self.box / "s.json"
        argv = PATH_ROLES[role](self, path, state)
        if rnd.random() < 0.1:
            argv.insert(0, "--read-only")
        before = snapshot(self.box)
        mode = stat.S_IMODE(os.stat(path).st_mode) if kind == "regular" else None
        answer = run_in_process(argv, self.logged)
        case = f"{kind} as {role}: zonetui {' '.join(argv)}"
        names = {b"s.json", b"s.json.lock"} if role != "state" else set()
        if answer.status == 0 or not odd:  # what it named, its state, the state's lock
            names = _named(self.box, path) | _named(self.box, state) | {b"s.json", b"s.json.lock"}
            stem = os.fsencode(state.name)[:200]
            created = _names(self.box) - {n.split(b"/")[0] for n in before}
            names |= {n for n in created if stem in n}  # its lock, a temporary file
        beside = self.check_case(self.box, before, names, keep_links=role != "export")
        if beside is None and mode is not None and role == "state" and answer.status == 0:
            now = stat.S_IMODE(os.stat(path).st_mode)
            beside = None if now == mode else f"the state's mode {mode:o} became {now:o}"
        self.verdict("state-path", case, answer, beside)

    # -- hostile-file -------------------------------------------------------------------------
    def hostile_file(self, role: str | None = None, content: bytes | None = None) -> None:
        """One hostile file in one role (drawn at random unless given)."""
        rnd = self.rnd
        self.fresh_box(self.box)
        role = role or rnd.choice(list(HOSTILE_ROLES))
        base_name, steps = HOSTILE_ROLES[role]
        if content is None:
            content = hostile_bytes(rnd, self.bases[base_name], limit=HOSTILE_LIMITS.get(role))
        path = self.box / os.fsdecode(rnd.choice(HOSTILE_NAMES))
        path.write_bytes(content)
        out = self.box / "out"
        out.write_bytes(USER_DATA)
        before = snapshot(self.box)
        state = self.box / "s.json"
        for step in steps:
            words = step(self, path, content)
            argv = ["--config", str(CONFIG), "--state", str(state), *words]
            answer = run_in_process(argv, self.logged)
            case = f"{role}: zonetui {' '.join(argv)[:200]} [{len(content)} bytes]"
            one_line = words[0] not in ("exec", "run")  # the CLI's own refusals
            if step is _export and answer.status != 0 and out.read_bytes() != USER_DATA:
                why = "a refused export changed its target"
                self.stats.fail("hostile-file", case, why, kind=f"{role}: {why}")
                return
            if answer.problem(one_line):
                self.verdict("hostile-file", case, answer, None, one_line)
                return
        names = {b"s.json", b"s.json.lock", b"out"}
        beside = self.check_case(self.box, before, names)
        self.verdict("hostile-file", case, answer, beside, one_line)

    # -- blocking-path ------------------------------------------------------------------------
    def blocking_path(self, wait: bool = False, kind: str | None = None,
                      role: str | None = None) -> None:  # fmt: skip
        """Start a child when one of the IN_FLIGHT places is free (waiting for one when
        `wait`), after recording the children that have ended."""
        self.reap()
        while wait and len(self.children) >= IN_FLIGHT:
            time.sleep(0.02)
            self.reap()
        busy = {child.box for child in self.children}
        free = [self.top / name for name in CHILD_BOXES if self.top / name not in busy]
        if not free or (not wait and time.monotonic() < self.next_launch):
            return
        self.next_launch = time.monotonic() + LAUNCH_EVERY
        rnd = self.rnd
        box = free[0]
        self.fresh_box(box)
        kind = kind or rnd.choice(list(BLOCKING_KINDS))
        path = BLOCKING_KINDS[kind](self, box)
        role = role or rnd.choice(list(BLOCKING_ROLES))
        argv, stdin = BLOCKING_ROLES[role](self, path, box)
        before = snapshot(box)
        self.serial += 1
        outputs = (self.outputs / f"{self.serial}.out", self.outputs / f"{self.serial}.err")
        with contextlib.ExitStack() as files:
            out, err = (files.enter_context(open(p, "wb")) for p in outputs)
            source = files.enter_context(open(stdin, "rb")) if stdin else subprocess.DEVNULL
            process = subprocess.Popen(
                [sys.executable, "-m", "zonetui", *argv],
                stdin=source,
                stdout=out,
                stderr=err,
                cwd=box,
                env={
                    **os.environ,
                    **self.env,
                    "PYTHONPATH": str(ROOT),
                    "PYTHONIOENCODING": f"utf-8:{STDOUT_ERRORS}",
                },
                preexec_fn=_child_limits,  # noqa: PLW1509 - limits before zonetui starts
            )
        case = f"{kind} as {role}: zonetui {' '.join(argv)}" + (" < it" if stdin else "")

        def check(answer: Answer) -> str | None:
            names = {b"s.json", b"s.json.lock"} if role != "state" else set()
            return self.check_case(box, before, names, keep_links=role != "export")

        deadline = time.monotonic() + ANSWER_SECONDS
        tool = role == "standard input"
        self.children.append(Child(process, box, case, deadline, outputs, check, not tool))

    def reap(self) -> None:
        now = time.monotonic()
        for child in list(self.children):
            answer = child.answer(now)
            if answer is not None:
                self.children.remove(child)
                beside = child.check(answer)
                self.verdict("blocking-path", child.case, answer, beside, child.refusal_lines)


def _gist(why: str) -> str:
    """The first words of a reason, without the names in it: what failures share."""
    words = why.replace("'", " ").split()
    return " ".join(w for w in words[:6] if len(w) < 30 and "/" not in w)


def _names(box: Path) -> set[bytes]:
    return set(os.listdir(os.fsencode(box)))


def _named(box: Path, path: Path) -> set[bytes]:
    """The name in `box` under which `path` lies, and where a link there points."""
    if path == box:
        return set()
    first = box / path.relative_to(box).parts[0]
    names = {os.fsencode(first.name)}
    with contextlib.suppress(OSError):
        names.add(os.fsencode(os.readlink(first)).split(b"/")[0])
    return names


# -- odd paths --------------------------------------------------------------------------------
def _plain(name: str, make: Callable[[HostCampaign, Path], None] | None = None, odd: bool = False):
    def build(campaign: HostCampaign, box: Path) -> tuple[Path, bool]:
        path = box / name
        if make is not None:
            make(campaign, path)
        return path, odd

    return build


def _regular(campaign: HostCampaign, path: Path) -> None:
    path.write_bytes(campaign.state_bytes)
    path.chmod(0o640)


def _folder(campaign: HostCampaign, path: Path) -> None:
    path.mkdir()
    (path / "inside").write_bytes(USER_DATA)


def _link(to: str, make_target: Callable[[HostCampaign, Path], None] | None = None):
    def make(campaign: HostCampaign, path: Path) -> None:
        target = path.parent / to
        if make_target is not None:
            target.parent.mkdir(exist_ok=True)
            make_target(campaign, target)
        path.symlink_to(to)

    return make


def _loop(campaign: HostCampaign, path: Path) -> None:
    path.symlink_to("loop-b")
    (path.parent / "loop-b").symlink_to(path.name)


def _read_only(campaign: HostCampaign, path: Path) -> None:
    path.parent.mkdir()
    if campaign.rnd.random() < 0.5:
        _regular(campaign, path)
    path.parent.chmod(0o555)


def _file_as_parent(campaign: HostCampaign, path: Path) -> None:
    path.parent.write_bytes(USER_DATA)


def _itself(campaign: HostCampaign, box: Path) -> tuple[Path, bool]:
    return box, True


def _glob(campaign: HostCampaign, box: Path) -> tuple[Path, bool]:
    name = campaign.rnd.choice(("*", "?", "[ab]", "state.json*", "*.json", "{a,b}", "state.json?"))
    return box / name, False


def _too_deep(campaign: HostCampaign, box: Path) -> tuple[Path, bool]:
    return box.joinpath(*["d" * 200] * 25, "state.json"), False


def _null(campaign: HostCampaign, path: Path) -> None:
    campaign.device(path, endless=False)


PATH_KINDS: dict[str, Callable[[HostCampaign, Path], tuple[Path, bool]]] = {
    "missing": _plain("state.json"),
    "regular": _plain("state.json", _regular),
    "directory": _plain("d", _folder, odd=True),
    "the case folder": _itself,
    "null device": _plain("null", _null, odd=True),
    "symlink-directory": _plain("state.json", _link("real", _folder), odd=True),
    "symlink-null": _plain("state.json", _link("null", _null), odd=True),
    "symlink-regular": _plain("state.json", _link("real/state.json", _regular)),
    "dangling symlink": _plain("state.json", _link("nowhere/state.json")),
    "symlink loop": _plain("loop-a", _loop, odd=True),
    "glob characters": _glob,
    "name of 255 bytes": _plain("s" * 250 + ".json"),
    "name of 256 bytes": _plain("s" * 251 + ".json"),
    "path of 5,000 bytes": _too_deep,
    "non-UTF-8 name": _plain(os.fsdecode(b"st\xffate\xfe.json")),
    "escape sequence name": _plain("\x1b]2;pwned\x07.json"),
    "read-only folder": _plain("ro/state.json", _read_only),
    "a file as its folder": _plain("file/state.json", _file_as_parent),
    "the config's name": _plain("cluster"),
}
KEPT_TYPES = {  # what a command never replaces, and its name in a failure
    stat.S_IFIFO: "the FIFO",
    stat.S_IFCHR: "the device node",
    stat.S_IFBLK: "the device node",
    stat.S_IFDIR: "the folder",
    stat.S_IFLNK: "the symbolic link",
}

STATE_COMMANDS = (
    ("exec", "--", "true"),
    ("exec", "--", "mkdir -p /fz; echo x > /fz/y"),
    ("reset",),
    ("zoneadm", "list", "-cv"),
    ("check-state",),
    ("locate",),
)


def _config(box: Path) -> str:
    return str(box / "cluster.toml")


PATH_ROLES: dict[str, Callable[[HostCampaign, Path, Path], list[str]]] = {
    "state": lambda c, p, s: [
        "--config", _config(c.box), "--state", str(p), *c.rnd.choice(STATE_COMMANDS)],
    "config": lambda c, p, s: ["--config", str(p), "--state", str(s), "exec", "--", "true"],
    "lab file": lambda c, p, s: ["--state", str(s), "lab", "show", str(p)],
    "script": lambda c, p, s: ["--config", _config(c.box), "--state", str(s), "run", str(p)],
    "import": lambda c, p, s: ["--config", _config(c.box), "--state", str(s), "import", str(p)],
    "export": lambda c, p, s: [
        "--config", _config(c.box), "--state", str(s), "export", SIMULATED_FILE, "--to", str(p)],
}  # fmt: skip


# -- hostile files ----------------------------------------------------------------------------
def hostile_bytes(rnd: random.Random, base: bytes, limit: int | None = None) -> bytes:
    """A file's bytes: noise, a huge line, deep XML, or `base` with NULs, invalid UTF-8
    or terminal escape sequences put in."""
    kind = rnd.randrange(8)
    if kind == 0:
        return rnd.randbytes(rnd.randint(0, 4096))
    if kind == 1:
        unit = rnd.choice((b"x", b"a ", b"<a>", b"\\", b"'", b"\x00", b"\xff", b"\x1b[1m"))
        return unit * rnd.randint(1 << 12, limit or 1 << 18)
    if kind == 2:
        depth = rnd.randint(100, 50_000)
        return b"<?xml version='1.0'?>" + b"<a>" * depth + b"x" + b"</a>" * rnd.randint(0, depth)
    inserts = {3: (b"\x00",), 4: BAD_UTF8, 5: ESCAPES, 6: (b"\r\n", b"\r", b"\f", b"\xef\xbb\xbf")}
    if kind in inserts:
        raw = bytearray(base)
        for _ in range(rnd.randint(1, 8)):
            i = rnd.randrange(len(raw) + 1)
            raw[i:i] = rnd.choice(inserts[kind])
        return bytes(raw)
    raw = bytearray(base)  # base mildly cut and repeated
    i = rnd.randrange(len(raw) + 1)
    return bytes(raw[:i] + raw[i : i + rnd.randint(0, 200)] * rnd.randint(1, 4))


def _simulated(path: Path) -> str:
    return "/var/tmp/" + path.name


def _quoted(path: Path) -> str:
    return shlex.quote(_simulated(path))


def _import(c: HostCampaign, path: Path, content: bytes) -> list[str]:
    return ["import", str(path)]


def _export(c: HostCampaign, path: Path, content: bytes) -> list[str]:
    return ["export", _simulated(path), "--to", str(c.box / "out")]


def _command(line: Callable[[Path, bytes], str]):
    def step(c: HostCampaign, path: Path, content: bytes) -> list[str]:
        return ["exec", "--", line(path, content)]

    return step


def _argument(content: bytes) -> str:
    """Bytes as a command-line argument: no NUL can be in one; not UTF-8 as os.fsdecode."""
    return os.fsdecode(content[:2000].replace(b"\x00", b"")).replace("'", "")


Step = Callable[[HostCampaign, Path, bytes], list[str]]  # the words after the global options
HOSTILE_ROLES: dict[str, tuple[str, tuple[Step, ...]]] = {  # role -> (base text, its steps)
    "config": ("config", (lambda c, p, b: ["--config", str(p), "exec", "--", "true"],)),
    "lab file": ("lab", (lambda c, p, b: ["lab", "show", str(p)],)),
    "script": ("script", (lambda c, p, b: ["run", str(p)],)),
    "zonecfg -f": ("zonecfg", (_import, _command(lambda p, b: f"zonecfg -z hz -f {_quoted(p)}"))),
    "ldm add-domain -i": ("ldm", (
        _import, _command(lambda p, b: f"ldm add-domain -i {_quoted(p)}"))),
    "cat and export": ("script", (_import, _command(lambda p, b: f"cat {_quoted(p)}"), _export)),
    "bytes written in the world": ("script", (
        _command(lambda p, b: f"echo '{_argument(b)}' > {_quoted(p)}; cat {_quoted(p)}"),
        _export)),
    "bytes in a name": ("script", (
        _command(lambda p, b: f"mkdir -p '/var/tmp/{_argument(b)[:200].replace('/', '')}'; "
                 "ls /var/tmp; ls -b /var/tmp; ls -l /var/tmp"),)),
}  # fmt: skip
HOSTILE_NAMES = (b"in.toml", b"in.toml", b"in\xff.toml", b"in[*].toml", b"\x1b]2;t\x07.toml")
HOSTILE_LIMITS = {"script": 1 << 16, "zonecfg -f": 1 << 16}  # a huge line runs as commands


# -- what may block ---------------------------------------------------------------------------
def _fifo(campaign: HostCampaign, path: Path) -> None:
    os.mkfifo(path)


def _zero(campaign: HostCampaign, path: Path) -> None:
    campaign.device(path, endless=True)


def _blocking(name: str, make) -> Callable[[HostCampaign, Path], Path]:
    def build(campaign: HostCampaign, box: Path) -> Path:
        path = box / name
        make(campaign, path)
        return path

    return build


BLOCKING_KINDS = {
    "fifo": _blocking("state.json", _fifo),
    "symlink-fifo": _blocking("state.json", _link("fifo", _fifo)),
    "endless device": _blocking("state.json", _zero),
    "symlink-endless": _blocking("state.json", _link("zero", _zero)),
}

BLOCKING_ROLES: dict[str, Callable[[HostCampaign, Path, Path], tuple[list[str], Path | None]]] = {
    "state": lambda c, p, b: (
        ["--config", _config(b), "--state", str(p), *c.rnd.choice(STATE_COMMANDS[:3])], None),
    "config": lambda c, p, b: (
        ["--config", str(p), "--state", str(b / "s.json"), "exec", "--", "true"], None),
    "lab file": lambda c, p, b: (["--state", str(b / "s.json"), "lab", "show", str(p)], None),
    "script": lambda c, p, b: (["--config", _config(b), "--state", str(b / "s.json"),
                                "run", str(p)], None),
    "import": lambda c, p, b: (["--config", _config(b), "--state", str(b / "s.json"),
                                "import", str(p)], None),
    "export": lambda c, p, b: (["--config", _config(b), "--state", str(b / "s.json"),
                                "export", SIMULATED_FILE, "--to", str(p)], None),
    "standard input": lambda c, p, b: (
        ["--config", _config(b), "--state", str(b / "s.json"),
         *c.rnd.choice((("run", "-"), ("shell",), ("zonecfg", "-z", "hz"), ("run", "/dev/stdin")))],
        p if stat.S_ISCHR(os.stat(p).st_mode) else None),
}  # fmt: skip
