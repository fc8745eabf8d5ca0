// An exporter's ticker loop starts a scrape goroutine on a tick only when it can flip an atomic
// busy flag, but the scrape clears the flag as soon as it starts rather than when it is done:
// the next tick starts a second scrape while the first still stores into the unlocked map.
// The positive beside neg_b18_ticker_scrape_skips_when_busy.
package main

import (
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

type Exporter struct {
	targets []string
	latest  map[string]int
	scrapes sync.WaitGroup
	busy    atomic.Bool
}

func (e *Exporter) scrape(round int) {
	for _, t := range e.targets {
		value := len(t)*100 + round
		e.latest[t] = value // want "concurrent map write"
		time.Sleep(2 * time.Millisecond)
	}
}

func (e *Exporter) Run(rounds int, interval time.Duration) {
	ticker := time.NewTicker(interval)
	defer ticker.Stop()
	for round := 1; round <= rounds; round++ {
		<-ticker.C
		if !e.busy.CompareAndSwap(false, true) {
			continue
		}
		e.scrapes.Go(func() {
			e.busy.Store(false)
			e.scrape(round)
		})
	}
	e.scrapes.Wait()
}

func main() {
	e := &Exporter{
		targets: []string{"node-a:9100", "node-b:9100", "db:9187"},
		latest:  make(map[string]int),
	}
	e.Run(3, time.Millisecond)
	var lines []string
	for t, v := range e.latest {
		lines = append(lines, t+"="+strconv.Itoa(v))
	}
	sort.Strings(lines)
	os.Stdout.WriteString(strings.Join(lines, " ") + "\n")
}
