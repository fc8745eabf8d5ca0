// A tag index maps a tag to the set of object IDs carrying it. Add reads the set, makes it when
// the tag is new, adds the ID and stores the set back.
package main

import (
	"fmt"
	"sort"
)

type tagIndex struct {
	objects map[string]map[int]bool
}

func (ix *tagIndex) Add(tag string, id int) {
	set := ix.objects[tag]
	if set == nil {
		set = make(map[int]bool)
	}
	set[id] = true
	ix.objects[tag] = set
}

func main() {
	ix := &tagIndex{objects: map[string]map[int]bool{"prod": {1: true}}}
	ix.Add("prod", 2)
	ix.Add("eu-west", 2)
	ids := make([]int, 0)
	for id := range ix.objects["prod"] {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	fmt.Println(ids, len(ix.objects["eu-west"]))
}
