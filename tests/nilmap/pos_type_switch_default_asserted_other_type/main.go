// The near miss neg_real_k6_trend_values_type_switch made wrong: the summary's values come from
// a type switch that makes the map for counters and trends only, and the percentile is added
// under an assertion that the sink is a gauge, whose values the switch leaves nil.
package main

import "fmt"

type Sink interface{ Add(v float64) }

type TrendSink struct{ vals []float64 }

func (t *TrendSink) Add(v float64) { t.vals = append(t.vals, v) }

type CounterSink struct{ n float64 }

func (c *CounterSink) Add(v float64) { c.n += v }

type GaugeSink struct{ last float64 }

func (g *GaugeSink) Add(v float64) { g.last = v }

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

func summarize(sinks []Sink) []Metric {
	var out []Metric
	for _, s := range sinks {
		m := Metric{Values: values(s)}
		if g, isGauge := s.(*GaugeSink); isGauge {
			m.Values["last"] = g.last // want "nil map"
		}
		out = append(out, m)
	}
	return out
}

func main() {
	sinks := []Sink{&TrendSink{}, &CounterSink{n: 3}, &GaugeSink{last: 0.5}}
	for _, m := range summarize(sinks) {
		fmt.Println(m.Values)
	}
}
