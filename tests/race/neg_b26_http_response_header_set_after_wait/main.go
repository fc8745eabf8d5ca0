// A product page handler calls the inventory service in a goroutine while it calls pricing
// itself, and each call reports its upstream time for the CDN's server-timing view. The calls
// only return their times; the handler writes both headers into w.Header() after it has waited
// for the inventory call.
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

func timed(name string, call backend, sku string) (string, [2]string) {
	body, ms := call(sku)
	return body, [2]string{"X-Upstream-" + name + "-Ms", strconv.Itoa(ms)}
}

func productPage(w http.ResponseWriter, r *http.Request) {
	sku := strings.TrimPrefix(r.URL.Path, "/products/")
	var stock string
	var stockTiming [2]string
	var wg sync.WaitGroup
	wg.Go(func() {
		stock, stockTiming = timed("Inventory", inventory, sku)
	})
	price, priceTiming := timed("Pricing", pricing, sku)
	wg.Wait()
	for _, t := range [][2]string{stockTiming, priceTiming} {
		w.Header()[t[0]] = []string{t[1]}
	}
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
