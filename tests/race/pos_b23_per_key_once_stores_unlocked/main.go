// A template cache parses each template once, through a sync.Once per name kept in a map
// under the cache's mutex, and reads the parsed map unlocked since each name is written
// once. The Once only serialises loads of one name: the loads of two names run at once.
package main

import (
	"os"
	"strings"
	"sync"
)

type template struct {
	name  string
	parts []string
}

type templateCache struct {
	mu     sync.Mutex
	once   map[string]*sync.Once
	parsed map[string]*template
	source map[string]string
}

func (c *templateCache) onceFor(name string) *sync.Once {
	c.mu.Lock()
	defer c.mu.Unlock()
	o, ok := c.once[name]
	if !ok {
		o = new(sync.Once)
		c.once[name] = o
	}
	return o
}

func (c *templateCache) Get(name string) *template {
	c.onceFor(name).Do(func() {
		t := &template{name: name, parts: strings.Split(c.source[name], "{{.}}")}
		c.parsed[name] = t // want "concurrent map write"
	})
	// Each name is written once, before its Once returns, so the read takes no lock.
	return c.parsed[name] // other access
}

func main() {
	c := &templateCache{
		once:   make(map[string]*sync.Once),
		parsed: make(map[string]*template),
		source: map[string]string{
			"welcome": "Hello, {{.}}!",
			"invoice": "Invoice for {{.}} attached.",
		},
	}
	start := make(chan struct{})
	out := make([]string, 2)
	var wg sync.WaitGroup
	for i, name := range []string{"welcome", "invoice"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			out[i] = strings.Join(c.Get(name).parts, "ann")
		}()
	}
	close(start)
	wg.Wait()
	os.Stdout.WriteString(strings.Join(out, "\n") + "\n")
}
