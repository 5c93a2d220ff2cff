# Shared set-up: the freshly built binary first on PATH, a fixed locale, and a
# private HOME, so that no test depends on the machine it runs on.  This file
# is read again for every test, so it forks nothing.

bats_require_minimum_version 1.5.0

TOP=${BATS_TEST_DIRNAME%/tests*}
# shellcheck disable=SC2034 # FIXTURES and BUILD are for the test files
FIXTURES="$TOP/tests/fixtures"
DATA="$TOP/src/codes.txt"
# make test and make check say which build to test; ./httpstatus otherwise
BIN=${HTTPSTATUS_BIN:-$TOP/httpstatus}
# shellcheck disable=SC2034
BUILD=${HTTPSTATUS_BUILD:-$TOP/build}

# Both builds name the binary httpstatus, so its folder goes first on PATH;
# setup runs before every test, so it forks nothing.  Paging is off (an
# empty HTTPSTATUS_PAGER), so that a test on a pseudo-terminal never waits
# in less; pager.bats turns it on.
setup() {
	PATH="${BIN%/*}:$PATH"
	export LC_ALL=C
	export HOME="$BATS_TEST_TMPDIR"
	export HTTPSTATUS_PAGER=
	unset COLUMNS NO_COLOR
}

# As bats' run -N --separate-stderr (status, output, lines and stderr, and
# the status checked when -N is given), in one process where run starts
# four: for the tests that loop over many inputs.
run_apart() {
	local want=
	if [[ $1 == -[0-9]* ]]; then want=${1#-}; shift; fi
	status=0
	output=$("$@" 2>"$BATS_TEST_TMPDIR/stderr") || status=$?
	read -d '' -r stderr <"$BATS_TEST_TMPDIR/stderr" || true
	# shellcheck disable=SC2034 # lines is for the tests, as run sets it
	IFS=$'\n' read -d '' -r -a lines <<<"$output" || true
	[ -z "$want" ] || [ "$status" -eq "$want" ] ||
		{ echo "$*: exit $status, not $want"; return 1; }
}

# The fields of an entry, in JSON's key order and as -f names them: the
# one list the tests of keys share.  A field added to src/field.h's
# FIELDS is added here, and the tests then say where else it is missing
# (README, the man page's OUTPUT).
# shellcheck disable=SC2034 # for the test files
FIELD_KEYS="id,code,kind,substatus,http_status,observed_status,observed_source,name,aliases,class,category,status,official,vendor,module,description,rfc,spec_url,popularity,recommended,deprecated,use_case,notes,related,example,headers,messages,cacheable,has_content,retry,sender,browsers,crawlers,caches,clients,grpc,constants"

# Runs httpstatus with the arguments, asserting exit 0 and nothing on
# stderr, and leaves its stdout in $output.
quietly() {
	run_apart -0 httpstatus "$@" || return
	[ -z "$stderr" ] || { echo "httpstatus $*: stderr: $stderr"; return 1; }
}

# Runs httpstatus -f code with the arguments, as quietly does, and leaves
# the codes it printed in $output on one line.
codes_of() {
	quietly -f code "$@" || return
	output=${output//$'\n'/ }
}

# The "did you mean" an unknown code $1 gets: the nearest known codes below
# and above it in its class, each by its first meaning's name, as the
# binary's own class list has them.
suggestion() {
	httpstatus -f code,name "${1:0:1}xx" | awk -F'\t' -v c="$1" '
		!seen[$1]++ { if ($1 + 0 < c + 0) below = $1 " " $2; else if (above == "") above = $1 " " $2 }
		END { if (below != "" && above != "") printf "; did you mean %s or %s?", below, above
			else if (below above != "") printf "; did you mean %s?", below above }'
}

# Every code in the data file, once each, in file order.
all_codes() {
	awk '/^code: / && !seen[$2]++ { print $2 }' "$DATA"
}

# The lowest and the highest code from 100 to 999 that the data file does
# not hold, so that a test of an unknown code survives new records.
unknown_edges() {
	all_codes | awk '{ known[$1] = 1 } END {
		for (lo = 100; lo <= 999 && (lo in known); lo++);
		for (hi = 999; hi >= 100 && (hi in known); hi--);
		print lo, hi }'
}

# Every name in the data file, in record order.
all_names() {
	sed -n 's/^name: //p' "$DATA"
}

# A valid one-record data file; tests break one thing in it at a time.
valid_record() {
	cat <<'REC'
code: 404
name: Not Found
category: Client Error
status: permanent
rfc: 9110
section: 15.5.5
popularity: common
recommended: yes
deprecated: no
description: Nothing is there.
use_case: A missing page.
notes: Cacheable by default.
related: 410
cacheable: default
retry: no
sender: app server
keywords: missing page, dead link

code: 410
name: Gone
category: Client Error
status: permanent
rfc: 9110
section: 15.5.11
popularity: uncommon
recommended: yes
deprecated: no
description: It was there and is gone for good.
use_case: A deleted page.
notes: Also cacheable by default.
related: 404
cacheable: default
retry: no
sender: app
keywords: deleted, removed for good
REC
}

# The server a test started (logs.bats, check.bats), stopped by the test
# and again by teardown, so that a failing test leaves none running.
stop_server() {
	if [ -n "${server:-}" ]; then
		kill "$server" 2>/dev/null || true
		wait "$server" 2>/dev/null || true
		server=
	fi
}

# Starts python3 -m http.server on a free port of 127.0.0.1, serving a page
# from folder $1 and writing its log to $2; sets server and port.
start_python() {
	mkdir -p "$1"
	echo hello >"$1/index.html"
	python3 -m http.server 0 --bind 127.0.0.1 --directory "$1" >"$1.port" 2>"$2" &
	server=$!
	# python3 prints the port it bound once it listens
	for _ in $(seq 50); do
		port=$(sed -n 's/.* port \([0-9]*\) .*/\1/p' "$1.port")
		[ -n "$port" ] && return 0
		sleep 0.1
	done
	stop_server
	return 1
}

# Starts nginx on a free port of 127.0.0.1 with a combined and a JSON access
# log in $1, a page, four locations that return a status (444: nginx
# closes the connection without a response), a slow one
# (requests past the first wait for a minute, so a client that gives up
# gets a 499) and one proxied to a closed port; sets server and port.
start_nginx() {
	local dir=$1
	mkdir -p "$dir/html" "$dir/tmp"
	echo hello >"$dir/html/index.html"
	for _ in 1 2 3 4 5; do
		port=$((20000 + RANDOM % 40000))
		cat >"$dir/nginx.conf" <<-EOF
			daemon off;
			master_process off;
			pid $dir/nginx.pid;
			error_log $dir/error.log;
			events { worker_connections 64; }
			http {
				log_format json escape=json '{"request":"\$request","status":\$status}';
				access_log $dir/access.log combined;
				access_log $dir/access.json json;
				client_body_temp_path $dir/tmp/body;
				proxy_temp_path $dir/tmp/proxy;
				fastcgi_temp_path $dir/tmp/fastcgi;
				uwsgi_temp_path $dir/tmp/uwsgi;
				scgi_temp_path $dir/tmp/scgi;
				limit_req_zone \$binary_remote_addr zone=slow:1m rate=1r/m;
				server {
					listen 127.0.0.1:$port;
					root $dir/html;
					location = /teapot { return 418; }
					location = /private { return 401; }
					location = /old { return 301 /index.html; }
					location = /drop { return 444; }
					location = /slow { limit_req zone=slow burst=5; }
					location = /down { proxy_pass http://127.0.0.1:9; }
				}
			}
		EOF
		nginx -p "$dir" -c "$dir/nginx.conf" -e "$dir/error.log" &
		server=$!
		for _ in $(seq 50); do
			curl -s -o /dev/null "http://127.0.0.1:$port/index.html" && return 0
			kill -0 "$server" 2>/dev/null || break
			sleep 0.1
		done
		stop_server
	done
	return 1
}

# Sends bytes, given with printf's escapes, to the server as they are, and
# reads its answer.  (bats keeps file descriptor 3 for itself.)
send_raw() {
	local conn
	exec {conn}<>"/dev/tcp/127.0.0.1/$port"
	printf '%b' "$1" >&"$conn"
	timeout 5 cat <&"$conn" >/dev/null || true
	exec {conn}>&-
}

