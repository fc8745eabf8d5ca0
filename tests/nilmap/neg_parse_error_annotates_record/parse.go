package main

import (
	"fmt"
	"strings"
)

// Record is one line of a logfmt file.
type Record struct {
	Line   int
	Fields map[string]string
}

// parseLine returns the record parsed so far together with the error, so that callers can
// keep bad lines for the report.
func parseLine(n int, line string) (Record, error) {
	rec := Record{Line: n, Fields: make(map[string]string)}
	line = strings.TrimSpace(line)
	if line == "" {
		return rec, fmt.Errorf("line %d: empty", n)
	}
	for _, pair := range strings.Fields(line) {
		k, v, ok := strings.Cut(pair, "=")
		if !ok {
			return rec, fmt.Errorf("line %d: %q is not key=value", n, pair)
		}
		rec.Fields[k] = strings.Trim(v, `"`)
	}
	return rec, nil
}
