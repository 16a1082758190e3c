=== ps -efZ in the global zone: every zone's processes, ZONE truncated to 8 and right-aligned (§3.2, ps.c prcom)
config: runtime
--- input
ps -efZ
ps -e
echo $?
--- output
# ps -efZ
    ZONE     UID   PID  PPID   C    STIME TTY         TIME CMD
  global     root     0     0   0   Dec 19 ?          90:07 sched
  global     root     1     0   0   Dec 19 ?          15:46 /sbin/init
  global     root     2     0   0   Dec 19 ?           4:30 pageout
  global     root     3     0   0   Dec 19 ?           4:30 fsflush
  global     root     7     1   0   Dec 19 ?          15:46 /lib/svc/bin/svc.startd
  global     root     9     1   0   Dec 19 ?          13:31 /lib/svc/bin/svc.configd
  global     root    88     1   0   Dec 19 ?           2:15 /usr/lib/sysevent/syseventd
  global     root   103     1   0   Dec 19 ?          13:31 /usr/lib/picl/picld
  global   daemon   121     1   0   Dec 19 ?           2:15 /usr/sbin/nscd
  global   daemon   131     1   0   Dec 19 ?          11:15 /usr/sbin/rpcbind
  global     root   245     1   0   Dec 19 ?           4:30 /usr/sbin/syslogd
  global     root   252     1   0   Dec 19 ?           2:15 /usr/sbin/cron
  global     root   267     1   0   Dec 19 ?           9:00 /usr/lib/inet/inetd start
  global     root   281     1   0   Dec 19 ?          11:15 /usr/lib/ssh/sshd
  global     root   300     1   0   Dec 19 ?           2:15 /usr/lib/sendmail -bd -q15m
  global     root   302     1   0   Dec 19 ?          11:15 /usr/lib/saf/sac -t 300
  global     root   305   302   0   Dec 19 ?           6:45 /usr/lib/saf/ttymon
  global     root   310     1   0   Dec 19 ?          15:46 /usr/lib/ldoms/ldmd
  global     root  1000     1   0 09:50:00 ?           0:00 zoneadmd -z web1
    web1     root  1003     1   0 09:50:00 ?           0:00 zsched
    web1     root  1040  1003   0 09:50:32 ?           0:00 /sbin/init
    web1     root  1044  1040   0 09:50:33 ?           0:00 /lib/svc/bin/svc.startd
    web1     root  1046  1040   0 09:50:33 ?           0:00 /lib/svc/bin/svc.configd
    web1   daemon  1068  1040   0 09:50:38 ?           0:00 /usr/sbin/nscd
    web1   daemon  1071  1040   0 09:50:38 ?           0:00 /usr/sbin/rpcbind
    web1     root  1080  1040   0 09:50:40 ?           0:00 /usr/sbin/syslogd
    web1     root  1082  1040   0 09:50:40 ?           0:00 /usr/sbin/cron
    web1     root  1085  1040   0 09:50:41 ?           0:00 /usr/lib/inet/inetd start
    web1     root  1088  1040   0 09:50:42 ?           0:00 /usr/lib/ssh/sshd
    web1     root  1093  1040   0 09:50:42 ?           0:00 /usr/lib/sendmail -bd -q15m
  global     root  1100     1   0 09:50:30 ?           0:00 zoneadmd -z s8
      s8     root  1103     1   0 09:50:30 ?           0:00 zsched
      s8     root  1140  1103   0 09:51:02 ?           0:00 /sbin/init
      s8     root  1160  1140   0 09:51:06 ?           0:00 /usr/sbin/syslogd
      s8     root  1162  1140   0 09:51:06 ?           0:00 /usr/sbin/cron
      s8     root  1164  1140   0 09:51:06 ?           0:00 /usr/sbin/inetd -s
      s8     root  1170  1140   0 09:51:07 ?           0:00 /usr/lib/sendmail -bd -q15m
# ps -e
   PID TTY         TIME CMD
    0 ?          90:07 sched
    1 ?          15:46 init
    2 ?           4:30 pageout
    3 ?           4:30 fsflush
    7 ?          15:46 svc.star
    9 ?          13:31 svc.conf
   88 ?           2:15 sysevent
  103 ?          13:31 picld
  121 ?           2:15 nscd
  131 ?          11:15 rpcbind
  245 ?           4:30 syslogd
  252 ?           2:15 cron
  267 ?           9:00 inetd
  281 ?          11:15 sshd
  300 ?           2:15 sendmail
  302 ?          11:15 sac
  305 ?           6:45 ttymon
  310 ?          15:46 ldmd
 1000 ?           0:00 zoneadmd
 1003 ?           0:00 zsched
 1040 ?           0:00 init
 1044 ?           0:00 svc.star
 1046 ?           0:00 svc.conf
 1068 ?           0:00 nscd
 1071 ?           0:00 rpcbind
 1080 ?           0:00 syslogd
 1082 ?           0:00 cron
 1085 ?           0:00 inetd
 1088 ?           0:00 sshd
 1093 ?           0:00 sendmail
 1100 ?           0:00 zoneadmd
 1103 ?           0:00 zsched
 1140 ?           0:00 init
 1160 ?           0:00 syslogd
 1162 ?           0:00 cron
 1164 ?           0:00 inetd
 1170 ?           0:00 sendmail
# echo $?
0
=== ps selects by pid, user and zone; -o prints columns right-aligned, zone names whole (§3.2)
config: runtime
--- input
ps -o zone -p 1
ps -o zone,pid,comm -z web1
ps -o pid,zoneid,class,args -z s8,1
ps -o user=WHO -o vsz,rss,etime -p 7,9
ps -o pid= -p 1
ps -f -p 1,1103
ps -u daemon
ps -c -z web1
ps -p 4242
echo $?
ps -o pid,sid,args -d
ps -a
echo $?
ps -o pid,pgid,comm -g 281 -s 252
ps -o pid,group,comm -G other
ps -t console
echo $?
--- output
# ps -o zone -p 1
    ZONE
  global
