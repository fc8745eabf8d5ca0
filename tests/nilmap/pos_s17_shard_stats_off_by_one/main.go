// A storage cluster keeps error counters per shard as struct values in a map, one made for
// each shard number when the cluster starts. Shard numbers in the replication log are 1-based,
// so the last shard's failure is counted under a number with no entry: the zero stats value,
// whose errors map is nil.
package main

import "fmt"

type shardStats struct {
	writes int
	errors map[string]int
}

type Cluster struct {
	stats map[int]shardStats
}

func NewCluster(shards int) *Cluster {
	c := &Cluster{stats: make(map[int]shardStats, shards)}
	for i := 0; i < shards; i++ {
		c.stats[i] = shardStats{errors: make(map[string]int)}
	}
	return c
}

func (c *Cluster) fail(shard int, code string) {
	c.stats[shard].errors[code]++ // want "nil map"
}

func main() {
	c := NewCluster(3)
	for _, entry := range []struct {
		shard int
		code  string
	}{{1, "timeout"}, {2, "checksum"}, {3, "timeout"}} {
		c.fail(entry.shard, entry.code)
	}
	fmt.Println(c.stats[1].errors, c.stats[2].errors)
}
