// Reduced from k6 v1.8.1, internal/output/summary/data.go:266, where mapscope check (session 26,
// once calls of a closure a factory returns were followed) reported `mt.Metric.Values[agg] = ...`
// as a write to the nil map that metricValueGetter's closure returns when the sink is none of
// the types its type switch lists. The write runs only under `if _, isTrend :=
// sink.(*TrendSink); isTrend`, and the closure makes the map in that very case. A near miss: a
// nil returned in a type switch's default, written under an assertion of the same argument to
// a type the switch makes the map for. The same holds for a plain function (values, below),
// which the binary before that session already reported. Our own rewrite.
package main

import "fmt"

type Sink interface{ Add(v float64) }

type TrendSink struct{ vals []float64 }

func (t *TrendSink) Add(v float64) { t.vals = append(t.vals, v) }

type CounterSink struct{ n float64 }

func (c *CounterSink) Add(v float64) { c.n += v }

type Metric struct{ Values map[string]float64 }

func values(sink Sink) (result map[string]float64) {
	switch sink := sink.(type) {
	case *CounterSink:
		result = map[string]float64{"count": sink.n}
	case *TrendSink:
		result = make(map[string]float64)
		result["n"] = float64(len(sink.vals))
	}
	return result
}

func getter() func(Sink) map[string]float64 {
	return func(sink Sink) (result map[string]float64) {
		switch sink := sink.(type) {
		case *CounterSink:
			result = map[string]float64{"count": sink.n}
		case *TrendSink:
			result = make(map[string]float64)
			result["n"] = float64(len(sink.vals))
		}
		return result
	}
}

func viaStatic(sinks []Sink) {
	for _, s := range sinks {
		m := Metric{Values: values(s)}
		if _, isTrend := s.(*TrendSink); isTrend {
			m.Values["p99"] = 1
		}
		fmt.Println(m)
	}
}

func viaClosure(sinks []Sink) {
	get := getter()
	for _, s := range sinks {
		m := Metric{Values: get(s)}
		if _, isTrend := s.(*TrendSink); isTrend {
			m.Values["p99"] = 1
		}
		fmt.Println(m)
	}
}

func main() {
	sinks := []Sink{&TrendSink{}, &CounterSink{}}
	viaStatic(sinks)
	viaClosure(sinks)
}
