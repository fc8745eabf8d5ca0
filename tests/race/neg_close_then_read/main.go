// A warm-up goroutine fills a lookup table completely and then closes `ready`; readers wait
// for the close before reading, and the close happens before a receive that sees it.
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
	g.countries["XK"] = "Kosovo"
	close(g.ready)
}

func (g *geo) name(code string) string {
	<-g.ready
	return g.countries[code]
}

func main() {
	g := &geo{ready: make(chan struct{}), countries: make(map[string]string)}
	var wg sync.WaitGroup
	wg.Go(g.warm)
	var names []string
	for _, c := range []string{"DE", "XK"} {
		names = append(names, g.name(c))
	}
	wg.Wait()
	fmt.Println(names)
}
