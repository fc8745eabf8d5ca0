// Reduced from seaweedfs (v0.0.0-20261109003541-7506e5f91cd6),
// weed/storage/erasure_coding/ecbalancer/balancer.go:990 and :991, where mapscope check reported
// rackSpread.move's `s.machine[vk][fromHost]--` and `s.machine[vk][toHost]++` as writes to an
// inner map that is nil for a key not seen before. newRackSpread makes `machine[vk]` for every
// volume that a node of the rack holds shards of, and the balancer only moves a shard that the
// planner took from a source node of that rack, so the key of every move is one the spread was
// built from. A near miss: the key is rebuilt from a planned move whose source is one of the
// nodes the outer map's keys came from. Our own rewrite.
package main

import (
	"fmt"
	"sort"
)

type volKey struct {
	collection string
	vid        uint32
}

type node struct {
	id, host string
	shards   map[volKey]int
}

type rackSpread struct {
	machine map[volKey]map[string]int
	rack    map[volKey]int
}

func newRackSpread(nodes []*node) rackSpread {
	s := rackSpread{machine: make(map[volKey]map[string]int), rack: make(map[volKey]int)}
	for _, n := range nodes {
		for vk, count := range n.shards {
			if count == 0 {
				continue
			}
			if s.machine[vk] == nil {
				s.machine[vk] = make(map[string]int)
			}
			s.machine[vk][n.host] += count
			s.rack[vk] += count
		}
	}
	return s
}

// move records one shard of vk leaving fromHost for toHost within the rack.
func (s rackSpread) move(vk volKey, fromHost, toHost string) {
	s.machine[vk][fromHost]--
	s.machine[vk][toHost]++
}

type plannedMove struct {
	collection     string
	volumeID       uint32
	source, target *node
}

// planMove takes a shard from the fullest node to the emptiest one.
func planMove(nodes []*node) *plannedMove {
	sorted := append([]*node(nil), nodes...)
	total := func(n *node) (sum int) {
		for _, c := range n.shards {
			sum += c
		}
		return sum
	}
	sort.Slice(sorted, func(i, j int) bool { return total(sorted[i]) > total(sorted[j]) })
	source, target := sorted[0], sorted[len(sorted)-1]
	if total(source)-total(target) < 2 {
		return nil
	}
	keys := make([]volKey, 0, len(source.shards))
	for vk, c := range source.shards {
		if c > 0 {
			keys = append(keys, vk)
		}
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].vid < keys[j].vid })
	return &plannedMove{collection: keys[0].collection, volumeID: keys[0].vid, source: source, target: target}
}

func main() {
	nodes := []*node{
		{id: "n1", host: "10.0.0.1", shards: map[volKey]int{{"logs", 7}: 5, {"logs", 8}: 3}},
		{id: "n2", host: "10.0.0.2", shards: map[volKey]int{{"logs", 8}: 1}},
		{id: "n3", host: "10.0.0.3", shards: map[volKey]int{}},
	}
	spread := newRackSpread(nodes)
	for i := 0; i < 4; i++ {
		m := planMove(nodes)
		if m == nil {
			break
		}
		vk := volKey{collection: m.collection, vid: m.volumeID}
		m.source.shards[vk]--
		m.target.shards[vk]++
		spread.move(vk, m.source.host, m.target.host)
	}
	fmt.Println(spread.machine)
}
