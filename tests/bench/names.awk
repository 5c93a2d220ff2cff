# The awk baseline for batch mode: the same code-to-name mapping as
# httpstatus --stdin -f name, with an associative array built from a
# "code<TAB>name" list.  With -v field=N, the code is word N of a log line
# (9 in the combined format).
BEGIN { FS = "\t" }
NR == FNR { name[$1] = $2; next }
{
	sub(/\r$/, "")
	split($0, w, " ")
	if (field)
		c = w[field]
	else
		c = (w[1] ~ /^HTTP\//) ? w[2] : w[1]
	print ((c in name) ? name[c] : "")
}
