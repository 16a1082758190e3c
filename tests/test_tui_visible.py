"""Simulated text is shown as text (issue 15, item 3): an escape sequence in a file, a
zonecfg attr, a hostname or a zone name reaches the screen as `^[...`, as `cat -v` shows
it, and a bracket as a bracket, never as markup. Also a secret answer (the migration's
`Target Password:`) is masked and never echoed or kept, and a toast is not stacked on an
identical one still on screen (item 12)."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from textual.content import Content
from textual.events import Paste
from textual.widgets import Static

from tests.test_tui import SIZE, console, lab_workspace, make_app, screen_lines, type_line
from zonetui.model import Zone, ZoneConfig
from zonetui.tui.app import ZonetuiApp
from zonetui.tui.outline import NodeRef
from zonetui.tui.screens.confirm import ConfirmScreen
from zonetui.tui.screens.listing import ListingScreen
from zonetui.tui.visible import LAYOUT, as_markup, one_cell, visible
from zonetui.tui.widgets import ClusterTree, CommandInput, ConsolePane, Crumbs, DetailPane
from zonetui.tui.widgets.console_pane import ContextBar, PromptLabel
from zonetui.tui.widgets.prompt_bar import PromptBar

# a retitle (OSC 2 ... BEL), a colour (CSI ... m, 7-bit and C1), a carriage return, and
# what Rich or Textual markup would take for tags
HOSTILE = "\x1b]2;pwned\x07\x1b[31mred\x9b1m\r[bold]b[/bold][$x]"
SHOWN = "^[]2;pwned^G^[[31mredM-^[1m^M[bold]b[/bold][$x]"
TOAST = "\x1b]2;toast\x07[b]x[/b]"
CONFIG = Path(__file__).parent / "configs" / "migrate.toml"


def is_visible(text: str) -> bool:
    """Nothing in `text` a terminal would act on (tab and newline aside)."""
    return all(c in LAYOUT or unicodedata.category(c) not in ("Cc", "Cs") for c in text)


def screen_text(app: ZonetuiApp) -> list[str]:
    """Every line of the screen as the compositor draws it: what the terminal is sent,
    less Textual's own styling."""
    return [strip.text for strip in app.screen._compositor.render_strips()]


def assert_shown_as_text(app: ZonetuiApp) -> str:
    """Nothing on screen a terminal would act on; the screen's text, joined."""
    text = "\n".join(screen_text(app))
    assert is_visible(text), [line for line in text.split("\n") if not is_visible(line)]
    return text


def hostile_zone(workspace, name: str = "w" + HOSTILE) -> NodeRef:
    """A configured zone whose name holds escapes and brackets (beside zonecfg's rules:
    a world may come from anywhere), in the first domain."""
    host = workspace.world.hosts[0]
    domain = host.domains[0]
    domain.solaris.zones[name] = Zone(config=ZoneConfig(name=name, zonepath="/zones/w"))
    return NodeRef(host.name, domain.name, name)


# -- visible(): pure, total --------------------------------------------------------------

ANY_CHAR = st.characters(codec=None, exclude_categories=())  # surrogates too


@given(st.text(ANY_CHAR))
def test_visible_leaves_nothing_a_terminal_acts_on_and_keeps_the_layout(text: str) -> None:
    shown = visible(text)
    assert is_visible(shown)
    assert all(unicodedata.category(c) not in ("Cc", "Cs") or c in "\t\n" for c in shown)
    assert shown.count("\n") == text.count("\n") and shown.count("\t") == text.count("\t")
    shown.encode("utf-8")  # a terminal can be sent it


@given(st.text(ANY_CHAR))
def test_visible_is_idempotent(text: str) -> None:
    assert visible(visible(text)) == visible(text)


@given(st.text(st.characters(exclude_categories=("Cc", "Cs"))))
def test_visible_text_is_left_as_it_is(text: str) -> None:
    assert visible(text) == text


