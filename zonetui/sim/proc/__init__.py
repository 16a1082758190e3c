"""The processes of a Solaris instance: a table derived from the world (sim/proc/table)
and the tools that show it: ps, prstat, pgrep, pkill, pargs (reference/runtime.md §3)."""
