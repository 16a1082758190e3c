"""Practice labs (issue 7): lab files as data, grading on the state reached, the bundled
labs' start worlds and reference solutions, and wrong but plausible attempts whose "why
not yet" points at the real gap."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from zonetui.labs import attempts, predicates
from zonetui.labs.grading import grade
from zonetui.labs.library import LabError, bundled_labs, find, load_lab, parse_lab, shelf
from zonetui.labs.model import Lab
from zonetui.labs.rules import disabled_in
from zonetui.labs.verify import verify
from zonetui.labs.worlds import start_place, start_world
from zonetui.model.record import dump_json
from zonetui.shell.interpreter import Console

BUNDLED = bundled_labs()
ISSUE_TOPICS = {
    # what the issue asks the labs to cover: a tag, or a word of some lab's id
    "sparse root": "sparse-root",
    "whole root": "whole-root",
    "net": "zones-net",
    "fs": "zones-fs-lofs",
    "inherit-pkg-dir": "zones-inherit-pkg-dir",
    "dedicated-cpu": "zones-dedicated-cpu",
    "capped-cpu": "zones-capped-cpu",
    "capped-memory": "zones-capped-memory",
    "rctls": "zones-rctls",
    "exclusive IP": "zones-exclusive-ip",
    "solaris8 brand": "zones-solaris8",
    "global zone cpu-shares": "zones-global-cpu-shares",
    "install and boot": "zones-install-boot",
    "halt and reboot": "zones-halt-reboot",
    "clone": "zones-clone",
    "move": "zones-move",
    "detach": "zones-detach",
    "attach": "zones-attach",
    "uninstall and delete": "zones-uninstall-delete",
    "zonepath mode": "trouble-zonepath-mode",
    "pool vs dedicated-cpu": "trouble-pool-dedicated-cpu",
    "a zone that will not boot": "trouble-missing-fs",
    "duplicate address": "trouble-duplicate-address",
    "LDoms services": "ldoms-control-services",
    "shrinking primary": "ldoms-shrink-primary",
    "SP configuration": "ldoms-spconfig",
    "guest to booted Solaris": "ldoms-guest-from-nothing",
    "crypto core rule": "ldoms-crypto-core-rule",
    "whole cores on 2.2": "ldoms-whole-core",
    "split PCIe": "ldoms-split-pcie-t2000",
    "zones in a guest on whole cores": "combo-zones-in-guest",
}


def run(loaded, world, script: str) -> None:
    """Type `script` (no terminal) where the lab's console starts."""
    console = Console(world, start_place(loaded, world), terminal=False, output_terminal=False)
    for line in textwrap.dedent(script).strip("\n").splitlines():
        console.feed(line)
    console.close()


def why_after(lab_id: str, script: str) -> dict[str, str]:
    """Step title -> why not yet, for the steps that fail after `script`."""
    loaded = find(lab_id)
    world = start_world(loaded)
    run(loaded, world, script)
    return {step.title: step.why for step in grade(loaded, world).steps if not step.ok}


# -- the bundled labs ---------------------------------------------------------------------


def test_there_are_at_least_thirty_bundled_labs() -> None:
    assert len(BUNDLED) >= 30


def test_every_lab_id_is_its_file_name_and_unique() -> None:
    ids = [loaded.id for loaded in BUNDLED]
    assert len(set(ids)) == len(ids)
    for loaded in BUNDLED:
        assert loaded.source.stem == loaded.id


@pytest.mark.parametrize("topic", sorted(ISSUE_TOPICS))
def test_the_labs_cover_what_the_issue_lists(topic: str) -> None:
    wanted = ISSUE_TOPICS[topic]
    assert any(wanted == loaded.id or wanted in loaded.lab.objectives for loaded in BUNDLED), topic


@pytest.mark.parametrize("loaded", BUNDLED, ids=lambda loaded: loaded.id)
def test_verify_solutions(loaded) -> None:
    """The start world fails a step; the reference solution, run as a script, succeeds
    line by line and passes every step (start worlds are built once per config)."""
    verification = verify(loaded)
    assert verification.ok, verification.line


@pytest.mark.parametrize("loaded", BUNDLED, ids=lambda loaded: loaded.id)
def test_every_lab_teaches(loaded) -> None:
    lab = loaded.lab
    assert lab.hints, "a lab without hints"
    assert all(step.title for step in lab.steps)
    assert attempts.reference_lines(lab) > 0
    tags = {"310-202", "1Z0-821", "LDoms"}
    assert tags & set(lab.objectives), "a lab must name the exam it prepares for"


# -- wrong but plausible attempts: why not yet points at the gap --------------------------


