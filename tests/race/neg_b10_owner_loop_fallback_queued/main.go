// A service-mesh sidecar keeps its route table in an owner goroutine that applies announcements
// from a channel. So that an announcement is never lost while the owner is busy warming the table
// from the last snapshot, Announce queues it on a locked backlog that the owner applies itself
// once it starts serving, so only the owner writes the routes map.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type route struct{ service, addr string }

type Table struct {
	updates chan route
	serving chan struct{}
	routes  map[string]string
	mu      sync.Mutex
	backlog []route
}

func NewTable() *Table {
	return &Table{
		updates: make(chan route),
		serving: make(chan struct{}),
		routes:  make(map[string]string),
	}
}

func (t *Table) apply(r route) {
	t.routes[r.service] = r.addr
}

// run warms the table, waits until the sidecar starts serving, then applies announcements.
func (t *Table) run(snapshot []route) {
	for _, r := range snapshot {
		t.apply(r)
	}
	<-t.serving
	t.mu.Lock()
	queued := t.backlog
	t.backlog = nil
	t.mu.Unlock()
	for _, r := range queued {
		t.apply(r)
	}
	for r := range t.updates {
		t.apply(r)
	}
}

func (t *Table) Announce(r route) {
	select {
	case t.updates <- r:
	default:
		t.mu.Lock() // the owner is busy: keep the announcement for it
		t.backlog = append(t.backlog, r)
		t.mu.Unlock()

	}
}

func main() {
	t := NewTable()
	var wg sync.WaitGroup
	wg.Go(func() {
		t.run([]route{{"orders", "10.0.0.4:8080"}, {"billing", "10.0.0.9:8080"}})
	})
	t.Announce(route{"search", "10.0.1.2:9200"})
	close(t.serving)
	t.Announce(route{"orders", "10.0.0.5:8080"})
	close(t.updates)
	wg.Wait()
	names := make([]string, 0, len(t.routes))
	for s, a := range t.routes {
		names = append(names, s+"="+a)
	}
	sort.Strings(names)
	fmt.Println(names)
}
