=== T33 the target dt212-239: 2G free, in two 1G ranges
config: migrate-t33
host: dt212-239
--- input
ldm list-devices memory
ldm list
--- output
# ldm list-devices memory
MEMORY
    PA                   SIZE
    0x108000000          1G
    0x188000000          1G

# ldm list
NAME             STATE    FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
primary          active   -n-cv   SP      8     4G       0.9%  1m
ldg-a            bound    -----   5001    8     1G
ldg-b            bound    -----   5003    8     896M
=== T33 ldg-src needs 2G at real address 0x8000000 in one piece: refused
config: migrate-t33
host: dt90-319
interactive: yes
--- input
ldm list -o memory ldg-src
ldm migrate-domain ldg-src dt212-239

echo $?
ldm migrate-domain -n ldg-src root@dt212-239

echo $?
ldm list
--- output
# ldm list -o memory ldg-src
NAME
ldg-src

MEMORY
    RA               PA               SIZE
    0x8000000        0x208000000      2G

# ldm migrate-domain ldg-src dt212-239
Target Password:
Unable to bind 2G memory region at real address 0x8000000
Domain Migration of LDom ldg-src failed
# echo $?
1
# ldm migrate-domain -n ldg-src root@dt212-239
Target Password:
Unable to bind 2G memory region at real address 0x8000000
Domain Migration of LDom ldg-src would fail if attempted
# echo $?
1
# ldm list
NAME             STATE    FLAGS   CONS    VCPU  MEMORY   UTIL  UPTIME
primary          active   -n-cv   SP      8     8G       0.9%  5m
ldg-src          active   -n---   5000    8     2G       0.9%  3m
