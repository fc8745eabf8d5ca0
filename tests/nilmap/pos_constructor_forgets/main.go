// A constructor makes one map field and forgets the other, then writes to it before returning.
package main

type index struct {
	byName    map[string]int
	byVersion map[int][]string
}

func load(names []string) *index {
	x := &index{byName: make(map[string]int)}
	for i, n := range names {
		x.byName[n] = i
		x.byVersion[i] = append(x.byVersion[i], n) // want "assignment to entry in nil map"
	}
	return x
}

func main() {
	_ = load([]string{"a"})
}
