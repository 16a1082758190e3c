"""Run every transcript case through `zonetui run` and compare byte for byte."""

from __future__ import annotations

import pytest

from tests.transcript import Case, all_cases
from zonetui.cli import main

CASES = all_cases()


@pytest.mark.parametrize("case", CASES, ids=[f"{c.source} {c.title}" for c in CASES])
def test_transcript(case: Case, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("ZONETUI_STATE", str(tmp_path / "unused.json"))
    script = tmp_path / "script.sh"
    script.write_text(case.sections.get("input", ""))
    status = main(case.argv(script))
    captured = capsys.readouterr()
    if case.echo:
        assert captured.out == case.sections["output"]
        assert captured.err == ""
    else:
        assert captured.out == case.sections.get("stdout", "")
        assert captured.err == case.sections.get("stderr", "")
    assert status == case.status


def test_there_are_transcripts():
    assert len(CASES) >= 10
