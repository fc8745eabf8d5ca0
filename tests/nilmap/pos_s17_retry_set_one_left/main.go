// The retry set is filled with every job, and the retry pass deletes each job but the one
// that fails again, so recordFailures walks a set with one key, and its loop writes into
// the never-made failures table.
package main

import "fmt"

type stats struct {
	failures map[string]int
}

func (s *stats) recordFailures(pending map[string]bool) {
	for job := range pending {
		s.failures[job]++ // want "nil map"
	}
}

func main() {
	pending := make(map[string]bool)
	for _, job := range []string{"build", "test", "deploy"} {
		pending[job] = true
	}
	for job := range pending {
		fmt.Println("retrying", job)
		if job != "deploy" {
			delete(pending, job)
		}
	}
	s := &stats{}
	s.recordFailures(pending)
	fmt.Println(len(pending), s.failures == nil)
}
