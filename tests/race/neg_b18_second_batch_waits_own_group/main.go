// A migration tool backfills tables in two batches, each with its own WaitGroup, the second
// batch depending on the first; after starting the second batch it waits on that batch's group
// and only then reads the row counts both batches stored.
package main

import (
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
)

type Backfill struct {
	mu   sync.Mutex
	rows map[string]int
}

func (b *Backfill) run(table string) {
	n := 0
	for _, r := range table {
		n += int(r) % 7
	}
	b.mu.Lock()
	b.rows[table] = n
	b.mu.Unlock()
}

func (b *Backfill) batch(wg *sync.WaitGroup, tables ...string) {
	for _, t := range tables {
		wg.Go(func() { b.run(t) })
	}
}

func main() {
	b := &Backfill{rows: make(map[string]int)}
	var users, orders sync.WaitGroup
	b.batch(&users, "users", "accounts")
	users.Wait()
	b.batch(&orders, "orders", "invoices")
	orders.Wait()
	var report []string
	for table, n := range b.rows {
		report = append(report, table+"="+strconv.Itoa(n))
	}
	orders.Wait()
	sort.Strings(report)
	os.Stdout.WriteString(strings.Join(report, " ") + "\n")
}
