// Reduced from libp2p/go-libp2p v0.52.0, p2p/host/basic/addrs_metrics.go:116 and :118
// (updateMetric), where mapscope check reported `clear(prev)` and `clear(current)` racing with
// themselves in other instances of the reachability tracker's background goroutine
// (addrs_reachability_tracker.go:97). Every host builds its own address manager, which builds
// its own reachability tracker with its own metrics tracker, whose maps are made in the
// constructor; each tracker's one background goroutine is the only code that touches its
// metrics maps. Two hosts run two goroutines, on two sets of maps. A near miss: the maps are
// per host, never shared. Our own rewrite.
package main

import (
	"fmt"
	"maps"
	"sync"
)

type metrics interface {
	changed(addrs []string)
}

type metricsTracker struct {
	current map[string]int
	prev    map[string]int
}

func newMetricsTracker() metrics {
	return &metricsTracker{current: make(map[string]int), prev: make(map[string]int)}
}

func (t *metricsTracker) changed(addrs []string) {
	update(addrs, t.current, t.prev)
}

// update keeps the previous counts and recounts the current ones per transport.
func update(addrs []string, current, prev map[string]int) {
	clear(prev)
	maps.Copy(prev, current)
	clear(current)
	for _, a := range addrs {
		current[a[:3]]++
	}
}

type reachabilityTracker struct {
	metrics metrics
	updates chan []string
	wg      sync.WaitGroup
}

func newReachabilityTracker(m metrics) *reachabilityTracker {
	return &reachabilityTracker{metrics: m, updates: make(chan []string)}
}

func (r *reachabilityTracker) start() {
	r.wg.Add(1)
	go r.background()
}

func (r *reachabilityTracker) background() {
	defer r.wg.Done()
	for addrs := range r.updates {
		if r.metrics != nil {
			r.metrics.changed(addrs)
		}
	}
}

type host struct {
	tracker *reachabilityTracker
}

func newHost(enableMetrics bool) *host {
	var m metrics
	if enableMetrics {
		m = newMetricsTracker()
	}
	return &host{tracker: newReachabilityTracker(m)}
}

func (h *host) start() { h.tracker.start() }

func (h *host) close() {
	close(h.tracker.updates)
	h.tracker.wg.Wait()
}

func main() {
	h1 := newHost(true)
	h2 := newHost(true)
	h1.start()
	h2.start()
	for i := range 4 {
		h1.tracker.updates <- []string{"tcp/1", "udp/2", fmt.Sprint("quic/", i)}
		h2.tracker.updates <- []string{"tcp/3", "tcp/4"}
	}
	h1.close()
	h2.close()
	fmt.Println(h1.tracker.metrics.(*metricsTracker).current, h2.tracker.metrics.(*metricsTracker).current)
}
