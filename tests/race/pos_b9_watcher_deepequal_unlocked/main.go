// A settings store notifies subscribers when its settings change. A watcher goroutine compares
// its last copy with the live map using reflect.DeepEqual, without the store's lock, while the
// admin API writes a setting under the lock: DeepEqual walks the map as it is written.
package main

import (
	"maps"
	"reflect"
	"sync"
)

type Store struct {
	mu       sync.RWMutex
	settings map[string]string
}

func (s *Store) Set(key, value string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.settings[key] = value // want "concurrent map write"
}

func (s *Store) Snapshot() map[string]string {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return maps.Clone(s.settings)
}

func (s *Store) watch(last map[string]string, ready chan<- struct{}, stop <-chan struct{}, changed chan<- bool) {
	close(ready)
	differs := !reflect.DeepEqual(last, s.settings) // other access
	<-stop
	changed <- differs
}

func main() {
	s := &Store{settings: map[string]string{"theme": "light", "max_upload_mb": "20"}}
	last := s.Snapshot()
	ready, stop := make(chan struct{}), make(chan struct{})
	changed := make(chan bool, 1)
	go s.watch(last, ready, stop, changed)
	<-ready
	s.Set("max_upload_mb", "50") // the admin API raises the limit
	close(stop)
	if <-changed {
		println("settings changed")
	}
	println(len(s.Snapshot()), "settings")
}
