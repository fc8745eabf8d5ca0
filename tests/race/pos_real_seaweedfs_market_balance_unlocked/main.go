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
	"time"
)

type consumer struct {
	id         string
	assigned   []int
	maxPerUnit int
}

type market struct {
	mu                sync.Mutex
	consumerInstances map[string]*consumer
	partitions        []int
	balanceRequestCh  chan struct{}
	stopCh            chan struct{}
	stopped           sync.WaitGroup
}

func newMarket(partitions []int) *market {
	m := &market{
		consumerInstances: make(map[string]*consumer),
		partitions:        partitions,
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

func (m *market) loopBalanceLoad() {
	defer m.stopped.Done()
	ticker := time.NewTicker(time.Millisecond)
	defer ticker.Stop()
	hasBalanceRequest := false
	for {
		select {
		case <-ticker.C:
			if hasBalanceRequest {
				hasBalanceRequest = false
				m.doBalanceLoad()
			}
		case <-m.balanceRequestCh:
			hasBalanceRequest = true
		case <-m.stopCh:
			return
		}
	}
}

// doBalanceLoad gives every partition to the least loaded consumer, without m.mu.
func (m *market) doBalanceLoad() {
	for _, p := range m.partitions {
		var best *consumer
		for _, c := range m.consumerInstances { // other access
			if best == nil || len(c.assigned) < len(best.assigned) {
				best = c
			}
		}
		if best != nil {
			best.assigned = append(best.assigned, p)
		}
	}
}

func main() {
	m := newMarket([]int{0, 1, 2, 3})
	m.addConsumerInstance(&consumer{id: "consumer-1"})
	// The first rebalance runs on the next tick; the second consumer joins meanwhile.
	time.Sleep(5 * time.Millisecond)
	m.addConsumerInstance(&consumer{id: "consumer-2"})
	close(m.stopCh)
	m.stopped.Wait()
	fmt.Println(len(m.consumerInstances))
}
