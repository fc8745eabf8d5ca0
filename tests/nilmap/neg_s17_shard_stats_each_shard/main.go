// A near miss: the cluster makes error counters for each shard number when it starts, and a
// network partition is counted against every shard by walking the shards the map holds, so
// each write reaches a stats value that has its errors map.
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

func (c *Cluster) partitioned() {
	for shard := range c.stats {
		c.stats[shard].errors["partition"]++
	}
}

func main() {
	c := NewCluster(3)
	c.partitioned()
	fmt.Println(c.stats[0].errors, c.stats[2].errors)
}
