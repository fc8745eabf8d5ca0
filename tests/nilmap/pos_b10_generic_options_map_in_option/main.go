// A generic secondary index for an in-memory store is built with functional options. Only the
// WithCapacity option makes the buckets map (to size it); the order service builds its index
// without that option, so the first Add writes into a nil map.
package main

import "fmt"

type Index[K comparable, V any] struct {
	key     func(V) K
	buckets map[K][]V
	unique  bool
}

type Option[K comparable, V any] func(*Index[K, V])

func WithCapacity[K comparable, V any](n int) Option[K, V] {
	return func(ix *Index[K, V]) { ix.buckets = make(map[K][]V, n) }
}

func Unique[K comparable, V any]() Option[K, V] {
	return func(ix *Index[K, V]) { ix.unique = true }
}

func NewIndex[K comparable, V any](key func(V) K, opts ...Option[K, V]) *Index[K, V] {
	ix := &Index[K, V]{key: key}
	for _, o := range opts {
		o(ix)
	}
	return ix
}

func (ix *Index[K, V]) Add(v V) error {
	k := ix.key(v)
	if ix.unique && len(ix.buckets[k]) > 0 {
		return fmt.Errorf("duplicate key %v", k)
	}
	ix.buckets[k] = append(ix.buckets[k], v) // want "nil map"
	return nil
}

func (ix *Index[K, V]) Get(k K) []V { return ix.buckets[k] }

type Order struct {
	ID       int
	Customer string
	Cents    int
}

func main() {
	byCustomer := NewIndex(func(o Order) string { return o.Customer })
	byID := NewIndex(func(o Order) int { return o.ID }, Unique[int, Order](), WithCapacity[int, Order](16))
	for _, o := range []Order{{1, "ada", 1200}, {2, "lin", 800}, {3, "ada", 450}} {
		if err := byID.Add(o); err != nil {
			fmt.Println(err)
			continue
		}
		if err := byCustomer.Add(o); err != nil {
			fmt.Println(err)
		}
	}
	fmt.Println(byCustomer.Get("ada"), byID.Get(2))
}
