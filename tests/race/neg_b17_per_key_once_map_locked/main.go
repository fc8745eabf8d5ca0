// A schema migrator runs each tenant's migration exactly once with a sync.Once per tenant, kept
// in a map. The Once makes the migration itself safe, and the map of Onces is looked up and
// filled under its own mutex, so tenants can migrate at once.
package main

import (
	"os"
	"sort"
	"strings"
	"sync"
)

type Migrator struct {
	oncesMu sync.Mutex
	onces   map[string]*sync.Once
	mu      sync.Mutex
	applied []string
}

func (m *Migrator) onceFor(tenant string) *sync.Once {
	m.oncesMu.Lock()
	defer m.oncesMu.Unlock()
	o, ok := m.onces[tenant]
	if !ok {
		o = new(sync.Once)
		m.onces[tenant] = o
	}
	return o
}

func (m *Migrator) Ensure(tenant string) {
	m.onceFor(tenant).Do(func() {
		m.mu.Lock()
		defer m.mu.Unlock()
		m.applied = append(m.applied, tenant+":v7")
	})
}

func main() {
	m := &Migrator{onces: make(map[string]*sync.Once)}
	requests := []string{"acme", "globex", "acme", "initech"}
	var handlers sync.WaitGroup
	for _, tenant := range requests[1:] {
		handlers.Go(func() { m.Ensure(tenant) })
	}
	m.Ensure(requests[0])
	handlers.Wait()
	sort.Strings(m.applied)
	os.Stdout.WriteString(strings.Join(m.applied, " ") + "\n")
}
