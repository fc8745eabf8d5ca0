// A gateway logs through a log.Logger whose output is a tallyWriter counting lines per component
// prefix for the metrics page. The health checker logs from its own goroutine while main routes
// requests, but both go through the one log.Logger, which holds its mutex around every Write, so
// the tally counts are written one line at a time. Rotation happens only after Wait.
package main

import (
	"bytes"
	"fmt"
	"io"
	"log"
	"sync"
	"sync/atomic"
)

type tallyWriter struct {
	out       io.Writer
	lines     map[string]int
	rotations atomic.Int32
}

func (t *tallyWriter) Write(p []byte) (int, error) {
	component := "other"
	if i := bytes.IndexByte(p, ' '); i > 0 && p[0] == '[' {
		component = string(p[1 : i-1])
	}
	t.lines[component]++
	return t.out.Write(p)
}

// Rotate starts a new log segment: the tallies restart at zero.
func (t *tallyWriter) Rotate() {
	t.rotations.Add(1)
	clear(t.lines)
}

type gateway struct {
	log   *log.Logger
	tally *tallyWriter
}

func (g *gateway) probe(backend string) {
	g.log.Printf("[health] %s ok", backend)
}

func (g *gateway) route(path, upstream string) {
	g.log.Printf("[router] %s -> %s", path, upstream)
}

func main() {
	var segment bytes.Buffer
	tally := &tallyWriter{out: &segment, lines: make(map[string]int)}
	g := &gateway{log: log.New(tally, "", 0), tally: tally}
	g.log.Print("[boot] listening on :8080")

	var wg sync.WaitGroup
	wg.Go(func() { g.probe("10.0.0.7:9000") }) // the health checker's first probe
	for _, p := range []string{"/api/orders", "/api/users", "/healthz"} {
		g.route(p, "10.0.0.7:9000")
	}
	wg.Wait()
	tally.Rotate()
	fmt.Print(segment.String())
	fmt.Println("rotations:", tally.rotations.Load(), "tallies:", tally.lines)
}
