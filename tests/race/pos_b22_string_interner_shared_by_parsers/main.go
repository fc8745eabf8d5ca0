// A metrics ingester interns label names and values to save memory, through one interner
// map shared by every parser. Two exposition files are parsed in parallel, each parser
// looking up and inserting into the shared interner without a lock.
package main

import (
	"os"
	"strconv"
	"strings"
	"sync"
)

type interner map[string]string

func (in interner) intern(s string) string {
	if v, ok := in[s]; ok { // other access
		return v
	}
	in[s] = s // want "concurrent map write"
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
	shared := make(interner)
	files := []string{
		"http_requests method=GET code=200 17\nhttp_requests method=POST code=500 2",
		"http_requests method=GET code=404 5\nqueue_depth queue=emails 12",
	}
	var wg sync.WaitGroup
	var second []sample
	wg.Go(func() { second = (&parser{strings: shared}).parse(files[1]) })
	first := (&parser{strings: shared}).parse(files[0])
	wg.Wait()
	os.Stdout.WriteString(strconv.Itoa(len(first)+len(second)) + " samples, " + strconv.Itoa(len(shared)) + " interned strings\n")
}
