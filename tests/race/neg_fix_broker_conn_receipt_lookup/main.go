// Near miss of pos_fix_broker_conn_receipt_lookup, the fixed code of
// https://github.com/apache/pulsar-client-go/pull/179 (commit ad16fa29): the read loop takes the
// connection's mutex to look up the producer of a send receipt.
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
	c.listeners[id] = l
}

func (c *connection) handleSendReceipt(cmd command) {
	c.Lock()
	defer c.Unlock()
	if p, ok := c.listeners[cmd.producerID]; ok {
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
