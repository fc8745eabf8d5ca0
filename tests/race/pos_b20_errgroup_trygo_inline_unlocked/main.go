// A thumbnail indexer hands each image to an errgroup limited to two goroutines with TryGo;
// when both slots are busy it renders the image inline instead, and that inline path stores
// the size without the mutex the goroutines store under.
package main

import (
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/sync/errgroup"
)

type Index struct {
	mu    sync.Mutex
	sizes map[string]int
}

func render(name string) int {
	return len(name) * 64
}

func main() {
	idx := &Index{sizes: map[string]int{}}
	commit := make(chan struct{})
	var g errgroup.Group
	g.SetLimit(2)
	for _, img := range []string{"cat.png", "dog.jpg", "owl.gif", "fox.webp"} {
		started := g.TryGo(func() error {
			n := render(img)
			idx.mu.Lock()
			idx.sizes[img] = n // want "concurrent map write"
			idx.mu.Unlock()
			<-commit
			return nil
		})
		if !started {
			idx.sizes[img] = render(img) // other access
		}
	}
	close(commit)
	if err := g.Wait(); err != nil {
		os.Exit(1)
	}
	var lines []string
	for name, n := range idx.sizes {
		lines = append(lines, name+"="+strconv.Itoa(n))
	}
	sort.Strings(lines)
	os.Stdout.WriteString(strings.Join(lines, " ") + "\n")
}
