"""Host safety (issue 8): nothing in zonetui runs a host command, and zonetui writes only
its state, config, log and history files and the files the user names."""

from __future__ import annotations

import ast
import builtins
import os
from pathlib import Path

import pytest

from zonetui.cli import main
from zonetui.store.hostfiles import is_temporary

PACKAGE = Path(__file__).parent.parent / "zonetui"
CONFIG = str(Path(__file__).parent / "configs" / "zones-guest.toml")

FORBIDDEN_MODULES = {"subprocess", "pty", "pexpect", "multiprocessing", "ctypes", "commands"}
FORBIDDEN_CALLS = {
    ("os", "system"),
    ("os", "popen"),
    ("os", "fork"),
    ("os", "forkpty"),
    ("os", "posix_spawn"),
    ("os", "posix_spawnp"),
    ("asyncio", "create_subprocess_exec"),
    ("asyncio", "create_subprocess_shell"),
}
FORBIDDEN_PREFIXES = ("exec", "spawn")  # os.execv, os.execvp, os.spawnl, ...
# `zonetui serve` starts the TUI in a process of its own for each page (tui/serve.py, over
# textual-serve), and asks the kernel to end it with the server (prctl through ctypes).
ALLOWED_IMPORTS = {("cli.py", "textual_serve.server"), ("tui/serve.py", "ctypes")}
ALLOWED_CALLS = {("tui/serve.py", "asyncio.create_subprocess_exec")}


def _violations(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(), str(path))
    name = str(path.relative_to(PACKAGE))
    found: list[str] = []
    for node in ast.walk(tree):
        modules: list[str] = []
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            modules = [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
        for module in modules:
            bad = (
                module.split(".")[0] in FORBIDDEN_MODULES
                or module.startswith("os.")
                and (
                    ("os", module[3:]) in FORBIDDEN_CALLS
                    or module[3:].startswith(FORBIDDEN_PREFIXES)
                )
            )
            if bad and (name, module) not in ALLOWED_IMPORTS:
                found.append(f"{name}:{node.lineno}: imports {module}")
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            pair = (node.value.id, node.attr)
            if (
                pair in FORBIDDEN_CALLS
                or (node.value.id == "os" and node.attr.startswith(FORBIDDEN_PREFIXES))
            ) and (name, f"{node.value.id}.{node.attr}") not in ALLOWED_CALLS:
                found.append(f"{name}:{node.lineno}: uses {node.value.id}.{node.attr}")
    return found


def test_no_module_runs_a_host_command():
    problems = [v for path in sorted(PACKAGE.rglob("*.py")) for v in _violations(path)]
    assert problems == []


def test_the_checker_sees_what_it_looks_for(tmp_path, monkeypatch):
    fake = tmp_path / "zonetui" / "mod.py"
    fake.parent.mkdir()
    fake.write_text(
        "import os.path\nimport subprocess\nimport os\nos.system('ls')\n"
        "os.execvp('ls', [])\nfrom os import spawnl, getcwd\n"
    )
    monkeypatch.setattr("tests.test_host_safety.PACKAGE", fake.parent)
    assert sorted(v.split(": ", 1)[1] for v in _violations(fake)) == [
        "imports os.spawnl",
        "imports subprocess",
        "uses os.execvp",
        "uses os.system",
    ]


# -- what zonetui writes --------------------------------------------------------------------------
class Writes:
    """Every path the process opens for writing, creates, renames or removes."""

    def __init__(self, monkeypatch) -> None:
        self.paths: list[str] = []
        real_open, real_os_open = builtins.open, os.open

        def opened(file, mode="r", *args, **kwargs):
            if isinstance(file, str | bytes | os.PathLike) and any(c in mode for c in "wax+"):
                self.paths.append(os.path.abspath(os.fsdecode(file)))
            return real_open(file, mode, *args, **kwargs)

        def os_opened(path, flags, *args, **kwargs):
            if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND):
                self.paths.append(os.path.abspath(os.fsdecode(path)))
            return real_os_open(path, flags, *args, **kwargs)

        monkeypatch.setattr(builtins, "open", opened)
        monkeypatch.setattr(os, "open", os_opened)
        for name in ("replace", "rename", "unlink", "remove", "rmdir", "mkdir"):
            real = getattr(os, name)

            def changed(path, *args, _real=real, **kwargs):
                target = args[0] if args and isinstance(args[0], str | os.PathLike) else path
                self.paths.append(os.path.abspath(os.fsdecode(target)))
                return _real(path, *args, **kwargs)

            monkeypatch.setattr(os, name, changed)


@pytest.mark.parametrize("ephemeral", [False, True])
def test_zonetui_writes_only_its_own_files_and_the_ones_named(
    tmp_path, monkeypatch, capsys, ephemeral
):
    home = Path(os.environ["HOME"])
    state = tmp_path / "state" / "s.json"
    script = tmp_path / "setup.sh"
    script.write_text(
        "mkdir -m 700 /zones\nzonecfg -z web9 'create; set zonepath=/zones/web9'\n"
        "zoneadm -z web9 install\nzoneadm -z web9 boot\necho hello > /tmp/note\n"
        "ldm add-domain ldg7\nldm list-constraints -x ldg1 > /var/tmp/ldg1.xml\n"
        "zonecfg -z web9 export -f /tmp/web9.cfg\nls -l / > /tmp/root.txt\n"
    )
    named = tmp_path / "out" / "note.txt"
    named.parent.mkdir()
    monkeypatch.chdir(tmp_path)
    writes = Writes(monkeypatch)
    base = ["--config", CONFIG] + (["--ephemeral"] if ephemeral else ["--state", str(state)])
    assert main([*base, "run", str(script)]) == 0
    assert main([*base, "exec", "--", "zoneadm list -cv; ldm list"]) == 0
    assert main([*base, "check-state"]) == 0
    assert main([*base, "export", "/etc/nodename", "--to", str(named)]) == 0
    capsys.readouterr()
    allowed_dirs = (str(state.parent), str(home))  # the state, and the user's zonetui dirs
    unexpected = [
        p
        for p in writes.paths
        if p != str(named)
        and not (Path(p).parent == named.parent and is_temporary(Path(p).name, named.name))
        and not (not ephemeral and p.startswith(allowed_dirs))
        and not (p.startswith(str(home)) and "zonetui" in p)
    ]
    assert unexpected == []
    assert sorted(os.listdir(tmp_path)) == ["out", "setup.sh"] + ([] if ephemeral else ["state"])
