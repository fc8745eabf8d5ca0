// A job queue keeps per-window statistics. Reset starts a new reporting window with
// *s = Stats{Window: now}, which zeroes the failure-reason map along with the counters, so the
// first failure recorded in the new window writes into a nil map.
package main

import (
	"fmt"
	"time"
)

type Stats struct {
	Window   time.Time
	Enqueued int
	Done     int
	Failures map[string]int
}

func NewStats(now time.Time) *Stats {
	return &Stats{Window: now, Failures: make(map[string]int)}
}

func (s *Stats) Enqueue()            { s.Enqueued++ }
func (s *Stats) Complete()           { s.Done++ }
func (s *Stats) Reset(now time.Time) { *s = Stats{Window: now} }

func (s *Stats) Fail(reason string) {
	s.Failures[reason]++ // want "nil map"
}

func (s *Stats) String() string {
	return fmt.Sprintf("[%s] enqueued=%d done=%d failures=%v",
		s.Window.Format("15:04"), s.Enqueued, s.Done, s.Failures)
}

type outcome struct {
	ok     bool
	reason string
}

func process(s *Stats, results []outcome) {
	for _, r := range results {
		s.Enqueue()
		if r.ok {
			s.Complete()
		} else {
			s.Fail(r.reason)
		}
	}
}

func main() {
	start := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	st := NewStats(start)
	process(st, []outcome{{ok: true}, {reason: "timeout"}, {ok: true}})
	fmt.Println(st)

	st.Reset(start.Add(5 * time.Minute))
	process(st, []outcome{{ok: true}, {reason: "oom"}})
	fmt.Println(st)
}
