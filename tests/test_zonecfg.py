"""zonecfg: what the transcripts cannot show — zones in states only zoneadm makes (set
directly here), the lexer and grammar, units, the XML files and completion."""

from __future__ import annotations

import pytest

from tests.conftest import Typist
from zonetui.model.record import dump
from zonetui.model.zones import Zone, ZoneConfig
from zonetui.shell.interpreter import Console
from zonetui.sim.context import Context
from zonetui.sim.zones.files import config_from_xml, zone_xml
from zonetui.sim.zones.templates import templates_for
from zonetui.sim.zones.zonecfg import complete_line, valid_zone_name
from zonetui.sim.zones.zonecfg.complete import complete_invocation
from zonetui.sim.zones.zonecfg.grammar import Complex, ListValue, Simple, parse
from zonetui.sim.zones.zonecfg.lexer import Lexer
from zonetui.sim.zones.zonecfg.units import bytes_to_units, cap_to_ncpus, cpu_cap, str_to_bytes

WEB1 = (
    'zonecfg -z web1 "create; set zonepath=/zones/web1; add net; '
    'set address=192.168.1.10/24; set physical=e1000g0; end"'
)


def solaris_of(typist: Typist):
    return typist.console.shell.world.host("t2000-a").domain("primary").solaris


@pytest.fixture
def web1(tty):
    """A terminal shell with web1 configured as in T01."""
    assert tty(WEB1) == ""
    return tty


def in_state(typist: Typist, state: str, zone: str = "web1") -> Zone:
    found = solaris_of(typist).zones[zone]
    found.state = state  # zoneadm's job; zonecfg only reads it
    if state != "configured":
        found.uuid = "5fa2a0e6-2d3a-6f4b-e4b5-c8b5a5e2b1c4"
    return found


# -- zone state governs change (§1.4) ---------------------------------------------------
def test_installed_zone_refuses_create_zonepath_brand_and_ipds(web1):
    in_state(web1, "installed")
    web1("zonecfg -z web1")
    assert web1("create") == "Zone web1 already installed; create not allowed.\n"
    assert web1("set zonepath=/zones/x") == (
        "Zone web1 already installed; set zonepath not allowed.\n"
    )
    assert web1("set brand=native") == "Zone web1 already installed; set brand not allowed.\n"
    assert web1("add inherit-pkg-dir") == (
        "Zone web1 already installed; add inherit-pkg-dir not allowed.\n"
    )
    assert web1("remove inherit-pkg-dir dir=/usr") == (
        "Zone web1 already installed; remove inherit-pkg-dir not allowed.\n"
    )
    assert web1("select inherit-pkg-dir dir=/usr") == (
        "Zone web1 not in configured state; select inherit-pkg-dir not allowed.\n"
    )
    # everything else may change in any state
    assert web1("set autoboot=true") == ""
    assert web1("add net") == ""
    assert web1("set physical=bge0") == ""
    assert web1("set address=10.0.0.2") == ""
    assert web1("end") == ""
    assert web1("exit") == ""
    # none of the refusals above counts as an error (zonecfg.c does not set saw_error)
    assert web1.status == 0
    zone = solaris_of(web1).zones["web1"]
    assert zone.state == "installed" and zone.uuid  # a commit keeps state and uuid
    assert [n.physical for n in zone.config.net] == ["e1000g0", "bge0"]
    index = solaris_of(web1).fs.read("/etc/zones/index")
    assert "web1:installed:/zones/web1:5fa2a0e6-2d3a-6f4b-e4b5-c8b5a5e2b1c4\n" in index


def test_incomplete_zone_refuses_select_of_ipd_but_not_create(web1):
    in_state(web1, "incomplete")
    web1("zonecfg -z web1")
    assert web1("select inherit-pkg-dir dir=/lib") == (
        "Zone web1 not in configured state; select inherit-pkg-dir not allowed.\n"
    )
    assert web1("create -F") == "Zone web1 already exists; overwriting.\n"
    assert web1("set zonepath=/zones/web1") == ""
    assert web1("exit") == ""
    zone = solaris_of(web1).zones["web1"]
    assert zone.state == "configured" and zone.uuid == ""


