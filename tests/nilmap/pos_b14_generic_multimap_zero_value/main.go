// A job scheduler groups pending jobs by queue in a small generic MultiMap. The MultiMap has a
// constructor, but the Scheduler embeds one as a plain field and its zero value is used: Add
// appends into m.items[k] of a map nobody made.
package main

import (
	"fmt"
	"sort"
)

type MultiMap[K comparable, V any] struct {
	items map[K][]V
	size  int
}

func NewMultiMap[K comparable, V any]() MultiMap[K, V] {
	return MultiMap[K, V]{items: make(map[K][]V)}
}

func (m *MultiMap[K, V]) Add(k K, v V) {
	m.items[k] = append(m.items[k], v) // want "nil map"
	m.size++
}

func (m *MultiMap[K, V]) Get(k K) []V { return m.items[k] }

func (m *MultiMap[K, V]) Keys() []K {
	keys := make([]K, 0, len(m.items))
	for k := range m.items {
		keys = append(keys, k)
	}
	return keys
}

type Job struct {
	ID       int
	Queue    string
	Priority int
}

type Scheduler struct {
	name    string
	pending MultiMap[string, Job]
	nextID  int
}

func NewScheduler(name string) *Scheduler {
	return &Scheduler{name: name, nextID: 1}
}

func (s *Scheduler) Submit(queue string, priority int) int {
	id := s.nextID
	s.nextID++
	s.pending.Add(queue, Job{ID: id, Queue: queue, Priority: priority})
	return id
}

func main() {
	s := NewScheduler("batch")
	s.Submit("emails", 2)
	s.Submit("reports", 1)
	s.Submit("emails", 5)

	queues := s.pending.Keys()
	sort.Strings(queues)
	for _, q := range queues {
		fmt.Println(q, len(s.pending.Get(q)))
	}
}
