// A log tailer pulls parsed entries from a func returned by a reader method; the loop's
// condition is the bool it returns, so the zero entry given once the lines run out, whose
// Fields map is nil, is never stamped.
package main

import (
	"fmt"
	"strings"
)

type Entry struct {
	Line   string
	Fields map[string]string
}

type Tail struct {
	lines []string
}

func (t *Tail) Entries() func() (Entry, bool) {
	pos := 0
	return func() (Entry, bool) {
		if pos == len(t.lines) {
			return Entry{}, false
		}
		line := t.lines[pos]
		pos++
		e := Entry{Line: line, Fields: map[string]string{}}
		for _, f := range strings.Fields(line) {
			if k, v, ok := strings.Cut(f, "="); ok {
				e.Fields[k] = v
			}
		}
		return e, true
	}
}

func main() {
	t := &Tail{lines: []string{"level=info msg=up", "level=warn msg=slow"}}
	next := t.Entries()
	for e, ok := next(); ok; e, ok = next() {
		e.Fields["host"] = "edge-1"
		fmt.Println(e.Fields["level"], e.Fields["host"])
	}
}
