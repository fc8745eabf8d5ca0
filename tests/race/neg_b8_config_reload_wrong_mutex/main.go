// A service serves its live configuration on /debug/config, ranging over the values under the
// store's read lock. A reload goroutine applies a new file; it takes the reload mutex (which
// keeps two reloads apart) and, for the writes, the store's write lock as well.
package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"sync"
)

type store struct {
	mu       sync.RWMutex
	reloadMu sync.Mutex
	values   map[string]string
	arrived  sync.WaitGroup
}

func (s *store) reload(file map[string]string) {
	s.reloadMu.Lock()
	defer s.reloadMu.Unlock()
	s.mu.Lock()
	defer s.mu.Unlock()
	for k, v := range file {
		s.values[k] = v
	}
}

func (s *store) serveConfig(w http.ResponseWriter, r *http.Request) {
	s.arrived.Done()
	s.arrived.Wait() // the reload is under way too
	s.mu.RLock()
	lines := make([]string, 0, 8)
	for k, v := range s.values {
		lines = append(lines, k+"="+v)
	}
	s.mu.RUnlock()
	sort.Strings(lines)
	io.WriteString(w, strings.Join(lines, "\n"))
}

func main() {
	s := &store{values: map[string]string{"log.level": "info", "pool.size": "8"}}
	s.arrived.Add(2)
	srv := httptest.NewServer(http.HandlerFunc(s.serveConfig))
	defer srv.Close()
	var wg sync.WaitGroup
	wg.Go(func() {
		s.arrived.Done()
		s.arrived.Wait()
		s.reload(map[string]string{"log.level": "debug", "pool.size": "16", "cache.ttl": "30s"})
	})
	resp, err := srv.Client().Get(srv.URL + "/debug/config")
	if err != nil {
		fmt.Println(err)
	} else {
		resp.Body.Close()
	}
	wg.Wait()
	fmt.Println("reloaded")
}
