// A generic memoizing cache used as a zero value; Get stores into a map nobody made.
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
	m.values[k] = v // want "nil map"
	return v
}

func main() {
	var upper Memo[string, string]
	upper.compute = strings.ToUpper
	fmt.Println(upper.Get("a"))
}
