// A disk-usage tool walks a directory tree with one goroutine per subdirectory, started from
// the recursion itself, and records every directory's size in a shared map. The two leaf
// directories record their sizes at the same time.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Dir struct {
	Name  string
	Files []int64
	Subs  []*Dir
}

type Walker struct {
	sizes  map[string]int64
	wg     sync.WaitGroup
	leaves sync.WaitGroup // leaves report in one wave
}

func (w *Walker) walk(path string, d *Dir) {
	defer w.wg.Done()
	var total int64
	for _, f := range d.Files {
		total += f
	}
	for _, sub := range d.Subs {
		w.wg.Add(1)
		go w.walk(path+"/"+sub.Name, sub)
	}
	if len(d.Subs) == 0 {
		w.leaves.Done()
		w.leaves.Wait()
		w.sizes[path] = total // want "concurrent map write"
	}
}

func countLeaves(d *Dir) int {
	if len(d.Subs) == 0 {
		return 1
	}
	n := 0
	for _, s := range d.Subs {
		n += countLeaves(s)
	}
	return n
}

func Usage(root *Dir) map[string]int64 {
	w := &Walker{sizes: make(map[string]int64)}
	w.leaves.Add(countLeaves(root))
	w.wg.Add(1)
	go w.walk(root.Name, root)
	w.wg.Wait()
	return w.sizes
}

func main() {
	root := &Dir{Name: "/srv", Files: []int64{10}, Subs: []*Dir{
		{Name: "logs", Files: []int64{400, 120}},
		{Name: "cache", Files: []int64{2048}},
	}}
	sizes := Usage(root)
	paths := make([]string, 0, len(sizes))
	for p := range sizes {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		fmt.Println(p, sizes[p])
	}
}
