// A warm-up goroutine fills a lookup table and closes `ready`; it then adds one more entry
// after the close, which the readers that waited for `ready` are not ordered with.
package main

import (
	"fmt"
	"sync"
)

type geo struct {
	ready     chan struct{}
	countries map[string]string
}

func (g *geo) warm() {
	g.countries["DE"] = "Germany"
	g.countries["FR"] = "France"
	close(g.ready)
	g.countries["XK"] = "Kosovo" // want "concurrent map write"
}

func (g *geo) name(code string) string {
	<-g.ready
	return g.countries[code] // other access
}

func main() {
	g := &geo{ready: make(chan struct{}), countries: make(map[string]string)}
	var wg sync.WaitGroup
	wg.Go(g.warm)
	var names []string
	for _, c := range []string{"DE", "FR"} {
		names = append(names, g.name(c))
	}
	wg.Wait()
	fmt.Println(names)
}
