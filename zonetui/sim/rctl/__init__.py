"""Resource controls and memory caps: prctl, rctladm, rcapadm, rcapstat
(reference/runtime.md §2.1, §2.2, §2.6), and what a zone's boot and halt do to them."""
