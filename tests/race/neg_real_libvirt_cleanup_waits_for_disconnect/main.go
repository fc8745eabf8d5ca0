// Reduced from digitalocean/go-libvirt (v0.0.0-20261013170128-efbbdf578ac8), rpc.go:220, where
// mapscope check reported `delete(l.events, ev.CallbackID)` in removeAllStreams, run by the
// goroutine ConnectToURI starts (`go l.waitAndDisconnect()`, libvirt.go:297), as racing with
// the test's unlocked read `l.events[id]` (rpc_test.go:298). The goroutine first blocks on the
// socket's disconnected channel, which the socket's reader closes only once the connection is
// closed, and the test closes it with its deferred Disconnect, after the read; the close
// happens before the receive returns, so the cleanup is ordered after the read. A near miss:
// a goroutine that waits for a channel another goroutine closes only after the caller's last
// access, then clears the map under a lock the caller's read does not take. Our own rewrite.
package main

import (
	"fmt"
	"net"
	"sync"
)

type stream struct{ id int }

type socket struct {
	conn, peer   net.Conn
	disconnected chan struct{}
}

func newSocket() *socket {
	conn, peer := net.Pipe()
	return &socket{conn: conn, peer: peer, disconnected: make(chan struct{})}
}

// listen reads the connection until it is closed, then tells the listeners: what wakes it is
// the connection's end, not a channel.
func (s *socket) listen() {
	buf := make([]byte, 64)
	for {
		if _, err := s.conn.Read(buf); err != nil {
			break
		}
	}
	close(s.disconnected)
}

type Client struct {
	emux   sync.Mutex
	events map[int]*stream
	socket *socket
	done   chan struct{}
}

func NewClient() *Client {
	return &Client{
		events: make(map[int]*stream),
		socket: newSocket(),
		done:   make(chan struct{}),
	}
}

func (c *Client) Connect() {
	go c.socket.listen()
	go c.waitAndDisconnect()
}

// waitAndDisconnect drops every stream once the connection is gone.
func (c *Client) waitAndDisconnect() {
	<-c.socket.disconnected
	c.removeAllStreams()
	close(c.done)
}

func (c *Client) removeAllStreams() {
	c.emux.Lock()
	defer c.emux.Unlock()
	for _, ev := range c.events {
		delete(c.events, ev.id)
	}
}

func (c *Client) addStream(s *stream) {
	c.emux.Lock()
	defer c.emux.Unlock()
	c.events[s.id] = s
}

func (c *Client) Disconnect() {
	c.socket.peer.Close()
	<-c.done
}

func main() {
	c := NewClient()
	c.Connect()
	defer c.Disconnect()
	c.addStream(&stream{id: 1})
	if _, ok := c.events[1]; !ok {
		fmt.Println("expected event stream to exist")
	}
}
