// A sync server registers connections under the write lock, and its status endpoint reads the
// connection map under the read lock.
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
)

type connMap struct {
	mu    sync.RWMutex
	conns map[string]int // device ID -> position
}

func (m *connMap) getOrCreate(device string) int {
	m.mu.Lock()
	defer m.mu.Unlock()
	if pos, ok := m.conns[device]; ok {
		return pos
	}
	m.conns[device] = 0
	return 0
}

func (m *connMap) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	m.mu.RLock()
	n := len(m.conns)
	m.mu.RUnlock()
	fmt.Fprintf(w, "%d connections", n)
}

func main() {
	m := &connMap{conns: make(map[string]int)}
	ts := httptest.NewServer(m)
	defer ts.Close()
	var wg sync.WaitGroup
	wg.Go(func() { m.getOrCreate("phone") })
	resp, err := http.Get(ts.URL)
	if err == nil {
		resp.Body.Close()
	}
	wg.Wait()
	fmt.Println(err == nil)
}
