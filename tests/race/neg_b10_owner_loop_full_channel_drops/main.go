// A service-mesh sidecar keeps its route table in an owner goroutine that applies announcements
// from a channel. When the owner is not receiving (it is busy warming the table from the last
// snapshot), Announce drops the announcement and counts it; the control plane re-announces, and
// only the owner ever writes the routes map.
package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type route struct{ service, addr string }

type Table struct {
	updates chan route
	serving chan struct{}
	routes  map[string]string
	dropped atomic.Int64
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
	for r := range t.updates {
		t.apply(r)
	}
}

func (t *Table) Announce(r route) {
	select {
	case t.updates <- r:
	default:
		t.dropped.Add(1) // the owner is busy: the control plane will announce again
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
	fmt.Println(names, "dropped:", t.dropped.Load())

}
