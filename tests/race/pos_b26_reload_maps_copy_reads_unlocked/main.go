// A service keeps operator overrides in a map that its admin endpoint sets under a mutex. On a
// config reload, a goroutine builds the next config and carries the overrides over with
// maps.Copy straight from the live map, without the mutex, while the admin endpoint is setting
// another override.
package main

import (
	"fmt"
	"maps"
	"sort"
	"sync"
)

type Config struct {
	Version   int
	Defaults  map[string]string
	Overrides map[string]string
}

type Service struct {
	mu      sync.Mutex
	current *Config
}

func (s *Service) SetOverride(key, value string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.current.Overrides[key] = value // want "concurrent map write"
}

func (s *Service) buildNext(defaults map[string]string) *Config {
	cur := s.current
	next := &Config{
		Version:   cur.Version + 1,
		Defaults:  defaults,
		Overrides: make(map[string]string),
	}
	maps.Copy(next.Overrides, cur.Overrides) // other access
	return next
}

func main() {
	s := &Service{current: &Config{
		Version:   1,
		Defaults:  map[string]string{"log.level": "info"},
		Overrides: map[string]string{"feature.search": "on"},
	}}
	var next *Config
	var wg sync.WaitGroup
	wg.Go(func() {
		next = s.buildNext(map[string]string{"log.level": "info", "cache.ttl": "30s"})
	})
	s.SetOverride("log.level", "debug")
	wg.Wait()

	s.mu.Lock()
	s.current = next
	s.mu.Unlock()
	keys := make([]string, 0, len(next.Overrides))
	for k := range next.Overrides {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println("config", next.Version, "overrides", keys)
}
