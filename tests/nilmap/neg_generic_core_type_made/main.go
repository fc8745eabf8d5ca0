// The generic helper writes through a map-typed type parameter; every caller passes a made map.
package main

import "fmt"

func Upsert[M ~map[K]V, K comparable, V any](m M, k K, v V) bool {
	_, existed := m[k]
	m[k] = v
	return !existed
}

type Inventory map[string]int

type warehouse struct {
	stock Inventory
	spare Inventory
}

func main() {
	w := warehouse{stock: Inventory{"bolts": 10}, spare: make(Inventory)}
	fmt.Println(Upsert(w.stock, "nuts", 4))
	fmt.Println(Upsert(w.spare, "nuts", 1))
}
