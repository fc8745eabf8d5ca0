// A catalog service indexes products by brand and by tag with a generic MultiIndex[K, V]. The
// type's comment promises a usable zero value, which holds for Lookup (reading a nil map is fine)
// but not for Add, which appends into the map directly: NewCatalog leaves both indexes as zero
// values, so the first product added writes into a nil map.
package main

import (
	"fmt"
	"strings"
)

// MultiIndex maps a key to every value added under it. The zero value is ready to use.
type MultiIndex[K comparable, V any] struct {
	byKey map[K][]V
	n     int
}

func (m *MultiIndex[K, V]) Add(k K, v V) {
	m.byKey[k] = append(m.byKey[k], v) // want "nil map"
	m.n++
}

func (m *MultiIndex[K, V]) Lookup(k K) []V { return m.byKey[k] }

func (m *MultiIndex[K, V]) Len() int { return m.n }

type Product struct {
	SKU   string
	Brand string
	Tags  []string
}

type Catalog struct {
	all     []*Product
	byBrand MultiIndex[string, *Product]
	byTag   MultiIndex[string, *Product]
}

func NewCatalog() *Catalog { return &Catalog{} }

func (c *Catalog) Insert(p *Product) {
	c.all = append(c.all, p)
	c.byBrand.Add(strings.ToLower(p.Brand), p)
	for _, t := range p.Tags {
		c.byTag.Add(t, p)
	}
}

func main() {
	c := NewCatalog()
	fmt.Println("empty lookup:", len(c.byTag.Lookup("outdoor")))
	for _, p := range []*Product{
		{SKU: "TN-1", Brand: "Trailnest", Tags: []string{"outdoor", "tent"}},
		{SKU: "KB-9", Brand: "Keybird", Tags: []string{"office"}},
	} {
		c.Insert(p)
	}
	for _, p := range c.byTag.Lookup("outdoor") {
		fmt.Println("outdoor:", p.SKU)
	}
	fmt.Println("brands indexed:", c.byBrand.Len())
}
