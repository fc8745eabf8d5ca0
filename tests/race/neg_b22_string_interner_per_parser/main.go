// A metrics ingester interns label names and values to save memory, through an interner
// map of each parser's own. Two exposition files are parsed in parallel, each parser
// looking up and inserting into its own interner.
package main

import (
	"os"
	"strconv"
	"strings"
	"sync"
)

type interner map[string]string

func (in interner) intern(s string) string {
	if v, ok := in[s]; ok {
		return v
	}
	in[s] = s
	return s
}

type sample struct {
	name   string
	labels map[string]string
	value  float64
}

type parser struct {
	strings interner
}

// parse reads lines like `http_requests method=GET code=200 17`.
func (p *parser) parse(text string) []sample {
	var out []sample
	for _, line := range strings.Split(strings.TrimSpace(text), "\n") {
		fields := strings.Fields(line)
		if len(fields) < 2 {
			continue
		}
		s := sample{name: p.strings.intern(fields[0]), labels: make(map[string]string)}
		for _, kv := range fields[1 : len(fields)-1] {
			k, v, _ := strings.Cut(kv, "=")
			s.labels[p.strings.intern(k)] = p.strings.intern(v)
		}
		s.value, _ = strconv.ParseFloat(fields[len(fields)-1], 64)
		out = append(out, s)
	}
	return out
}

func main() {
	interned := 0
	files := []string{
		"http_requests method=GET code=200 17\nhttp_requests method=POST code=500 2",
		"http_requests method=GET code=404 5\nqueue_depth queue=emails 12",
	}
	var wg sync.WaitGroup
	var second []sample
	p1, p2 := &parser{strings: make(interner)}, &parser{strings: make(interner)}
	wg.Go(func() { second = p2.parse(files[1]) })
	first := p1.parse(files[0])
	wg.Wait()
	interned = len(p1.strings) + len(p2.strings)
	os.Stdout.WriteString(strconv.Itoa(len(first)+len(second)) + " samples, " + strconv.Itoa(interned) + " interned strings\n")
}
