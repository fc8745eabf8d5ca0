// A thumbnail generator runs one goroutine per image and records each result under a mutex;
// the caller reads the results after wg.Wait, which follows every Done.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type generator struct {
	wg    sync.WaitGroup
	mu    sync.Mutex
	thumb map[string]string
}

func (g *generator) start(images []string) {
	for _, img := range images {
		g.wg.Add(1)
		go func() {
			defer g.wg.Done()
			g.mu.Lock()
			g.thumb[img] = strings.TrimSuffix(img, ".png") + "_128.png"
			g.mu.Unlock()
		}()
	}
}

func (g *generator) progress() int {
	done := 0
	for _, t := range g.thumb {
		if t != "" {
			done++
		}
	}
	return done
}

func main() {
	g := &generator{thumb: make(map[string]string)}
	g.start([]string{"cat.png", "dog.png"})
	g.wg.Wait()
	fmt.Println(g.progress())
}