def test_a_whole_root_zone_is_not_the_sparse_root_asked_for() -> None:
    why = why_after(
        "zones-sparse-root",
        """
        zonecfg -z web1 "create -b; set zonepath=/zones/web1; set autoboot=true"
        """,
    )
    assert list(why) == ["It is a sparse-root zone (the four inherited directories)"]
    assert why["It is a sparse-root zone (the four inherited directories)"] == (
        "web1 must inherit /lib, /platform, /sbin and /usr; it inherits no directories"
    )


def test_a_copied_configuration_keeps_the_old_address() -> None:
    why = why_after(
        "zones-export-copy",
        """
        zonecfg -z web1 export -f /var/tmp/web1.cfg
        zonecfg -z web2 -f /var/tmp/web1.cfg
        zonecfg -z web2 "set zonepath=/zones/web2"
        """,
    )
    assert why == {
        "web2 has 192.168.1.12/24 on e1000g0, via 192.168.1.1": (
            "web2's addresses: 192.168.1.11/24 "
            "(wanted 192.168.1.12/24 on e1000g0 with defrouter 192.168.1.1)"
        )
    }


def test_a_zone_on_a_domain_of_one_core_and_a_half_straddles_two_cores() -> None:
    why = why_after("combo-zones-in-guest", "")
    assert why["db1's CPUs are the strands of one core"] == (
        "zone db1's CPUs 4, 5, 6, 7, 8, 9, 10, 11 lie on cores 1, 2"
    )
    assert why["ldg1 lies on 2 whole cores, constrained to whole cores"] == (
        "domain ldg1 has only part of core(s) 2 (cores 1, 2)"
    )


def test_sixteen_strands_without_the_whole_core_constraint() -> None:
    why = why_after(
        "combo-zones-in-guest",
        """
        ldm stop ldg1
        ldm unbind ldg1
        ldm set-vcpu 16 ldg1
        ldm bind ldg1
        ldm start ldg1
        """,
    )
    assert why == {
        "ldg1 lies on 2 whole cores, constrained to whole cores": (
            "ldg1's constraints: no whole-core constraint (wanted whole-core)"
        ),
        "Zone db1 runs in ldg1 with 8 dedicated CPUs": "db1 in ldg1 is installed",
        "db1's CPUs are the strands of one core": "zone db1 holds no dedicated CPUs (it is installed)",
    }


def test_shrinking_primary_without_the_reboot_leaves_it_pending() -> None:
    why = why_after(
        "ldoms-shrink-primary",
        """
        ldm set-mau 1 primary
        ldm set-vcpu 8 primary
        ldm set-memory 4G primary
        ldm add-spconfig initial
        """,
    )
    assert why["primary runs with 8 virtual CPUs and 4 GB"] == (
        "primary has ncpu=64|mem=34225520640 (wanted ncpu=8, mem=4294967296)"
    )
    assert why["Nothing is left pending: primary was rebooted"] == (
        "primary: delayed reconfiguration pending: reboot primary for the changes to take effect"
    )


def test_one_crypto_unit_fits_but_two_were_asked_for() -> None:
    why = why_after(
        "ldoms-crypto-core-rule",
        """
        ldm set-crypto 1 ssl1
        ldm bind ssl1
        """,
    )
    assert why["ssl1 holds 2 crypto units, each on one of its cores"] == (
        "domain ssl1 holds 1 crypto units (cores 1) (wanted 2)"
    )


def test_fixing_the_duplicate_address_on_the_wrong_zone() -> None:
    why = why_after(
        "trouble-duplicate-address",
        """
        zoneadm -z web1 halt
        zonecfg -z web1 "select net address=192.168.1.11/24; set address=192.168.1.12/24; end"
        zoneadm -z web1 boot
        zoneadm -z web2 boot
        """,
    )
    assert why == {
        "web2 has 192.168.1.12/24": (
            "web2's addresses: 192.168.1.11/24 (wanted 192.168.1.12/24 on e1000g0)"
        ),
        "web1 still runs with 192.168.1.11/24": "web1's addresses changed: 192.168.1.12/24",
    }


def test_an_exclusive_ip_zone_reconfigured_but_not_rebooted() -> None:
    why = why_after(
        "trouble-exclusive-link",
        """
        zonecfg -z fw1 "select net physical=e1000g0; set physical=e1000g1; end"
        """,
    )
    assert why == {
        "fw1 runs with its link": (
            "zone fw1 holds no interfaces: a zone takes its links when it boots"
        )
    }


def test_a_command_that_fails_says_so() -> None:
    why = why_after("zones-whole-root", "")
    assert why["Zone db1 is configured"] == (
        "`zoneadm -z db1 list -p` failed: zoneadm: db1: No such zone configured"
    )
    why = why_after("zones-rctls", "")
    assert why["app1 runs in the fair share scheduler"] == (
        "app1's scheduling-class is '' (wanted FSS)"
    )


