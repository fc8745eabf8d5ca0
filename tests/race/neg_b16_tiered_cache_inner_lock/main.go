// A two-tier cache embeds a mutex and wraps an in-memory L1 that embeds its own. On a miss the
// tier fills L1's map holding L1's mutex, the same one L1's Get reads the map under.
package main

import (
	"os"
	"strings"
	"sync"
)

type Memory struct {
	sync.Mutex
	items map[string]string
}

func (m *Memory) Get(k string) (string, bool) {
	m.Lock()
	defer m.Unlock()
	v, ok := m.items[k]
	return v, ok
}

type Tiered struct {
	sync.Mutex
	l1      *Memory
	origin  func(string) string
	onFetch func(string)
}

func (t *Tiered) Get(k string) string {
	if v, ok := t.l1.Get(k); ok {
		return v
	}
	t.onFetch(k)
	v := t.origin(k)
	t.l1.Lock()
	t.l1.items[k] = v
	t.l1.Unlock()
	return v
}

func (t *Tiered) Prefetch(keys []string, wg *sync.WaitGroup) {
	defer wg.Done()
	for _, k := range keys {
		t.Get(k)
	}
}

func main() {
	l1 := &Memory{items: map[string]string{"/": "<html>home</html>"}}
	fetching := make(chan string, 1)
	t := &Tiered{
		l1:     l1,
		origin: func(k string) string { return "<html>" + strings.Trim(k, "/") + "</html>" },
		onFetch: func(k string) {
			select {
			case fetching <- k:
			default:
			}
		},
	}

	var wg sync.WaitGroup
	wg.Add(1)
	go t.Prefetch([]string{"/pricing", "/docs"}, &wg)

	// Serve the home page once the prefetcher has reached the origin.
	<-fetching
	page, _ := l1.Get("/")
	wg.Wait()
	os.Stdout.WriteString(page + "\n")
}