# ps -o zone,pid,comm -z web1
    ZONE   PID COMMAND
    web1  1003 zsched
    web1  1040 /sbin/init
    web1  1044 /lib/svc/bin/svc.startd
    web1  1046 /lib/svc/bin/svc.configd
    web1  1068 /usr/sbin/nscd
    web1  1071 /usr/sbin/rpcbind
    web1  1080 /usr/sbin/syslogd
    web1  1082 /usr/sbin/cron
    web1  1085 /usr/lib/inet/inetd
    web1  1088 /usr/lib/ssh/sshd
    web1  1093 /usr/lib/sendmail
# ps -o pid,zoneid,class,args -z s8,1
  PID ZONEID  CLS COMMAND
 1003     1  SYS zsched
 1040     1  FSS /sbin/init
 1044     1  FSS /lib/svc/bin/svc.startd
 1046     1  FSS /lib/svc/bin/svc.configd
 1068     1  FSS /usr/sbin/nscd
 1071     1  FSS /usr/sbin/rpcbind
 1080     1  FSS /usr/sbin/syslogd
 1082     1  FSS /usr/sbin/cron
 1085     1  FSS /usr/lib/inet/inetd start
 1088     1  FSS /usr/lib/ssh/sshd
 1093     1  FSS /usr/lib/sendmail -bd -q15m
 1103     2  SYS zsched
 1140     2   TS /sbin/init
 1160     2   TS /usr/sbin/syslogd
 1162     2   TS /usr/sbin/cron
 1164     2   TS /usr/sbin/inetd -s
 1170     2   TS /usr/lib/sendmail -bd -q15m
# ps -o user=WHO -o vsz,rss,etime -p 7,9
     WHO  VSZ  RSS     ELAPSED
    root 10832 6168 15-15:30:40
    root 13288 10224 15-15:30:40
# ps -o pid= -p 1
    1
# ps -f -p 1,1103
     UID   PID  PPID   C    STIME TTY         TIME CMD
    root     1     0   0   Dec 19 ?          15:46 /sbin/init
    root  1103     1   0 09:50:30 ?           0:00 zsched
# ps -u daemon
   PID TTY         TIME CMD
  121 ?           2:15 nscd
  131 ?          11:15 rpcbind
 1068 ?           0:00 nscd
 1071 ?           0:00 rpcbind
# ps -c -z web1
   PID  CLS PRI TTY         TIME CMD
 1003  SYS  96 ?           0:00 zsched
 1040  FSS  53 ?           0:00 init
 1044  FSS  52 ?           0:00 svc.star
 1046  FSS  54 ?           0:00 svc.conf
 1068  FSS  58 ?           0:00 nscd
 1071  FSS  57 ?           0:00 rpcbind
 1080  FSS  58 ?           0:00 syslogd
 1082  FSS  59 ?           0:00 cron
 1085  FSS  58 ?           0:00 inetd
 1088  FSS  55 ?           0:00 sshd
 1093  FSS  48 ?           0:00 sendmail
# ps -p 4242
   PID TTY         TIME CMD
# echo $?
1
# ps -o pid,sid,args -d
  PID   SID COMMAND
    2     0 pageout
    3     0 fsflush
 1003     0 zsched
 1103     0 zsched
# ps -a
   PID TTY         TIME CMD
# echo $?
1
# ps -o pid,pgid,comm -g 281 -s 252
  PID  PGID COMMAND
  252   252 /usr/sbin/cron
  281   281 /usr/lib/ssh/sshd
# ps -o pid,group,comm -G other
  PID    GROUP COMMAND
  121    other /usr/sbin/nscd
  131    other /usr/sbin/rpcbind
 1068    other /usr/sbin/nscd
 1071    other /usr/sbin/rpcbind
# ps -t console
   PID TTY         TIME CMD
# echo $?
1
=== ps -l, -y, -j, -c, -L, -P, -H: the columns of ps.c's standard listing
config: runtime
--- input
ps -fl -z s8
ps -ly -p 0,1,1003
ps -lyZ -p 1
ps -jc -z s8
ps -fLP -p 305,1080
ps -H -p 7
ps -o pid,pgid,sid,taskid,ctid,projid,project,uid,gid,group,s,f,nice,opri -p 0,1,121,1003
--- output
# ps -fl -z s8
 F S      UID   PID  PPID   C PRI NI     ADDR     SZ    WCHAN    STIME TTY         TIME CMD
 1 S     root  1103     1   0   0 SY        ?      0        ? 09:50:30 ?           0:00 zsched
 0 S     root  1140  1103   0  57 20        ?    390        ? 09:51:02 ?           0:00 /sbin/init
 0 S     root  1160  1140   0  46 20        ?    507        ? 09:51:06 ?           0:00 /usr/sbin/syslogd
 0 S     root  1162  1140   0  51 20        ?    348        ? 09:51:06 ?           0:00 /usr/sbin/cron
 0 S     root  1164  1140   0  49 20        ?    435        ? 09:51:06 ?           0:00 /usr/sbin/inetd -s
 0 S     root  1170  1140   0  42 20        ?    739        ? 09:51:07 ?           0:00 /usr/lib/sendmail -bd -q15m
# ps -ly -p 0,1,1003
 S    UID   PID  PPID   C PRI NI   RSS     SZ    WCHAN TTY         TIME CMD