def test_checks_in_a_domain_whose_solaris_is_down() -> None:
    why = why_after("ldoms-console-boot", "")
    assert why["Solaris runs in ldg1"] == (
        "ldg1: state=bound|flags=----- (wanted active with flag n; without n it waits at OpenBoot)"
    )


def test_grading_never_changes_the_world() -> None:
    loaded = find("zones-halt-reboot")
    world = start_world(loaded)
    before = dump_json(world)
    grade(loaded, world)
    assert dump_json(world) == before


# -- lab files ----------------------------------------------------------------------------

GOOD = """
id = "mine"
title = "My lab"
objectives = ["310-202"]
difficulty = "beginner"
minutes = 5
task = "Configure web9."
hints = ["zonecfg -z web9"]
solution = '''
zonecfg -z web9 "create; set zonepath=/zones/web9"
'''

[world]
config = "t2000-zones"

[[steps]]
title = "web9 is configured"
[[steps.checks]]
run = "zoneadm -z web9 list -p"
match = '^-:web9:configured:'
"""


def test_a_good_lab_file_loads() -> None:
    loaded = parse_lab(GOOD, Path("/labs/mine.toml"))
    assert isinstance(loaded.lab, Lab)
    assert loaded.lab.exam_minutes == 8
    assert verify(loaded).ok


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (('difficulty = "beginner"', 'difficulty = "easy"'), "difficulty: Input should be"),
        (("minutes = 5", "minutes = 5\ncolour = 1"), "unknown key 'colour'"),
        (('title = "My lab"\n', ""), "missing key 'title'"),
        (
            ("match = '^-:web9:configured:'", "match = '^(web9'"),
            "step 1, check 1: match: bad regular expression '^(web9': missing ), unterminated subpattern at position 1",
        ),
        (
            ('run = "zoneadm -z web9 list -p"', 'command = "zoneadm"'),
            "step 1, check 1: a check needs either run = COMMAND or predicate = NAME",
        ),
        (
            (
                "run = \"zoneadm -z web9 list -p\"\nmatch = '^-:web9:configured:'",
                'predicate = "zone_on_mars"',
            ),
            "step 1, check 1: unknown predicate 'zone_on_mars'",
        ),
        (
            (
                "run = \"zoneadm -z web9 list -p\"\nmatch = '^-:web9:configured:'",
                'predicate = "zone_cpus_on_one_core"',
            ),
            "step 1, check 1: predicate 'zone_cpus_on_one_core': missing argument 'zone'",
        ),
        (
            ("match = '^-:web9:configured:'", "match = 'x'\nwhy = 'now {state}'"),
            "step 1, check 1: why: unknown field {state} (known: observed, status, line, where)",
        ),
        (('config = "t2000-zones"', 'config = "t9000"'), "world config 't9000' not found"),
        (
            ('config = "t2000-zones"', 'config = "mine-world.toml"'),
            "world config 'mine-world.toml' not found",
        ),
        (
            ("[[steps]]", "[[steps]\n"),
            "Expected ']]' at the end of an array declaration (at line 16, column 8)",
        ),
        (('id = "mine"', 'id = "My Lab"'), "id: String should match pattern"),
    ],
)
def test_a_bad_lab_file_is_one_line_naming_the_file(change, message) -> None:
    old, new = change
    assert old in GOOD
    with pytest.raises(LabError) as error:
        parse_lab(GOOD.replace(old, new), Path("/labs/mine.toml"))
    text = str(error.value)
    assert "\n" not in text
    assert text.startswith("/labs/mine.toml: ")
    assert message in text


def test_a_lab_may_ship_its_own_world(tmp_path: Path) -> None:
    (tmp_path / "mine-world.toml").write_text(
        '[[hosts]]\nname = "box"\nplatform = "T5220"\nsetup = "mkdir -m 700 /zones"\n'
    )
    lab = tmp_path / "mine.toml"
    lab.write_text(GOOD.replace('config = "t2000-zones"', 'config = "mine-world.toml"'))
    loaded = load_lab(lab)
    assert start_place(loaded, start_world(loaded)).host == "box"
    assert verify(loaded).ok


def test_a_setup_line_that_fails_names_the_lab_and_the_line(tmp_path: Path) -> None:
    lab = tmp_path / "mine.toml"
    lab.write_text(
        GOOD.replace(
            '[world]\nconfig = "t2000-zones"',
            '[world]\nconfig = "t2000-zones"\nsetup = """\nmkdir /zones/a\nzoneadm -z nothere boot\n"""',
        )
    )
    loaded = load_lab(lab)
    with pytest.raises(LabError) as error:
        start_world(loaded)
    assert str(error.value) == (
        f"{lab}: world setup line 2: zoneadm: nothere: No such zone configured"
    )


