=== rcapadm on a fresh host: rcapd disabled; -E, -D and -n (§2.6, rcapadm.c)
config: basic
--- input
rcapadm
rcapstat
echo $?
rcapadm -E
rcapadm -D -n
rcapadm -c 50 -i scan=10,sample=2
rcapadm -D
rcapstat -z
echo $?
--- output
# rcapadm
                                      state: disabled
           memory cap enforcement threshold: 0%
                    process scan rate (sec): 15
                 reconfiguration rate (sec): 60
                          report rate (sec): 5
                    RSS sampling rate (sec): 5
# rcapstat
rcapstat: rcapd is not active
# echo $?
1
# rcapadm -E
                                      state: enabled
           memory cap enforcement threshold: 0%
                    process scan rate (sec): 15
                 reconfiguration rate (sec): 60
                          report rate (sec): 5
                    RSS sampling rate (sec): 5
# rcapadm -D -n
                                      state: enabled (disabled at next boot)
           memory cap enforcement threshold: 0%
                    process scan rate (sec): 15
                 reconfiguration rate (sec): 60
                          report rate (sec): 5
                    RSS sampling rate (sec): 5
# rcapadm -c 50 -i scan=10,sample=2
                                      state: enabled (disabled at next boot)
           memory cap enforcement threshold: 50%
                    process scan rate (sec): 10
                 reconfiguration rate (sec): 60
                          report rate (sec): 5
                    RSS sampling rate (sec): 2
# rcapadm -D
                                      state: disabled
           memory cap enforcement threshold: 50%
                    process scan rate (sec): 10
                 reconfiguration rate (sec): 60
                          report rate (sec): 5
                    RSS sampling rate (sec): 2
# rcapstat -z
rcapstat: rcapd is not active
# echo $?
1
=== booting a zone with capped-memory physical enables rcapd; rcapstat -z shows its cap
config: runtime
--- input
rcapadm
rcapstat -z
rcapstat -z -g
--- output
# rcapadm
                                      state: enabled
           memory cap enforcement threshold: 0%
                    process scan rate (sec): 15
                 reconfiguration rate (sec): 60
                          report rate (sec): 5
                    RSS sampling rate (sec): 5
# rcapstat -z
    id zone            nproc    vm   rss   cap    at avgat    pg avgpg
     1 web1                -   59M   46M  512M    0K    0K    0K    0K
# rcapstat -z -g
    id zone            nproc    vm   rss   cap    at avgat    pg avgpg
     1 web1                -   59M   46M  512M    0K    0K    0K    0K
physical memory utilization:   2%   cap enforcement threshold:   0%
=== rcapstat intervals pass on the world clock, not in real time
config: runtime
--- input
date
rcapstat -z 5 3
date
--- output
# date
Mon Jan  4 09:51:00 UTC 2010
# rcapstat -z 5 3
    id zone            nproc    vm   rss   cap    at avgat    pg avgpg
     1 web1                -   59M   46M  512M    0K    0K    0K    0K
     1 web1                -   59M   46M  512M    0K    0K    0K    0K
     1 web1                -   59M   46M  512M    0K    0K    0K    0K
# date
Mon Jan  4 09:51:10 UTC 2010
=== rcapadm -z changes a running zone's cap until it halts
config: runtime
--- input
rcapadm -z web1 -m 256m
echo $?
rcapstat -z
rcapadm -z s8 -m 1g
rcapstat -z
zoneadm -z s8 halt
rcapstat -z
zoneadm -z web1 reboot
rcapstat -z
--- output
# rcapadm -z web1 -m 256m
# echo $?
0
# rcapstat -z
    id zone            nproc    vm   rss   cap    at avgat    pg avgpg
     1 web1                -   59M   46M  256M    0K    0K    0K    0K
# rcapadm -z s8 -m 1g
# rcapstat -z
    id zone            nproc    vm   rss   cap    at avgat    pg avgpg
     1 web1                -   59M   46M  256M    0K    0K    0K    0K
     2 s8                  -   19M   15M 1024M    0K    0K    0K    0K
# zoneadm -z s8 halt
# rcapstat -z
    id zone            nproc    vm   rss   cap    at avgat    pg avgpg
     1 web1                -   59M   46M  256M    0K    0K    0K    0K
# zoneadm -z web1 reboot
# rcapstat -z
    id zone            nproc    vm   rss   cap    at avgat    pg avgpg
     3 web1                -   59M   46M  512M    0K    0K    0K    0K
=== rcapadm and rcapstat errors (usage exit 2, errors exit 1)
config: runtime
--- input
rcapadm -z db1 -m 1g
echo $?
rcapadm -z nosuch -m 1g
echo $?
rcapadm -z web1 -m lots
echo $?
rcapadm -z web1
echo $?
rcapadm -E -D -n
rcapadm -z web1 -m 1g -c 5
echo $?
rcapadm -c 200
echo $?
rcapadm -i walk=3
echo $?
rcapstat -p -z
echo $?
rcapstat -z 1 2 3
echo $?
rcapstat -q
echo $?
--- output
# rcapadm -z db1 -m 1g
zone 'db1' must be running
# echo $?
1
# rcapadm -z nosuch -m 1g
zone 'nosuch' must be running
# echo $?
1
# rcapadm -z web1 -m lots
invalid max-rss value
# echo $?
1
# rcapadm -z web1
usage: rcapadm
               [-E|-D]                                # enable/disable rcapd
               [-n]                                   # don't start/stop rcapd
               [-i <scan|sample|report|config>=value] # set intervals
               [-c <percent>]                         # set memory cap
                                                      # enforcement threshold
               [-z <zonename> -m <max-rss>]               # update zone memory cap
