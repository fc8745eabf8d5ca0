// A config store runs registered change hooks on every Set, handing each hook the store's
// derived-values map to update. Set runs the hooks while it still holds the store's lock
// (hooks must not call back into the store), so the hooks of two concurrent Sets take turns.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type Hook func(key, value string, derived map[string]string)

type Store struct {
	mu      sync.Mutex
	values  map[string]string
	derived map[string]string
	hooks   []Hook
}

func (s *Store) OnChange(h Hook) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.hooks = append(s.hooks, h)
}

func (s *Store) Set(key, value string) {
	s.mu.Lock()
	s.values[key] = value
	defer s.mu.Unlock()
	for _, h := range s.hooks {
		h(key, value, s.derived)
	}
}

func upperHook(key, value string, derived map[string]string) {
	derived[key+".upper"] = strings.ToUpper(value)
}

func main() {
	s := &Store{values: map[string]string{}, derived: map[string]string{}}
	s.OnChange(upperHook)
	start := make(chan struct{})
	var wg sync.WaitGroup
	for _, kv := range [][2]string{{"region", "eu-west"}, {"tier", "gold"}} {
		wg.Go(func() {
			<-start
			s.Set(kv[0], kv[1])
		})
	}
	close(start)
	wg.Wait()
	fmt.Println(len(s.values), len(s.derived))
}
