// Reduced from IBM/sarama v1.62.0, transaction_manager.go:335 (transactionManager.addOffsetsToTxn),
// where mapscope check reported a nested-map write "for a new key: the inner map is created for
// another key before this write". The key is a struct built once into a local; the function
// creates the inner map for that key when it is missing, then writes into it under the same,
// unchanged local inside a loop (after `range` and a call). A near miss: the key of the creation
// and of the write is one variable, so the inner map always exists. Our own rewrite.
package main

import "fmt"

type groupKey struct {
	group      string
	generation int32
}

type partition struct {
	topic string
	index int32
}

type txnManager struct {
	offsets map[groupKey]map[partition]int64
}

func newGroupKey(group string, generation int32) groupKey {
	return groupKey{group: group, generation: generation}
}

func (t *txnManager) addOffsets(group string, generation int32, add map[string][]int32) {
	key := newGroupKey(group, generation)
	if _, ok := t.offsets[key]; !ok {
		t.offsets[key] = map[partition]int64{}
	}
	for topic, indexes := range add {
		for _, index := range indexes {
			p := partition{topic: topic, index: index}
			// A newer offset replaces one added for the same group under another generation.
			for k, other := range t.offsets {
				if k != key && k.group == key.group {
					delete(other, p)
					if len(other) == 0 {
						delete(t.offsets, k)
					}
				}
			}
			t.offsets[key][p] = int64(index) * 10
		}
	}
}

func main() {
	t := &txnManager{offsets: map[groupKey]map[partition]int64{}}
	t.addOffsets("g", 1, map[string][]int32{"orders": {0, 1}})
	t.addOffsets("g", 2, map[string][]int32{"orders": {1}, "audit": {3}})
	fmt.Println(len(t.offsets), len(t.offsets[newGroupKey("g", 1)]), len(t.offsets[newGroupKey("g", 2)]))
}
