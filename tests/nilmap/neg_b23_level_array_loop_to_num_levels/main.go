// A log sampler keeps one map of message counts per level in an array indexed by level;
// the constructor's loop runs up to numLevels, so every level, Error included, has its map.
package main

import (
	"fmt"
	"strings"
)

type Level int

const (
	Debug Level = iota
	Info
	Warn
	Error
	numLevels
)

func (l Level) String() string {
	return [...]string{"debug", "info", "warn", "error"}[l]
}

// sampler lets the first message of each text through, then every nth repeat.
type sampler struct {
	every int
	seen  [numLevels]map[string]int
}

func newSampler(every int) *sampler {
	s := &sampler{every: every}
	for lvl := Debug; lvl < numLevels; lvl++ {
		s.seen[lvl] = make(map[string]int)
	}
	return s
}

func (s *sampler) allow(lvl Level, msg string) bool {
	n := s.seen[lvl][msg]
	s.seen[lvl][msg] = n + 1
	return n%s.every == 0
}

type record struct {
	level Level
	msg   string
}

func main() {
	s := newSampler(3)
	records := []record{
		{Info, "request served"},
		{Info, "request served"},
		{Warn, "slow query"},
		{Info, "request served"},
		{Info, "request served"},
		{Error, "upstream timeout"},
		{Error, "upstream timeout"},
	}
	var out []string
	for _, r := range records {
		if s.allow(r.level, r.msg) {
			out = append(out, r.level.String()+": "+r.msg)
		}
	}
	fmt.Println(strings.Join(out, "\n"))
}
