#!/bin/sh
# The obvious answer to "which missing pages were asked for most", the
# baseline for httpstatus --count --code 404 --by path: reads the combined
# log named.
awk '$9 == 404 { print $7 }' "$1" | sort | uniq -c | sort -rn | head
