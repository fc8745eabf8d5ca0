// A log pipeline builds its stages as closures stored in a struct. The counting stage copies
// the collector's map into a local when the stage is built, which happens before Start makes
// the map; the closure keeps the nil copy and panics on the first record.
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
		counts[level]++ // want "nil map"
		return line
	}
}

func trim() Stage { return strings.TrimSpace }

func NewPipeline() *Pipeline {
	p := &Pipeline{}
	p.stages = []Stage{trim(), p.countLevels()}
	return p
}

func (p *Pipeline) Start() {
	if p.levels == nil {
		p.levels = make(map[string]int)
	}
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
	p.Start()
	p.Feed(" INFO started", "WARN disk 91%", "INFO ready ")
	fmt.Println(p.levels)
}