@given(st.text(ANY_CHAR))
def test_as_markup_shows_the_text_literally(text: str) -> None:
    assert Content.from_markup(as_markup(text)).plain == visible(text)


@given(st.text(ANY_CHAR))
def test_one_cell_draws_each_character_as_one_and_nothing_a_terminal_acts_on(text: str) -> None:
    drawn = one_cell(text)
    assert len(drawn) == len(text)
    assert is_visible(drawn) and "\t" not in drawn and "\n" not in drawn
    assert one_cell(drawn) == drawn
    drawn.encode("utf-8")


@pytest.mark.skipif(shutil.which("cat") is None, reason="no cat")
def test_visible_shows_control_characters_and_bytes_as_cat_v_does() -> None:
    every_byte = bytes(range(256))
    run = subprocess.run(["cat", "-v"], input=every_byte, capture_output=True, check=False)
    if run.returncode != 0:
        pytest.skip("cat has no -v")
    expected = run.stdout.decode("ascii")
    # the 7-bit characters, then each high byte as zonetui keeps a byte that is not UTF-8
    as_text = every_byte[:128].decode("ascii") + every_byte[128:].decode("utf-8", "surrogateescape")
    assert visible(as_text) == expected
    c1 = "".join(map(chr, range(0x80, 0xA0)))  # the 8-bit controls as characters
    assert visible(c1) == "".join(f"M-^{chr(code - 0x40)}" for code in range(0x80, 0xA0))


def test_a_sample_of_what_visible_shows() -> None:
    assert visible(HOSTILE) == SHOWN
    assert visible("a\tb\nc › é") == "a\tb\nc › é"
    assert visible("\x00\x7f\x9b\udcff") == "^@^?M-^[M-^?"


# -- the console ---------------------------------------------------------------------------