# echo $?
2
# rcapadm -E -D -n
                                      state: enabled (disabled at next boot)
           memory cap enforcement threshold: 0%
                    process scan rate (sec): 15
                 reconfiguration rate (sec): 60
                          report rate (sec): 5
                    RSS sampling rate (sec): 5
# rcapadm -z web1 -m 1g -c 5
usage: rcapadm
               [-E|-D]                                # enable/disable rcapd
               [-n]                                   # don't start/stop rcapd
               [-i <scan|sample|report|config>=value] # set intervals
               [-c <percent>]                         # set memory cap
                                                      # enforcement threshold
               [-z <zonename> -m <max-rss>]               # update zone memory cap
# echo $?
2
# rcapadm -c 200
usage: rcapadm
               [-E|-D]                                # enable/disable rcapd
               [-n]                                   # don't start/stop rcapd
               [-i <scan|sample|report|config>=value] # set intervals
               [-c <percent>]                         # set memory cap
                                                      # enforcement threshold
               [-z <zonename> -m <max-rss>]               # update zone memory cap
# echo $?
2
# rcapadm -i walk=3
usage: rcapadm
               [-E|-D]                                # enable/disable rcapd
               [-n]                                   # don't start/stop rcapd
               [-i <scan|sample|report|config>=value] # set intervals
               [-c <percent>]                         # set memory cap
                                                      # enforcement threshold
               [-z <zonename> -m <max-rss>]               # update zone memory cap
# echo $?
2
# rcapstat -p -z
usage: rcapstat [-g] [-p | -z] [interval [count]]
# echo $?
2
# rcapstat -z 1 2 3
usage: rcapstat [-g] [-p | -z] [interval [count]]
# echo $?
2
# rcapstat -q
rcapstat: illegal option -- q
usage: rcapstat [-g] [-p | -z] [interval [count]]
# echo $?
2
=== rcapstat prints its header once for a single zone, every report for several; bad intervals and counts (rcapstat.c)
config: runtime
--- input
rcapstat -z 1 3
rcapadm -z s8 -m 100m
rcapstat -z 1 2
rcapstat
rcapstat 0
echo $?
rcapstat -z 5 x
echo $?
zlogin web1 rcapstat -z
echo $?
--- output
# rcapstat -z 1 3
    id zone            nproc    vm   rss   cap    at avgat    pg avgpg
     1 web1                -   59M   46M  512M    0K    0K    0K    0K
     1 web1                -   59M   46M  512M    0K    0K    0K    0K
     1 web1                -   59M   46M  512M    0K    0K    0K    0K
# rcapadm -z s8 -m 100m
# rcapstat -z 1 2
    id zone            nproc    vm   rss   cap    at avgat    pg avgpg
     1 web1                -   59M   46M  512M    0K    0K    0K    0K
     2 s8                  -   19M   15M  100M    0K    0K    0K    0K
    id zone            nproc    vm   rss   cap    at avgat    pg avgpg
     1 web1                -   59M   46M  512M    0K    0K    0K    0K
     2 s8                  -   19M   15M  100M    0K    0K    0K    0K
# rcapstat
    id project         nproc    vm   rss   cap    at avgat    pg avgpg
# rcapstat 0
rcapstat: invalid interval specified
# echo $?
1
# rcapstat -z 5 x
rcapstat: invalid count specified
# echo $?
1
# zlogin web1 rcapstat -z
rcapstat: rcapd is not active
# echo $?
1
=== inside a zone rcapadm changes nothing: -z -m is silently ignored, the zone's own rcapd is not modelled
config: runtime
--- input
zlogin web1 rcapadm -z web1 -m 1m
echo $?
rcapstat -z
zlogin web1 rcapadm -E
rcapadm
--- output
# zlogin web1 rcapadm -z web1 -m 1m
# echo $?
0
# rcapstat -z
    id zone            nproc    vm   rss   cap    at avgat    pg avgpg
     1 web1                -   59M   46M  512M    0K    0K    0K    0K
# zlogin web1 rcapadm -E
                                      state: disabled
           memory cap enforcement threshold: 0%
                    process scan rate (sec): 15
                 reconfiguration rate (sec): 60
                          report rate (sec): 5
                    RSS sampling rate (sec): 5
# rcapadm
                                      state: enabled
           memory cap enforcement threshold: 0%
                    process scan rate (sec): 15
                 reconfiguration rate (sec): 60
                          report rate (sec): 5
                    RSS sampling rate (sec): 5
=== a capped-memory change to a running zone waits for its next boot
config: runtime
--- input
zonecfg -z web1 "select capped-memory; set physical=2g; end"
rcapstat -z
zoneadm -z web1 reboot
rcapstat -z
--- output
# zonecfg -z web1 "select capped-memory; set physical=2g; end"
# rcapstat -z
    id zone            nproc    vm   rss   cap    at avgat    pg avgpg
     1 web1                -   59M   46M  512M    0K    0K    0K    0K
# zoneadm -z web1 reboot
# rcapstat -z
    id zone            nproc    vm   rss   cap    at avgat    pg avgpg
     3 web1                -   59M   46M 2048M    0K    0K    0K    0K
