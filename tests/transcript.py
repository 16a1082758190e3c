"""Transcript test files: commands with their exact expected output and status.

A file holds cases separated by `=== title` lines. Each case has optional settings
(`config: NAME` from tests/configs, `host:`, `domain:`, `zone:`, `interactive: yes`,
`status: N`; a line starting with `#` there is a comment, e.g. the source a case
follows), then `--- input` (the script) and either `--- output` (what
`zonetui run --echo` prints: every line behind its prompt, all on stdout) or
`--- stdout` / `--- stderr` (a plain `zonetui run`). Expected text is exact: tabs,
trailing spaces and blank lines count, so a section runs up to the next `---` or `===`
line with no blank separator (a blank line there would be expected output).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).parent
SECTIONS = ("input", "output", "stdout", "stderr")


@dataclass
class Case:
    title: str
    source: str
    settings: dict[str, str] = field(default_factory=dict)
    sections: dict[str, str] = field(default_factory=dict)

    @property
    def config(self) -> Path:
        return HERE / "configs" / f"{self.settings.get('config', 'basic')}.toml"

    @property
    def status(self) -> int:
        return int(self.settings.get("status", "0"))

    @property
    def echo(self) -> bool:
        return "output" in self.sections

    def argv(self, script: Path) -> list[str]:
        args = ["--config", str(self.config), "--ephemeral"]
        for key in ("host", "domain", "zone"):
            if key in self.settings:
                args += [f"--{key}", self.settings[key]]
        args.append("run")
        if self.echo:
            args.append("--echo")
        if self.settings.get("interactive") == "yes":
            args.append("--interactive")
        return [*args, str(script)]


def parse(path: Path) -> list[Case]:
    cases: list[Case] = []
    section: str | None = None
    lines: list[str] = []

    def close() -> None:
        if cases and section:
            cases[-1].sections[section] = "".join(line + "\n" for line in lines)

    text = path.read_text()
    for number, line in enumerate(text.removesuffix("\n").split("\n"), 1):
        if line.startswith("=== "):
            close()
            cases.append(Case(line[4:].strip(), f"{path.name}:{number}"))
            section, lines = None, []
        elif line.startswith("--- ") and line[4:].strip() in SECTIONS and cases:
            close()
            section, lines = line[4:].strip(), []
        elif section:
            lines.append(line)
        elif line.strip() and cases and not line.startswith("#"):
            key, _, value = line.partition(":")
            cases[-1].settings[key.strip()] = value.strip()
    close()
    return cases


def all_cases() -> list[Case]:
    return [case for path in sorted((HERE / "transcripts").glob("*.t")) for case in parse(path)]
