#!/usr/bin/env bats
# Codes from the wild: 000, which curl prints when no response came, and
# the vendor codes outside HTTP's range.

load helper

@test "000 opens the entry that says it is not a status code" {
	run_apart -0 httpstatus 000
	[ -z "$stderr" ]
	[ "${lines[0]}" = "000 No Response (curl and load balancers)" ]
	# what it means first, then the facts
	[ "${lines[1]}" = "  Not a status code at all: 000 is what curl's %{http_code} prints when no" ]
	grep -qxF "  Class:       Not a Status Code" <<<"$output"
	[[ "$output" == *$'\n  Content:     does not apply: no response is sent\n'* ]]
	[[ "$output" == *"None: no response with this code reaches a client."* ]]
}

@test "000 on standard input is answered like any code, with exit 0" {
	run_apart -0 httpstatus --stdin <<<$'000\n404\n000'
	[ "$output" = $'000 No Response\n404 Not Found\n000 No Response' ]
	run_apart -0 httpstatus --stdin -f code,category <<<'000'
	[ "$output" = $'000\tNot a Status Code' ]
}

@test "in JSON 000 is the number 0, in no class, with no example" {
	run -0 httpstatus --json 000
	[ "$(jq -c '[.code, .class, .category, .example, .cacheable, .official]' <<<"$output")" = \
	    '[0,null,"Not a Status Code",null,"n/a",false]' ]
}

@test "only 000 and 0, as browsers report it, of the numbers under 100 are codes" {
	for arg in 00 001 010 099; do
		run_apart -1 httpstatus -- "$arg"
		[ "$stderr" = "httpstatus: '$arg' is not a status code" ]
	done
	codes_of 0
	[ "$output" = 000 ]
	run -0 httpstatus --json 0
	[ "$(jq -r 'type, .code' <<<"$output" | tr '\n' ' ')" = "object 0 " ]
}

# bats test_tags=grows
@test "list and the man page of codes hold 000 first, under its own heading" {
	run -0 httpstatus list
	[ "${lines[0]}" = "Not a Status Code" ]
	[[ "${lines[1]}" == *"000 No Response (curl and load balancers)" ]]
	grep -qxF '.Ss "000 No Response (curl and load balancers)"' "$BUILD/httpstatus-codes.7"
}

# The sub-statuses and error numbers the data file holds, as ids: 500.19,
# 1020.
wild_ids() {
	awk '/^code: / && ($2 ~ /\./ || length($2) == 4) && !seen[$2]++ { print $2 }' "$DATA"
}

@test "an IIS sub-status opens by 500.19, 500-19 and HTTP Error 500.19" {
	for args in 500.19 500-19 "HTTP Error 500.19"; do
		run_apart -0 httpstatus $args
		[ -z "$stderr" ]
		[ "${lines[0]}" = "500.19 Configuration Data Is Invalid (Microsoft IIS)" ] ||
			{ echo "$args: ${lines[0]}"; return 1; }
	done
	[ "${lines[1]}" = "  IIS could not use the applicationHost.config or web.config that applies to" ]
	diff -u - <(sed -n '/^  Class:/,/^$/p' <<<"$output") <<'WANT'
  Class:       5xx Server Error
  Substatus:   19 of 500 Internal Server Error
  Module:      IIS core
  In logs:     sc-status 500, sc-substatus 19 in IIS's W3C log
  Status:      unofficial, used by Microsoft IIS
  Spec:        https://learn.microsoft.com/en-us/troubleshoot/developer/webapps/iis/site-behavior-performance/http-error-500-19-webpage
  Popularity:  common
  Retry:       not until the server side is fixed; then it may work

WANT
	[[ "$output" == *"IIS sends it as a 500 response: httpstatus 500 shows one."* ]]
}

@test "one sub-status number from two modules shows both, each labelled" {
	run_apart -0 httpstatus 502.5
	[ "$(grep -c '^502\.5 ' <<<"$output")" -ge 2 ]
	grep -qx '  Module:      Application Request Routing' <<<"$output"
	grep -qx '  Module:      ASP.NET Core Module' <<<"$output"
}

