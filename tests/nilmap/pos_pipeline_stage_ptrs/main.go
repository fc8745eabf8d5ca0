// A pipeline's dedup stages are allocated with new; their seen sets are never made.
package main

import "fmt"

type stage struct {
	name string
	seen map[string]bool
}

func newPipeline(names ...string) []*stage {
	stages := make([]*stage, 0, len(names))
	for _, n := range names {
		s := new(stage)
		s.name = n
		stages = append(stages, s)
	}
	return stages
}

func main() {
	p := newPipeline("parse", "enrich")
	for _, rec := range []string{"r1", "r2", "r1"} {
		for _, s := range p {
			if s.seen[rec] {
				continue
			}
			s.seen[rec] = true // want "nil map"
		}
	}
	fmt.Println(len(p[0].seen))
}
