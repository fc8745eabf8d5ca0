// A health checker probes its targets in a goroutine that sends one map of latencies and
// closes the channel. With no targets configured it still sends an empty map before closing,
// so the caller, which receives without the comma-ok form, always gets a made map.
package main

import (
	"fmt"
	"strings"
)

func probe(targets []string, out chan<- map[string]int) {
	latencies := make(map[string]int, len(targets))
	if len(targets) == 0 {
		out <- latencies
		close(out)
		return
	}
	for _, t := range targets {
		latencies[t] = 10 * len(t)
	}
	out <- latencies
	close(out)
}

func round(n int, config string) map[string]int {
	results := make(chan map[string]int)
	go probe(strings.Fields(config), results)
	latencies := <-results
	latencies["round"] = n
	return latencies
}

func main() {
	fmt.Println(len(round(1, "db-1 cache-2")))
	fmt.Println(len(round(2, "")))
}
