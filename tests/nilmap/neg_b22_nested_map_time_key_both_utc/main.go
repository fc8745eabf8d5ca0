// An hourly usage report keys its outer map by time.Time. The buckets are opened with
// UTC hours, and events are bucketed by time.Unix(...).UTC().Truncate, the same location,
// so every event's hour is a key whose inner map exists.
package main

import (
	"fmt"
	"sort"
	"time"
)

type event struct {
	unix   int64
	tenant string
	units  int
}

type report struct {
	hours map[time.Time]map[string]int
}

func newReport(from time.Time, n int) *report {
	r := &report{hours: make(map[time.Time]map[string]int, n)}
	for i := 0; i < n; i++ {
		hour := from.UTC().Truncate(time.Hour).Add(time.Duration(i) * time.Hour)
		r.hours[hour] = make(map[string]int)
	}
	return r
}

func (r *report) record(ev event) {
	hour := time.Unix(ev.unix, 0).UTC().Truncate(time.Hour)
	r.hours[hour][ev.tenant] += ev.units
}

func (r *report) print() {
	hours := make([]time.Time, 0, len(r.hours))
	for h := range r.hours {
		hours = append(hours, h)
	}
	sort.Slice(hours, func(i, j int) bool { return hours[i].Before(hours[j]) })
	for _, h := range hours {
		fmt.Println(h.UTC().Format("15:04"), r.hours[h])
	}
}

func main() {
	from := time.Date(2026, 5, 4, 10, 0, 0, 0, time.UTC)
	r := newReport(from, 3)
	events := []event{
		{unix: from.Add(5 * time.Minute).Unix(), tenant: "acme", units: 3},
		{unix: from.Add(70 * time.Minute).Unix(), tenant: "globex", units: 1},
		{unix: from.Add(75 * time.Minute).Unix(), tenant: "acme", units: 2},
	}
	for _, ev := range events {
		r.record(ev)
	}
	r.print()
}
