// A session manager expires each login with time.AfterFunc and renews a session by stopping
// its timer and storing the session again. When Stop returns false the expiry func is already
// running in its own goroutine, so renew waits for it to finish before storing.
package main

import (
	"fmt"
	"os"
	"sync"
	"time"
)

type manager struct {
	ttl      time.Duration
	byID     map[string]string
	expiry   map[string]*time.Timer
	expiring chan string
	pending  sync.WaitGroup
}

func (m *manager) login(id, user string) {
	m.byID[id] = user
	m.pending.Add(1)
	m.expiry[id] = time.AfterFunc(m.ttl, func() {
		defer m.pending.Done()
		m.expiring <- id
		delete(m.byID, id)
	})
}

func (m *manager) renew(id, user string) {
	if t := m.expiry[id]; t != nil && !t.Stop() {
		fmt.Fprintln(os.Stderr, "session", id, "already expiring; storing it again")
		m.pending.Wait()
	}
	m.byID[id] = user
}

func main() {
	m := &manager{
		ttl:      time.Millisecond,
		byID:     make(map[string]string),
		expiry:   make(map[string]*time.Timer),
		expiring: make(chan string, 1),
	}
	m.login("s-1", "ada")
	// The test waits for the expiry notice, so the timer has fired when renew stops it.
	expired := <-m.expiring
	m.renew("s-1", "ada")
	m.pending.Wait()
	fmt.Fprintln(os.Stdout, "expired", expired, "sessions left:", len(m.byID))
}
