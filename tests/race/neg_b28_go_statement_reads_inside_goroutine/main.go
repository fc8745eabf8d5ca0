// An auth service counts failed logins per user in a tracker goroutine, under a mutex that the
// admin endpoints also take. After reporting a failure, the login handler starts an alert
// goroutine with only the user; the goroutine reads the user's count itself, under the
// tracker's mutex, so the read and the tracker's increment are ordered by the lock.
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
		t.failures[user]++
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

func (t *tracker) alert(user string, wg *sync.WaitGroup, log *[]string) {
	defer wg.Done()
	t.mu.Lock()
	seen := t.failures[user]
	t.mu.Unlock()
	if seen >= 0 {
		*log = append(*log, fmt.Sprintf("alert: failed login for %s (previous failures: %d)", user, seen))
	}
}

func loginFailed(t *tracker, user string, wg *sync.WaitGroup, log *[]string) {
	t.events <- user
	wg.Add(1)
	go t.alert(user, wg, log)
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