def test_delete_of_an_installed_zone_needs_minus_f(web1):
    in_state(web1, "installed")
    web1("zonecfg -z web1")
    assert web1("delete") == ""
    assert web1.console.prompt == "Are you sure you want to delete zone web1 (y/[n])? "
    assert web1("y") == (
        "Zone web1 not in configured state; delete not allowed.  Use -F to force delete.\n"
    )
    assert web1("delete -F") == ""
    assert web1("exit") == ""
    assert web1.status == 0  # the refusal is a zerr(), not an error of the session
    assert "web1" not in solaris_of(web1).zones


@pytest.mark.parametrize("state", ["ready", "running", "shutting_down", "down"])
def test_a_running_zone_is_never_deleted(web1, state):
    """T19's zonecfg line."""
    in_state(web1, state)
    out, err = web1.streams("zonecfg -z web1 delete -F")
    assert (out, err) == ("", "web1: Zone state is invalid for the requested operation\n")
    assert web1.status == 1
    assert "web1" in solaris_of(web1).zones


@pytest.mark.parametrize(("state", "allowed"), [("installed", True), ("running", False)])
def test_renaming_refused_while_ready_or_running(web1, state, allowed):
    in_state(web1, state)
    web1("zonecfg -z web1")
    said = web1("set zonename=web2")
    if allowed:
        assert said == ""
        assert web1.console.prompt == "zonecfg:web2> "
        web1("exit")
        assert list(solaris_of(web1).zones) == ["web2"]
        assert solaris_of(web1).zones["web2"].state == "installed"
        assert not solaris_of(web1).fs.get("/etc/zones/web1.xml")
    else:
        # usage(B_FALSE, HELP_SYNTAX) opens the syntax block with an empty line
        assert said.startswith(
            "web2: Zone state is invalid for the requested operation\n\n<zone> :="
        )
        assert web1.console.prompt == "zonecfg:web1> "


def test_zonecfg_runs_only_in_the_global_zone(world):
    console = Console(world, Context("t2000-a"), terminal=False)
    typist = Typist(console)
    typist(WEB1)
    in_state(typist, "running")
    inside = Typist(Console(world, Context("t2000-a", zone="web1"), terminal=False))
    assert inside.streams("zonecfg -z web1 info") == (
        "",
        "zonecfg can only be run from the global zone.\n",
    )
    assert inside.status == 1


def test_a_zone_of_a_brand_the_host_lacks_cannot_be_loaded(world):
    solaris = world.host("t2000-a").domain("primary").solaris
    solaris.zones["s8"] = Zone(config=ZoneConfig(name="s8", zonepath="/z", brand="solaris8"))
    typist = Typist(Console(world, Context("t2000-a"), terminal=False))
    assert typist.streams("zonecfg -z s8 info") == (
        "",
        'Zone s8 uses non-existent brand "solaris8".  Unable to continue\n',
    )
    assert typist.status == 1


def test_a_failed_command_changes_nothing(web1):
    before = dump(solaris_of(web1).zones["web1"])
    web1("zonecfg -z web1")
    for line in ("set max-lwps=10", "set zonepath=rel", "add dedicated-cpu", "set ncpus=0"):
        web1(line)
    web1("cancel")
    web1("exit")
    assert dump(solaris_of(web1).zones["web1"]) == before


def test_zonecfg_offers_completion_while_it_reads(web1):
    console = web1.console
    assert console.complete("zonecfg -z w") == (11, ["web1"])  # the shell's, from the registry
    web1("zonecfg -z web1")
    assert console.prompt == "zonecfg:web1> "
    assert console.complete("sel") == (0, ["select"])
    web1("add net")
    assert console.complete("set phy") == (4, ["physical="])
    assert console.complete("end; set ph") == (9, ["physical="])
    web1("cancel")
    web1("exit")
    assert console.prompt == "# "


# -- lexer and grammar (§1.3) -----------------------------------------------------------------
def kinds(text: str) -> list[tuple[str, str]]:
    return [(t.kind, t.value or t.text) for t in Lexer().tokens(text)]


