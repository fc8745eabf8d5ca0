// A dedup stage runs in its own goroutine and is the only writer of its seen-count map. Main
// logs the stage's summary with %v only after Wait, so fmt's call to the String method, which
// ranges the map, comes after the stage's last write.
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
		d.seen[key]++
		if d.seen[key] == 1 {
			d.out = append(d.out, key)
		}
	}
}

// String summarizes the repeats for the operator's log.
func (d *dedup) String() string {
	dups := make([]string, 0)
	for key, n := range d.seen {
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
	wg.Wait()
	progress := fmt.Sprintf("done: %v", d)
	fmt.Println(progress)
	fmt.Println("unique:", d.out)
}
