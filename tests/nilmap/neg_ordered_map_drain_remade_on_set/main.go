// A generic insertion-ordered map releases its storage when it drains by setting its keys,
// values and index to nil; Set makes the index again when it finds it nil, so the first Set
// after a drain writes into a new map. The near miss beside
// pos_b21_generic_ordered_map_compacts_to_nil.
package main

import "fmt"

type OrderedMap[K comparable, V any] struct {
	keys  []K
	vals  []V
	index map[K]int
}

func NewOrderedMap[K comparable, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{index: make(map[K]int)}
}

func (m *OrderedMap[K, V]) Set(k K, v V) {
	if i, ok := m.index[k]; ok {
		m.vals[i] = v
		return
	}
	if m.index == nil {
		m.index = make(map[K]int)
	}
	m.index[k] = len(m.keys)
	m.keys = append(m.keys, k)
	m.vals = append(m.vals, v)
}

func (m *OrderedMap[K, V]) Delete(k K) {
	i, ok := m.index[k]
	if !ok {
		return
	}
	m.keys = append(m.keys[:i], m.keys[i+1:]...)
	m.vals = append(m.vals[:i], m.vals[i+1:]...)
	delete(m.index, k)
	for j := i; j < len(m.keys); j++ {
		m.index[m.keys[j]] = j
	}
	if len(m.keys) == 0 {
		m.keys, m.vals, m.index = nil, nil, nil
	}
}

func (m *OrderedMap[K, V]) Each(fn func(K, V)) {
	for i, k := range m.keys {
		fn(k, m.vals[i])
	}
}

type Job struct {
	Image    string
	Attempts int
}

func main() {
	pending := NewOrderedMap[string, Job]()
	pending.Set("build-41", Job{Image: "api:1.4"})
	pending.Set("build-42", Job{Image: "web:2.0"})
	pending.Delete("build-41")
	pending.Set("build-42", Job{Image: "web:2.0", Attempts: 1})
	pending.Delete("build-42")
	pending.Set("build-43", Job{Image: "worker:0.9"})
	pending.Each(func(id string, j Job) {
		fmt.Printf("%s %s attempts=%d\n", id, j.Image, j.Attempts)
	})
}
