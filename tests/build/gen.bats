#!/usr/bin/env bats
# The generator validates the data file and names the file and line of each fault.

load ../helper

GEN="$BUILD/gen"

# The valid records, written once; most tests store an edited copy.
setup_file() {
	valid_record >"$BATS_FILE_TMPDIR/valid.txt"
}

# Stores the valid records, edited by sed with the given arguments, as the
# data file.
edited() {
	sed "$@" "$BATS_FILE_TMPDIR/valid.txt" >"$BATS_TEST_TMPDIR/data.txt"
}

# Stores stdin as the data file (a pipeline runs in a subshell, so the
# generator itself is run apart, by generate).
data() {
	cat >"$BATS_TEST_TMPDIR/data.txt"
}

# Runs the generator on the stored data; the table goes to $out.
generate() {
	out="$BATS_TEST_TMPDIR/table.c"
	cd "$BATS_TEST_TMPDIR" || return
	run_apart "$GEN" data.txt table.c
}

# What the table would hold, as gen --dump lists it: a line per fact,
# "WHO<TAB>KEY<TAB>VALUE...", whatever the layout of the C.
dumped() {
	"$GEN" --dump "$BATS_TEST_TMPDIR/data.txt"
}

# The generated table with each T(n), an offset into table_text, replaced
# by the string literal it stands for.  The members are not in the order
# of n (plain strings come first), so their declarations give the order.
resolved() {
	awk '
		/^struct table_text \{/ { in_decl = 1; m = 0; next }
		in_decl && /^\};/ { in_decl = 0; next }
		in_decl { s = $0; sub(/^\tchar s/, "", s); sub(/\[.*/, "", s); member[m++] = s; next }
		/^const struct table_text table_text = \{/ { in_text = 1; n = 0; next }
		in_text && /^\};/ { in_text = 0; next }
		in_text { s = $0; sub(/^\t/, "", s); sub(/,$/, "", s); text[member[n++]] = s; next }
		# a packed string: the comment says what it unpacks to
		/^\tR[0-9]+ = TEXT_PACKED \| [0-9]+, \/\/ "/ {
			s = $0; sub(/^\tR/, "", s); i = s; sub(/ .*/, "", i); sub(/^[^\/]*\/\/ /, "", s)
			text[i] = s; next
		}
		{
			while (match($0, /T\([0-9]+\)/)) {
				i = substr($0, RSTART + 2, RLENGTH - 3)
				$0 = substr($0, 1, RSTART - 1) text[i] substr($0, RSTART + RLENGTH)
			}
			print
		}' "$out"
}

# Asserts a failed run whose first message is $1, with no table written.
# (A broken line can cause later messages too, such as a missing field.)
assert_rejected() {
	echo "got: ${stderr%%$'\n'*}" # shown when the test fails
	[ "$status" -eq 1 ]
	[ "${stderr%%$'\n'*}" = "$1" ]
	[ -z "$output" ]
	[ ! -e "$out" ]
	[ ! -e "$out.tmp" ]
}

@test "a valid file gives a table marked as generated" {
	edited ''
	generate
	[ "$status" -eq 0 ]
	[ -z "$stderr" ]
	grep -q '^/\* Generated from data.txt by src/gen; do not edit. \*/$' "$out"
	grep -q '\[404\] = 1,' "$out"
	grep -q '\[410\] = 2,' "$out"
}

