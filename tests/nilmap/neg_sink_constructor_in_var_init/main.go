// A log-analysis CLI counts status codes into a Sink. The memory sink is made once, by the
// initializer of a package-level variable that calls its constructor; the factory hands out
// that sink, so the scanner's Record method value always writes into a made map.
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
	s.counts[key]++
}

func (s *memorySink) Report() string { return fmt.Sprint(s.counts) }

type discardSink struct{}

func (discardSink) Record(string)  {}
func (discardSink) Report() string { return "discarded" }

var shared = newMemorySink()

func openSink(kind string) Sink {
	switch kind {
	case "memory":
		return shared
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