T      0     0     0   0   0 SY     0      0          ?          90:07 sched
S      0     1     0   0  55 20  2456   2968        ? ?          15:46 init
S      0  1003     1   0   0 SY     0      0        ? ?           0:00 zsched
# ps -lyZ -p 1
 S    ZONE    UID   PID  PPID   C PRI NI   RSS     SZ    WCHAN TTY         TIME CMD
S   global      0     1     0   0  55 20  2456   2968        ? ?          15:46 init
# ps -jc -z s8
   PID  PGID   SID  CLS PRI TTY         TIME CMD
 1103     0     0  SYS  96 ?           0:00 zsched
 1140  1140  1140   TS  42 ?           0:00 init
 1160  1160  1160   TS  53 ?           0:00 syslogd
 1162  1162  1162   TS  48 ?           0:00 cron
 1164  1164  1164   TS  50 ?           0:00 inetd
 1170  1170  1170   TS  57 ?           0:00 sendmail
# ps -fLP -p 305,1080
     UID   PID  PPID   LWP PSR  NLWP   C    STIME TTY        LTIME CMD
    root   305   302     1   -     1   0   Dec 19 ?           6:45 /usr/lib/saf/ttymon
    root  1080  1040     1   -    11   0 09:50:40 ?           0:00 /usr/sbin/syslogd
    root  1080  1040     2   -    11   0 09:50:40 ?           0:00 /usr/sbin/syslogd
    root  1080  1040     3   -    11   0 09:50:40 ?           0:00 /usr/sbin/syslogd
    root  1080  1040     4   -    11   0 09:50:40 ?           0:00 /usr/sbin/syslogd
    root  1080  1040     5   -    11   0 09:50:40 ?           0:00 /usr/sbin/syslogd
    root  1080  1040     6   -    11   0 09:50:40 ?           0:00 /usr/sbin/syslogd
    root  1080  1040     7   -    11   0 09:50:40 ?           0:00 /usr/sbin/syslogd
    root  1080  1040     8   -    11   0 09:50:40 ?           0:00 /usr/sbin/syslogd
    root  1080  1040     9   -    11   0 09:50:40 ?           0:00 /usr/sbin/syslogd
    root  1080  1040    10   -    11   0 09:50:40 ?           0:00 /usr/sbin/syslogd
    root  1080  1040    11   -    11   0 09:50:40 ?           0:00 /usr/sbin/syslogd
# ps -H -p 7
   PID LGRP TTY         TIME CMD
    7    0 ?          15:46 svc.star
# ps -o pid,pgid,sid,taskid,ctid,projid,project,uid,gid,group,s,f,nice,opri -p 0,1,121,1003
  PID  PGID   SID TASKID  CTID PROJID  PROJECT   UID   GID    GROUP S  F NI PRI
    0     0     0     0     -     0   system     0     0     root T  1 SY   0
    1     1     1     1     -     0   system     0     0     root S  0 20  55
  121   121   121   121   121     0   system     1     1    other S  0 20  56
 1003     0     0     0     -     0   system     0     0     root S  1 SY   0
=== ps's errors: an unknown zone, an unknown -o field, a bad pid, no terminal to default to (ps.c usage, exit 1)
config: runtime
--- input
ps -z nosuch
echo $?
ps -o zone,bogus -e
echo $?
ps -p abc
echo $?
ps
echo $?
ps -u nobody
echo $?
ps -G staffs
echo $?
ps -g 1x
echo $?
--- output
# ps -z nosuch
ps: unknown zone nosuch
usage: ps [ -aAdefHlcjLPyZ ] [ -o format ] [ -t termlist ]
	[ -u userlist ] [ -U userlist ] [ -G grouplist ]
	[ -p proclist ] [ -g pgrplist ] [ -s sidlist ] [ -z zonelist ] [-h lgrplist]
  'format' is one or more of:
	user ruser group rgroup uid ruid gid rgid pid ppid pgid sid taskid ctid
	pri opri pcpu pmem vsz rss osz nice class time etime stime zone zoneid
	f s c lwp nlwp psr tty addr wchan fname comm args projid project pset lgrp
# echo $?
1
# ps -o zone,bogus -e
ps: unknown output format: -o bogus
usage: ps [ -aAdefHlcjLPyZ ] [ -o format ] [ -t termlist ]
	[ -u userlist ] [ -U userlist ] [ -G grouplist ]
	[ -p proclist ] [ -g pgrplist ] [ -s sidlist ] [ -z zonelist ] [-h lgrplist]
  'format' is one or more of:
	user ruser group rgroup uid ruid gid rgid pid ppid pgid sid taskid ctid
	pri opri pcpu pmem vsz rss osz nice class time etime stime zone zoneid
	f s c lwp nlwp psr tty addr wchan fname comm args projid project pset lgrp
# echo $?
1
# ps -p abc
ps: abc is an invalid non-numeric argument for -p option
usage: ps [ -aAdefHlcjLPyZ ] [ -o format ] [ -t termlist ]
	[ -u userlist ] [ -U userlist ] [ -G grouplist ]
	[ -p proclist ] [ -g pgrplist ] [ -s sidlist ] [ -z zonelist ] [-h lgrplist]
  'format' is one or more of:
	user ruser group rgroup uid ruid gid rgid pid ppid pgid sid taskid ctid
	pri opri pcpu pmem vsz rss osz nice class time etime stime zone zoneid
	f s c lwp nlwp psr tty addr wchan fname comm args projid project pset lgrp
# echo $?
1
# ps
ps: can't find controlling terminal
# echo $?
1
# ps -u nobody
ps: unknown user nobody
# echo $?
1
# ps -G staffs
ps: unknown group staffs
# echo $?
1
# ps -g 1x
ps: 1x is an invalid non-numeric argument for -g option
usage: ps [ -aAdefHlcjLPyZ ] [ -o format ] [ -t termlist ]
	[ -u userlist ] [ -U userlist ] [ -G grouplist ]
	[ -p proclist ] [ -g pgrplist ] [ -s sidlist ] [ -z zonelist ] [-h lgrplist]
  'format' is one or more of:
	user ruser group rgroup uid ruid gid rgid pid ppid pgid sid taskid ctid
	pri opri pcpu pmem vsz rss osz nice class time etime stime zone zoneid
	f s c lwp nlwp psr tty addr wchan fname comm args projid project pset lgrp
