// Reduced from cortex v1.21.1, pkg/ring/ring.go:629 (Ring.countTokensByAz), where mapscope check
// reported `numTokens[info.Zone][id] = 0` for a zone no inner map was made for. The inner maps
// are made for every zone of getTokensByZone, which groups the tokens of every instance of the
// ring by the instance's zone, keeping a zone even when its instances have no tokens (the
// grouping appends an empty list, and the merge keeps every key); the second loop ranges over
// the same instances, so each `info.Zone` has its map. A near miss: the keys come from the same
// collection through a grouping helper. Our own rewrite.
package main

import (
	"fmt"
	"slices"
)

type instance struct {
	zone   string
	tokens []uint32
}

type ring struct {
	instances map[string]instance
	byToken   map[uint32]string
}

// tokensByZone groups every instance's tokens by its zone, sorted.
func (r *ring) tokensByZone() map[string][]uint32 {
	zones := map[string][][]uint32{}
	for _, in := range r.instances {
		zones[in.zone] = append(zones[in.zone], in.tokens)
	}
	return mergeByZone(zones)
}

func mergeByZone(zones map[string][][]uint32) map[string][]uint32 {
	out := make(map[string][]uint32, len(zones))
	for zone, lists := range zones {
		var all []uint32
		for _, l := range lists {
			all = append(all, l...)
		}
		slices.Sort(all)
		out[zone] = all
	}
	return out
}

func (r *ring) countTokensByZone() map[string]map[string]uint32 {
	numTokens := map[string]map[string]uint32{}
	for zone, tokens := range r.tokensByZone() {
		numTokens[zone] = map[string]uint32{}
		for _, t := range tokens {
			id := r.byToken[t]
			numTokens[zone][id]++
		}
	}
	// Instances without tokens yet count zero.
	for id, info := range r.instances {
		if len(info.tokens) == 0 {
			numTokens[info.zone][id] = 0
		}
	}
	return numTokens
}

func main() {
	r := &ring{
		instances: map[string]instance{
			"ing-1": {zone: "a", tokens: []uint32{10, 30}},
			"ing-2": {zone: "b", tokens: []uint32{20}},
			"ing-3": {zone: "c"},
		},
		byToken: map[uint32]string{10: "ing-1", 30: "ing-1", 20: "ing-2"},
	}
	fmt.Println(r.countTokensByZone())
}
