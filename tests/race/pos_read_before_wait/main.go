// A thumbnail generator runs one goroutine per image and records each result; the caller
// reports progress by ranging over the results before wg.Wait.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type generator struct {
	wg    sync.WaitGroup
	thumb map[string]string
}

func (g *generator) start(images []string) {
	for _, img := range images {
		g.wg.Add(1)
		go func() {
			defer g.wg.Done()
			g.thumb[img] = strings.TrimSuffix(img, ".png") + "_128.png" // want "concurrent map write"
		}()
	}
}

func (g *generator) progress() int {
	done := 0
	for _, t := range g.thumb { // other access
		if t != "" {
			done++
		}
	}
	return done
}

func main() {
	g := &generator{thumb: make(map[string]string)}
	g.start([]string{"cat.png", "dog.png"})
	p := g.progress()
	g.wg.Wait()
	fmt.Println(p <= 2)
}
