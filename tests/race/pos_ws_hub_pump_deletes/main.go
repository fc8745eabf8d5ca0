// A chat hub in the gorilla/websocket style: run owns the client set and serves register,
// unregister and broadcast from channels. The read pump, started by run on register, drops
// its client from the set itself when the connection closes instead of sending it to
// unregister, so it races run's broadcast loop.
package main

import (
	"fmt"
	"sync"
)

type client struct {
	hub  *hub
	name string
	in   chan string // frames read from the connection; closed on disconnect
	send chan string
}

type hub struct {
	clients    map[*client]bool
	register   chan *client
	unregister chan *client
	broadcast  chan string
	quit       chan struct{}
	pumps      sync.WaitGroup
	hooks      struct{ beforeLeave, beforeFanout func() }
}

func newHub() *hub {
	noop := func() {}
	h := &hub{
		clients:    make(map[*client]bool),
		register:   make(chan *client),
		unregister: make(chan *client),
		broadcast:  make(chan string),
		quit:       make(chan struct{}),
	}
	h.hooks.beforeLeave, h.hooks.beforeFanout = noop, noop
	return h
}

func (c *client) readPump() {
	defer c.hub.pumps.Done()
	for range c.in {
	}
	c.hub.hooks.beforeLeave()
	delete(c.hub.clients, c) // want "concurrent map write"
}

func (h *hub) run(done chan<- struct{}) {
	defer close(done)
	for {
		select {
		case c := <-h.register:
			h.clients[c] = true
			h.pumps.Add(1)
			go c.readPump()
		case c := <-h.unregister:
			delete(h.clients, c)
		case msg := <-h.broadcast:
			h.hooks.beforeFanout()
			for c := range h.clients { // other access
				select {
				case c.send <- msg:
				default:
				}
			}
		case <-h.quit:
			return
		}
	}
}

func main() {
	h := newHub()
	var ready sync.WaitGroup
	ready.Add(2)
	sync2 := func() { ready.Done(); ready.Wait() }
	h.hooks.beforeLeave, h.hooks.beforeFanout = sync2, sync2
	done := make(chan struct{})
	go h.run(done)

	bob := &client{hub: h, name: "bob", in: make(chan string), send: make(chan string, 4)}
	h.register <- bob
	bob.in <- "hi all"
	close(bob.in) // bob disconnects
	h.broadcast <- "server restarting"
	h.pumps.Wait()
	close(h.quit)
	<-done
	fmt.Println(len(bob.send), len(h.clients))
}
