// Reduced from k6 v1.8.1, internal/output/summary/data.go:32 (dataModel.groupDataFor), where
// mapscope check reported `d.scenarios` nil after TestOutput_Summary (summary_test.go:99)
// replaces the output's data model with a struct literal that has no scenarios map. Only
// flushing a sample tagged with a scenario writes that map, and the test, after its reset, only
// asks for the summary, which ranges over the scenarios without writing them; outputs that do
// flush samples keep the model their constructor made. A near miss: the reset value is never
// flushed into. Our own rewrite.
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
	d.scenarios[scenario] = &groupData{}
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
