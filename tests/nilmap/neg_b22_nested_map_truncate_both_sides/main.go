// A metrics rollup keeps one inner map per 10-minute slot. open() creates the slot of a
// sample with Truncate and add() keys the write with Truncate too, so a sample in the
// second half of a slot writes the slot that open() just made.
package main

import (
	"fmt"
	"sort"
	"time"
)

type sample struct {
	at     time.Time
	metric string
	value  float64
}

type rollup struct {
	step  time.Duration
	slots map[int64]map[string]float64
}

func newRollup(step time.Duration) *rollup {
	return &rollup{step: step, slots: make(map[int64]map[string]float64)}
}

func (r *rollup) open(at time.Time) {
	key := at.Truncate(r.step).Unix()
	if _, ok := r.slots[key]; !ok {
		r.slots[key] = make(map[string]float64)
	}
}

func (r *rollup) add(s sample) {
	key := s.at.Truncate(r.step).Unix()
	r.open(s.at)
	r.slots[key][s.metric] += s.value
}

func (r *rollup) dump() {
	keys := make([]int64, 0, len(r.slots))
	for k := range r.slots {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	for _, k := range keys {
		fmt.Println(time.Unix(k, 0).UTC().Format("15:04"), r.slots[k])
	}
}

func main() {
	base := time.Date(2026, 1, 12, 8, 0, 0, 0, time.UTC)
	r := newRollup(10 * time.Minute)
	for _, s := range []sample{
		{at: base.Add(2 * time.Minute), metric: "cpu", value: 0.4},
		{at: base.Add(3 * time.Minute), metric: "mem", value: 512},
		{at: base.Add(7 * time.Minute), metric: "cpu", value: 0.9},
	} {
		r.add(s)
	}
	r.dump()
}
