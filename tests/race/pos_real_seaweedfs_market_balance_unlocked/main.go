// Reduced from seaweedfs (v0.0.0-20261109003541-7506e5f91cd6), weed/mq/sub_coordinator/market.go:107,
// where mapscope check reported AddConsumerInstance's `m.consumerInstances[consumer.InstanceId] =
// consumer` as racing with the range over the same map in assignPartitionToConsumer (:145), run
// by the balancing goroutine NewMarket starts (:89). AddConsumerInstance holds m.mu, but the
// balancing loop's doBalanceLoad (:205) and the functions it calls read the map without it: a
// consumer that joins while a tick's rebalance is running writes the map during the range. The
// request the writer sends afterwards on balanceRequestChan orders nothing before the range
// already under way. Our own rewrite.
package main

import (
	"fmt"
	"sync"
)

type consumer struct {
	id         string
	maxPerUnit int
}

type market struct {
	mu                sync.Mutex
	consumerInstances map[string]*consumer
	partitions        []int
	assignments       map[int]string // written by the balancing goroutine alone
	balanceRequestCh  chan struct{}
	stopCh            chan struct{}
	stopped           sync.WaitGroup
}

func newMarket(partitions []int) *market {
	m := &market{
		consumerInstances: make(map[string]*consumer),
		partitions:        partitions,
		assignments:       make(map[int]string),
		balanceRequestCh:  make(chan struct{}),
		stopCh:            make(chan struct{}),
	}
	m.stopped.Add(1)
	go m.loopBalanceLoad()
	return m
}

func (m *market) addConsumerInstance(c *consumer) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.consumerInstances[c.id] = c // want "concurrent map write"
	m.balanceRequestCh <- struct{}{}
}

// loopBalanceLoad rebalances as soon as a request arrives (seaweedfs waits for the next tick,
// which lets a later request overtake the rebalance under load; the race is the same).
func (m *market) loopBalanceLoad() {
	defer m.stopped.Done()
	for {
		select {
		case <-m.balanceRequestCh:
			m.doBalanceLoad()
		case <-m.stopCh:
			return
		}
	}
}

// doBalanceLoad gives every partition to the consumer with the smallest id, without m.mu. (It
// reads the keys alone: a consumer's fields, written by the joining goroutine, would race too.)
func (m *market) doBalanceLoad() {
	for _, p := range m.partitions {
		best := ""
		for id := range m.consumerInstances { // other access
			if best == "" || id < best {
				best = id
			}
		}
		if best != "" {
			m.assignments[p] = best
		}
	}
}

func main() {
	m := newMarket([]int{0, 1, 2, 3})
	m.addConsumerInstance(&consumer{id: "consumer-1"})
	// The first rebalance runs now; the second consumer joins while it may still be under way.
	m.addConsumerInstance(&consumer{id: "consumer-2"})
	close(m.stopCh)
	m.stopped.Wait()
	fmt.Println(len(m.consumerInstances))
}
