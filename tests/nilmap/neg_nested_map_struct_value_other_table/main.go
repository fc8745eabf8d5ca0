// A near miss of pos_nested_map_struct_value_counts: a partition assigned during a rebalance
// is registered with a zero-valued stats struct, but in the pending table; consuming counts
// into the active table, whose structs are all made with their map of counts, and a partition
// moves to it only with a made map.
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
	active  map[int32]partitionStats
	pending map[int32]partitionStats
}

func (c *consumer) assign(partitions ...int32) {
	for _, p := range partitions {
		if _, ok := c.active[p]; !ok {
			c.pending[p] = partitionStats{offset: -1}
		}
	}
}

func (c *consumer) activate(p int32) {
	if st, ok := c.pending[p]; ok {
		delete(c.pending, p)
		c.active[p] = partitionStats{offset: st.offset, byType: map[string]int{}}
	}
}

func (c *consumer) consume(p int32, eventType string) {
	if _, ok := c.active[p]; !ok {
		return
	}
	c.active[p].byType[eventType]++
}

func main() {
	c := &consumer{
		active:  map[int32]partitionStats{0: {offset: 41, byType: map[string]int{"order.created": 3}}},
		pending: map[int32]partitionStats{},
	}
	c.consume(0, "order.paid")
	c.assign(0, 1)
	c.consume(1, "order.created")
	c.activate(1)
	c.consume(1, "order.created")
	var parts []int
	for p := range c.active {
		parts = append(parts, int(p))
	}
	sort.Ints(parts)
	for _, p := range parts {
		fmt.Println(p, len(c.active[int32(p)].byType), len(c.pending))
	}
}
