// A metrics exporter keeps its counters in one map per metric family and finds the map through
// a helper with a switch that returns nil for a family it does not know. The startup code
// seeds a counter under a misspelt family name, a constant none of the cases matches.
package main

import "fmt"

type Families struct {
	counters   map[string]float64
	gauges     map[string]float64
	histograms map[string]float64
}

func newFamilies() *Families {
	return &Families{
		counters:   make(map[string]float64),
		gauges:     make(map[string]float64),
		histograms: make(map[string]float64),
	}
}

func (fs *Families) family(name string) map[string]float64 {
	switch name {
	case "counter":
		return fs.counters
	case "gauge":
		return fs.gauges
	case "histogram":
		return fs.histograms
	default:
		return nil
	}
}

func main() {
	fs := newFamilies()
	fs.family("counter")["requests_total"] = 0
	fs.family("gauge")["inflight"] = 0
	fs.family("histogramm")["latency_seconds"] = 0 // want "nil map"
	fmt.Println(len(fs.counters), len(fs.gauges), len(fs.histograms))
}
