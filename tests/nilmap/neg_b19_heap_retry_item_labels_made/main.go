// A webhook scheduler keeps delivery attempts in a container/heap ordered by due time; fresh
// attempts and retries alike are pushed with a Labels map, so the dispatcher's label on every
// item it pops writes into a made map.
package main

import (
	"container/heap"
	"fmt"
	"strconv"
)

type Item struct {
	URL     string
	Due     int
	Attempt int
	Labels  map[string]string
}

type Queue []*Item

func (q Queue) Len() int           { return len(q) }
func (q Queue) Less(i, j int) bool { return q[i].Due < q[j].Due }
func (q Queue) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }
func (q *Queue) Push(x any)        { *q = append(*q, x.(*Item)) }

func (q *Queue) Pop() any {
	old := *q
	it := old[len(old)-1]
	*q = old[:len(old)-1]
	return it
}

func schedule(q *Queue, url string, due int) {
	heap.Push(q, &Item{URL: url, Due: due, Labels: map[string]string{"kind": "fresh"}})
}

func retry(q *Queue, failed *Item, now int) {
	heap.Push(q, &Item{URL: failed.URL, Due: now + 10<<failed.Attempt, Attempt: failed.Attempt + 1,
		Labels: map[string]string{"kind": "retry"}})
}

// deliver stands in for the HTTP call: odd-length URLs fail on their first attempt.
func deliver(it *Item) bool { return len(it.URL)%2 == 0 || it.Attempt > 0 }

func main() {
	q := &Queue{}
	schedule(q, "https://a.example/hook", 5)
	schedule(q, "https://bb.example/hook", 3)
	now := 0
	for q.Len() > 0 {
		it := heap.Pop(q).(*Item)
		now = max(now, it.Due)
		it.Labels["attempt"] = strconv.Itoa(it.Attempt)
		if !deliver(it) {
			retry(q, it, now)
			continue
		}
		fmt.Println("delivered", it.URL, "at", now, it.Labels)
	}
}
