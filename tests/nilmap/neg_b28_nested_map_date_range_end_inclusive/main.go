// A billing report pre-creates one row per day of the requested period, so that days without
// usage still show up, and then adds each usage record to its day's row. The caller asks for
// "March 1 to March 3" meaning both ends, and the row loop runs through the end date, so a
// record dated on the last day adds to a made row.
package main

import (
	"fmt"
	"time"
)

const day = "2006-01-02"

type record struct {
	At     time.Time
	Metric string
	Units  int
}

type report struct {
	rows map[string]map[string]int // date -> metric -> units
	days []string
}

func newReport(from, to time.Time) *report {
	r := &report{rows: make(map[string]map[string]int)}
	for d := from; !d.After(to); d = d.AddDate(0, 0, 1) {
		key := d.Format(day)
		r.rows[key] = make(map[string]int)
		r.days = append(r.days, key)
	}
	return r
}

func (r *report) add(rec record) {
	r.rows[rec.At.UTC().Format(day)][rec.Metric] += rec.Units
}

func mustDay(s string) time.Time {
	t, err := time.Parse(day, s)
	if err != nil {
		panic(err)
	}
	return t
}

func main() {
	from, to := mustDay("2024-03-01"), mustDay("2024-03-03")
	usage := []record{
		{At: time.Date(2024, 3, 1, 9, 30, 0, 0, time.UTC), Metric: "compute", Units: 12},
		{At: time.Date(2024, 3, 2, 23, 10, 0, 0, time.UTC), Metric: "storage", Units: 4},
		{At: time.Date(2024, 3, 3, 8, 0, 0, 0, time.UTC), Metric: "compute", Units: 7},
	}
	r := newReport(from, to)
	for _, u := range usage {
		if u.At.Before(from) || u.At.After(to.AddDate(0, 0, 1)) {
			continue
		}
		r.add(u)
	}
	for _, d := range r.days {
		fmt.Println(d, r.rows[d])
	}
}
