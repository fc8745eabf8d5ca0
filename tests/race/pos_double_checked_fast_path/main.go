// A template cache with a lock-free fast path: a hit is served without the lock, and only a
// miss takes it to compile and store. The unlocked lookup races with another miss's store.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type templates struct {
	mu       sync.Mutex
	compiled map[string][]string
}

func (t *templates) get(name string) []string {
	if parts, ok := t.compiled[name]; ok { // other access
		return parts
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	parts := strings.Fields("<html> " + name + " </html>")
	t.compiled[name] = parts // want "concurrent map write"
	return parts
}

func main() {
	t := &templates{compiled: make(map[string][]string)}
	var wg sync.WaitGroup
	for _, name := range []string{"index", "login"} {
		wg.Go(func() { t.get(name) })
	}
	wg.Wait()
	fmt.Println(len(t.compiled))
}
