// Reduced from eclipse/paho.mqtt.golang v1.5.1, messageids.go:74 (cleanUpSubscribe after
// reduction), reported with fvt_client_test.go: every access holds the embedded messageIds'
// mutex, yet mapscope check reported instances of internalConnLost's goroutine (client.go:560)
// with "no lock held in common". The client comes from a constructor returning an interface; the
// keepalive and error goroutines both call internalConnLost, whose goroutine cleans up and
// reconnects, starting them again. A near miss: one mutex, held by every instance. Our own rewrite.
package main

import "sync"

type messageIds struct {
	mu    sync.RWMutex
	index map[uint16]string
}

func (mids *messageIds) cleanUpSubscribe() {
	mids.mu.Lock()
	defer mids.mu.Unlock()
	for id, token := range mids.index {
		if token == "sub" {
			delete(mids.index, id)
		}
	}
}

type Client interface{ Connect() }

type client struct {
	messageIds
	connMu    sync.Mutex
	all       *sync.WaitGroup
	connected int
}

func NewClient(all *sync.WaitGroup) Client {
	return &client{all: all, messageIds: messageIds{index: map[uint16]string{1: "sub", 2: "pub"}}}
}

func (c *client) Connect() {
	c.all.Add(1)
	go func() { defer c.all.Done(); c.startCommsWorkers() }()
}

func (c *client) startCommsWorkers() {
	c.connMu.Lock()
	c.connected++
	lost := c.connected < 3
	c.connMu.Unlock()
	if !lost { // give up after two reconnections
		return
	}
	c.all.Add(2)
	go keepalive(c)
	go func() { defer c.all.Done(); c.internalConnLost() }()
}

func keepalive(c *client) { defer c.all.Done(); c.internalConnLost() }

func (c *client) internalConnLost() {
	c.all.Add(1)
	go func() {
		defer c.all.Done()
		c.messageIds.cleanUpSubscribe()
		c.all.Add(1)
		go c.reconnect()
	}()
}

func (c *client) reconnect() {
	defer c.all.Done()
	c.startCommsWorkers()
}

func main() {
	var all sync.WaitGroup
	NewClient(&all).Connect()
	all.Wait()
}
