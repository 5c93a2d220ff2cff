# Makes the batch benchmark's input: a realistic mix of bare codes and
# status lines, weighted towards the codes seen most in access logs; with
# -v bare=1, bare codes only.
BEGIN {
	srand(42)
	split("200 200 200 200 200 200 304 304 301 302 404 404 404 403 401 500 502 503 504 429 201 204 206 400 499 418 299", codes, " ")
	split("HTTP/1.1 HTTP/1.0 HTTP/2 HTTP/3", versions, " ")
	for (i = 0; i < n; i++) {
		c = codes[int(rand() * 27) + 1]
		if (bare || rand() < 0.5)
			print c
		else
			print versions[int(rand() * 4) + 1] " " c " Some Reason"
	}
}