async def test_cat_of_a_file_with_escapes_shows_them_as_text(tmp_path: Path) -> None:
    app = make_app(lab_workspace(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        pane = app.main.query_one(ConsolePane)
        pane.run(f"echo '{HOSTILE}' > /tmp/evil")
        await console(pilot)
        await type_line(pilot, "cat /tmp/evil")
        assert screen_lines(app)[-2:] == ["# cat /tmp/evil", SHOWN]
        assert list(pane.scrollback.transcript)[-1] == SHOWN
        assert SHOWN in assert_shown_as_text(app)


async def test_a_zonecfg_attr_value_and_a_hostname_show_their_escapes_as_text(
    tmp_path: Path,
) -> None:
    app = make_app(lab_workspace(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        pane = app.main.query_one(ConsolePane)
        attr = f'add attr; set name=note; set type=string; set value="{HOSTILE}"; end; commit'
        pane.run(f"zonecfg -z web1 '{attr}'")
        pane.run("zonecfg -z web1 info attr")
        pane.run(f"hostname '{HOSTILE}'")
        pane.run("hostname")
        await pilot.pause()
        lines = screen_lines(app)
        assert " " * 8 + "value: " + SHOWN in lines  # the tab stays layout: expanded
        assert lines[-2:] == ["# hostname", SHOWN]
        # the domain's details name the host as Solaris knows it
        app.main.query_one(ClusterTree).move_to(NodeRef("t2000-a", "primary"))
        await pilot.pause()
        assert SHOWN in app.main.query_one(DetailPane).text
        assert SHOWN in assert_shown_as_text(app)


async def test_a_host_name_with_escapes_is_text_in_the_context_bar_crumbs_and_map(
    tmp_path: Path,
) -> None:
    workspace = lab_workspace(tmp_path)
    workspace.world.hosts[0].name = "t2000" + HOSTILE  # a world may come from anywhere
    app = make_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        bar = str(app.main.query_one(ContextBar).render())
        assert bar == "t2000" + SHOWN + " › primary › global"
        assert "t2000" + SHOWN in app.main.query_one(Crumbs).text
        assert "t2000^[]2;pwned^G" in assert_shown_as_text(app)
        await pilot.press("m")  # the core map: its title names the host
        await pilot.pause()
        assert app.main.state.pane == "map"
        assert "t2000^[]2;pwned^G" in assert_shown_as_text(app)


# -- the views -------------------------------------------------------------------------------


async def test_a_zone_name_with_escapes_and_markup_is_shown_as_text_everywhere(
    tmp_path: Path,
) -> None:
    workspace = lab_workspace(tmp_path)
    ref = hostile_zone(workspace)
    app = make_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        tree = app.main.query_one(ClusterTree)
        tree.move_to(ref)
        await pilot.pause()
        assert app.main.selection == ref
        label = str(tree.node_for(ref).label)
        assert label == "w" + SHOWN + "  configured"
        assert ("w" + SHOWN) in app.main.query_one(DetailPane).text
        assert ("w" + SHOWN) in app.main.query_one(Crumbs).text
        assert "w^[]2;pwned^G" in assert_shown_as_text(app)

        await pilot.press("d")  # describe: zonecfg info, zoneadm list -v
        await pilot.pause()
        listing = app.screen
        assert isinstance(listing, ListingScreen)
        assert any("^[]2;pwned^G" in line for line in listing.text)
        assert all(is_visible(line) for line in listing.text)
        assert_shown_as_text(app)
        await pilot.press("escape")
        await pilot.pause()

        await pilot.press("colon", *"zones", "enter")
        await pilot.pause()
        cells = [cell for row in app.main.table.rows for cell in row.cells]
        assert "w" + SHOWN in cells
        assert "w^[]2;pwned^G" in assert_shown_as_text(app)


async def test_the_confirmation_shows_the_zone_name_as_text(tmp_path: Path) -> None:
    workspace = lab_workspace(tmp_path)
    ref = hostile_zone(workspace)
    app = make_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        app.main.query_one(ClusterTree).move_to(ref)
        await pilot.pause()
        await pilot.press("D")  # delete: asks first
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        line = str(app.screen.query_one("#confirm-line", Static).render())
        assert "^[]2;pwned^G" in line and "[bold]" in line
        assert_shown_as_text(app)
        await pilot.press("n")


async def test_the_core_map_shows_names_as_text(tmp_path: Path) -> None:
    workspace = lab_workspace(tmp_path)
    host = workspace.world.hosts[0]
    host.domain("ldg1").name = "ldg" + HOSTILE  # a world may come from anywhere
    app = make_app(workspace)
    async with app.run_test(size=(140, 40)) as pilot:
        app.main.open_map(host.name)
        await pilot.pause()
        assert any(SHOWN in line for line in app.main.core_map.layout_lines)
        assert SHOWN in assert_shown_as_text(app)


# -- toasts ----------------------------------------------------------------------------------


async def test_a_toast_shows_its_text_literally(tmp_path: Path) -> None:
    app = make_app(lab_workspace(tmp_path))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        app.main.console.notify(TOAST)  # as any widget's toast: a state error, ...
        await pilot.pause()
        (toast,) = list(app._notifications)
        assert toast.message == "^[]2;toast^G[b]x[/b]"
        assert not toast.markup
        assert "[b]x[/b]" in assert_shown_as_text(app)


async def test_an_identical_toast_is_shown_once_while_it_is_on_screen(tmp_path: Path) -> None:
    app = make_app(lab_workspace(tmp_path))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        for _ in range(5):  # as an error met at every look at the state
            app.notify("state.json: Permission denied", severity="error")
            await pilot.pause()
        app.notify("state.json: Permission denied", severity="error")
        app.notify("state.json: Permission denied", severity="error")
        await pilot.pause()
        assert [n.message for n in app._notifications] == ["state.json: Permission denied"]
        app.notify("state.json: Permission denied", severity="warning")  # another kind
        app.notify("something else", severity="error")
        await pilot.pause()
        assert len(list(app._notifications)) == 3
        assert assert_shown_as_text(app).count("state.json: Permission denied") == 2
        app.clear_notifications()
        app.notify("state.json: Permission denied", severity="error")  # gone: shown again
        await pilot.pause()
        assert len(list(app._notifications)) == 1


# -- a secret ----------------------------------------------------------------------------------


async def test_the_migration_password_is_masked_and_never_echoed_or_kept(tmp_path: Path) -> None:
    app = make_app(lab_workspace(tmp_path, CONFIG.read_text()))
    async with app.run_test(size=SIZE) as pilot:
        await console(pilot)
        await type_line(pilot, "ldm migrate-domain ldg3 t5220-b")
        entry = app.main.query_one(CommandInput)
        assert str(app.main.query_one(PromptLabel).render()) == "Target Password:"
        assert entry.password
        await pilot.press(*"s3cret")
        await pilot.pause()
        assert entry.value == "s3cret"
        assert "s3cret" not in "\n".join(screen_text(app))  # masked while typed
        await pilot.press("enter")
        await pilot.pause()
        assert not entry.password
        lines = screen_lines(app)
        assert lines[-2:] == ["# ldm migrate-domain ldg3 t5220-b", "Target Password:"]
        scrollback = app.main.query_one(ConsolePane).scrollback
        assert not any("s3cret" in line for line in scrollback.transcript)
        assert "s3cret" not in app.history.entries
        assert "s3cret" not in "\n".join(screen_text(app))
        await pilot.press("up")
        assert entry.value == "ldm migrate-domain ldg3 t5220-b"
        entry.value = ""
        await type_line(pilot, "ldm list ldg3")
        assert "ldm list ldg3" in app.history.entries  # the next line is history again
        assert app.workspace.world.host("t5220-b").domain("ldg3") is not None


async def test_no_history_suggestion_shows_beside_a_secret(tmp_path: Path) -> None:
    app = make_app(lab_workspace(tmp_path, CONFIG.read_text()))
    async with app.run_test(size=SIZE) as pilot:
        await console(pilot)
        await type_line(pilot, "echo secret-plan")
        await type_line(pilot, "ldm migrate-domain ldg3 t5220-b")
        entry = app.main.query_one(CommandInput)
        await pilot.press("e")
        await pilot.pause()
        assert entry._suggestion == ""
        await pilot.press("ctrl+r")  # no search shows what is typed
        await pilot.pause()
        assert entry.query is None
        assert "echo" not in "\n".join(screen_text(app)).split("Target Password:")[-1]


async def test_a_pasted_escape_is_drawn_as_one_visible_character_and_typed_as_it_is(
    tmp_path: Path,
) -> None:
    app = make_app(lab_workspace(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await console(pilot)
        entry = app.main.query_one(CommandInput)
        pasted = HOSTILE.replace("\r", "")  # a paste is cut at its first line's end
        entry.post_message(Paste(f"echo '{pasted}' > /tmp/p"))
        await pilot.pause()
        assert entry.value == f"echo '{pasted}' > /tmp/p"  # the shell gets what was pasted
        assert "echo '␛]2;pwned␇␛[31mred" in assert_shown_as_text(app)
        at_end = entry.cursor_screen_offset
        entry.value = "x" * len(entry.value)
        entry.cursor_position = len(entry.value)
        assert entry.cursor_screen_offset == at_end  # one cell each, the cursor after them
        entry.value = f"echo '{pasted}' > /tmp/p"
        await pilot.press("end", "enter")
        await pilot.pause()
        assert screen_lines(app)[-1] == f"# echo '{visible(pasted)}' > /tmp/p"
        await pilot.press("e")
        await pilot.pause()
        assert entry._suggestion == ""  # no ghost text drawn from that line


async def test_a_pasted_escape_in_the_view_prompt_is_drawn_as_text(tmp_path: Path) -> None:
    app = make_app(lab_workspace(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("colon")
        await pilot.pause()
        prompt = app.main.query_one(PromptBar).input
        prompt.post_message(Paste("zo\x1b]2;pwned\x07"))
        await pilot.pause()
        assert prompt.value == "zo\x1b]2;pwned\x07"
        assert "zo␛]2;pwned␇" in assert_shown_as_text(app)
