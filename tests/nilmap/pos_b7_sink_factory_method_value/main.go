// A log-analysis CLI counts status codes into a Sink chosen by a flag. The factory builds the
// "memory" sink as a bare struct literal instead of calling its constructor, and the scanner
// is handed the sink's Record method as a plain func value; the first record panics inside
// the method.
package main

import (
	"fmt"
	"strings"
)

type Sink interface {
	Record(key string)
	Report() string
}

type memorySink struct{ counts map[string]int }

func newMemorySink() *memorySink { return &memorySink{counts: make(map[string]int)} }

func (s *memorySink) Record(key string) {
	s.counts[key]++ // want "nil map"
}

func (s *memorySink) Report() string { return fmt.Sprint(s.counts) }

type discardSink struct{}

func (discardSink) Record(string)  {}
func (discardSink) Report() string { return "discarded" }

func openSink(kind string) Sink {
	switch kind {
	case "memory":
		return &memorySink{}
	default:
		return discardSink{}
	}
}

func scan(lines []string, record func(string)) {
	for _, l := range lines {
		if f := strings.Fields(l); len(f) > 1 {
			record(f[1])
		}
	}
}

func main() {
	sink := openSink("memory")
	scan([]string{"GET 200 /", "GET 404 /x", "POST 200 /api"}, sink.Record)
	fmt.Println(sink.Report())
}
