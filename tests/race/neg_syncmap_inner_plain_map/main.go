// A multi-tenant API meter keeps one usage table per tenant in a sync.Map. The sync.Map only
// makes the lookup safe, so each table carries its own mutex, and two requests of the same
// tenant bump their counters under it.
package main

import (
	"fmt"
	"sync"
)

type usageTable struct {
	mu    sync.Mutex
	calls map[string]int
}

type Meter struct {
	tenants sync.Map // tenant -> *usageTable (calls per endpoint)
}

func (m *Meter) table(tenant string) *usageTable {
	if v, ok := m.tenants.Load(tenant); ok {
		return v.(*usageTable)
	}
	v, _ := m.tenants.LoadOrStore(tenant, &usageTable{calls: make(map[string]int)})
	return v.(*usageTable)
}

func (m *Meter) Record(tenant, endpoint string) {
	usage := m.table(tenant)
	usage.mu.Lock()
	usage.calls[endpoint]++
	usage.mu.Unlock()
}

func (m *Meter) Total(tenant string) int {
	usage := m.table(tenant)
	usage.mu.Lock()
	defer usage.mu.Unlock()
	n := 0
	for _, c := range usage.calls {
		n += c
	}
	return n
}

type request struct{ tenant, endpoint string }

func serve(m *Meter, reqs []request) {
	var arrived, done sync.WaitGroup
	arrived.Add(len(reqs))
	done.Add(len(reqs))
	for _, r := range reqs {
		go func() {
			defer done.Done()
			arrived.Done()
			arrived.Wait()
			m.Record(r.tenant, r.endpoint)
		}()
	}
	done.Wait()
}

func main() {
	m := &Meter{}
	m.table("acme") // provisioned at sign-up
	serve(m, []request{{"acme", "/v1/search"}, {"acme", "/v1/export"}})
	fmt.Println(m.Total("acme"))
}
