// Reduced from the fix in https://github.com/dailymotion-oss/osiris/pull/42 ("fix concurrent map
// writes", commit 0918d5a): on every tick a scale-to-zero metrics collector scrapes each pod's
// proxy in a goroutine of its own, and each goroutine stores its request count into a map local
// to the collector loop without a lock.
package main

import (
	"fmt"
	"sync"
	"time"
)

type proxyRequestCount struct {
	proxyID      string
	requestCount uint64
}

type scraper interface {
	scrape(pod string) *proxyRequestCount
}

type fakeScraper map[string]uint64

func (f fakeScraper) scrape(pod string) *proxyRequestCount {
	return &proxyRequestCount{proxyID: "proxy-" + pod, requestCount: f[pod]}
}

type metricsCollector struct {
	pods    []string
	scraper scraper
	idle    int
}

func (m *metricsCollector) collectMetrics(rounds int) {
	requestCountsByProxy := map[string]uint64{}
	var lastTotal uint64
	ticker := time.NewTicker(time.Millisecond)
	defer ticker.Stop()
	for round := 0; round < rounds; round++ {
		<-ticker.C
		var scrapeWG sync.WaitGroup
		for _, pod := range m.pods {
			scrapeWG.Add(1)
			go func(pod string) {
				defer scrapeWG.Done()
				if prc := m.scraper.scrape(pod); prc != nil {
					requestCountsByProxy[prc.proxyID] = prc.requestCount // want "concurrent map write"
				}
			}(pod)
		}
		scrapeWG.Wait()
		var total uint64
		for _, n := range requestCountsByProxy {
			total += n
		}
		if round > 0 && total == lastTotal {
			m.idle++
		}
		lastTotal = total
	}
}

func main() {
	m := &metricsCollector{
		pods:    []string{"web-0", "web-1", "web-2"},
		scraper: fakeScraper{"web-0": 10, "web-1": 4, "web-2": 0},
	}
	m.collectMetrics(2)
	fmt.Println("idle rounds:", m.idle)
}
