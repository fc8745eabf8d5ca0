// A log indexer keeps two maps in one struct, one for error lines and one for access lines,
// and gives each map to one goroutine: the error tailer and the access tailer. Both find
// their map through a table helper, so each tailer writes only the map it owns.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type Index struct {
	errors   map[string]int // message -> count, owned by the error tailer
	accesses map[string]int // path -> count, owned by the access tailer
}

func (ix *Index) table(kind string) map[string]int {
	switch kind {
	case "error":
		return ix.errors
	case "access":
		return ix.accesses
	}
	return nil
}

type tailer struct {
	kind  string
	lines []string
	key   func(line string) string
}

func (t tailer) run(ix *Index, start, done *sync.WaitGroup) {
	defer done.Done()
	start.Done()
	start.Wait() // both files are tailed from the same offset snapshot
	m := ix.table(t.kind)
	for _, l := range t.lines {
		m[t.key(l)]++
	}
}

func lastField(l string) string {
	f := strings.Fields(l)
	return f[len(f)-1]
}

func main() {
	ix := &Index{errors: map[string]int{}, accesses: map[string]int{}}
	tailers := []tailer{
		{kind: "error", lines: []string{"ERROR db timeout", "ERROR db timeout"}, key: func(l string) string { return strings.TrimPrefix(l, "ERROR ") }},
		{kind: "access", lines: []string{"GET /health", "GET /orders"}, key: lastField},
	}
	var start, done sync.WaitGroup
	start.Add(len(tailers))
	done.Add(len(tailers))
	for _, t := range tailers {
		go t.run(ix, &start, &done)
	}
	done.Wait()
	fmt.Println(ix.errors, ix.accesses)
}
