// A multi-tenant API meter keeps one usage table per tenant in a sync.Map, which makes the
// lookup of the table safe but not the table itself: two requests of the same tenant bump
// counters in the same plain map at once.
package main

import (
	"fmt"
	"sync"
)

type Meter struct {
	tenants sync.Map // tenant -> map[string]int (calls per endpoint)
}

func (m *Meter) table(tenant string) map[string]int {
	if v, ok := m.tenants.Load(tenant); ok {
		return v.(map[string]int)
	}
	v, _ := m.tenants.LoadOrStore(tenant, make(map[string]int))
	return v.(map[string]int)
}

func (m *Meter) Record(tenant, endpoint string) {
	usage := m.table(tenant)
	usage[endpoint]++ // want "concurrent map write"
}

func (m *Meter) Total(tenant string) int {
	n := 0
	for _, c := range m.table(tenant) {
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
