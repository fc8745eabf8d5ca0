// A pipeline's dedup stages are created by a constructor that makes each stage's seen set.
package main

import "fmt"

type stage struct {
	name string
	seen map[string]bool
}

func newPipeline(names ...string) []*stage {
	stages := make([]*stage, 0, len(names))
	for _, n := range names {
		stages = append(stages, &stage{name: n, seen: map[string]bool{}})
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
			s.seen[rec] = true
		}
	}
	fmt.Println(len(p[0].seen))
}
