// Reduced from IBM/sarama v1.62.0, async_producer.go:1165 and produce_set.go:70 (reported only
// with --tests=false), where mapscope check reported instances of the broker goroutine
// (`go withRecover(bp.run)`, async_producer.go:987) racing on `bp.currentRetries` and on their
// batch's `msgs`: each brokerProducer is made, with its maps, right before its goroutine starts,
// and only that goroutine touches them. The goroutine starts itself again through another one:
// on an error, handleError starts `go retryBatch(...)`, which gets (and may make) a broker
// producer for the new leader. A near miss: every instance has its own broker producer. Our
// own rewrite.
package main

import (
	"fmt"
	"sync"
)

func withRecover(fn func()) {
	defer func() {
		if err := recover(); err != nil {
			fmt.Println("recovered:", err)
		}
	}()
	fn()
}

type producer struct {
	wg sync.WaitGroup
}

type brokerProducer struct {
	parent         *producer
	input          chan string
	currentRetries map[string]int
}

func (p *producer) newBrokerProducer() *brokerProducer {
	bp := &brokerProducer{parent: p, input: make(chan string, 4), currentRetries: make(map[string]int)}
	p.wg.Add(1)
	go withRecover(bp.run)
	return bp
}

func (bp *brokerProducer) run() {
	defer bp.parent.wg.Done()
	for topic := range bp.input {
		if bp.currentRetries[topic] == 0 {
			bp.currentRetries[topic] = 1
		}
		if topic == "orders-failed" {
			bp.parent.wg.Add(1)
			go bp.parent.retryBatch("orders")
		}
	}
}

// retryBatch sends a failed batch again through a producer for the new leader.
func (p *producer) retryBatch(topic string) {
	defer p.wg.Done()
	bp := p.newBrokerProducer()
	bp.input <- topic
	close(bp.input)
}

func main() {
	p := &producer{}
	bp := p.newBrokerProducer()
	bp.input <- "orders"
	bp.input <- "orders-failed"
	close(bp.input)
	p.wg.Wait()
	fmt.Println("done")
}