# echo $?
1
=== in a zone ps sees only the zone: zsched is its own parent, the global zone names no process, other zones are unknown
config: runtime
--- input
zlogin web1 ps -ef
zlogin web1 ps -z global
echo $?
zlogin web1 ps -o zone,pid -z s8
echo $?
zlogin s8 ps -efZ
--- output
# zlogin web1 ps -ef
     UID   PID  PPID   C    STIME TTY         TIME CMD
    root  1003  1003   0 09:50:00 ?           0:00 zsched
    root  1040  1003   0 09:50:32 ?           0:00 /sbin/init
    root  1044  1040   0 09:50:33 ?           0:00 /lib/svc/bin/svc.startd
    root  1046  1040   0 09:50:33 ?           0:00 /lib/svc/bin/svc.configd
  daemon  1068  1040   0 09:50:38 ?           0:00 /usr/sbin/nscd
  daemon  1071  1040   0 09:50:38 ?           0:00 /usr/sbin/rpcbind
    root  1080  1040   0 09:50:40 ?           0:00 /usr/sbin/syslogd
    root  1082  1040   0 09:50:40 ?           0:00 /usr/sbin/cron
    root  1085  1040   0 09:50:41 ?           0:00 /usr/lib/inet/inetd start
    root  1088  1040   0 09:50:42 ?           0:00 /usr/lib/ssh/sshd
    root  1093  1040   0 09:50:42 ?           0:00 /usr/lib/sendmail -bd -q15m
# zlogin web1 ps -z global
   PID TTY         TIME CMD
# echo $?
1
# zlogin web1 ps -o zone,pid -z s8
ps: unknown zone s8
usage: ps [ -aAdefHlcjLPyZ ] [ -o format ] [ -t termlist ]
	[ -u userlist ] [ -U userlist ] [ -G grouplist ]
	[ -p proclist ] [ -g pgrplist ] [ -s sidlist ] [ -z zonelist ] [-h lgrplist]
  'format' is one or more of:
	user ruser group rgroup uid ruid gid rgid pid ppid pgid sid taskid ctid
	pri opri pcpu pmem vsz rss osz nice class time etime stime zone zoneid
	f s c lwp nlwp psr tty addr wchan fname comm args projid project pset lgrp
# echo $?
1
# zlogin s8 ps -efZ
    ZONE     UID   PID  PPID   C    STIME TTY         TIME CMD
      s8     root  1103  1103   0 09:50:30 ?           0:00 zsched
      s8     root  1140  1103   0 09:51:02 ?           0:00 /sbin/init
      s8     root  1160  1140   0 09:51:06 ?           0:00 /usr/sbin/syslogd
      s8     root  1162  1140   0 09:51:06 ?           0:00 /usr/sbin/cron
      s8     root  1164  1140   0 09:51:06 ?           0:00 /usr/sbin/inetd -s
      s8     root  1170  1140   0 09:51:07 ?           0:00 /usr/lib/sendmail -bd -q15m
=== prstat: one sample without a terminal; -Z adds the zone summary; count and interval pass on the world clock (§3.1)
config: runtime
--- input
date
prstat -Z 10 2
date
prstat -n 3 -z web1
prstat -Z -n 2,1 -z s8,web1
zlogin web1 prstat -Z -n 4
prstat -s rss -n 3
prstat -S size -n 3,2 -Z
prstat -s time -n 2 -z web1,s8
--- output
# date
Mon Jan  4 09:51:00 UTC 2010
# prstat -Z 10 2
   PID USERNAME  SIZE   RSS STATE  PRI NICE      TIME  CPU PROCESS/NLWP       
  1164 root     3480K 2360K sleep   50    0   0:00:00 0.3% inetd/1
  1162 root     2784K 2616K sleep   48    0   0:00:00 0.3% cron/1
  1140 root     3120K 2552K sleep   42    0   0:00:00 0.3% init/1
  1093 root     7680K 5144K sleep   48    0   0:00:00 0.3% sendmail/1
  1088 root     5024K 4168K sleep   55    0   0:00:00 0.3% sshd/1
  1071 daemon   3792K 2880K sleep   57    0   0:00:00 0.3% rpcbind/1
   305 root     3184K 2768K sleep   52    0   0:06:45 0.3% ttymon/1
   302 root     2560K 1944K sleep   51    0   0:11:15 0.3% sac/1
   281 root     5032K 2816K sleep   46    0   0:11:15 0.3% sshd/1
   267 root     7520K 5336K sleep   55    0   0:09:00 0.3% inetd/4
   245 root     5168K 4080K sleep   50    0   0:04:30 0.3% syslogd/11
     9 root       13M   10M sleep   42    0   0:13:31 0.3% svc.configd/17
  1080 root     4840K 2800K sleep   58    0   0:00:00 0.2% syslogd/11
  1046 root       12M   11M sleep   54    0   0:00:00 0.2% svc.configd/15
   131 daemon   3536K 2432K sleep   49    0   0:11:15 0.2% rpcbind/1
ZONEID    NPROC  SWAP   RSS MEMORY      TIME  CPU ZONE                        
     0       17   91M   66M   0.2%   2:17:20 3.0% global                      
     1       11   59M   46M   0.1%   0:00:00 1.8% web1                        
     2        6   19M   15M   0.0%   0:00:00 1.0% s8                          
