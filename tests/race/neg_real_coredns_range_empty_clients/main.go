// Reduced from github.com/coredns/coredns v1.15.0, plugin/dnstap/listener_test.go:61
// (TestListenerBroadcast), where mapscope check reported the test's unlocked
// `l.clients[c] = struct{}{}` racing with the read in removeClient (listener.go:198) of the
// goroutine that Dnstap starts for a failing client (listener.go:185): the test's first Dnstap
// call ranges over the clients map that newListener just made empty, so it starts no goroutine;
// only the second call, after the write, does. A near miss: a `go` inside a range over a map
// that is still empty at that call. Our own rewrite.
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
	if _, exists := l.clients[c]; !exists {
		return
	}
	delete(l.clients, c)
	close(c.quit)
}

func main() {
	l := newListener()
	// Should not panic with no clients.
	l.Dnstap("query")

	c := &client{quit: make(chan struct{})}
	l.clients[c] = struct{}{}

	// The client without an encoder fails, and Dnstap removes it.
	l.Dnstap("query")
	<-c.quit
	l.clientsMu.RLock()
	fmt.Println(len(l.clients))
	l.clientsMu.RUnlock()
}
