// A pagination middleware normalises the page parameters of list endpoints. It parses the
// query of every URL, and URL.Query returns a made (possibly empty) url.Values even for a
// bare URL, so setting the default page size always writes into a made map.
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
)

const defaultPageSize = 50

func withPaging(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		if n, err := strconv.Atoi(q.Get("page_size")); err != nil || n <= 0 || n > 500 {
			q["page_size"] = []string{strconv.Itoa(defaultPageSize)}
		}
		r.URL.RawQuery = q.Encode()
		next.ServeHTTP(w, r)
	})
}

func listOrders(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "orders page_size=%s status=%q", r.URL.Query().Get("page_size"), r.URL.Query().Get("status"))
}

func main() {
	h := withPaging(http.HandlerFunc(listOrders))
	for _, target := range []string{"/orders?status=open&page_size=900", "/orders"} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", target, nil))
		fmt.Println(rec.Code, rec.Body.String())
	}
}
