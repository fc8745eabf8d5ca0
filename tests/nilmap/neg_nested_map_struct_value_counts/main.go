// A Kafka consumer keeps per-partition statistics in a map of struct values, each holding a
// map of counts by event type. A partition assigned during a rebalance is registered with a
// stats struct whose counts map is made, so the first event consumed from it counts into a
// made inner map.
package main

import (
	"fmt"
	"sort"
)

type partitionStats struct {
	offset int64
	byType map[string]int
}

type consumer struct {
	stats map[int32]partitionStats
}

func (c *consumer) assign(partitions ...int32) {
	for _, p := range partitions {
		if _, ok := c.stats[p]; !ok {
			c.stats[p] = partitionStats{offset: -1, byType: map[string]int{}}
		}
	}
}

func (c *consumer) consume(p int32, offset int64, eventType string) {
	c.stats[p].byType[eventType]++
	st := c.stats[p]
	st.offset = offset
	c.stats[p] = st
}

func main() {
	c := &consumer{stats: map[int32]partitionStats{
		0: {offset: 41, byType: map[string]int{"order.created": 3}},
	}}
	c.consume(0, 42, "order.paid")
	c.assign(0, 1)
	c.consume(1, 0, "order.created")
	var parts []int
	for p := range c.stats {
		parts = append(parts, int(p))
	}
	sort.Ints(parts)
	for _, p := range parts {
		fmt.Println(p, c.stats[int32(p)].offset, len(c.stats[int32(p)].byType))
	}
}
