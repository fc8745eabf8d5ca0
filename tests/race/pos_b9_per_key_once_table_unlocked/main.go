// A template renderer compiles each template once, on first use, with a sync.Once per template
// name. The per-name Once values live in a plain map that onceFor fills without a lock: the
// Once makes each compile safe, but two requests for new templates create their Once at once.
package main

import (
	"strings"
	"sync"
)

type Renderer struct {
	sources  map[string]string
	onces    map[string]*sync.Once
	compiled sync.Map // name -> []string, filled inside each Once
}

func (r *Renderer) onceFor(name string) *sync.Once {
	o, ok := r.onces[name] // other access
	if !ok {
		o = new(sync.Once)
		r.onces[name] = o // want "concurrent map write"
	}
	return o
}

func (r *Renderer) Render(name string, data string) string {
	r.onceFor(name).Do(func() {
		r.compiled.Store(name, strings.Split(r.sources[name], "{{.}}"))
	})
	parts, _ := r.compiled.Load(name)
	return strings.Join(parts.([]string), data)
}

func main() {
	r := &Renderer{
		sources: map[string]string{"welcome": "<h1>Hi {{.}}</h1>", "invoice": "<p>Invoice for {{.}}</p>"},
		onces:   make(map[string]*sync.Once),
	}
	pages := []string{"welcome", "invoice"}
	out := make([]string, len(pages))
	var arrived, wg sync.WaitGroup
	arrived.Add(len(pages))
	for i, p := range pages {
		wg.Go(func() {
			arrived.Done()
			arrived.Wait() // two requests arrive together
			out[i] = r.Render(p, "Ana")
		})
	}
	wg.Wait()
	println(out[0], out[1])
}
