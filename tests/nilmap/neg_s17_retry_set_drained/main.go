// A near miss: the retry set is filled with every job, and the retry pass deletes each job
// once it has run again, so the set is empty when recordFailures walks it; its loop, which
// writes into the never-made failures table, runs no iteration and nothing panics.
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

func main() {
	pending := make(map[string]bool)
	for _, job := range []string{"build", "test", "deploy"} {
		pending[job] = true
	}
	for job := range pending {
		fmt.Println("retrying", job)
		delete(pending, job)
	}
	s := &stats{}
	s.recordFailures(pending)
	fmt.Println(len(pending), s.failures == nil)
}