@test "strings JSON takes as they are come first, and table_plain_end says where they stop" {
	edited 's/^description: Nothing is there\.$/description: Nothing is "there"./; s/^description: It was there/description: It was thére/'
	generate
	[ "$status" -eq 0 ]
	# member names in declared order, then each literal: one with a
	# backslash (an escape, an octal byte) is one JSON must escape
	awk '
		/^struct table_text \{/ { d = 1; next }
		d && /^\};/ { d = 0; next }
		d { s = $0; sub(/^\tchar /, "", s); sub(/\[.*/, "", s); name[m++] = s; next }
		/^const struct table_text table_text = \{/ { t = 1; next }
		t && /^\};/ { t = 0; next }
		t { print name[n++], (index($0, "\\") ? "escaped" : "plain") }
	' "$out" >"$BATS_TEST_TMPDIR/kinds"
	kinds=$(cut -d' ' -f2 "$BATS_TEST_TMPDIR/kinds" | uniq | tr '\n' ' ')
	[ "$kinds" = "plain escaped " ]
	[ "$(grep -c ' plain$' "$BATS_TEST_TMPDIR/kinds")" -ge 10 ]
	[ "$(grep -c ' escaped$' "$BATS_TEST_TMPDIR/kinds")" -ge 1 ]
	first=$(grep -m1 ' escaped$' "$BATS_TEST_TMPDIR/kinds" | cut -d' ' -f1)
	grep -qxF "const text_ref table_plain_end = (text_ref)offsetof(struct table_text, $first);" "$out"
	# the packed strings likewise, by their numbers
	sed -n 's/^\tR[0-9]* = TEXT_PACKED | \([0-9]*\), \/\/ /\1 /p' "$out" | sort -n |
		awk '{ print $1, (index($0, "\\") ? "escaped" : "plain") }' >"$BATS_TEST_TMPDIR/packed"
	kinds=$(cut -d' ' -f2 "$BATS_TEST_TMPDIR/packed" | uniq | tr '\n' ' ')
	[ "$kinds" = "plain escaped " ]
	[ "$(grep -c ' plain$' "$BATS_TEST_TMPDIR/packed")" -ge 2 ]
	first=$(grep -m1 ' escaped$' "$BATS_TEST_TMPDIR/packed" | cut -d' ' -f1)
	grep -qxF "const uint32_t table_packed_plain_end = $first;" "$out"
}

@test "the generated table compiles" {
	edited ''
	generate
	[ "$status" -eq 0 ]
	run -0 cc -std=c11 -Wall -Wextra -Wpedantic -Werror -I"$TOP/src" -c -o /dev/null "$out"
}

@test "a missing required field is named with the record's line" {
	edited '/^notes: Also/d'
	generate
	assert_rejected "data.txt:19: missing field 'notes'"
}

@test "an unknown field is rejected" {
	edited 's/^popularity: uncommon/colour: blue/'
	generate
	assert_rejected "data.txt:25: unknown field 'colour'"
}

@test "a field given twice is rejected" {
	edited '2a\
name: Missing'
	generate
	assert_rejected "data.txt:3: field 'name' given twice (first on line 2)"
}

@test "a duplicate code from the same source is rejected" {
	edited 's/^code: 410/code: 404/; s/^related: 404/related: 410/'
	generate
	[ "$status" -eq 1 ]
	[[ "$stderr" == "data.txt:19: duplicate record for code 404 (first on line 1)"* ]]
}

@test "the same code from two vendors is allowed, the official one first" {
	{ valid_record; printf '\n'; valid_record | sed -n '/^code: 410/,$p' |
		sed 's/^status: permanent/status: unofficial\nvendor: Acme/; /^rfc:/d; s/^section: .*/url: https:\/\/acme.example\/410/'; } | data
	generate
	[ "$status" -eq 0 ]
	[ -z "$stderr" ]
}

@test "a vendor meaning before the official one is rejected" {
	{ valid_record | sed -n '1,18p'; valid_record | sed -n '/^code: 410/,$p' |
		sed 's/^status: permanent/status: unofficial\nvendor: Acme/; /^rfc:/d; s/^section: .*/url: https:\/\/acme.example\/410/'
		printf '\n'; valid_record | sed -n '/^code: 410/,$p'; } | data
	generate
	assert_rejected "data.txt:37: official meaning of 410 must come before vendor meanings"
}

@test "codes out of order are rejected" {
	{ valid_record | sed -n '19,$p'; echo; valid_record | sed -n '1,17p'; } | data
	generate
	assert_rejected "data.txt:19: code 404 comes after 410: keep records in code order"
}

@test "codes outside 100-999 are rejected, at both edges, but for 000" {
	for bad in 99 10000 0404 40x 001 00 404.01 600.1 404. .1 404.1000; do
		edited "s/^code: 404/code: $bad/"
		generate
		[ "$status" -eq 1 ]
		[ "${stderr%%$'\n'*}" = "data.txt:1: code '$bad' is not 000, a number from 100 to 9999, or a sub-status such as 500.19" ]
	done
	edited 's/^code: 404/code: 400/; s/^related: 404/related: 400/'
	generate
	[ "$status" -eq 0 ]
}

@test "a category outside the allowed set is rejected" {
	edited '0,/^category: Client Error/s//category: Client Mistake/'
	generate
	assert_rejected "data.txt:3: bad category 'Client Mistake'"
}

@test "a code from 600 up must be of the Invalid category, and only such a code" {
	edited -e 's/^code: 410$/code: 610/' -e 's/^related: 410$/related: 610/' \
	    -e '/^code: 610$/,/^category/s/^category: Client Error$/category: Invalid/'
	generate
	[ "$status" -eq 0 ]
	rm "$out"
	edited -e 's/^code: 410$/code: 610/' -e 's/^related: 410$/related: 610/'
	generate
	assert_rejected "data.txt:21: category 'Client Error' does not match code 610"
	edited '0,/^category: Client Error/s//category: Invalid/'
	generate
	assert_rejected "data.txt:3: category 'Invalid' does not match code 404"
}

@test "000 takes the category Not a Status Code, and no record lists it as related" {
	# (lists of related codes end with 0, so 000 cannot be in one)
	edited -e '0,/^code: 404$/s//code: 000/' -e '0,/^category: Client Error/s//category: Not a Status Code/' \
	    -e 's/^related: 404$/related: 000/'
	generate
	assert_rejected "data.txt:31: related code '000' is not a code from 100 to 9999"
	edited -e '0,/^code: 404$/s//code: 000/' -e 's/^related: 404$/related: 000/'
	generate
	assert_rejected "data.txt:3: category 'Client Error' does not match code 000"
}

@test "a category that does not match the code is rejected" {
	edited '0,/^category: Client Error/s//category: Server Error/'
	generate
	assert_rejected "data.txt:3: category 'Server Error' does not match code 404"
}

@test "a popularity outside the allowed set is rejected" {
	edited 's/^popularity: common/popularity: frequent/'
	generate
	assert_rejected "data.txt:7: bad popularity 'frequent'"
}

@test "a status outside the allowed set is rejected" {
	edited '0,/^status: permanent/s//status: official/'
	generate
	assert_rejected "data.txt:4: bad status 'official'"
}

@test "yes/no fields take only yes or no" {
	edited '0,/^recommended: yes/s//recommended: maybe/'
	generate
	assert_rejected "data.txt:8: bad recommended 'maybe'"
}

@test "an unofficial code without a vendor is rejected" {
	edited '0,/^status: permanent/s//status: unofficial/'
	generate
	assert_rejected "data.txt:4: unofficial code needs a vendor"
}

@test "a vendor on a registered code is rejected" {
	edited '4a\
vendor: Acme'
	generate
	assert_rejected "data.txt:5: vendor given for a permanent code"
}

@test "a related code that does not exist is rejected" {
	edited 's/^related: 410/related: 410 499/'
	generate
	assert_rejected "data.txt:13: related code 499 does not exist"
}

@test "a spec url that is not https is rejected" {
	edited '/^rfc: 9110/d; 0,/^section: .*/s//url: http:\/\/example.com\/404/'
	generate
	assert_rejected "data.txt:5: spec url 'http://example.com/404' is not an https URL"
}

@test "rfc and url together are rejected" {
	edited '6a\
url: https://example.com/404'
	generate
	assert_rejected "data.txt:7: give either rfc and section or url, not both"
}

@test "a record without rfc or url is rejected" {
	valid_record | sed '/^rfc: 9110/d; 0,/^section: .*/s///' | sed '5d' | data
	generate
	[ "$status" -eq 1 ]
	[ "${stderr%%$'\n'*}" = "data.txt:1: missing field 'rfc' or 'url'" ]
}

@test "a continuation line with no field before it is rejected" {
	{ printf '  stray words\n'; valid_record; } | data
	generate
	assert_rejected "data.txt:1: continuation line without a field before it"
}

@test "a NUL byte is rejected with its line" {
	edited 's/^notes: Cacheable/notes: Cache\x00able/'
	generate
	assert_rejected "data.txt:12: NUL byte in line"
}

@test "a line without a colon is rejected" {
	edited 's/^use_case: A missing page./use_case A missing page./'
	generate
	assert_rejected "data.txt:11: expected 'key: value'"
}

@test "an empty file is rejected" {
	printf '' | data
	generate
	assert_rejected "data.txt:1: no records"
}

@test "CRLF line ends, a BOM and no final newline give the same table" {
	edited ''
	generate
	cp "$out" "$BATS_TEST_TMPDIR/plain.c"
	{ printf '\357\273\277'; valid_record | sed 's/$/\r/'; } | head -c -2 | data
	generate
	[ "$status" -eq 0 ]
	cmp "$out" "$BATS_TEST_TMPDIR/plain.c"
}

@test "continuation lines join with single spaces" {
	edited 's/^notes: Cacheable by default./notes: Cacheable\n  by\n\tdefault./'
	generate
	[ "$status" -eq 0 ]
	resolved | grep -qF '.notes = "Cacheable by default."'
}

@test "several faults are all reported" {
	edited 's/^popularity: common/popularity: often/; 0,/^status: permanent/s//status: gone/'
	generate
	[ "$status" -eq 1 ]
	[ "$stderr" = "data.txt:4: bad status 'gone'
data.txt:7: bad popularity 'often'" ]
}

rule() {
	printf '\ncompare: %s\nrule: %s\n' "$1" "Choose well."
}

@test "a comparison rule for known codes is accepted and emitted" {
	{ valid_record; rule "404 410"; } | data
	generate
	[ "$status" -eq 0 ]
	# the codes go to table_numbers, after the empty list and the two
	# related lists
	resolved | grep -qxF '	410, 0,'
	resolved | grep -qxF '	404, 0,'
	resolved | grep -qxF '	404, 410, 0,'
	resolved | grep -qxF '	{ 5, "Choose well." },'
}

@test "a comparison rule naming an unknown code is rejected" {
	{ valid_record; rule "404 499"; } | data
	generate
	assert_rejected "data.txt:37: compare code '499' does not exist"
}

@test "a comparison rule needs two codes" {
	{ valid_record; rule "404"; } | data
	generate
	assert_rejected "data.txt:37: compare needs at least two codes"
}

@test "a second rule for the same codes is rejected" {
	{ valid_record; rule "404 410"; rule "404 410"; } | data
	generate
	assert_rejected "data.txt:40: duplicate rule for 404 410 (first on line 37)"
}

@test "a comparison stanza holds only compare and rule" {
	{ valid_record; rule "404 410"; echo "name: Odd"; } | data
	generate
	assert_rejected "data.txt:37: field 'name' does not belong in a compare stanza"
}

@test "an empty section is rejected, not read before its start" {
	# found by fuzz_gen: the last-character check read text[-1]
	edited '0,/^section: 15.5.5$/s//section:/'
	generate
	assert_rejected "data.txt:6: empty 'section'"
	grep -qxF "data.txt:6: bad section ''" <<<"$stderr"
}

@test "a section must be dotted digits" {
	for bad in .5 5. 5..a x; do
		edited "0,/^section: 15.5.5\$/s//section: $bad/"
		generate
		grep -qxF "data.txt:6: bad section '$bad'" <<<"$stderr" || { echo "$bad"; return 1; }
	done
}

@test "a library constant must be an identifier, except Node's message" {
	edited '0,/^retry: no$/s//retry: no\npython: NOT FOUND/'
	generate
	assert_rejected "data.txt:16: python constant 'NOT FOUND' is not an identifier"
	edited '0,/^retry: no$/s//retry: no\nnode: Not Found/'
	generate
	[ "$status" -eq 0 ]
}

# valid_record with lines added to the 404 record, after its related line.
with_404() {
	edited "/^related: 410/a\\
$1"
}

@test "require lines become one requirement row per header field" {
	with_404 'require: MAY Retry-After, Link; RFC 9110 10.2.3; condition: when it helps\
require: SHOULD Vary; RFC 9110 12.5.5; unseen: if a 200 would\
require: MUST NOT Allow; RFC 9110 10.2.1; detail: of any kind'
	generate
	[ "$status" -eq 0 ]
	[ -z "$stderr" ]
	[ "$(dumped | grep -P '^404\trequirement\t')" = "$(printf '404\trequirement\t%s\n' \
		$'Retry-After\tMAY\tcondition\tRFC 9110\t10.2.3\twhen it helps' \
		$'Link\tMAY\tcondition\tRFC 9110\t10.2.3\twhen it helps' \
		$'Vary\tSHOULD\tunseen\tRFC 9110\t12.5.5\tif a 200 would' \
		$'Allow\tMUST NOT\tdetail\tRFC 9110\t10.2.1\tof any kind')" ]
	# the C holds the kind of note by its number in enums.def, and the link
	resolved | grep -qF '{ .field = "Retry-After", .note = "when it helps", .section = "10.2.3", .spec_url = "https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3", .rfc = 9110, .level = 3, .note_kind = 1, .fixes = 0 },'
	run -0 cc -std=c11 -Wall -Wextra -Wpedantic -Werror -I"$TOP/src" -c -o /dev/null "$out"
}

@test "a malformed require line is rejected with the reason" {
	while IFS='|' read -r value reason; do
		with_404 "require: $value"
		generate
		assert_rejected "data.txt:14: require '$value' $reason" || { echo "for: $value"; return 1; }
	done <<'CASES'
MIGHT Location; RFC 9110 15.4.2|does not start with MUST, MUST NOT, SHOULD, SHOULD NOT, MAY or expected
MUST Location|needs '; RFC number section' after the field names
MAY Loca tion; RFC 9110 15.4.2|has a bad header field name
MAY Location,; RFC 9110 15.4.2|has a bad header field name
MAY Location; 9110 15.4.2|needs 'RFC number section' after the field names
MAY Location; RFC 9110|needs 'RFC number section' after the field names
MAY Location; RFC nine 15.4.2|has a bad RFC number or section
MAY Location; RFC 9110 15.4.|has a bad RFC number or section
MAY Location; RFC 9110 15.4.2;|needs 'detail:', 'condition:' or 'unseen:' before its note
MAY Location; RFC 9110 15.4.2; when it helps|needs 'detail:', 'condition:' or 'unseen:' before its note
MAY Location; RFC 9110 15.4.2; Condition: when it helps|needs 'detail:', 'condition:' or 'unseen:' before its note
MAY Location; RFC 9110 15.4.2; condition:|has an empty note
MAY Location; RFC 9110 15.4.2; detail:  |has an empty note
CASES
}

@test "a header field required twice in a record is rejected" {
	with_404 'require: MAY Link; RFC 9110 1\
require: SHOULD link; RFC 9110 2; condition: when it helps'
	generate
	assert_rejected "data.txt:15: header field 'link' is required twice"
}

@test "the example response must carry the fields the spec always asks for" {
	with_404 'require: MUST WWW-Authenticate; RFC 9110 15.5.2'
	generate
	assert_rejected "data.txt:14: the example response lacks WWW-Authenticate (MUST): add a 'header' line"
	# a detail of the value leaves the field asked for
	with_404 'require: SHOULD WWW-Authenticate; RFC 9110 15.5.2; detail: with a challenge'
	generate
	assert_rejected "data.txt:14: the example response lacks WWW-Authenticate (SHOULD): add a 'header' line"
	# a header line, or a note that makes it conditional, satisfies it
	with_404 'require: expected WWW-Authenticate; RFC 9110 15.5.2\
header: WWW-Authenticate: Basic'
	generate
	[ "$status" -eq 0 ]
	for kind in condition unseen; do
		with_404 "require: SHOULD WWW-Authenticate; RFC 9110 15.5.2; $kind: when it helps"
		generate
		[ "$status" -eq 0 ] || { echo "for: $kind"; return 1; }
	done
}

@test "the example response must not carry a field the spec forbids" {
	# the example of a code with content has Content-Length
	with_404 'require: MUST NOT Content-Length; RFC 9110 8.6'
	generate
	assert_rejected "data.txt:14: the example response carries Content-Length, which it MUST NOT"
	with_404 'require: MUST NOT Content-Length; RFC 9110 8.6\
content: none'
	generate
	[ "$status" -eq 0 ]
}

# valid_record, a third code (418), a compare stanza and then $1.
guide_data() {
	{
		valid_record
		printf '\n'
		valid_record | sed -n '/^code: 410/,$p' | sed 's/410/418/; s/^name: Gone/name: Teapot/'
		printf '\ncompare: 404 410\nrule: Gone is for good.\n\n%s\n' "$1"
	} | data
}

situation() {
	printf 'choose: %s\ntopic: %s\nask: It is not there.\nanswer: %s\nreason: Nothing is.\nversus: %s\n' \
		"$1" "${2:-Missing}" "${3:-404}" "${4:-404 410}"
}

@test "choose stanzas become the situations of the guide" {
	guide_data "$(situation not-there)"
	generate
	[ "$status" -eq 0 ]
	[ -z "$stderr" ]
	resolved | grep -qF '{ .key = "not-there", .topic = "Missing", .ask = "It is not there.", .reason = "Nothing is.", .keywords = 0, .rule = 0, .code = 404, .words = 0 },'
	run -0 cc -std=c11 -Wall -Wextra -Wpedantic -Werror -I"$TOP/src" -c -o /dev/null "$out"
}

@test "a choose stanza is checked: fields, key, answer and rule" {
	guide_data "$(situation not-there | sed '/^reason/d')"
	generate
	assert_rejected "data.txt:58: missing field 'reason'"
	guide_data "$(situation not-there; printf 'name: Gone\n')"
	generate
	assert_rejected "data.txt:58: field 'name' does not belong in a choose stanza"
	guide_data "$(situation 'Not There')"
	generate
	assert_rejected "data.txt:58: situation 'Not There' is not lower-case words joined by '-'"
	guide_data "$(situation gone Missing 499)"
	generate
	assert_rejected "data.txt:61: answer code '499' does not exist"
	guide_data "$(situation gone Missing 404 '404 418')"
	generate
	assert_rejected "data.txt:63: versus '404 418' names no compare stanza"
	guide_data "$(situation gone Missing 418)"
	generate
	assert_rejected "data.txt:63: versus '404 410' does not list the answer 418"
}

@test "situations have unique keys and keep their topic together" {
	guide_data "$(situation a; echo; situation a)"
	generate
	assert_rejected "data.txt:65: duplicate situation 'a' (first on line 58)"
	guide_data "$(situation a One; echo; situation b Two; echo; situation c One)"
	generate
	assert_rejected "data.txt:73: topic 'One' also on line 59: keep a topic's situations together"
	guide_data "$(situation a One; echo; situation b One; echo; situation c Two)"
	generate
	[ "$status" -eq 0 ]
}

@test "a choose field in a code record is rejected" {
	with_404 'topic: Missing'
	generate
	assert_rejected "data.txt:14: 'topic' needs a 'choose' field before it"
}

@test "an example response over 4 KiB is rejected" {
	long=$(printf 'x%.0s' {1..300})
	headers=$(for i in {1..14}; do printf 'header: X-Long-%d: %s\\\n' "$i" "$long"; done)
	with_404 "${headers%\\
}"
	generate
	assert_rejected "data.txt:1: the example response is longer than 4095 bytes"
}

@test "every record needs keywords" {
	edited '/^keywords: deleted/d'
	generate
	assert_rejected "data.txt:19: missing field 'keywords'"
}

@test "keywords are lower-case phrases, each once, between commas" {
	while IFS='|' read -r value message; do
		edited "s/^keywords: missing page, dead link/keywords: $value/"
		generate
		assert_rejected "data.txt:17: $message" || { echo "for: $value"; return 1; }
	done <<'CASES'
Missing Page|keywords hold only lower-case letters, digits, spaces and - / ' .
dead link, missing page, dead link|keyword 'dead link' given twice
dead link,missing page|keywords are separated by ', '
dead link, , missing page|empty keyword or stray space in ''
dead link,|empty keyword in 'dead link,'
dead  link|empty keyword or stray space in 'dead  link'
CASES
	# a phrase that holds another keyword is no duplicate
	edited 's/^keywords: missing page, dead link/keywords: link, dead link, link rot/'
	generate
	[ "$status" -eq 0 ]
}

@test "the word index holds each stem and each pair of neighbours once" {
	edited 's/^keywords: missing page, dead link/keywords: missing page, dead link, link/'
	generate
	[ "$status" -eq 0 ]
	# a pool's bytes, a word a line: as text, or as numbers with -n
	pool() {
		awk "/^const char $1\\[\\] = \\{/,/^};/" "$out" | grep -o '[0-9]\+' |
			awk -v n="${2:-}" '$1 == 0 { printf "\n"; next }
				{ printf(n ? "%s " : "%c", $1) }'
	}
	stems=$(pool table_word_pool)
	[ "$(grep -cx 'link' <<<"$stems")" -eq 1 ]
	# stemmed (missing: miss, page: pag)
	grep -qx 'miss' <<<"$stems"
	grep -qx 'pag' <<<"$stems"
	words=$(sed -n 's/^const size_t table_words_len = \([0-9]*\);$/\1/p' "$out")
	[ "$(grep -c . <<<"$stems")" -eq "$words" ]
	run ! grep -q ' ' <<<"$stems"
	# a stop word (not) is a stem only for phrases: it has no postings
	not=$(grep -nx 'not' <<<"$stems" | cut -d: -f1)
	keys=$(awk '/^const struct word_key table_words\[\] = \{/,/^};/' "$out" | grep -o '{ [0-9]*, [0-9]* }')
	[ "$(sed -n "${not}p" <<<"$keys" | cut -d' ' -f3)" = "$(sed -n "$((not + 1))p" <<<"$keys" | cut -d' ' -f3)" ]
	# pairs of neighbouring words and whole phrases have a table of their
	# own, keyed by the stems' ids (their line in the pool, from 0) in two
	# bytes each, 1 to 255, after the "=" (61) of a whole phrase
	id() { local n; n=$(grep -nx "$1" <<<"$stems" | cut -d: -f1); echo "$(((n - 1) / 255 + 1)) $(((n - 1) % 255 + 1))"; }
	phrases=$(pool table_phrase_pool n)
	grep -qx "$(id dead) $(id link) " <<<"$phrases"
	grep -qx "61 $(id dead) $(id link) " <<<"$phrases"
	run -0 cc -std=c11 -Wall -Wextra -Wpedantic -Werror -I"$TOP/src" -c -o /dev/null "$out"
}

@test "a choose stanza may carry keywords, checked like a record's" {
	guide_data "$(situation not-there; printf 'keywords: missing, absent\n')"
	generate
	[ "$status" -eq 0 ]
	resolved | grep -qF '{ .key = "not-there", .topic = "Missing", .ask = "It is not there.", .reason = "Nothing is.", .keywords = "missing, absent", .rule = 0, .code = 404, .words = 0 },'
	rm "$out"
	guide_data "$(situation not-there; printf 'keywords: Missing\n')"
	generate
	assert_rejected "data.txt:64: keywords hold only lower-case letters, digits, spaces and - / ' ."
}

@test "a body is json, problem or html, and only where content is sent" {
	with_404 'body: xml'
	generate
	assert_rejected "data.txt:14: bad body 'xml'"
	with_404 'body: html'
	generate
	[ "$status" -eq 0 ]
	dumped | grep -q $'^404\texample\t.*<title>404: Not Found</title>'
	dumped | grep -qxF $'404\texample\tContent-Type: text/html; charset=UTF-8'
	rm "$out"
	# a code that is never sent has no body to choose
	edited -e '14s/.*/cacheable: n\/a/' -e '13a\
sent: no\
body: json'
	generate
	assert_rejected "data.txt:15: body given for a code whose response carries none"
}

@test "cacheable n/a goes with sent: no, and only with it" {
	edited 's/^cacheable: default/cacheable: n\/a/'
	generate
	assert_rejected "data.txt:14: cacheable n/a is only for codes with 'sent: no'"
	with_404 'sent: no'
	generate
	assert_rejected "data.txt:15: a code with 'sent: no' is cacheable n/a: no response is sent"
}

@test "a name past ASCII builds warning-free, its bytes whole in every pool" {
	edited 's/^name: Gone$/name: Gone é/'
	generate
	[ "$status" -eq 0 ]
	[ -z "$stderr" ]
	# the byte é starts with is a character constant, not a number over 127
	grep -qF "'\\303'" "$out"
	# and no byte is written as a number past 127 (bats ignores a bare '!')
	run ! grep -qE '(^|[ {])(12[89]|1[3-9][0-9]|2[0-9][0-9]),' <(sed -n '/_pool\[\] = {/,/^};/p' "$out")
	run -0 cc -std=c11 -Wall -Wextra -Wpedantic -Wconversion -Werror -I"$TOP/src" -c -o /dev/null "$out"
}

@test "surrogates, overlong forms and stray bytes are not UTF-8" {
	for bytes in '\xed\xa0\x80' '\xc0\xaf' '\xe0\x80\xaf' '\xf4\x90\x80\x80' '\x80' '\xff'; do
		edited "s/^name: Gone\$/name: Gone $(printf "$bytes")/"
		generate
		assert_rejected "data.txt:20: control byte or bad UTF-8 in 'name'" || { echo "$bytes"; return 1; }
	done
}

@test "data that would overflow the program's fixed arrays is refused" {
	# more situations than CHOOSE_MAX: the first one past it is named
	max=$(sed -n 's/^#define CHOOSE_MAX \([0-9]*\).*/\1/p' "$TOP/src/sizes.h")
	[ "$max" -gt 0 ]
	guide_data "$(for i in $(seq 0 "$max"); do situation "s$i"; echo; done)"
	generate
	[ "$status" -eq 1 ]
	grep -qE "^data.txt:[0-9]+: more than $max situations: raise CHOOSE_MAX in src/sizes.h$" <<<"$stderr"
	# a string longer than JSON's and -f's buffer for it
	max=$(sed -n 's/^#define TEXT_MAX \([0-9]*\).*/\1/p' "$TOP/src/sizes.h")
	[ "$max" -gt 0 ]
	long=$(printf 'word %.0s' $(seq $((max / 5 + 1))))
	edited "s/^description: Nothing is there\.$/description: $long/"
	generate
	assert_rejected "data.txt:10: 'description' is longer than $((max - 1)) bytes: raise TEXT_MAX in src/sizes.h"
	edited "s/^description: Nothing is there\.$/description: ${long:0:$((max - 1))}/"
	generate
	[ "$status" -eq 0 ]
}

@test "a situation's words are split and stemmed here, each marked with its part" {
	guide_data "$(situation not-there)"
	generate
	[ "$status" -eq 0 ]
	# topic, key, question, then the answer's name (parts 0, 1, 2 and 4);
	# stop words are marked, and the list ends where the guide's end says
	words=$(resolved | sed -n '/^const struct choose_word table_choose_words/,/^};/p')
	[ "$words" = 'const struct choose_word table_choose_words[] = {
	{ "miss", 0, 0 },
	{ "not", 1, 1 },
	{ "ther", 1, 1 },
	{ "it", 2, 1 },
	{ "is", 2, 1 },
	{ "not", 2, 1 },
	{ "ther", 2, 1 },
	{ "not", 4, 1 },
	{ "found", 4, 0 },
	{ 0, 0, 0 },
};' ]
	resolved | grep -qF '{ .key = 0, .words = 9 },'
}

@test "past fifty faults the rest are counted, not listed" {
	# sixty records with a bad popularity each, written by the shell alone
	local first rec i
	first=$(valid_record)
	first=${first%%$'\n\n'*}
	first=${first/popularity: common/popularity: often}
	first=${first/category: Client Error/category: Informational}
	for ((i = 100; i < 160; i++)); do
		rec=${first/code: 404/code: $i}
		printf '%s\n\n' "${rec/related: 410/related: $((i == 100 ? 101 : 100))}"
	done >"$BATS_TEST_TMPDIR/data.txt"
	generate
	[ "$status" -eq 1 ]
	[ "$(grep -c "^data.txt:[0-9]*: bad popularity 'often'$" <<<"$stderr")" -eq 50 ]
	[ "$(tail -n 1 <<<"$stderr")" = "data.txt: 10 more errors" ]
	[ "$(wc -l <<<"$stderr")" -eq 51 ]
}

# The valid records and one more, from the fields given one per argument,
# after a sub-status or error number's usual fields.
with_wild() {
	local code=$1
	shift
	{
		valid_record
		printf '\ncode: %s\nname: Wild One\n' "$code"
		[[ $code == [0-9][0-9][0-9] ]] && printf 'sender: app\n'
		printf '%s\n' "$@"
		printf '%s\n' 'status: unofficial' 'url: https://example.org/wild' 'popularity: rare' \
			'recommended: no' 'deprecated: no' 'cacheable: explicit' 'retry: no' \
			'keywords: wild one' 'description: A wild code.' 'use_case: Tests.' 'notes: None.' \
			'related: 404'
	} | data
}

@test "a sub-status of a code in the table, with a module, is written as one" {
	with_wild 404.3 'category: Client Error' 'vendor: Microsoft IIS' 'module: Static File Handler'
	generate
	[ "$status" -eq 0 ]
	[ -z "$stderr" ]
	dumped | grep -qxF $'404.3\tkind\tsubstatus'
	dumped | grep -qxF $'404.3\tmodule\tStatic File Handler'
	# and in the C, under its parent's code
	resolved | grep -q '\.http_status = 0, \.sub = 3, \.kind = 1,'
	resolved | grep -q '\.code = 404, '
	with_wild 410.3 'category: Client Error' 'vendor: Microsoft IIS' 'module: IIS core'
	generate
	[ "$status" -eq 0 ]
}

@test "a sub-status needs a module and a vendor, and a parent the table holds" {
	with_wild 404.3 'category: Client Error' 'vendor: Microsoft IIS'
	generate
	assert_rejected "data.txt:37: a sub-status needs a module: what sends it"
	with_wild 404.3 'category: Client Error' 'module: IIS core'
	generate
	assert_rejected "data.txt:37: a sub-status or vendor error number needs a vendor"
	with_wild 403.14 'category: Client Error' 'vendor: Microsoft IIS' 'module: IIS core'
	generate
	assert_rejected "data.txt:37: sub-status 403.14 of code 403, which the table does not hold"
	with_wild 404.3 'category: Server Error' 'vendor: Microsoft IIS' 'module: IIS core'
	generate
	assert_rejected "data.txt:39: category 'Server Error' does not match code 404.3"
}

@test "module is for sub-statuses and http_status for error numbers only" {
	with_wild 1020 'category: Vendor Error' 'vendor: Example CDN' 'module: IIS core'
	generate
	assert_rejected "data.txt:41: module given for a code that is no sub-status"
	with_wild 404.3 'category: Client Error' 'vendor: Microsoft IIS' 'module: IIS core' 'http_status: 404'
	generate
	assert_rejected "data.txt:42: http_status given for a code that is no vendor error number"
}

@test "an error number's http_status is a code the table holds" {
	with_wild 1020 'category: Vendor Error' 'vendor: Example CDN' 'http_status: 410'
	generate
	[ "$status" -eq 0 ]
	dumped | grep -qxF $'1020\tkind\terror'
	dumped | grep -qxF $'1020\thttp_status\t410'
	rm "$out"
	with_wild 1020 'category: Vendor Error' 'vendor: Example CDN' 'http_status: 403'
	generate
	assert_rejected "data.txt:41: http_status 403 does not exist"
	with_wild 1020 'category: Vendor Error' 'vendor: Example CDN' 'http_status: 40x'
	generate
	assert_rejected "data.txt:41: http_status '40x' is not a code from 100 to 999"
	with_wild 1020 'category: Client Error' 'vendor: Example CDN'
	generate
	assert_rejected "data.txt:39: category 'Client Error' does not match code 1020"
}

# Writes a valid record, then records of code $1 named by the rest of the
# arguments, with the fields of $wild (one per line).
named_twice() {
	local code=$1 name
	shift
	{
		valid_record
		for name; do
			printf '\ncode: %s\nname: %s\n%s\n' "$code" "$name" "$wild"
			[[ $code == [0-9][0-9][0-9] ]] && printf 'sender: app\n'
			printf '%s\n' 'status: unofficial' 'popularity: rare' 'recommended: no' 'deprecated: no' \
				'url: https://example.org/wild' 'cacheable: explicit' 'retry: no' 'keywords: wild' \
				'description: A wild code.' 'use_case: Tests.' 'notes: None.' 'related: 404'
		done
	} | data
}

@test "one error number may have two names from one vendor; a status may not" {
	wild=$'category: Vendor Error\nvendor: Example CDN'
	named_twice 1002 'First Name' 'Second Name' 'Second Name'
	generate
	assert_rejected "data.txt:71: duplicate record for code 1002 from Example CDN (first on line 54)"
	wild=$'category: Client Error\nvendor: Example CDN'
	named_twice 499 'First Name' 'Second Name'
	generate
	assert_rejected "data.txt:55: duplicate record for code 499 from Example CDN (first on line 37)"
}

@test "one module may give a sub-status two names, as the ASP.NET Core Module's 500.0" {
	wild=$'category: Client Error\nvendor: Microsoft IIS\nmodule: IIS core'
	named_twice 404.3 'First Name' 'Second Name'
	generate
	[ "$status" -eq 0 ]
	rm "$out"
	named_twice 404.3 'First Name' 'Second Name' 'Second Name'
	generate
	assert_rejected "data.txt:73: duplicate record for code 404.3 from Microsoft IIS (first on line 55)"
}

@test "a related code is a status or error number, never a sub-status" {
	with_wild 404.3 'category: Client Error' 'vendor: Microsoft IIS' 'module: IIS core'
	sed -i 's/^related: 410$/related: 404.3/' "$BATS_TEST_TMPDIR/data.txt"
	generate
	assert_rejected "data.txt:13: related code '404.3' is not a code from 100 to 9999"
}

@test "a message becomes a row of table_messages: its text, program, source and stems" {
	with_404 'message: open() "/srv/www/a.html" failed (2: No such file or directory) [nginx: src/http/modules/ngx_http_static_module.c, release 1.31.4]'
	generate
	[ "$status" -eq 0 ]
	[ -z "$stderr" ]
	resolved | grep -qF '{ "open() \"/srv/www/a.html\" failed (2: No such file or directory)", "nginx", "src/http/modules/ngx_http_static_module.c, release 1.31.4", 0 },'
	grep -q 'table_messages_len = 1;' "$out"
	# its words as search weighs them, by their ids in the word index: no
	# path, number, stop word or single letter, each stemmed
	cat >"$BATS_TEST_TMPDIR/stems.c" <<'EOF2'
#include <stdio.h>
#include "table.h"
int
main(void)
{
	const unsigned short *k = &table_message_stems[table_messages[0].stems];

	for (; *k != WORDS_NO_STEM; k++)
		printf("%s\n", table_word_pool + table_words[*k].word);
	return 0;
}
EOF2
	run -0 cc -std=c11 -Wall -Wextra -Wpedantic -Werror -I"$TOP/src" -o "$BATS_TEST_TMPDIR/stems" \
		"$out" "$BATS_TEST_TMPDIR/stems.c"
	run -0 "$BATS_TEST_TMPDIR/stems"
	[ "$(tr '\n' ' ' <<<"$output")" = "open fail fil directori " ]
}

@test "a message needs its program and source, and is given once" {
	with_404 'message: upstream timed out'
	generate
	assert_rejected "data.txt:14: message 'upstream timed out' needs '[program: where it was checked]' at its end"
	with_404 'message: upstream timed out [nginx]'
	generate
	assert_rejected "data.txt:14: message 'upstream timed out [nginx]' needs '[program: where it was checked]' at its end"
	with_404 'message: [nginx: src/a.c]'
	generate
	assert_rejected "data.txt:14: message '[nginx: src/a.c]' has an empty text, program or source"
	with_404 'message: gone [nginx: src/a.c]\nmessage: gone [nginx: src/a.c]'
	generate
	assert_rejected "data.txt:15: message given twice (first on line 14)"
}

@test "the updated stanza dates the table, and a table without one has none" {
	{ printf 'updated: 2026-02-28\n\n'; valid_record; } | data
	generate
	[ "$status" -eq 0 ]
	[ -z "$stderr" ]
	grep -qxF 'const char table_updated[] = "2026-02-28";' "$out"
	dumped | grep -qxF $'updated\tupdated\t2026-02-28'
	edited ''
	generate
	[ "$status" -eq 0 ]
	grep -qxF 'const char table_updated[] = "";' "$out"
}

@test "gen --dump lists what the table would hold, and fails as gen does" {
	edited ''
	cd "$BATS_TEST_TMPDIR"
	run_apart -0 "$GEN" --dump data.txt
	[ -z "$stderr" ]
	[ "${lines[0]}" = $'404\tkind\tstatus' ]
	grep -qxF $'404\tname\tNot Found' <<<"$output"
	grep -qxF $'404\texample\tHTTP/1.1 404 Not Found' <<<"$output"
	[ ! -e table.c ]
	run_apart -1 bash -c '"$0" --dump data.txt >/dev/full' "$GEN"
	[ "$stderr" = "gen: stdout: No space left on device" ]
	with_404 'body: xml'
	run_apart -1 "$GEN" --dump data.txt
	[ "$stderr" = "data.txt:14: bad body 'xml'" ]
	[ -z "$output" ]
	run_apart -2 "$GEN" data.txt --dump
	[[ $stderr == "usage: gen DATAFILE OUTPUT.c"* ]]
	[ -z "$output" ]
}

@test "the updated stanza holds one real date, alone, once" {
	local day
	for day in 2026-2-28 2026-02-30 2025-02-29 2026-13-01 26-02-28 2026-02-28x '2026-02-2 '; do
		{ printf 'updated: %s\n\n' "$day"; valid_record; } | data
		generate
		assert_rejected "data.txt:1: updated '${day% }' is no date as YYYY-MM-DD" ||
			{ echo "for: $day"; return 1; }
	done
	{ printf 'updated: 2024-02-29\n\n'; valid_record; } | data
	generate
	[ "$status" -eq 0 ]
	rm "$out"
	{ printf 'updated: 2026-02-28\nname: Dated\n\n'; valid_record; } | data
	generate
	assert_rejected "data.txt:1: field 'name' does not belong in the updated stanza"
	{ printf 'updated: 2026-02-28\n\n'; valid_record; printf '\nupdated: 2026-03-01\n'; } | data
	generate
	assert_rejected "data.txt:$(grep -n '^updated: 2026-03-01' "$BATS_TEST_TMPDIR/data.txt" | cut -d: -f1): a second 'updated' stanza (first on line 1)"
}

# The valid records and a products stanza $1 after them.
products_data() {
	{
		valid_record
		printf '\ncode: 499\nname: Client Closed Request\ncategory: Client Error\n'
		printf '%s\n' 'status: unofficial' 'vendor: nginx' 'url: https://nginx.org/' \
			'popularity: common' 'recommended: no' 'deprecated: no' 'cacheable: explicit' \
			'retry: no' 'sender: log' 'keywords: client gone' 'description: Gone.' \
			'use_case: Logs.' 'notes: None.' 'related: 404'
		printf '\n%s\n' "$1"
	} | data
}

@test "a products stanza names the vendor its words qualify" {
	products_data $'products: nginx, nginx plus\nowner: nginx'
	generate
	[ "$status" -eq 0 ]
	[ -z "$stderr" ]
	resolved | grep -qF '{ "nginx", "nginx", false, 0 },'
	resolved | grep -qF '{ "nginx plus", "nginx", false, 0 },'
	run -0 cc -std=c11 -Wall -Wextra -Wpedantic -Werror -I"$TOP/src" -c -o /dev/null "$out"
}

@test "a products stanza's logs become a mask of the formats, by enums.def's order" {
	# code 0, combined 1, alb 2, elb 3, haproxy 4, iis 5, json 6
	products_data $'products: nginx\nowner: nginx\nlogs: json combined'
	generate
	[ "$status" -eq 0 ]
	[ -z "$stderr" ]
	dumped | grep -qxF $'product\tlog formats\tnginx\tcombined json'
	dumped | grep -qxF $'product\tmodule\tnginx\tno'
	resolved | grep -qF '{ "nginx", "nginx", false, 66 },'
	products_data $'products: nginx\nowner: nginx\nlogs: iis'
	generate
	resolved | grep -qF '{ "nginx", "nginx", false, 32 },'
}

@test "a products stanza's logs name known formats, once, for a vendor" {
	products_data $'products: nginx\nowner: nginx\nlogs: combined nginx'
	generate
	assert_rejected "data.txt:57: logs 'nginx' is no log format that --format names"
	# an alias --format takes is read as its format, and is not named here
	products_data $'products: nginx\nowner: nginx\nlogs: common'
	generate
	assert_rejected "data.txt:57: logs 'common' is no log format that --format names"
	products_data $'products: nginx\nowner: nginx\nlogs: combined combined'
	generate
	assert_rejected "data.txt:57: logs names 'combined' twice"
	with_wild 404.3 'category: Client Error' 'vendor: Microsoft IIS' 'module: Static File Handler'
	printf '\nproducts: static file\nowner: Static File Handler\nlogs: iis\n' \
		>>"$BATS_TEST_TMPDIR/data.txt"
	generate
	assert_rejected "data.txt:$(wc -l <"$BATS_TEST_TMPDIR/data.txt"): logs belongs to a vendor, and 'Static File Handler' is a module"
}

@test "a products stanza is checked: its owner, its names, its fields, once per owner" {
	products_data $'products: acme\nowner: Acme'
	generate
	assert_rejected "data.txt:56: no code record has 'Acme' as its vendor or module"
	products_data 'products: nginx'
	generate
	assert_rejected "data.txt:55: missing field 'owner'"
	products_data $'products: Nginx\nowner: nginx'
	generate
	assert_rejected "data.txt:55: products hold only lower-case letters, digits, spaces and - / ' ."
	products_data $'products: nginx\nowner: nginx\nname: Engine X'
	generate
	assert_rejected "data.txt:55: field 'name' does not belong in a products stanza"
	products_data $'products: nginx\nowner: nginx\n\nproducts: ngx\nowner: nginx'
	generate
	assert_rejected "data.txt:58: a second products stanza for 'nginx' (first on line 55)"
	with_404 'owner: nginx'
	generate
	assert_rejected "data.txt:14: 'owner' needs a 'products' field before it"
}

# products_data with the nginx products stanza, and lines added to the
# 404 record after its related line.
fix_data() {
	products_data $'products: nginx\nowner: nginx'
	sed -i "/^related: 410/a\\
require: SHOULD Retry-After; RFC 9110 10.2.3; condition: when it helps\\
$1" "$BATS_TEST_TMPDIR/data.txt"
}

@test "a fix is a field the record requires, a line, and a vendor's server with its manual" {
	fix_data 'fix: Retry-After; add_header Retry-After 60 always; [nginx: ngx_http_headers_module]'
	generate
	[ "$status" -eq 0 ]
	[ -z "$stderr" ]
	dumped | grep -qxF $'404\tfix\tRetry-After; add_header Retry-After 60 always; [nginx: ngx_http_headers_module]'
	resolved | grep -qF '"nginx", "add_header Retry-After 60 always;", "ngx_http_headers_module", 0,'
	resolved | grep -q '{ .field = "Retry-After", .*, .fixes = [1-9][0-9]* },'
	run -0 cc -std=c11 -Wall -Wextra -Wpedantic -Werror -I"$TOP/src" -c -o /dev/null "$out"
}

@test "a fix is rejected without its field, for a field not required, for a server no stanza names, twice" {
	local line=15
	while IFS='|' read -r value reason; do
		fix_data "fix: $value"
		generate
		assert_rejected "data.txt:$line: $reason" || { echo "for: $value"; return 1; }
	done <<'CASES'
add_header Retry-After 60 always; [nginx: ngx_http_headers_module]|fix 'add_header Retry-After 60 always; [nginx: ngx_http_headers_module]' needs 'FIELD; ' before the line
Retry-After; add_header Retry-After 60 always;|fix 'Retry-After; add_header Retry-After 60 always;' needs '[program: where it was checked]' at its end
Allow; add_header Allow GET always; [nginx: ngx_http_headers_module]|fix for Allow, which no require line of the record names
Retry-After; header Retry-After 60 [Caddy: headers]|fix for 'Caddy', which no products stanza names as a vendor
CASES
	fix_data 'fix: Retry-After; a [nginx: b]\
fix: retry-after; c [nginx: d]'
	generate
	assert_rejected "data.txt:16: a second fix for retry-after in nginx (first on line 15)"
}

# The valid records and the software stanza $1 after them.
software_data() {
	{
		valid_record
		printf '\n%s\n' "$1"
	} | data
}

@test "software stanzas give each status its behaviours, in file order, which is by kind" {
	software_data 'software: Browsy
kind: browser
does: 400-499; shows the page [example/browsy src/page.c, v1]
does: 410; forgets the URL [example/browsy src/gone.c, v1]

software: Cachy
kind: cache
does: 404 410; kept 3 minutes [https://example.org/cachy]'
	generate
	[ "$status" -eq 0 ]
	[ -z "$stderr" ]
	dumped | grep $'^410\tbehaviour' >"$BATS_TEST_TMPDIR/got"
	diff - "$BATS_TEST_TMPDIR/got" <<'EOF2'
410	behaviour	browser	Browsy	shows the page	example/browsy src/page.c, v1
410	behaviour	browser	Browsy	forgets the URL	example/browsy src/gone.c, v1
410	behaviour	cache	Cachy	kept 3 minutes	https://example.org/cachy
EOF2
	[ "$(dumped | grep -c $'^404\tbehaviour')" -eq 2 ]
	# the does lines in file order after an empty first; a row lists its
	# own by their index there, 0-ended
	resolved | grep -qxF '	{ "forgets the URL", "example/browsy src/gone.c, v1", 0 },'
	resolved | grep -qxF '	{ "kept 3 minutes", "https://example.org/cachy", 1 },'
	resolved | grep -qxF '	1, 2, 3, 0,'
	resolved | grep -qxF '	1, 3, 0,'
	run -0 cc -std=c11 -Wall -Wextra -Wpedantic -Werror -I"$TOP/src" -c -o /dev/null "$out"
}

@test "a software stanza is checked: its kind, its does lines, its codes, its name" {
	local line=19
	while IFS='|' read -r stanza reason; do
		software_data "$(printf '%b' "$stanza")"
		generate
		assert_rejected "data.txt:$reason" || { echo "for: $stanza"; return 1; }
	done <<'CASES'
software: S\ndoes: 404; a [b]|37: missing field 'kind'
software: S\nkind: proxy\ndoes: 404; a [b]|38: kind 'proxy' is not browser, crawler, cache, client or grpc
software: S\nkind: cache|37: missing field 'does'
software: S\nkind: cache\ndoes: 404 a [b]|39: does is not 'CODES; TEXT [SOURCE]'
software: S\nkind: cache\ndoes: 404; kept|39: does does not end with its source in brackets
software: S\nkind: cache\ndoes: 404; [b]|39: does says nothing between the codes and the source
software: S\nkind: cache\ndoes: 404; kept []|39: does has an empty source
software: S\nkind: cache\ndoes: 418; kept [b]|39: does code 418 does not exist
software: S\nkind: cache\ndoes: 500-599; kept [b]|39: does range 500-599 holds no code of the table
software: S\nkind: cache\ndoes: 4xx; kept [b]|39: does code '4xx' is not three digits or a range such as 500-599
software: S\nkind: cache\ndoes: 410-404; kept [b]|39: does code '410-404' is not three digits or a range such as 500-599
software: S\nkind: cache\nname: Gone\ndoes: 404; kept [b]|37: field 'name' does not belong in a software stanza
software: A name longer than the label\nkind: cache\ndoes: 404; kept [b]|37: software name 'A name longer than the label' is longer than 25 bytes
software: S\nkind: cache\ndoes: 404; a [b]\n\nsoftware: S\nkind: cache\ndoes: 410; b [c]|41: a second software stanza for 'S' (first on line 37)
software: A\nkind: grpc\ndoes: 404; a [b]\n\nsoftware: B\nkind: cache\ndoes: 410; b [c]|41: a cache stanza after a grpc one: keep software stanzas in the order browser, crawler, cache, client, grpc
CASES
	with_404 'does: 404; kept [b]'
	generate
	assert_rejected "data.txt:14: 'does' needs a 'software' field before it"
}

@test "every status says who sends it, from the known senders, each once" {
	edited '/^sender: app server$/d'
	generate
	assert_rejected "data.txt:1: missing field 'sender'"
	while IFS='|' read -r value reason; do
		edited "0,/^sender: app server\$/s//sender: $value/"
		generate
		assert_rejected "data.txt:16: sender $reason" || { echo "for: $value"; return 1; }
	done <<'CASES'
app waiter|names a sender that is not app, server, proxy, interceptor, cdn, balancer, client or log
app app|names a sender twice
app server proxy cdn balancer|names more senders than a row holds (SENDERS_MAX, src/sizes.h)
; a note|names no sender
app;|has an empty note after ';'
CASES
	edited '0,/^sender: app server$/s//sender: proxy cdn; the Server field names the proxy/'
	generate
	[ "$status" -eq 0 ]
	# in their order, enum sender + 1 a nibble each: proxy 3, cdn 5
	resolved | grep -qF '.senders = 83, .sender_note = "the Server field names the proxy",'
	rm "$out"
	# a sub-status or an error number is its vendor's
	with_wild 1020 'category: Vendor Error' 'vendor: Example CDN' 'sender: cdn'
	generate
	assert_rejected "data.txt:41: sender is for a status; a sub-status or an error number is its vendor's"
}

@test "an observed status is for an undocumented error number, with its source" {
	with_wild 1020 'category: Vendor Error' 'vendor: Example CDN' 'observed: 410 [a capture]'
	generate
	[ "$status" -eq 0 ]
	dumped | grep -qxF $'1020\tobserved\t410 [a capture]'
	resolved | grep -qF '.observed = 410, .observed_source = "a capture",'
	rm "$out"
	local parts
	while IFS='|' read -r lines reason; do
		IFS=';' read -ra parts <<<"$lines"
		with_wild "${parts[@]}"
		generate
		assert_rejected "$reason" || { echo "for: $lines"; return 1; }
	done <<'CASES'
1020;category: Vendor Error;vendor: Example CDN;observed: 410|data.txt:41: observed is not 'CODE [SOURCE]', a status from 100 to 599 and where it was seen
1020;category: Vendor Error;vendor: Example CDN;observed: 403 [x]|data.txt:41: observed status 403 does not exist
1020;category: Vendor Error;vendor: Example CDN;http_status: 410;observed: 404 [x]|data.txt:42: observed is for an error number whose vendor documents no http_status
CASES
	with_404 'observed: 410 [x]'
	generate
	assert_rejected "data.txt:14: observed is for an error number whose vendor documents no http_status"
}

@test "body: error is the API's own JSON error object holding the code" {
	with_wild 499 'category: Client Error' 'vendor: Example GIS' 'body: error'
	generate
	[ "$status" -eq 0 ]
	dumped | grep -qxF $'499\texample\tContent-Type: application/json'
	dumped | grep -qxF $'499\texample\t{"error":{"code":499,"message":"Wild One"}}'
}