def test_initial_state_knows_only_command_words():
    assert kinds("foo\n")[:3] == [("CHAR", "f"), ("CHAR", "o"), ("CHAR", "o")]
    # a command word needs no blank after it
    assert kinds("adder\n")[:2] == [("COMMAND", "add"), ("TOKEN", "er")]
    assert kinds("# a comment\n") == [("\n", "\n")]


def test_keywords_only_as_whole_words():
    assert kinds("set zonepath=/a\n") == [
        ("COMMAND", "set"),
        ("PROPERTY", "zonepath"),
        ("=", "="),
        ("TOKEN", "/a"),
        ("\n", "\n"),
    ]
    assert kinds("add netx\n")[1] == ("TOKEN", "netx")
    assert kinds("add options ro,rw\n")[2] == ("TOKEN", "ro,rw")


def test_quotes_lists_and_complex_values():
    assert kinds('set bootargs="-m verbose"\n')[3] == ("TOKEN", "-m verbose")
    assert [k for k, _ in kinds("set options=[ro,name]\n")] == [
        "COMMAND",
        "PROPERTY",
        "=",
        "[",
        "TOKEN",
        ",",
        "TOKEN",
        "]",
        "\n",
    ]
    assert kinds("add value (priv=privileged)\n")[3:6] == [
        ("PROPERTY", "priv"),
        ("=", "="),
        ("TOKEN", "privileged"),
    ]


def test_an_unclosed_quote_eats_the_newline():
    lexer = Lexer()
    tokens = lexer.tokens('set bootargs="abc\n')
    assert tokens[-1].kind == "TOKEN" and tokens[-1].value == "abc\n"
    assert lexer.lineno == 1  # lex_lineno only counts newline tokens


def parsed(text: str):
    tokens = Lexer().tokens(text)
    return parse(tokens, 0)


def test_values_simple_complex_list():
    cmd = parsed("add value (priv=privileged,limit=10,action=deny)\n").command
    assert cmd.props == [
        ("value", Complex((("priv", "privileged"), ("limit", "10"), ("action", "deny"))))
    ]
    cmd = parsed("set options=[ro,(name=x)]\n").command
    assert cmd.props == [("options", ListValue((Simple("ro"), Complex((("name", "x"),)))))]
    cmd = parsed("set options=[]\n").command
    assert cmd.props == [("options", ListValue(()))] and cmd.nv_pairs == 0


def test_where_yacc_reports_errors():
    assert parsed("set foo=bar\n").token.text == "="
    assert parsed("info net physical\n").token.text == "\n"
    assert parsed("remove net name=a name=b name=c name=d\n").token.text == "name"
    assert parsed("create -a -b -c -d\n").token.text == "-d"
    info = parsed("info foo bar\n")
    assert (info.kind, info.action, info.style) == ("action", "info", "res_props")
    assert parsed("select net\n").style == "short"
    assert parsed("select capped-cpu\n").command.res_type == "capped-cpu"


def test_error_recovery_resumes_after_the_terminator():
    tokens = Lexer().tokens("bogus words; info\n")
    first = parse(tokens, 0)
    assert first.kind == "syntax" and tokens[first.end].value == "info"


# -- units and names (§2, §3.9, §3.10) ------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "size"),
    [("1.5g", 1610612736), ("512K", 524288), ("100", 100), ("", 0), ("2 m", 2097152)],
)
def test_str_to_bytes(text, size):
    assert str_to_bytes(text) == size


@pytest.mark.parametrize("text", ["-1g", "1x", "lots", "1gb", "nan"])
def test_str_to_bytes_refuses(text):
    assert str_to_bytes(text) is None


@pytest.mark.parametrize(
    ("size", "shown"),
    [
        (1000, "1000"),
        (1536, "1.5K"),
        (1572864, "1.5M"),
        (52428800, "50M"),
        (1073741824, "1G"),
        (10 * 1024**3 + 1, "10G"),
        (2 * 1024**5, "2048T"),
    ],
)
def test_bytes_to_units(size, shown):
    assert bytes_to_units(size) == shown


