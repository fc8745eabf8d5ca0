// Reduced from grafana/mimir (v1.3.1-0.20260423142704-aced80d74930),
// pkg/distributor/distributor.go:2789, where mapscope check reported a nested-map write to
// `cm.labelValuesCounters[item.LabelName]`, as if the inner map had been made for another key.
// processMessage makes the inner map under `if _, ok := cm.labelValuesCounters[item.LabelName];
// !ok` and writes it under the same key, `item.LabelName`, a field of the message item the
// outer loop is on; nothing between the two stores to the item. A near miss: made-if-absent
// and written under the same key, read twice from the loop item's field. Our own rewrite.
package main

import (
	"fmt"
	"sync"
)

type labelValueSeriesCount struct {
	LabelName        string
	LabelValueSeries map[string]uint64
}

type labelValuesCardinalityResponse struct {
	Items []*labelValueSeriesCount
}

type countByReplicationSetAndZone []map[string]uint64

type labelValuesCardinalityConcurrentMap struct {
	numReplicationSets    int
	labelValuesCountersMx sync.Mutex
	labelValuesCounters   map[string]map[string]countByReplicationSetAndZone
}

func (cm *labelValuesCardinalityConcurrentMap) processMessage(replicationSetIdx int, zone string, message *labelValuesCardinalityResponse) {
	cm.labelValuesCountersMx.Lock()
	defer cm.labelValuesCountersMx.Unlock()

	for _, item := range message.Items {
		if _, ok := cm.labelValuesCounters[item.LabelName]; !ok {
			cm.labelValuesCounters[item.LabelName] = make(map[string]countByReplicationSetAndZone, len(item.LabelValueSeries))
		}

		for labelValue, seriesCount := range item.LabelValueSeries {
			if _, ok := cm.labelValuesCounters[item.LabelName][labelValue]; !ok {
				cm.labelValuesCounters[item.LabelName][labelValue] = make(countByReplicationSetAndZone, cm.numReplicationSets)
			}

			countByZone := cm.labelValuesCounters[item.LabelName][labelValue][replicationSetIdx]
			if countByZone == nil {
				countByZone = map[string]uint64{}
				cm.labelValuesCounters[item.LabelName][labelValue][replicationSetIdx] = countByZone
			}
			countByZone[zone] += seriesCount
		}
	}
}

func main() {
	cm := &labelValuesCardinalityConcurrentMap{
		numReplicationSets:  2,
		labelValuesCounters: make(map[string]map[string]countByReplicationSetAndZone),
	}
	message := &labelValuesCardinalityResponse{Items: []*labelValueSeriesCount{
		{LabelName: "job", LabelValueSeries: map[string]uint64{"api": 3, "db": 2}},
		{LabelName: "instance", LabelValueSeries: map[string]uint64{"a:9090": 1}},
	}}
	cm.processMessage(0, "zone-a", message)
	cm.processMessage(1, "zone-b", message)
	fmt.Println(len(cm.labelValuesCounters), cm.labelValuesCounters["job"]["api"][1]["zone-b"])
}