Total: 34 processes, 197 lwps, load averages: 0.46, 0.52, 0.59
   PID USERNAME  SIZE   RSS STATE  PRI NICE      TIME  CPU PROCESS/NLWP       
  1164 root     3480K 2360K sleep   50    0   0:00:00 0.3% inetd/1
  1162 root     2784K 2616K sleep   48    0   0:00:00 0.3% cron/1
  1140 root     3120K 2552K sleep   42    0   0:00:00 0.3% init/1
  1093 root     7680K 5144K sleep   48    0   0:00:00 0.3% sendmail/1
  1088 root     5024K 4168K sleep   55    0   0:00:00 0.3% sshd/1
  1071 daemon   3792K 2880K sleep   57    0   0:00:00 0.3% rpcbind/1
   305 root     3184K 2768K sleep   52    0   0:06:45 0.3% ttymon/1
   302 root     2560K 1944K sleep   51    0   0:11:15 0.3% sac/1
   281 root     5032K 2816K sleep   46    0   0:11:15 0.3% sshd/1
   267 root     7520K 5336K sleep   55    0   0:09:00 0.3% inetd/4
   245 root     5168K 4080K sleep   50    0   0:04:30 0.3% syslogd/11
     9 root       13M   10M sleep   42    0   0:13:31 0.3% svc.configd/17
  1080 root     4840K 2800K sleep   58    0   0:00:00 0.2% syslogd/11
  1046 root       12M   11M sleep   54    0   0:00:00 0.2% svc.configd/15
   131 daemon   3536K 2432K sleep   49    0   0:11:15 0.2% rpcbind/1
ZONEID    NPROC  SWAP   RSS MEMORY      TIME  CPU ZONE                        
     0       17   91M   66M   0.2%   2:17:20 3.0% global                      
     1       11   59M   46M   0.1%   0:00:00 1.8% web1                        
     2        6   19M   15M   0.0%   0:00:00 1.0% s8                          
Total: 34 processes, 197 lwps, load averages: 0.46, 0.52, 0.59
# date
Mon Jan  4 09:51:10 UTC 2010
# prstat -n 3 -z web1
   PID USERNAME  SIZE   RSS STATE  PRI NICE      TIME  CPU PROCESS/NLWP       
  1093 root     7680K 5144K sleep   48    0   0:00:00 0.3% sendmail/1
  1088 root     5024K 4168K sleep   55    0   0:00:00 0.3% sshd/1
  1071 daemon   3792K 2880K sleep   57    0   0:00:00 0.3% rpcbind/1
Total: 11 processes, 66 lwps, load averages: 0.46, 0.52, 0.59
# prstat -Z -n 2,1 -z s8,web1
   PID USERNAME  SIZE   RSS STATE  PRI NICE      TIME  CPU PROCESS/NLWP       
  1164 root     3480K 2360K sleep   50    0   0:00:00 0.3% inetd/1
  1162 root     2784K 2616K sleep   48    0   0:00:00 0.3% cron/1
ZONEID    NPROC  SWAP   RSS MEMORY      TIME  CPU ZONE                        
     1       11   59M   46M   0.1%   0:00:00 1.8% web1                        
Total: 17 processes, 82 lwps, load averages: 0.46, 0.52, 0.59
# zlogin web1 prstat -Z -n 4
   PID USERNAME  SIZE   RSS STATE  PRI NICE      TIME  CPU PROCESS/NLWP       
  1093 root     7680K 5144K sleep   48    0   0:00:00 0.3% sendmail/1
  1088 root     5024K 4168K sleep   55    0   0:00:00 0.3% sshd/1
  1071 daemon   3792K 2880K sleep   57    0   0:00:00 0.3% rpcbind/1
  1080 root     4840K 2800K sleep   58    0   0:00:00 0.2% syslogd/11
ZONEID    NPROC  SWAP   RSS MEMORY      TIME  CPU ZONE                        
     1       11   59M   46M   0.1%   0:00:00 1.8% web1                        
Total: 11 processes, 66 lwps, load averages: 0.14, 0.17, 0.20
# prstat -s rss -n 3
   PID USERNAME  SIZE   RSS STATE  PRI NICE      TIME  CPU PROCESS/NLWP       
  1046 root       12M   11M sleep   54    0   0:00:00 0.2% svc.configd/15
     9 root       13M   10M sleep   42    0   0:13:31 0.3% svc.configd/17
     7 root       11M 6168K sleep   51    0   0:15:46 0.1% svc.startd/12
Total: 34 processes, 197 lwps, load averages: 0.46, 0.52, 0.59
# prstat -S size -n 3,2 -Z
   PID USERNAME  SIZE   RSS STATE  PRI NICE      TIME  CPU PROCESS/NLWP       
  1103 root        0K    0K sleep   96    -   0:00:00 0.0% zsched/1
  1003 root        0K    0K sleep   96    -   0:00:00 0.0% zsched/1
   302 root     2560K 1944K sleep   51    0   0:11:15 0.3% sac/1
ZONEID    NPROC  SWAP   RSS MEMORY      TIME  CPU ZONE                        
     2        6   19M   15M   0.0%   0:00:00 1.0% s8                          
     1       11   59M   46M   0.1%   0:00:00 1.8% web1                        
Total: 34 processes, 197 lwps, load averages: 0.46, 0.52, 0.59
# prstat -s time -n 2 -z web1,s8
   PID USERNAME  SIZE   RSS STATE  PRI NICE      TIME  CPU PROCESS/NLWP       
  1170 root     5912K 4960K sleep   57    0   0:00:00 0.1% sendmail/1
  1164 root     3480K 2360K sleep   50    0   0:00:00 0.3% inetd/1