@test "a Cloudflare error number opens by 1020, error 1020 and cloudflare 1020" {
	for args in 1020 "error 1020" "cloudflare 1020" "Cloudflare error 1020"; do
		run_apart -0 httpstatus $args
		[ "${lines[0]}" = "1020 Access denied (Cloudflare)" ] || { echo "$args: ${lines[0]}"; return 1; }
	done
	[ "${lines[1]}" = "  The request matched one of the firewall rules the site's owner set up in" ]
	grep -qxF "  Class:       Vendor Error" <<<"$output"
	# Cloudflare documents no status for 1020 itself: the one seen, and where
	grep -qxF "  Arrives as:  403 Forbidden as observed: Cloudflare does not document it (seen" <<<"$output"
	grep -qF "error-page-types/)" <<<"$output"
	# no class holds it, so the vendor's list ends it instead of a grid
	[ "${lines[-2]}" = "  Other error numbers" ]
	[ "${lines[-1]}" = "    httpstatus list --vendor Cloudflare" ]
	run_apart -0 httpstatus 1015
	grep -qxF "  Arrives as:  429 Too Many Requests, the error number in the page" <<<"$output"
	# neither documented nor observed
	run_apart -0 httpstatus 1001
	grep -qxF "  Arrives as:  an HTTP status Cloudflare does not document; the error number is" <<<"$output"
	run -0 httpstatus --json 1020 1001 1015
	[ "$(jq -c '[.[] | [.http_status, .observed_status, (.observed_source | type)]]' <<<"$output")" = \
		'[[null,403,"string"],[null,null,"null"],[429,null,"null"]]' ]
}

@test "a status lists the error numbers documented to arrive with it" {
	for code in 409 429 503; do
		want=$(awk -v c="$code" '/^code: /{id=$2} /^http_status: /{ if ($2 == c) printf "%s%s", n++ ? ", " : "", id }' "$DATA")
		[ -n "$want" ]
		run_apart -0 httpstatus "$code"
		grep -qxF "  Error pages: $want (Cloudflare)" <<<"$output" || { echo "$code: $want"; return 1; }
	done
	run_apart -0 httpstatus 404
	! grep -q 'Error pages:' <<<"$output" || false
}

# bats test_tags=grows
@test "a code's entry counts its sub-statuses, and list CODE lists them" {
	for code in 404 500; do
		mapfile -t subs < <(awk -v c="$code" '$1 == "code:" && index($2, c ".") == 1 && !seen[$2]++ { print $2 }' "$DATA")
		[ "${#subs[@]}" -ge 1 ]
		run_apart -0 httpstatus "$code"
		grep -qxF "  Substatuses: ${#subs[@]} from IIS, ${subs[0]} to ${subs[-1]}: httpstatus list $code" \
			<<<"$output" || { echo "$code"; return 1; }
		run_apart -0 httpstatus -s list "$code"
		[ "$(cut -d' ' -f1 <<<"$output" | uniq | tr '\n' ' ')" = "${subs[*]} " ]
	done
	run_apart -0 httpstatus 201
	! grep -q 'Substatuses:' <<<"$output" || false
}

