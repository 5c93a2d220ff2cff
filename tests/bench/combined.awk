# Makes the --count benchmark's input: n lines of an access log in the
# combined format, as nginx and Apache write it, with the codes weighted
# as in lines.awk.  With -v distinct=1, every line asks for a path of its
# own, for the memory of --by path.
BEGIN {
	srand(7)
	split("200 200 200 200 200 200 304 304 301 302 404 404 404 403 401 500 502 503 504 429 201 204 206 400 499", codes, " ")
	split("GET GET GET POST HEAD PUT", methods, " ")
	agent = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"
	for (i = 0; i < n; i++)
		printf "203.0.113.%d - - [29/Nov/2026:10:%02d:%02d +0000] \"%s /api/v1/items/%d?page=%d HTTP/1.1\" %s %d \"https://example.com/p/%d\" \"%s\"\n",
		    i % 250, int(i / 60) % 60, i % 60, methods[int(rand() * 6) + 1],
		    distinct ? i : int(rand() * 100000), int(rand() * 40), codes[int(rand() * 25) + 1],
		    int(rand() * 50000), int(rand() * 1000), agent
}
