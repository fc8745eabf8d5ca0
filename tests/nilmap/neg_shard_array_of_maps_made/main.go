// The array of shard maps is filled with made maps in the constructor.
package main

import "fmt"

type Index struct {
	shards [4]map[uint32]string
}

func NewIndex() *Index {
	ix := &Index{}
	for i := range ix.shards {
		ix.shards[i] = make(map[uint32]string)
	}
	return ix
}

func (ix *Index) Put(id uint32, name string) {
	ix.shards[id%4][id] = name
}

func main() {
	ix := NewIndex()
	ix.Put(42, "answer")
	fmt.Println(ix.shards[2][42])
}
