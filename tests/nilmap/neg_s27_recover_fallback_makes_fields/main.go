// A metrics line parser may panic on a malformed sample; the deferred recover returns a
// fallback sample that keeps the raw text and makes an empty tag map, so the collector's
// host tag always has a map to go into.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Sample struct {
	Raw   string
	Value float64
	Tags  map[string]string
	Bad   bool
}

func parseSample(line string) (s Sample) {
	defer func() {
		if r := recover(); r != nil {
			s = Sample{Raw: line, Tags: map[string]string{}, Bad: true}
		}
	}()
	s = Sample{Raw: line, Tags: make(map[string]string)}
	parts := strings.Split(line, " ")
	s.Value, _ = strconv.ParseFloat(parts[1], 64)
	for _, kv := range parts[2:] {
		k, v, _ := strings.Cut(kv, "=")
		s.Tags[k] = v
	}
	return s
}

func collect(host string, lines []string) []Sample {
	var out []Sample
	for _, line := range lines {
		s := parseSample(line)
		s.Tags["host"] = host
		out = append(out, s)
	}
	return out
}

func main() {
	for _, s := range collect("web-3", []string{"cpu 0.42 core=1", "broken", "mem 0.8"}) {
		fmt.Println(s.Bad, s.Value, len(s.Tags), s.Tags["host"])
	}
}
