// A near miss of pos_closure_captured_before_make: the counting stage copies the collector's
// map into a local when the stage is built, but the constructor makes the map first, so the
// closure keeps a made map.
package main

import (
	"fmt"
	"strings"
)

type Stage func(line string) string

type Pipeline struct {
	stages []Stage
	levels map[string]int
}

func (p *Pipeline) countLevels() Stage {
	counts := p.levels
	return func(line string) string {
		level, _, _ := strings.Cut(line, " ")
		counts[level]++
		return line
	}
}

func NewPipeline() *Pipeline {
	p := &Pipeline{levels: make(map[string]int)}
	p.stages = []Stage{strings.TrimSpace, p.countLevels()}
	return p
}

func (p *Pipeline) Feed(lines ...string) {
	for _, l := range lines {
		for _, s := range p.stages {
			l = s(l)
		}
	}
}

func main() {
	p := NewPipeline()
	p.Feed("INFO started", "WARN slow disk", "INFO done")
	fmt.Println(p.levels)
}
