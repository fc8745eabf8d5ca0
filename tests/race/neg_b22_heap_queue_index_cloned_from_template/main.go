// A job dispatcher keeps one priority heap per region, each with a position index so a
// job's priority can be bumped in place. The per-region heaps are copied from a template
// struct and each copy gets a clone of the template's index, so no two heaps share one.
package main

import (
	"container/heap"
	"maps"
	"os"
	"strconv"
	"sync"
)

type job struct {
	id   string
	prio int
}

type queue struct {
	items []job
	index map[string]int // job id -> position in items
}

func (q *queue) Len() int           { return len(q.items) }
func (q *queue) Less(i, j int) bool { return q.items[i].prio > q.items[j].prio }
func (q *queue) Swap(i, j int) {
	q.items[i], q.items[j] = q.items[j], q.items[i]
	q.place(i)
	q.place(j)
}
func (q *queue) Push(x any) {
	q.items = append(q.items, x.(job))
	q.place(len(q.items) - 1)
}
func (q *queue) Pop() any {
	last := q.items[len(q.items)-1]
	q.items = q.items[:len(q.items)-1]
	return last
}

func (q *queue) place(i int) {
	q.index[q.items[i].id] = i
}

func newDispatcher(regions []string) map[string]*queue {
	template := queue{index: make(map[string]int)}
	queues := make(map[string]*queue, len(regions))
	for _, region := range regions {
		q := template
		q.index = maps.Clone(template.index)
		queues[region] = &q
	}
	return queues
}

func feed(q *queue, region string, n int) {
	for i := 0; i < n; i++ {
		heap.Push(q, job{id: region + "-" + strconv.Itoa(i), prio: (i * 7) % 5})
	}
}

func main() {
	queues := newDispatcher([]string{"eu", "us"})
	var wg sync.WaitGroup
	wg.Go(func() { feed(queues["us"], "us", 8) })
	feed(queues["eu"], "eu", 8)
	wg.Wait()
	for _, region := range []string{"eu", "us"} {
		q := queues[region]
		os.Stdout.WriteString(region + ": top " + q.items[0].id + ", " + strconv.Itoa(len(q.items)) + " queued\n")
	}
}
