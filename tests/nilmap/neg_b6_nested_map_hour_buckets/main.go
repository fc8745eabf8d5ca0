// A traffic report makes one bucket per hour of its window up front (hour -> path -> requests)
// and adds each access-log event to the bucket of its hour. The log is not sorted, so add drops
// (and counts) an event from outside the window, which has no bucket, before it writes.
package main

import (
	"fmt"
	"time"
)

type event struct {
	at   time.Time
	path string
}

type report struct {
	start, end time.Time
	hours      map[time.Time]map[string]int
	dropped    int
}

func newReport(start time.Time, n int) *report {
	r := &report{
		start: start,
		end:   start.Add(time.Duration(n) * time.Hour),
		hours: make(map[time.Time]map[string]int),
	}
	for h := 0; h < n; h++ {
		r.hours[start.Add(time.Duration(h)*time.Hour)] = make(map[string]int)
	}
	return r
}

func (r *report) add(ev event) {
	if ev.at.Before(r.start) || !ev.at.Before(r.end) {
		r.dropped++
		return
	}
	hour := ev.at.Truncate(time.Hour)
	r.hours[hour][ev.path]++
}

func main() {
	start := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	r := newReport(start, 3)
	for _, ev := range []event{
		{start.Add(5 * time.Minute), "/cart"},
		{start.Add(90 * time.Minute), "/checkout"},
		{start.Add(-2 * time.Minute), "/cart"},
		{start.Add(150 * time.Minute), "/cart"},
	} {
		r.add(ev)
	}
	for h := start; h.Before(r.end); h = h.Add(time.Hour) {
		fmt.Println(h.Format("15:04"), r.hours[h])
	}
	fmt.Println("dropped:", r.dropped)
}
