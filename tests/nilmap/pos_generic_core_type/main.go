// A generic helper writes through a type parameter whose core type is a map; one caller passes nil.
package main

import "fmt"

func Upsert[M ~map[K]V, K comparable, V any](m M, k K, v V) bool {
	_, existed := m[k]
	m[k] = v // want "nil map"
	return !existed
}

type Inventory map[string]int

type warehouse struct {
	stock Inventory
	spare Inventory
}

func main() {
	w := warehouse{stock: Inventory{"bolts": 10}}
	fmt.Println(Upsert(w.stock, "nuts", 4))
	fmt.Println(Upsert(w.spare, "nuts", 1))
}
