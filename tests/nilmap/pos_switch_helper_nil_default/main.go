// A build tool counts its artifacts per kind in one of three maps, found by a helper with a
// switch that returns nil for a kind it does not know. The plugin manifest declares an
// artifact kind with a typo ("libary"), and the count is written into the nil map.
package main

import (
	"fmt"
	"strings"
)

type Stats struct {
	binaries  map[string]int
	libraries map[string]int
	images    map[string]int
}

func NewStats() *Stats {
	return &Stats{binaries: map[string]int{}, libraries: map[string]int{}, images: map[string]int{}}
}

func (s *Stats) table(kind string) map[string]int {
	switch kind {
	case "binary":
		return s.binaries
	case "library":
		return s.libraries
	case "image":
		return s.images
	}
	return nil
}

func (s *Stats) Count(kind, target string, bytes int) {
	s.table(kind)[target] += bytes // want "nil map"
}

type artifact struct {
	kind, target string
	bytes        int
}

func parseManifest(text string) []artifact {
	var out []artifact
	for _, line := range strings.Split(strings.TrimSpace(text), "\n") {
		var a artifact
		fmt.Sscanf(line, "%s %s %d", &a.kind, &a.target, &a.bytes)
		out = append(out, a)
	}
	return out
}

func main() {
	s := NewStats()
	manifest := "binary cli 4096\nlibary core 2048\nimage api 9000\n"
	for _, a := range parseManifest(manifest) {
		s.Count(a.kind, a.target, a.bytes)
	}
	fmt.Println(s.binaries, s.libraries, s.images)
}
