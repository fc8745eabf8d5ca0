// A settings store loads its values in a background goroutine and wakes waiting readers with a
// sync.Cond broadcast. The loader stamps the load time into the same map before it broadcasts,
// still holding the mutex, so a reader that wakes up sees the finished map.
package main

import (
	"os"
	"strings"
	"sync"
	"time"
)

type Settings struct {
	mu     sync.Mutex
	loaded *sync.Cond
	ready  bool
	values map[string]string
}

func NewSettings() *Settings {
	s := &Settings{values: make(map[string]string)}
	s.loaded = sync.NewCond(&s.mu)
	return s
}

func (s *Settings) load(source string, now func() time.Time) {
	s.mu.Lock()
	for _, line := range strings.Split(source, "\n") {
		if k, v, ok := strings.Cut(line, "="); ok {
			s.values[strings.TrimSpace(k)] = strings.TrimSpace(v)
		}
	}
	s.values["_loaded_at"] = now().Format(time.RFC3339)
	s.ready = true
	s.loaded.Broadcast()
	s.mu.Unlock()
}

// Get blocks until the settings are loaded.
func (s *Settings) Get(key string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	for !s.ready {
		s.loaded.Wait()
	}
	return s.values[key]
}

func main() {
	s := NewSettings()
	clock := func() time.Time { return time.Date(2026, 1, 12, 9, 0, 0, 0, time.UTC) }
	var loader sync.WaitGroup
	loader.Go(func() {
		s.load("db.url = postgres://db.internal/app\nlog.level = debug\n", clock)
	})
	url := s.Get("db.url")
	loader.Wait()
	os.Stdout.WriteString("db.url=" + url + " loaded " + s.values["_loaded_at"] + "\n")
}
