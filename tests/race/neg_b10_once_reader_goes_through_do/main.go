// A pricing service loads its catalog lazily: Price goes through sync.Once before reading the
// items map. The stock endpoint's Has goes through the same Once, so a stock check arriving while
// the first price request is still loading waits for the load to finish before it reads.
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync"
)

type Item struct {
	SKU   string
	Cents int
	Stock int
}

type Catalog struct {
	once  sync.Once
	src   []Item
	items map[string]Item
}

func NewCatalog(src []Item) *Catalog {
	return &Catalog{src: src, items: make(map[string]Item, len(src))}
}

func (c *Catalog) load() {
	for _, it := range c.src {
		c.items[it.SKU] = it

	}
}

func (c *Catalog) Price(sku string) (int, bool) {
	c.once.Do(c.load)
	it, ok := c.items[sku]
	return it.Cents, ok
}

func (c *Catalog) Has(sku string) bool {
	c.once.Do(c.load)
	it, ok := c.items[sku]
	return ok && it.Stock > 0
}

func priceHandler(c *Catalog) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		cents, ok := c.Price(r.URL.Query().Get("sku"))
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Write([]byte(strconv.Itoa(cents)))
	}
}

func stockHandler(c *Catalog) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(strconv.FormatBool(c.Has(r.URL.Query().Get("sku")))))
	}
}

func main() {
	c := NewCatalog([]Item{{"kb-01", 4900, 3}, {"ms-02", 2500, 0}, {"hd-03", 8900, 12}})
	priceReq := httptest.NewRequest(http.MethodGet, "/price?sku=kb-01", nil)
	stockReq := httptest.NewRequest(http.MethodGet, "/stock?sku=hd-03", nil)
	priceRec, stockRec := httptest.NewRecorder(), httptest.NewRecorder()

	var wg sync.WaitGroup
	start := make(chan struct{})
	wg.Go(func() {
		<-start
		priceHandler(c).ServeHTTP(priceRec, priceReq)
	})
	close(start)
	stockHandler(c).ServeHTTP(stockRec, stockReq)
	wg.Wait()
	fmt.Println("price:", priceRec.Body.String(), "in stock:", stockRec.Body.String())
}
