// A dedup stage runs in its own goroutine and is the only writer of its seen-count map. Main
// logs the stage's progress with %v, and fmt calls the stage's String method, which ranges the
// map from main's goroutine while the stage is still counting records.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// dedup drops repeated addresses of a mailing-list import, counting how often each repeats.
type dedup struct {
	seen map[string]int
	out  []string
}

func (d *dedup) run(records []string) {
	for _, r := range records {
		key := strings.ToLower(strings.TrimSpace(r))
		d.seen[key]++ // want "concurrent map write"
		if d.seen[key] == 1 {
			d.out = append(d.out, key)
		}
	}
}

// String summarizes the repeats for the operator's log.
func (d *dedup) String() string {
	dups := make([]string, 0)
	for key, n := range d.seen { // other access
		if n > 1 {
			dups = append(dups, key+"x"+strconv.Itoa(n))
		}
	}
	sort.Strings(dups)
	return "dedup{dups: " + strings.Join(dups, ",") + "}"
}

func main() {
	records := []string{"alice@example.com", "Bob@example.com ", "ALICE@example.com", "carol@example.com"}
	d := &dedup{seen: make(map[string]int)}
	var wg sync.WaitGroup
	wg.Go(func() { d.run(records) })
	progress := fmt.Sprintf("progress: %v", d)
	wg.Wait()
	fmt.Println(progress)
	fmt.Println("unique:", d.out)
}
