// A summary output's data model is replaced by a struct literal that makes the thresholds but
// not the scenarios map, which only the constructor makes; flushing a sample tagged with a
// scenario afterwards writes into the nil map. The positive beside
// neg_real_k6_summary_reset_not_flushed, where the reset value is never flushed into.
package main

import (
	"fmt"
	"sort"
)

type groupData struct {
	samples int
}

type dataModel struct {
	thresholds map[string]float64
	root       *groupData
	scenarios  map[string]*groupData
}

func newDataModel() dataModel {
	return dataModel{
		thresholds: make(map[string]float64),
		root:       &groupData{},
		scenarios:  make(map[string]*groupData),
	}
}

func (d *dataModel) groupDataFor(scenario string) *groupData {
	if g, ok := d.scenarios[scenario]; ok {
		return g
	}
	d.scenarios[scenario] = &groupData{} // want "nil map"
	return d.scenarios[scenario]
}

type output struct {
	dataModel dataModel
}

func newOutput() *output { return &output{dataModel: newDataModel()} }

func (o *output) flushSample(scenario string) {
	g := o.dataModel.root
	if scenario != "" && scenario != "default" {
		g = o.dataModel.groupDataFor(scenario)
	}
	g.samples++
}

func (o *output) summary() []string {
	var lines []string
	for name, t := range o.dataModel.thresholds {
		lines = append(lines, fmt.Sprintf("threshold %s %g", name, t))
	}
	for name, g := range o.dataModel.scenarios {
		lines = append(lines, fmt.Sprintf("scenario %s %d", name, g.samples))
	}
	sort.Strings(lines)
	return append(lines, fmt.Sprintf("root %d", o.dataModel.root.samples))
}

func summaryAfterReset() {
	o := newOutput()
	o.dataModel = dataModel{
		thresholds: map[string]float64{"http_reqs": 10},
		root:       &groupData{samples: 4},
	}
	o.flushSample("checkout")
	fmt.Println(o.summary())
}

func samplesFlushed() {
	o := newOutput()
	for _, s := range []string{"default", "checkout", "checkout", ""} {
		o.flushSample(s)
	}
	fmt.Println(o.summary())
}

func main() {
	summaryAfterReset()
	samplesFlushed()
}