Total: 17 processes, 82 lwps, load averages: 0.46, 0.52, 0.59
=== prstat's errors (prstat.c Die and Usage, exit 1)
config: runtime
--- input
prstat -n 0
echo $?
prstat -z nosuch
echo $?
prstat 1 0
echo $?
prstat x
echo $?
prstat -q
echo $?
prstat 1 1 1
echo $?
prstat -s mem
echo $?
--- output
# prstat -n 0
prstat: invalid argument for -n
# echo $?
1
# prstat -z nosuch
prstat: unknown zone -- nosuch
# echo $?
1
# prstat 1 0
prstat: invalid counter value
# echo $?
1
# prstat x
prstat: illegal argument -- x
# echo $?
1
# prstat -q
prstat: illegal option -- q
Usage:	prstat [-acHJLmRtTvZ] [-u euidlist] [-U uidlist]
	[-p pidlist] [-P cpulist] [-C psrsetlist] [-h lgrouplist]
	[-j projidlist] [-k taskidlist] [-z zoneidlist]
	[-s key | -S key] [-n nprocs[,nusers]]
	[interval [counter]]
# echo $?
1
# prstat 1 1 1
Usage:	prstat [-acHJLmRtTvZ] [-u euidlist] [-U uidlist]
	[-p pidlist] [-P cpulist] [-C psrsetlist] [-h lgrouplist]
	[-j projidlist] [-k taskidlist] [-z zoneidlist]
	[-s key | -S key] [-n nprocs[,nusers]]
	[interval [counter]]
# echo $?
1
# prstat -s mem
prstat: invalid sort key -- mem
# echo $?
1
=== pgrep and pkill by name, zone and user; -l, -f, -x, -n, -o, -d, -v (pgrep.c)
config: runtime
--- input
pgrep -z web1 sshd
pgrep -l -x sshd
pgrep -lf -z s8 inetd
pgrep -d, -x cron
pgrep -n -x init
pgrep -o -x init
pgrep -u daemon -l
pgrep -v -z web1 -u root -l
pgrep -x ssh
echo $?
zlogin web1 pgrep -l -x init
--- output
# pgrep -z web1 sshd
1088
# pgrep -l -x sshd
  281 sshd
 1088 sshd
# pgrep -lf -z s8 inetd
 1164 /usr/sbin/inetd -s
# pgrep -d, -x cron
252,1082,1162
# pgrep -n -x init
1140
# pgrep -o -x init
1
# pgrep -u daemon -l
  121 nscd
  131 rpcbind
 1068 nscd
 1071 rpcbind
# pgrep -v -z web1 -u root -l
    0 sched
    1 init
    2 pageout
    3 fsflush
    7 svc.startd
    9 svc.configd
   88 syseventd
  103 picld
  121 nscd
  131 rpcbind
  245 syslogd
  252 cron
  267 inetd
  281 sshd
  300 sendmail
  302 sac
  305 ttymon
  310 ldmd
 1000 zoneadmd
 1068 nscd
 1071 rpcbind
 1100 zoneadmd
 1103 zsched
 1140 init
 1160 syslogd
 1162 cron
 1164 inetd
 1170 sendmail
# pgrep -x ssh
# echo $?
1
# zlogin web1 pgrep -l -x init
 1040 init
=== pgrep's other criteria: parent, group, session, task, contract, uid, gid, project, terminal; a pattern before options
config: runtime
--- input
pgrep -l -P 1040
pgrep -l -U 1
pgrep -G other -l
pgrep -J system -z s8
pgrep -J 10
echo $?
pgrep -t none -z s8
pgrep -t console
echo $?
pgrep -s 281 -g 281 -T 281 -c 281
pgrep -c 1 -x init
echo $?
pgrep -l sshd -z web1
pgrep -l -u root,daemon -z s8 -x 'sendmail|cron'
pgrep -lf 'inetd (start|-s)'
--- output
# pgrep -l -P 1040
 1044 svc.startd
 1046 svc.configd
 1068 nscd
 1071 rpcbind
 1080 syslogd
 1082 cron
 1085 inetd
 1088 sshd
 1093 sendmail
# pgrep -l -U 1
  121 nscd
  131 rpcbind
 1068 nscd
 1071 rpcbind
# pgrep -G other -l
  121 nscd
  131 rpcbind
 1068 nscd
 1071 rpcbind
# pgrep -J system -z s8
1103
1140
1160
1162
1164
1170
# pgrep -J 10
# echo $?
1
# pgrep -t none -z s8
1103
1140
1160
1162
1164
1170
# pgrep -t console
# echo $?
1
# pgrep -s 281 -g 281 -T 281 -c 281
281
# pgrep -c 1 -x init
# echo $?
1
# pgrep -l sshd -z web1
 1088 sshd
# pgrep -l -u root,daemon -z s8 -x 'sendmail|cron'
 1162 cron
 1170 sendmail
# pgrep -lf 'inetd (start|-s)'
  267 /usr/lib/inet/inetd start
 1085 /usr/lib/inet/inetd start
 1164 /usr/sbin/inetd -s
=== pgrep's usage errors (exit 2)
config: runtime
--- input
pgrep
echo $?
pgrep -n -o sshd
echo $?
pgrep sshd cron
echo $?
pgrep -z nosuch sshd
echo $?
pgrep -u nobody sshd
echo $?
pgrep -q sshd
echo $?
pkill -l sshd
echo $?
zlogin web1 pgrep -z s8 sshd
echo $?
pgrep -P abc
echo $?
pgrep -G staffs sshd
echo $?
pgrep -J nosuch sshd
echo $?
pgrep -t pts/9 sshd
echo $?
pgrep 'ssh(d'
echo $?
--- output
# pgrep
pgrep: No matching criteria specified
Usage: pgrep [-flnovx] [-d delim] [-P ppidlist] [-g pgrplist] [-s sidlist]
	[-u euidlist] [-U uidlist] [-G gidlist] [-J projidlist]
	[-T taskidlist] [-t termlist] [-z zonelist] [-c ctidlist] [pattern]
