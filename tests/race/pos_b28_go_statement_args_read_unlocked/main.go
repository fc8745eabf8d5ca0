// An auth service counts failed logins per user in a tracker goroutine, under a mutex that the
// admin endpoints also take. After reporting a failure, the login handler starts an alert
// goroutine and passes it the user's current count. Arguments of a go statement are evaluated by
// the caller, so the handler reads the failures map unlocked while the tracker increments it.
package main

import (
	"fmt"
	"sync"
)

type tracker struct {
	mu       sync.Mutex
	failures map[string]int
	events   chan string
}

func (t *tracker) run(done chan<- struct{}) {
	for user := range t.events {
		t.mu.Lock()
		t.failures[user]++ // want "concurrent map write"
		t.mu.Unlock()
	}
	close(done)
}

func (t *tracker) snapshot() map[string]int {
	t.mu.Lock()
	defer t.mu.Unlock()
	out := make(map[string]int, len(t.failures))
	for u, n := range t.failures {
		out[u] = n
	}
	return out
}

func alert(user string, seen int, wg *sync.WaitGroup, log *[]string) {
	defer wg.Done()
	if seen >= 0 {
		*log = append(*log, fmt.Sprintf("alert: failed login for %s (previous failures: %d)", user, seen))
	}
}

func loginFailed(t *tracker, user string, wg *sync.WaitGroup, log *[]string) {
	t.events <- user
	wg.Add(1)
	go alert(user, t.failures[user], wg, log) // other access
}

func main() {
	t := &tracker{failures: make(map[string]int), events: make(chan string)}
	done := make(chan struct{})
	go t.run(done)
	var wg sync.WaitGroup
	var log []string
	loginFailed(t, "mallory", &wg, &log)
	wg.Wait()
	close(t.events)
	<-done
	fmt.Println(log, t.snapshot())
}
