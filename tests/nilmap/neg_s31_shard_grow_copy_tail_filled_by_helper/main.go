// A sharded counter doubles its shard slice with copy and hands the new upper half to a
// helper that makes each of its maps before any key is rehashed into it. A near miss of a
// grown slice whose new slots nothing makes: here every slot past the copied prefix is made.
package main

import (
	"fmt"
	"hash/crc32"
)

type counters struct {
	shards []map[string]int
	total  int
}

func hashSlot(key string, n int) int {
	return int(crc32.ChecksumIEEE([]byte(key)) % uint32(n))
}

func makeAll(slots []map[string]int) {
	for i := range slots {
		slots[i] = make(map[string]int)
	}
}

func (c *counters) grow() {
	old := c.shards
	grown := make([]map[string]int, 2*len(old))
	copy(grown, old)
	makeAll(grown[len(old):])
	for i, shard := range old {
		for k, n := range shard {
			if j := hashSlot(k, len(grown)); j != i {
				delete(shard, k)
				grown[j][k] = n
			}
		}
	}
	c.shards = grown
}

func (c *counters) add(key string) {
	if c.total >= 3*len(c.shards) {
		c.grow()
	}
	c.shards[hashSlot(key, len(c.shards))][key]++
	c.total++
}

func main() {
	c := &counters{shards: []map[string]int{{}}}
	for i := 0; i < 40; i++ {
		c.add(fmt.Sprintf("user-%d", i%17))
	}
	sum := 0
	for _, s := range c.shards {
		for _, n := range s {
			sum += n
		}
	}
	fmt.Println(len(c.shards), "shards,", sum, "hits")
}
