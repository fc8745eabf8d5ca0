// A listener broadcasts to its clients and removes, on a goroutine of its own, each client whose
// write fails. Here a failing client is already registered when the first broadcast runs, so the
// removal goroutine is started while main goes on to register the next client without the lock:
// the registration races with the removal's delete. The near miss of
// neg_real_coredns_range_empty_clients, whose first broadcast ranges over an empty map.
package main

import (
	"errors"
	"fmt"
	"sync"
)

type encoder struct{}

func (e *encoder) writeMsg(payload string) error {
	if e == nil {
		return errors.New("no encoder")
	}
	return nil
}

type client struct {
	enc  *encoder
	quit chan struct{}
}

type listener struct {
	clientsMu sync.RWMutex
	clients   map[*client]struct{}
}

func newListener() *listener {
	return &listener{clients: make(map[*client]struct{})}
}

func (l *listener) Dnstap(payload string) {
	l.clientsMu.RLock()
	defer l.clientsMu.RUnlock()
	for c := range l.clients {
		if err := c.enc.writeMsg(payload); err != nil {
			go l.removeClient(c)
		}
	}
}

func (l *listener) removeClient(c *client) {
	l.clientsMu.Lock()
	defer l.clientsMu.Unlock()
	// One access only: with a lookup before the delete, the race detector reports either.
	delete(l.clients, c) // want "concurrent map write"
	close(c.quit)
}

func main() {
	l := newListener()
	stale := &client{quit: make(chan struct{})}
	l.clients[stale] = struct{}{}
	// The stale client has no encoder: Dnstap removes it on a goroutine.
	l.Dnstap("query")

	c := &client{quit: make(chan struct{})}
	l.clients[c] = struct{}{} // other access
	<-stale.quit

	// The client without an encoder fails, and Dnstap removes it.
	l.Dnstap("query")
	<-c.quit
	l.clientsMu.RLock()
	fmt.Println(len(l.clients))
	l.clientsMu.RUnlock()
}
