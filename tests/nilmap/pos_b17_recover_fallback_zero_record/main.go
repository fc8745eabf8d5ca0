// A log ingester parses each line with a hand-written decoder that may panic on malformed input;
// a deferred recover turns the panic into a fallback record (named result) that keeps the raw
// line but not the fields map, and the pipeline then adds its source label to every record.
package main

import (
	"fmt"
	"strings"
)

type Record struct {
	Raw    string
	Fields map[string]string
	Failed bool
}

func parseKV(line string) (rec Record) {
	defer func() {
		if r := recover(); r != nil {
			rec = Record{Raw: line, Failed: true}
		}
	}()
	rec = Record{Raw: line, Fields: make(map[string]string)}
	for _, pair := range strings.Fields(line) {
		i := strings.IndexByte(pair, '=')
		// A pair without '=' makes i -1 and the slice expression below panics.
		rec.Fields[pair[:i]] = strings.Trim(pair[i+1:], `"`)
	}
	return rec
}

type Pipeline struct {
	source string
	out    []Record
}

func (p *Pipeline) Ingest(lines []string) {
	for _, line := range lines {
		rec := parseKV(line)
		rec.Fields["source"] = p.source // want "nil map"
		p.out = append(p.out, rec)
	}
}

func main() {
	p := &Pipeline{source: "edge-proxy"}
	p.Ingest([]string{
		`level=info msg="started" port=8443`,
		`level=warn msg="slow upstream" upstream=billing`,
		`garbage-without-separator`,
		`level=info msg="stopped"`,
	})
	for _, r := range p.out {
		fmt.Println(r.Failed, r.Fields["level"], r.Fields["source"])
	}
}
