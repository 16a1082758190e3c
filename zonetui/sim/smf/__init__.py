"""The Service Management Facility as the learner sees it: the service instances this
world has (services) and svcs/svcadm (commands) (runtime.md §6.1)."""
