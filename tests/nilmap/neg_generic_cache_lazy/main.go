// A generic memoizing cache whose zero value works: Get makes the map on first store.
package main

import (
	"fmt"
	"strings"
)

type Memo[K comparable, V any] struct {
	compute func(K) V
	values  map[K]V
}

func (m *Memo[K, V]) Get(k K) V {
	if v, ok := m.values[k]; ok {
		return v
	}
	v := m.compute(k)
	if m.values == nil {
		m.values = make(map[K]V)
	}
	m.values[k] = v
	return v
}

func main() {
	var upper Memo[string, string]
	upper.compute = strings.ToUpper
	fmt.Println(upper.Get("a"), upper.Get("a"), len(upper.values))
}