def test_verify_says_when_the_start_already_passes_or_the_solution_falls_short() -> None:
    passes = parse_lab(
        GOOD.replace("web9:configured", "global:running")
        .replace("-z web9 list", "-z global list")
        .replace("^-:", "^0:"),
        Path("/labs/a.toml"),
    )
    assert verify(passes).line == "✘ mine: the start world already passes every check"
    short = parse_lab(
        GOOD.replace(
            'set zonepath=/zones/web9"', 'set zonepath=/zones/web9"\nzoneadm -z web9 boot'
        ),
        Path("/labs/b.toml"),
    )
    assert verify(short).line == ("✘ mine: solution line 2 failed (exit 1): zoneadm -z web9 boot")
    wrong = parse_lab(
        GOOD.replace("create; set", "create; set autoboot=true; set"), Path("/labs/c.toml")
    )
    assert verify(wrong).ok
    unreached = parse_lab(
        GOOD.replace("^-:web9:configured:", "^-:web9:installed:"), Path("/labs/d.toml")
    )
    assert verify(unreached).line.startswith("✘ mine: after the solution, step 1 fails: ")


def test_user_labs_join_the_bundled_ones_and_may_replace_them(tmp_path: Path) -> None:
    from zonetui.labs.library import user_dir

    folder = user_dir()
    folder.mkdir(parents=True)
    (folder / "mine.toml").write_text(GOOD)
    (folder / "broken.toml").write_text("id = 1")
    (folder / "zones-net.toml").write_text(GOOD.replace('id = "mine"', 'id = "zones-net"'))
    found = shelf()
    assert found.get("mine").origin == "user"
    assert found.get("zones-net").origin == "user"
    assert len([lab for lab in found.labs if lab.id == "zones-net"]) == 1
    assert found.problems == [f"{folder / 'broken.toml'}: id: Input should be a valid string"]
    assert find("mine").id == "mine"


# -- rules and predicates ------------------------------------------------------------------


def test_disabled_commands_are_prefixes_of_each_simple_command() -> None:
    lab = parse_lab(
        GOOD.replace("minutes = 5", 'minutes = 5\ndisabled_commands = ["ldm add-core", "zlogin"]'),
        Path("/labs/x.toml"),
    ).lab
    assert disabled_in(lab, "ldm add-core 2 ldg1") == "ldm add-core"
    assert disabled_in(lab, "ldm list; true && zlogin web1 ls") == "zlogin"
    assert disabled_in(lab, "ldm add-vcpu -c 2 ldg1") is None
    assert disabled_in(lab, "echo zlogin") is None
    assert disabled_in(lab, "zonecfg -z 'web1") is None  # not a whole line yet


def test_every_predicate_has_a_docstring_and_takes_the_host() -> None:
    for name, function in predicates.PREDICATES.items():
        assert function.__doc__, name
        with pytest.raises(TypeError):
            predicates.check_arguments(name, {"no_such_argument": 1})


def test_predicates_say_what_is_missing() -> None:
    loaded = find("zones-sparse-root")
    world = start_world(loaded)
    verdict = predicates.evaluate(world, "zone_cpus_on_one_core", {"zone": "web1"}, "t2000-a")
    assert verdict == predicates.Verdict(False, "there is no zone web1 in t2000-a › primary")
    verdict = predicates.evaluate(world, "domain_on_whole_cores", {"domain": "ldg9"}, "t2000-a")
    assert verdict.observed == "there is no domain ldg9 on t2000-a"
    verdict = predicates.evaluate(
        world, "crypto_units", {"domain": "primary", "count": 8}, "t2000-a"
    )
    assert verdict.ok


def test_a_zone_without_a_net_holds_only_its_loopback_which_is_no_interface() -> None:
    from tests.conftest import CONFIGS, Typist
    from zonetui.sim.context import Context
    from zonetui.store.config import load_config

    world = load_config(CONFIGS / "zones-web1-running.toml")
    sh = Typist(Console(world, Context("t2000-a"), terminal=False))
    sh("zonecfg -z bare 'create; set zonepath=/zones/bare'")
    sh("zoneadm -z bare install")
    sh("zoneadm -z bare boot")
    assert sh.status == 0
    bare = predicates.zone_interfaces(world, host="t2000-a", zone="bare")
    web1 = predicates.zone_interfaces(world, host="t2000-a", zone="web1")
    assert not bare.ok and bare.observed == "zone bare holds no interfaces"
    assert web1.ok and web1.observed == "zone web1 holds e1000g0:1 192.168.1.10/24"
