// An array of maps used as lock-striped shards; the array's maps are never made.
package main

import "fmt"

type Index struct {
	shards [4]map[uint32]string
}

func (ix *Index) Put(id uint32, name string) {
	ix.shards[id%4][id] = name // want "nil map"
}

func main() {
	var ix Index
	ix.Put(42, "answer")
	fmt.Println(ix.shards[2][42])
}
