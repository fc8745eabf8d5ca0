// A log shipper's plugin host calls Init and then Process on every plugin through the Plugin
// interface. The dedup plugin's Init has a value receiver, so the seen map it makes lands in a
// copy of the plugin that is thrown away; Process, with a pointer receiver, then records the first
// line's fingerprint in the plugin's own seen map, which is still nil.
package main

import (
	"fmt"
	"hash/fnv"
	"strings"
)

type Plugin interface {
	Name() string
	Init(opts map[string]string) error
	Process(line string) (keep bool)
}

type Dedup struct {
	window int
	seen   map[uint64]int
	lineNo int
}

func (d Dedup) Name() string { return "dedup" }

func (d Dedup) Init(opts map[string]string) error {
	d.window = len(opts["window"])
	d.seen = make(map[uint64]int)
	return nil
}

func (d *Dedup) Process(line string) bool {
	d.lineNo++
	h := fnv.New64a()
	h.Write([]byte(strings.TrimSpace(line)))
	sum := h.Sum64()
	if _, dup := d.seen[sum]; dup {
		return false
	}
	d.seen[sum] = d.lineNo // want "nil map"
	return true
}

type Upper struct{}

func (Upper) Name() string                 { return "upper" }
func (Upper) Init(map[string]string) error { return nil }
func (Upper) Process(line string) bool     { return strings.ToUpper(line) != "" }

func run(plugins []Plugin, lines []string) int {
	for _, p := range plugins {
		if err := p.Init(map[string]string{"window": "1000"}); err != nil {
			fmt.Println(p.Name(), "init:", err)
		}
	}
	kept := 0
	for _, l := range lines {
		keep := true
		for _, p := range plugins {
			keep = keep && p.Process(l)
		}
		if keep {
			kept++
		}
	}
	return kept
}

func main() {
	lines := []string{"GET /a 200", "GET /a 200", "POST /b 201"}
	fmt.Println("kept", run([]Plugin{Upper{}, &Dedup{}}, lines))
}
