// A log shipper parses logfmt lines and keeps the bad ones, tagged with the parse error, so
// they still reach the index. parseLine (parse.go) returns the partial record with its error
// and makes the fields map before its first check, so every record it returns can be tagged.
package main

import (
	"fmt"
	"strings"
)

func ship(input string) []Record {
	var out []Record
	for i, line := range strings.Split(input, "\n") {
		rec, err := parseLine(i+1, line)
		if err != nil {
			rec.Fields["_parse_error"] = err.Error()
		}
		out = append(out, rec)
	}
	return out
}

func main() {
	input := "level=info msg=started port=8080\nlevel=warn disk_full\n\nlevel=info msg=ready"
	for _, rec := range ship(input) {
		fmt.Println(rec.Line, len(rec.Fields), rec.Fields["_parse_error"])
	}
}
