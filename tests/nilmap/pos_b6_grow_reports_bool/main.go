// A trace sampler keeps the spans it sampled in a map made on demand by grow, which reports
// whether the sampler may record. With a sampling rate of zero, grow answers true without
// making the map ("nothing to size"), and the span is recorded into a nil map.
package main

import "fmt"

type sampler struct {
	rate  int // keep one span in rate; 0 means keep all
	spans map[string]int64
}

func (s *sampler) grow() bool {
	if s.spans != nil {
		return true
	}
	if s.rate == 0 {
		return true
	}
	s.spans = make(map[string]int64, 64/s.rate+1)
	return true
}

func (s *sampler) record(id string, durationMicros int64, seq int) {
	if s.rate > 1 && seq%s.rate != 0 {
		return
	}
	if !s.grow() {
		return
	}
	s.spans[id] = durationMicros // want "nil map"
}

func main() {
	every2 := &sampler{rate: 2}
	all := &sampler{}
	for i, d := range []int64{120, 340, 90} {
		id := fmt.Sprintf("span-%d", i)
		every2.record(id, d, i)
		all.record(id, d, i)
	}
	fmt.Println(len(every2.spans), len(all.spans))
}
