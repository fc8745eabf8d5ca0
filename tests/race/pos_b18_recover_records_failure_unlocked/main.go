// An import runner parses each uploaded record in its own goroutine and stores the parsed rows
// under the mutex; a deferred recover, added later so that a malformed record cannot crash the
// process, records the panic in the failures map without taking the mutex.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Runner struct {
	mu       sync.Mutex
	rows     map[string][]string
	failures map[string]any
}

func (r *Runner) parse(id, record string) {
	defer func() {
		if p := recover(); p != nil {
			r.failures[id] = p // want "concurrent map write"
		}
	}()
	fields := strings.Split(record, ";")
	row := []string{strings.TrimSpace(fields[0]), strings.ToLower(fields[1]), fields[2]}
	r.mu.Lock()
	r.rows[id] = row
	r.mu.Unlock()
}

func main() {
	uploads := map[string]string{
		"r1": "Ana; ANA@EXAMPLE.COM;admin",
		"r2": "Bo;bo@example.com",
		"r3": "Cy",
		"r4": "Di;di@example.com;viewer",
	}
	r := &Runner{rows: make(map[string][]string), failures: make(map[string]any)}
	var wg sync.WaitGroup
	for id, record := range uploads {
		wg.Go(func() { r.parse(id, record) })
	}
	wg.Wait()
	ids := make([]string, 0, len(r.failures))
	for id := range r.failures {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	fmt.Println(len(r.rows), "rows, failed:", ids)
}
