// A log pipeline builds its stages as closures stored in a struct, before Start makes the
// counting map. The counting stage reaches the map through the pipeline pointer when it runs,
// so it sees the map Start made.
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
	return func(line string) string {
		level, _, _ := strings.Cut(line, " ")
		p.levels[level]++
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