# echo $?
2
# pgrep -n -o sshd
pgrep: -n and -o are mutually exclusive
Usage: pgrep [-flnovx] [-d delim] [-P ppidlist] [-g pgrplist] [-s sidlist]
	[-u euidlist] [-U uidlist] [-G gidlist] [-J projidlist]
	[-T taskidlist] [-t termlist] [-z zonelist] [-c ctidlist] [pattern]
# echo $?
2
# pgrep sshd cron
pgrep: illegal argument -- cron
Usage: pgrep [-flnovx] [-d delim] [-P ppidlist] [-g pgrplist] [-s sidlist]
	[-u euidlist] [-U uidlist] [-G gidlist] [-J projidlist]
	[-T taskidlist] [-t termlist] [-z zonelist] [-c ctidlist] [pattern]
# echo $?
2
# pgrep -z nosuch sshd
pgrep: invalid zone name -- nosuch
# echo $?
2
# pgrep -u nobody sshd
pgrep: invalid user name -- nobody
# echo $?
2
# pgrep -q sshd
pgrep: illegal option -- q
Usage: pgrep [-flnovx] [-d delim] [-P ppidlist] [-g pgrplist] [-s sidlist]
	[-u euidlist] [-U uidlist] [-G gidlist] [-J projidlist]
	[-T taskidlist] [-t termlist] [-z zonelist] [-c ctidlist] [pattern]
# echo $?
2
# pkill -l sshd
pkill: illegal option -- l
Usage: pkill [-signal] [-fnovx] [-P ppidlist] [-g pgrplist] [-s sidlist]
	[-u euidlist] [-U uidlist] [-G gidlist] [-J projidlist]
	[-T taskidlist] [-t termlist] [-z zonelist] [-c ctidlist] [pattern]
