// A gateway logs through a log.Logger whose output is a tallyWriter counting lines per component
// prefix for the metrics page. The logger serializes its Write calls, but the log rotator resets
// the tallies with clear() from its own goroutine without going through the logger, so the reset
// races with the count of a line being written.
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
	t.lines[component]++ // want "concurrent map write"
	return t.out.Write(p)
}

// Rotate starts a new log segment: the tallies restart at zero.
func (t *tallyWriter) Rotate() {
	t.rotations.Add(1)
	clear(t.lines) // other access
}

type gateway struct {
	log   *log.Logger
	tally *tallyWriter
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
	wg.Go(tally.Rotate) // the rotator's first tick, at start-up
	for _, p := range []string{"/api/orders", "/api/users", "/healthz"} {
		g.route(p, "10.0.0.7:9000")
	}
	wg.Wait()
	fmt.Print(segment.String())
	fmt.Println("rotations:", tally.rotations.Load(), "tallies:", tally.lines)
}
