#!/usr/bin/env bats
# make install and make uninstall, staged in a temporary DESTDIR.

load ../helper

EXPECTED="bin/httpstatus 755
share/bash-completion/completions/httpstatus 644
share/fish/vendor_completions.d/httpstatus.fish 644
share/man/man1/httpstatus.1 644
share/man/man7/httpstatus-codes.7 644
share/zsh/site-functions/_httpstatus 644"

installed() {
	(cd "$BATS_TEST_TMPDIR/stage$1" && find . -type f -printf '%P %m\n' | sort)
}

@test "install puts every file in its place with its mode, under PREFIX" {
	run -0 make -s -C "$TOP" install DESTDIR="$BATS_TEST_TMPDIR/stage" PREFIX=/opt/hs
	[ "$(installed /opt/hs)" = "$EXPECTED" ]
}

@test "the installed binary runs, and its man pages render" {
	make -s -C "$TOP" install DESTDIR="$BATS_TEST_TMPDIR/stage" PREFIX=/usr/local >/dev/null
	run -0 "$BATS_TEST_TMPDIR/stage/usr/local/bin/httpstatus" -f name 511
	[ "$output" = "Network Authentication Required" ]
	cmp "$TOP/man/httpstatus.1" "$BATS_TEST_TMPDIR/stage/usr/local/share/man/man1/httpstatus.1"
	command -v mandoc >/dev/null || skip "mandoc is not installed"
	run -0 mandoc -Tlint -W warning "$BATS_TEST_TMPDIR/stage/usr/local/share/man/man7/httpstatus-codes.7"
	[ -z "$output" ]
}

@test "PREFIX defaults to /usr/local" {
	make -s -C "$TOP" install DESTDIR="$BATS_TEST_TMPDIR/stage" >/dev/null
	[ "$(installed /usr/local)" = "$EXPECTED" ]
}

@test "uninstall removes every file that install put down" {
	make -s -C "$TOP" install DESTDIR="$BATS_TEST_TMPDIR/stage" PREFIX=/opt/hs >/dev/null
	touch "$BATS_TEST_TMPDIR/stage/opt/hs/bin/other-tool"
	run -0 make -s -C "$TOP" uninstall DESTDIR="$BATS_TEST_TMPDIR/stage" PREFIX=/opt/hs
	[ "$(installed /opt/hs | cut -d' ' -f1)" = "bin/other-tool" ]
}
