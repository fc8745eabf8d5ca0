// An exporter's ticker loop starts a scrape goroutine on every tick so that a slow target cannot
// delay the schedule; when a scrape outlasts the interval, the next tick's scrape runs beside it
// and both store the targets' latest values in the unlocked map.
package main

import (
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

type Exporter struct {
	targets []string
	latest  map[string]int
	scrapes sync.WaitGroup
}

func (e *Exporter) scrape(round int) {
	for _, t := range e.targets {
		value := len(t)*100 + round
		e.latest[t] = value // want "concurrent map write"
	}
}

func (e *Exporter) Run(rounds int, interval time.Duration) {
	ticker := time.NewTicker(interval)
	defer ticker.Stop()
	for round := 1; round <= rounds; round++ {
		<-ticker.C
		e.scrapes.Go(func() { e.scrape(round) })
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
