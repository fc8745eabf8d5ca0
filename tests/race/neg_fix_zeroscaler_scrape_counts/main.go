// Near miss of pos_fix_zeroscaler_scrape_counts, the fixed code of
// https://github.com/dailymotion-oss/osiris/pull/42 (commit 0918d5a): the scrape goroutines store
// their counts under a mutex local to the collector loop, beside the map.
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
	var (
		requestCountsByProxy     = map[string]uint64{}
		requestCountsByProxyLock sync.Mutex
		lastTotal                uint64
	)
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
					requestCountsByProxyLock.Lock()
					requestCountsByProxy[prc.proxyID] = prc.requestCount
					requestCountsByProxyLock.Unlock()
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
