#!/bin/sh
# The obvious tally of a combined log's statuses, the baseline for
# httpstatus --stdin --count: reads standard input.
awk '{ print $9 }' | sort | uniq -c
