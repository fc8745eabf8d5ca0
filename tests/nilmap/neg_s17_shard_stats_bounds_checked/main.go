// A near miss: the cluster makes error counters for each shard number when it starts, and fail
// drops a failure whose 1-based shard number falls outside the shards it made before it
// counts, so every write reaches a stats value that has its errors map.
package main

import "fmt"

type shardStats struct {
	writes int
	errors map[string]int
}

type Cluster struct {
	shards  int
	stats   map[int]shardStats
	ignored int
}

func NewCluster(shards int) *Cluster {
	c := &Cluster{shards: shards, stats: make(map[int]shardStats, shards)}
	for i := 0; i < shards; i++ {
		c.stats[i] = shardStats{errors: make(map[string]int)}
	}
	return c
}

func (c *Cluster) fail(shard int, code string) {
	if shard < 0 || shard >= c.shards {
		c.ignored++
		return
	}
	c.stats[shard].errors[code]++
}

func main() {
	c := NewCluster(3)
	for _, entry := range []struct {
		shard int
		code  string
	}{{1, "timeout"}, {2, "checksum"}, {3, "timeout"}} {
		c.fail(entry.shard, entry.code)
	}
	fmt.Println(c.stats[1].errors, c.stats[2].errors, "ignored:", c.ignored)
}