# echo $?
2
# zlogin web1 pgrep -z s8 sshd
pgrep: invalid zone name -- s8
# echo $?
2
# pgrep -P abc
pgrep: invalid argument for option 'P' -- abc
# echo $?
2
# pgrep -G staffs sshd
pgrep: invalid group name -- staffs
# echo $?
2
# pgrep -J nosuch sshd
pgrep: invalid project name -- nosuch
# echo $?
2
# pgrep -t pts/9 sshd
pgrep: unknown terminal name -- pts/9
# echo $?
2
# pgrep 'ssh(d'
pgrep: Unmatched ( or \(
# echo $?
2
=== pkill: SMF restarts a killed daemon with a new pid; system processes and init refuse (procset.c, sig.c)
config: runtime
--- input
pkill -z web1 sshd
echo $?
pgrep -l -z web1 sshd
pkill -HUP -x syslogd
pgrep -x syslogd
pkill zsched
echo $?
pkill -9 -x init
echo $?
pgrep -x init
pkill -z web1 -x nosuchd
echo $?
zlogin web1 pkill -x sshd
pgrep -l sshd
--- output
# pkill -z web1 sshd
# echo $?
0
# pgrep -l -z web1 sshd
 1200 sshd
# pkill -HUP -x syslogd
# pgrep -x syslogd
245
1080
1160
# pkill zsched
pkill: Failed to signal pid 1003: No such process
pkill: Failed to signal pid 1103: No such process
# echo $?
0
# pkill -9 -x init
pkill: Failed to signal pid 1: Not owner
# echo $?
0
# pgrep -x init
1
1040
1140
# pkill -z web1 -x nosuchd
# echo $?
1
# zlogin web1 pkill -x sshd
# pgrep -l sshd
  281 sshd
 1201 sshd
=== a halted zone leaves no process behind; a boot brings new ones
config: runtime
--- input
pkill -z web1 -x cron
zoneadm -z web1 halt
pgrep -z web1 cron
echo $?
ps -o pid,args -z 1
echo $?
pgrep -f zoneadmd
zoneadm -z web1 boot
ps -o zone,pid,args -z web1
pgrep -lf zoneadmd
zoneadm -z db1 ready
ps -fZ -z db1
--- output
# pkill -z web1 -x cron
# zoneadm -z web1 halt
# pgrep -z web1 cron
pgrep: invalid zone name -- web1
# echo $?
2
# ps -o pid,args -z 1
ps: unknown zone 1
usage: ps [ -aAdefHlcjLPyZ ] [ -o format ] [ -t termlist ]
	[ -u userlist ] [ -U userlist ] [ -G grouplist ]
	[ -p proclist ] [ -g pgrplist ] [ -s sidlist ] [ -z zonelist ] [-h lgrplist]
  'format' is one or more of:
	user ruser group rgroup uid ruid gid rgid pid ppid pgid sid taskid ctid
	pri opri pcpu pmem vsz rss osz nice class time etime stime zone zoneid
	f s c lwp nlwp psr tty addr wchan fname comm args projid project pset lgrp
# echo $?
1
# pgrep -f zoneadmd
1100
# zoneadm -z web1 boot
# ps -o zone,pid,args -z web1
    ZONE   PID COMMAND
    web1  1204 zsched
    web1  1241 /sbin/init
    web1  1245 /lib/svc/bin/svc.startd
    web1  1247 /lib/svc/bin/svc.configd
    web1  1269 /usr/sbin/nscd
    web1  1272 /usr/sbin/rpcbind
    web1  1281 /usr/sbin/syslogd
    web1  1283 /usr/sbin/cron
    web1  1286 /usr/lib/inet/inetd start
    web1  1289 /usr/lib/ssh/sshd
    web1  1294 /usr/lib/sendmail -bd -q15m
# pgrep -lf zoneadmd
 1100 zoneadmd -z s8
 1201 zoneadmd -z web1
# zoneadm -z db1 ready
# ps -fZ -z db1
    ZONE     UID   PID  PPID   C    STIME TTY         TIME CMD
     db1     root  1304     1   0 09:51:40 ?           0:00 zsched
=== pargs: the arguments of a process, zsched's name only, -e its environment (§3.4, pargs.c)
config: runtime
--- input
pargs 1
pargs 1003
pargs 1093 267
pargs -e 281
pargs -ae 1164
pargs -l 1093 1003
pargs 4242 1 4243 1003
echo $?
zlogin web1 pargs 1
echo $?
pargs
echo $?
pargs -l -e 1
echo $?
--- output
# pargs 1
1:	/sbin/init
argv[0]: /sbin/init
# pargs 1003
1003: zsched
# pargs 1093 267
1093:	/usr/lib/sendmail -bd -q15m
argv[0]: /usr/lib/sendmail
argv[1]: -bd
argv[2]: -q15m

267:	/usr/lib/inet/inetd start
argv[0]: /usr/lib/inet/inetd
argv[1]: start
# pargs -e 281
281:	/usr/lib/ssh/sshd
envp[0]: LANG=C
envp[1]: PATH=/usr/sbin:/usr/bin
envp[2]: SMF_RESTARTER=svc:/system/svc/restarter:default
# pargs -ae 1164
1164:	/usr/sbin/inetd -s
argv[0]: /usr/sbin/inetd
argv[1]: -s

envp[0]: LANG=C
envp[1]: PATH=/usr/sbin:/usr/bin
envp[2]: SMF_RESTARTER=svc:/system/svc/restarter:default
# pargs -l 1093 1003
/usr/lib/sendmail -bd -q15m

zsched
# pargs 4242 1 4243 1003
pargs: cannot examine 4242: no such process
1:	/sbin/init
argv[0]: /sbin/init

pargs: cannot examine 4243: no such process
1003: zsched
# echo $?
1
# zlogin web1 pargs 1
pargs: cannot examine 1: no such process
# echo $?
1
# pargs
usage:  pargs [-acexF] { pid | core } ...
  (show process arguments and environment)
  -a: show process arguments (default)
  -c: interpret characters as 7-bit ascii regardless of locale
  -e: show environment variables
  -l: display arguments as command line
  -x: show aux vector entries
  -F: force grabbing of the target process
# echo $?
2
# pargs -l -e 1
-l is incompatible with -x and -e
usage:  pargs [-acexF] { pid | core } ...
  (show process arguments and environment)
  -a: show process arguments (default)
  -c: interpret characters as 7-bit ascii regardless of locale
  -e: show environment variables
  -l: display arguments as command line
  -x: show aux vector entries
  -F: force grabbing of the target process
# echo $?
2
=== /etc/release: Solaris 10 10/09 in the global zone and native zones, a Solaris 8 Container's own (§3.3)
config: runtime
--- input
cat /etc/release
zlogin web1 cat /etc/release
zlogin s8 cat /etc/release
ls -l /etc/release
--- output
# cat /etc/release
                      Solaris 10 10/09 s10s_u8wos_08a SPARC
           Copyright 2009 Sun Microsystems, Inc.  All Rights Reserved.
                        Use is subject to license terms.
                           Assembled 16 September 2009
# zlogin web1 cat /etc/release
                      Solaris 10 10/09 s10s_u8wos_08a SPARC
           Copyright 2009 Sun Microsystems, Inc.  All Rights Reserved.
                        Use is subject to license terms.
                           Assembled 16 September 2009
# zlogin s8 cat /etc/release
                       Solaris 8 10/01 s28s_u6wos_08a SPARC
           Copyright 2001 Sun Microsystems, Inc.  All Rights Reserved.
                           Assembled 12 September 2001
# ls -l /etc/release
-r--r--r--   1 root     root         243 Dec 19 18:20 /etc/release
=== the Logical Domains daemons run where their services are enabled: ldmd and vntsd in the control domain, neither in a guest
config: zones-guest
--- input
pgrep -lx 'ldmd|vntsd'
svcadm disable ldmd
svcadm disable vntsd
pgrep -lx 'ldmd|vntsd'
echo $?
svcadm enable vntsd
ps -o pid,args -p 310,320
--- output
# pgrep -lx 'ldmd|vntsd'
  310 ldmd
  320 vntsd
# svcadm disable ldmd
# svcadm disable vntsd
# pgrep -lx 'ldmd|vntsd'
# echo $?
1
# svcadm enable vntsd
# ps -o pid,args -p 310,320
  PID COMMAND
  320 /usr/lib/ldoms/vntsd
=== a guest domain's Solaris has its own process table, without the Logical Domains daemons
config: zones-guest
domain: ldg1
--- input
ps -o pid,ppid,args -e
pgrep -x ldmd
echo $?
--- output
# ps -o pid,ppid,args -e
  PID  PPID COMMAND
    0     0 sched
    1     0 /sbin/init
    2     0 pageout
    3     0 fsflush
    7     1 /lib/svc/bin/svc.startd
    9     1 /lib/svc/bin/svc.configd
   88     1 /usr/lib/sysevent/syseventd
  103     1 /usr/lib/picl/picld
  121     1 /usr/sbin/nscd
  131     1 /usr/sbin/rpcbind
  245     1 /usr/sbin/syslogd
  252     1 /usr/sbin/cron
  267     1 /usr/lib/inet/inetd start
  281     1 /usr/lib/ssh/sshd
  300     1 /usr/lib/sendmail -bd -q15m
  302     1 /usr/lib/saf/sac -t 300
  305   302 /usr/lib/saf/ttymon
# pgrep -x ldmd
# echo $?
1
