// An exporter's ticker loop scrapes in the loop itself on every tick, so a scrape that outlasts
// the interval delays the next one instead of running beside it, and only one scrape at a time
// stores the targets' latest values in the unlocked map.
package main

import (
	"os"
	"sort"
	"strconv"
	"strings"
	"time"
)

type Exporter struct {
	targets []string
	latest  map[string]int
}

func (e *Exporter) scrape(round int) {
	for _, t := range e.targets {
		value := len(t)*100 + round
		e.latest[t] = value
	}
}

func (e *Exporter) Run(rounds int, interval time.Duration) {
	ticker := time.NewTicker(interval)
	defer ticker.Stop()
	for round := 1; round <= rounds; round++ {
		<-ticker.C
		e.scrape(round)
	}
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