# bats test_tags=grows
@test "list --vendor lists one vendor's codes, by its name or a word of it" {
	for name in cloudflare IIS 'Microsoft IIS'; do
		run_apart -0 httpstatus list --vendor "$name" -f vendor
		[ "$(sort -u <<<"$output")" = "$(awk -v n="$name" 'BEGIN { n = tolower(n) }
			/^vendor: / { v = substr($0, 9); w = " " tolower(v) " "
				if (tolower(v) == n || index(w, " " n " ")) print v }' "$DATA" | sort -u)" ]
		[ "${#lines[@]}" -eq "$(awk -v n="$name" 'BEGIN { n = tolower(n) }
			/^vendor: / { v = tolower(substr($0, 9)); if (v == n || index(" " v " ", " " n " ")) c++ }
			END { print c }' "$DATA")" ]
	done
	run_apart -1 httpstatus list --vendor nobody
	[ -z "$output" ]
	# the vendors there are, each once, from the data
	vendors=$(sed -n 's/^vendor: //p' "$DATA" | LC_ALL=C sort -fu | paste -sd, | sed 's/,/, /g')
	[ "$stderr" = "httpstatus: no codes from a vendor named 'nobody'; the vendors are $vendors" ]
	# it filters list alone, not lookups, classes or searches
	for args in "404" "list 5xx" "search timeout" "--stdin"; do
		run_apart -2 httpstatus --vendor nginx $args </dev/null
		[ -z "$output" ]
		[ "$stderr" = "httpstatus: --vendor goes with list alone; try 'httpstatus --help'" ] ||
			{ echo "$args: $stderr"; return 1; }
	done
}

# bats test_tags=grows
@test "classes list codes; list adds the sub-statuses and then the error numbers" {
	run_apart -0 httpstatus -s 5xx
	! grep -qE '^[0-9]{3}\.' <<<"$output" || false
	run_apart -0 httpstatus -s list
	ids=$(cut -d' ' -f1 <<<"$output" | uniq)
	# the sub-statuses of a class come after its codes; error numbers last
	[ "$(grep -n '^500\.19$' <<<"$ids" | cut -d: -f1)" -gt "$(grep -n '^599$' <<<"$ids" | cut -d: -f1)" ]
	[ "$(tail -n 1 <<<"$ids")" = "$(wild_ids | grep -E '^[0-9]{4}$' | tail -n 1)" ]
	[ "$(grep -cE '^([0-9]{4}|[0-9]{3}\.[0-9]+)$' <<<"$ids")" -eq "$(wild_ids | wc -l)" ]
}

@test "standard input answers sub-statuses and error numbers line by line" {
	# (a sub-status shares its number with its parent, but not its answer)
	run_apart -0 httpstatus --stdin <<<$'500.19\n1020\n000\n500\n500-19'
	[ "$output" = $'500.19 Configuration Data Is Invalid\n1020 Access denied\n000 No Response\n500 Internal Server Error\n500.19 Configuration Data Is Invalid' ]
}

@test "JSON and -f carry kind, substatus, http_status and module" {
	run_apart -0 httpstatus --json 500.19 1015 1020 404
	[ "$(jq -c '[.[] | [.code, .kind, .substatus, .http_status, .module, .class]]' <<<"$output")" = \
	    '[[500,"substatus",19,500,"IIS core","5xx"],[1015,"error",null,429,null,null],[1020,"error",null,null,null,null],[404,"status",null,404,null,"4xx"]]' ]
	run_apart -0 httpstatus -f code,kind,substatus,http_status,module 500.19 1020
	# -f code is the code as it is typed, 500.19 apart from 500
	[ "$output" = $'500.19\tsubstatus\t19\t500\tIIS core\n1020\terror\t\t\t' ]
}

# bats test_tags=grows
@test "every sub-status and error number is found by searching its name" {
	# one plain fork per name (a run_apart's subshell and files would
	# triple the cost), then one awk over all the answers
	while IFS='|' read -r id name; do
		printf '== %s %s\n' "$id" "$name"
		httpstatus -s search "$name" 2>&1 || echo "!! exit $?"
	done < <(awk '$1 == "code:" { c = $2 } /^name: / && (c ~ /\./ || length(c) == 4) {
		print c "|" substr($0, 7) }' "$DATA") >"$BATS_TEST_TMPDIR/found"
	awk -v want="$(wild_ids | wc -l)" '
		/^== / { id = $2; asked[++n] = $0; next }
		/^!! / || /^httpstatus: / { print asked[n] ": " $0; bad = 1 }
		index($0, id " ") == 1 { found[n] = 1 }
		END {
			for (i = 1; i <= n; i++) if (!(i in found)) { print asked[i] ": not found"; bad = 1 }
			if (n < want) { print n " names for " want " ids"; bad = 1 }
			exit bad
		}' "$BATS_TEST_TMPDIR/found"
}

@test "completion offers error numbers, not the sub-statuses" {
	run_apart -0 httpstatus --complete codes
	grep -qx $'1020\tAccess denied' <<<"$output"
	! grep -qE '^[0-9]{3}\.' <<<"$output" || false
}

@test "an unknown error number or sub-status gets its nearest neighbours" {
	run_apart -1 httpstatus 500.20
	[[ "$stderr" == "httpstatus: '500.20' is not a known status code; did you mean 500.19 Configuration Data Is Invalid or 500."* ]]
	[ -z "$output" ]
	run_apart -1 httpstatus 9999
	last=$(wild_ids | grep -E '^[0-9]{4}$' | tail -n 1)
	[[ "$stderr" == "httpstatus: '9999' is not a known status code; did you mean $last "* ]]
}
