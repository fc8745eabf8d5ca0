// A health prober fills its results map and closes `done`; the caller waits in a select on
// done or a generous deadline and reads the results only on the done branch.
package main

import (
	"fmt"
	"time"
)

func probe(targets []string, results map[string]bool, done chan<- struct{}) {
	for _, t := range targets {
		results[t] = len(t) > 3
	}
	close(done)
}

func main() {
	results := make(map[string]bool)
	done := make(chan struct{})
	go probe([]string{"db", "cache", "queue"}, results, done)
	select {
	case <-done:
		fmt.Println(len(results), results["cache"])
	case <-time.After(time.Minute):
		fmt.Println("probe timed out")
	}
}
