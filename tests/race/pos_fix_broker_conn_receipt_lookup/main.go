// Reduced from the fix in https://github.com/apache/pulsar-client-go/pull/179 ("[Issue:178]Fix
// concurrent map read and map write", commit ad16fa29): a message-broker client connection
// registers producers' listeners under its embedded mutex, but its read loop looks up the
// producer of a send receipt without it.
package main

import (
	"fmt"
	"sync"
)

type command struct {
	kind       string
	producerID uint64
	sequenceID uint64
}

type listener interface{ receivedSendReceipt(sequenceID uint64) }

type producer struct{ acked chan uint64 }

func (p *producer) receivedSendReceipt(seq uint64) { p.acked <- seq }

type connection struct {
	sync.Mutex
	listeners map[uint64]listener
	incoming  chan command
}

func (c *connection) RegisterListener(id uint64, l listener) {
	c.Lock()
	defer c.Unlock()
	c.listeners[id] = l // want "concurrent map write"
}

func (c *connection) handleSendReceipt(cmd command) {
	if p, ok := c.listeners[cmd.producerID]; ok { // other access
		p.receivedSendReceipt(cmd.sequenceID)
	}
}

func (c *connection) run(start <-chan struct{}, done func()) {
	defer done()
	<-start
	for cmd := range c.incoming {
		if cmd.kind == "SEND_RECEIPT" {
			c.handleSendReceipt(cmd)
		}
	}
}

func main() {
	c := &connection{listeners: make(map[uint64]listener), incoming: make(chan command, 1)}
	orders := &producer{acked: make(chan uint64, 1)}
	c.RegisterListener(1, orders)
	c.incoming <- command{kind: "SEND_RECEIPT", producerID: 1, sequenceID: 41}
	close(c.incoming)
	start := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go c.run(start, wg.Done)
	wg.Go(func() { // a second producer is created on the same connection
		<-start
		c.RegisterListener(2, &producer{acked: make(chan uint64, 1)})
	})
	close(start)
	wg.Wait()
	fmt.Println("acked", <-orders.acked, "producers", len(c.listeners))
}
