// A near miss: finish clears the pending set once every job has been retried and only then
// hands it to recordFailures, whose loop writes into the never-made failures table; ranging
// over the emptied set runs no iteration, so nothing panics.
package main

import "fmt"

type stats struct {
	failures map[string]int
}

func (s *stats) recordFailures(pending map[string]bool) {
	for job := range pending {
		s.failures[job]++
	}
}

func (s *stats) finish(pending map[string]bool) {
	for job := range pending {
		fmt.Println("retried", job)
	}
	clear(pending)
	s.recordFailures(pending)
}

func main() {
	pending := map[string]bool{"build": true, "test": true}
	s := &stats{}
	s.finish(pending)
	fmt.Println(len(pending), s.failures == nil)
}
