// A product page handler calls the inventory service in a goroutine while it calls pricing
// itself, and each call reports its upstream time as a response header for the CDN's
// server-timing view. Both calls write w.Header(), one map, from two goroutines before the
// handler waits for the inventory call.
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
)

type backend func(sku string) (string, int) // body, elapsed ms

func inventory(sku string) (string, int) { return "in stock: " + strconv.Itoa(len(sku)*3), 14 }
func pricing(sku string) (string, int)   { return "EUR " + strconv.Itoa(len(sku)*7) + ".99", 9 }

func timed(w http.ResponseWriter, name string, call backend, sku string) string {
	body, ms := call(sku)
	w.Header()["X-Upstream-"+name+"-Ms"] = []string{strconv.Itoa(ms)} // want "concurrent map write"
	return body
}

func productPage(w http.ResponseWriter, r *http.Request) {
	sku := strings.TrimPrefix(r.URL.Path, "/products/")
	var stock string
	var wg sync.WaitGroup
	wg.Go(func() {
		stock = timed(w, "Inventory", inventory, sku)
	})
	price := timed(w, "Pricing", pricing, sku)
	wg.Wait()
	w.Header().Set("Content-Type", "text/plain")
	fmt.Fprintf(w, "%s\n%s\n%s\n", sku, price, stock)
}

func main() {
	// The page is served through the real mux so that the handler sees a normal request.
	mux := http.NewServeMux()
	mux.HandleFunc("GET /products/", productPage)
	rec := httptest.NewRecorder()
	mux.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/products/kb-104", nil))
	res := rec.Result()
	if res.StatusCode != http.StatusOK {
		fmt.Println("status", res.StatusCode)
		return
	}
	fmt.Println(res.Header.Get("X-Upstream-Inventory-Ms"), res.Header.Get("X-Upstream-Pricing-Ms"))
}
