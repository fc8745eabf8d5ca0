// A config store runs registered change hooks on every Set, handing each hook the store's
// derived-values map to update. To avoid deadlocks when a hook calls back into the store, Set
// copies the hook list under the lock and runs the hooks after unlocking, but still hands them
// the shared derived map, so two concurrent Sets run hooks that write it at once.
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
	hooks := append([]Hook(nil), s.hooks...)
	s.mu.Unlock() // root cause
	for _, h := range hooks {
		h(key, value, s.derived)
	}
}

func upperHook(key, value string, derived map[string]string) {
	derived[key+".upper"] = strings.ToUpper(value) // want "concurrent map write"
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
