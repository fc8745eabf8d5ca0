// A crawler keeps URLs to visit in a container/heap ordered by depth; a page that times out is
// pushed again as a new item that carries the failed item's Labels map along, so every item
// the loop pops has a map to stamp its attempt into.
package main

import (
	"container/heap"
	"fmt"
	"strconv"
)

type Visit struct {
	URL     string
	Depth   int
	Attempt int
	Labels  map[string]string
}

type Frontier []*Visit

func (f Frontier) Len() int           { return len(f) }
func (f Frontier) Less(i, j int) bool { return f[i].Depth < f[j].Depth }
func (f Frontier) Swap(i, j int)      { f[i], f[j] = f[j], f[i] }
func (f *Frontier) Push(x any)        { *f = append(*f, x.(*Visit)) }

func (f *Frontier) Pop() any {
	old := *f
	v := old[len(old)-1]
	*f = old[:len(old)-1]
	return v
}

func enqueue(f *Frontier, url string, depth int) {
	heap.Push(f, &Visit{URL: url, Depth: depth, Labels: map[string]string{"seed": "yes"}})
}

func requeue(f *Frontier, failed *Visit) {
	heap.Push(f, &Visit{URL: failed.URL, Depth: failed.Depth + 1, Attempt: failed.Attempt + 1, Labels: failed.Labels})
}

func fetch(v *Visit) bool { return len(v.URL)%2 == 0 || v.Attempt > 0 }

func main() {
	f := &Frontier{}
	enqueue(f, "https://a.example/", 0)
	enqueue(f, "https://bb.example/", 1)
	for f.Len() > 0 {
		v := heap.Pop(f).(*Visit)
		v.Labels["attempt"] = strconv.Itoa(v.Attempt)
		if !fetch(v) {
			requeue(f, v)
			continue
		}
		fmt.Println("fetched", v.URL, v.Labels["attempt"])
	}
}
