// A real bug found by mapscope check in open-telemetry/opentelemetry-collector-contrib's
// receiver/kafkareceiver v0.165.1, consumer_franz.go:848: brokerReadOpt caches one measurement
// option per broker and outcome in `c.brokerReadOpts`, which newFranzKafkaConsumer makes, but
// the benchmark helper newBenchFranzConsumer (consumer_franz_hooks_bench_test.go:27) builds the
// franzConsumer with a literal that leaves the map out, so BenchmarkOnBrokerRead panics on its
// first OnBrokerRead (`go test -run XXX -bench 'BenchmarkOnBrokerRead$' -benchtime=1x` in the
// module: `assignment to entry in nil map`). This program is our own reproduction of that
// shape, not the project's code.
package main

import (
	"fmt"
	"sync"
)

type brokerReadKey struct {
	nodeID  int32
	outcome string
}

type consumer struct {
	name string

	brokerReadMu   sync.RWMutex
	brokerReadOpts map[brokerReadKey]string
}

func newConsumer(name string) *consumer {
	return &consumer{name: name, brokerReadOpts: make(map[brokerReadKey]string)}
}

// newBenchConsumer is the benchmark's own helper: it skips the constructor.
func newBenchConsumer() *consumer {
	return &consumer{name: "bench"}
}

func (c *consumer) brokerReadOpt(nodeID int32, outcome string) string {
	key := brokerReadKey{nodeID: nodeID, outcome: outcome}
	c.brokerReadMu.RLock()
	opt, ok := c.brokerReadOpts[key]
	c.brokerReadMu.RUnlock()
	if ok {
		return opt
	}
	opt = fmt.Sprintf("node_id=%d,outcome=%s", nodeID, outcome)
	c.brokerReadMu.Lock()
	c.brokerReadOpts[key] = opt // want "nil map"
	c.brokerReadMu.Unlock()
	return opt
}

func (c *consumer) onBrokerRead(nodeID int32, err error) string {
	outcome := "success"
	if err != nil {
		outcome = "failure"
	}
	return c.brokerReadOpt(nodeID, outcome)
}

func main() {
	fmt.Println(newConsumer("receiver").onBrokerRead(1, nil))
	fmt.Println(newBenchConsumer().onBrokerRead(1, nil))
}
