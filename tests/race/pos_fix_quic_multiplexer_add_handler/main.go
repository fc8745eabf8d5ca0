// Reduced from the fix in https://github.com/quic-go/quic-go/pull/1445 ("fix race condition when
// adding packet handlers to the multiplexer", for issue #1444): a QUIC client multiplexer takes
// its mutex to add a packet conn to its map of conns, but AddHandler, run by another dial on a
// conn already added, looks the conn up without the mutex.
package main

import (
	"errors"
	"fmt"
	"sync"
)

type packetConn struct{ local string }

type packetHandlerMap struct {
	mu       sync.Mutex
	handlers map[string]string
}

func (h *packetHandlerMap) Add(connID, handler string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.handlers[connID] = handler
}

type connManager struct{ manager *packetHandlerMap }

type clientMultiplexer struct {
	mutex sync.Mutex
	conns map[*packetConn]connManager
}

func (m *clientMultiplexer) AddConn(c *packetConn) {
	m.mutex.Lock()
	defer m.mutex.Unlock()
	if _, ok := m.conns[c]; !ok {
		m.conns[c] = connManager{manager: &packetHandlerMap{handlers: map[string]string{}}} // want "concurrent map write"
	}
}

func (m *clientMultiplexer) AddHandler(c *packetConn, connID, handler string) error {
	p, ok := m.conns[c] // other access
	if !ok {
		return errors.New("unknown packet conn " + c.local)
	}
	p.manager.Add(connID, handler)
	return nil
}

func main() {
	mux := &clientMultiplexer{conns: make(map[*packetConn]connManager)}
	shared := &packetConn{local: "[::]:4433"}
	mux.AddConn(shared)
	start := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() { // a dial on a new socket
		<-start
		mux.AddConn(&packetConn{local: "[::]:5544"})
	})
	wg.Go(func() { // a second dial reusing the shared socket
		<-start
		if err := mux.AddHandler(shared, "c0ffee", "session-2"); err != nil {
			fmt.Println(err)
		}
	})
	close(start)
	wg.Wait()
	fmt.Println(len(mux.conns))
}