@pytest.mark.parametrize(
    ("text", "limit"), [("3.5", 350), ("0.29", 29), ("1", 100), ("0.01", 1), ("0.001", None)]
)
def test_cpu_cap_as_float_arithmetic(text, limit):
    assert cpu_cap(text) == limit


def test_cap_shown_with_two_decimals():
    assert cap_to_ncpus(350) == "3.50"
    assert cap_to_ncpus(33) == "0.33"


@pytest.mark.parametrize(
    ("name", "valid"),
    [
        ("web1", True),
        ("SUNWfoo", True),  # refused only for renames; SUNW* zones are read-only
        ("global", False),
        ("-x", False),
        ("a" * 63, True),
        ("a" * 64, False),
        ("a b", False),
        ("é", False),
    ],
)
def test_zone_names(name, valid):
    assert valid_zone_name(name) is valid


# -- files (§11) -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["SUNWdefault", "SUNWblank", "SUNWsolaris8", "SUNWsolaris9"])
def test_templates_survive_the_xml(name):
    config = templates_for(["solaris8", "solaris9"])[name]
    assert config_from_xml(zone_xml(config)) == config


def test_templates_depend_on_the_containers():
    assert set(templates_for([])) == {"SUNWdefault", "SUNWblank"}
    assert "SUNWsolaris9" in templates_for(["solaris9"])


def test_zone_xml_is_mode_0644_and_the_index_0644_sys(web1):
    fs = solaris_of(web1).fs
    assert fs.get("/etc/zones/web1.xml").mode == 0o644
    index = fs.get("/etc/zones/index")
    assert (index.mode, index.group) == (0o644, "sys")


# -- completion (§1.1) ----------------------------------------------------------------------------------------
def test_complete_line_follows_scope_and_tables():
    assert "create" in complete_line(None, "")
    assert "end" not in complete_line(None, "")
    assert complete_line(None, "add ca") == ["capped-cpu", "capped-memory"]
    assert complete_line(None, "set ip-type=ex") == ["ip-type=exclusive"]
    assert complete_line(None, "set auto") == ["autoboot="]
    assert complete_line(None, "select net ph") == ["physical="]
    assert complete_line(None, "info max-") == [
        "max-lwps",
        "max-msg-ids",
        "max-sem-ids",
        "max-shm-ids",
        "max-shm-memory",
    ]
    assert complete_line(None, "create -t ", ["SUNWdefault", "web1"]) == ["SUNWdefault", "web1"]
    assert complete_line(None, "help sy") == ["syntax"]
    assert complete_line(None, "add net; set zone") == ["zonename=", "zonepath="]


def test_complete_line_in_a_resource_scope():
    class InFs:
        global_scope = False
        resource_scope = "fs"
        global_zone = False

    assert complete_line(InFs(), "") == [
        "add",
        "cancel",
        "clear",
        "end",
        "exit",
        "help",
        "info",
        "remove",
        "set",
    ]
    assert complete_line(InFs(), "set ") == ["dir=", "options=", "raw=", "special=", "type="]
    assert complete_line(InFs(), "clear ") == ["raw"]

    class InAttr(InFs):
        resource_scope = "attr"

    assert complete_line(InAttr(), "set type=u") == ["type=uint"]


def test_complete_line_in_the_global_zone():
    class Global:
        global_scope = True
        resource_scope = None
        global_zone = True

    assert complete_line(Global(), "add ") == [
        "capped-cpu",
        "capped-memory",
        "dedicated-cpu",
        "rctl",
    ]
    assert "zonepath=" not in complete_line(Global(), "set ")


def test_complete_invocation(web1):
    inv = web1.console.current_shell
    from zonetui.shell.completion import complete

    assert complete(inv, "zonecfg -z w") == (11, ["web1"])
    assert complete(inv, "zonecfg -z web1 in") == (16, ["info"])
    assert complete(inv, "zonecfg -z web1 add ne") == (20, ["net"])
    assert complete(inv, "zonecfg -z global add ") == (
        22,
        ["capped-cpu", "capped-memory", "dedicated-cpu", "rctl"],
    )
    assert complete(inv, "zonecfg -") == (8, ["-R", "-f", "-z"])
    assert complete_invocation is not None
