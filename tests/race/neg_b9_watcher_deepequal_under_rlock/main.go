// A settings store notifies subscribers when its settings change. A watcher goroutine compares
// its last copy with the live map using reflect.DeepEqual under the store's read lock, while the
// admin API writes a setting under the write lock, so the comparison sees the map before or
// after the write, never during it.
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
	s.settings[key] = value
}

func (s *Store) Snapshot() map[string]string {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return maps.Clone(s.settings)
}

func (s *Store) watch(last map[string]string, ready chan<- struct{}, stop <-chan struct{}, changed chan<- bool) {
	close(ready)
	s.mu.RLock()
	differs := !reflect.DeepEqual(last, s.settings)
	s.mu.RUnlock()
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
