// A listing API's pagination middleware puts a default page size into the request's form values
// before the handler runs. It writes r.Form directly, but r.Form stays nil until ParseForm is
// called, and this middleware runs before anything has parsed the request.
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
)

const defaultLimit = 50

func withPageDefaults(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("limit") == "" {
			r.Form["limit"] = []string{strconv.Itoa(defaultLimit)} // want "nil map"
		}
		next.ServeHTTP(w, r)
	})
}

func listOrders(w http.ResponseWriter, r *http.Request) {
	limit, err := strconv.Atoi(r.FormValue("limit"))
	if err != nil || limit <= 0 {
		http.Error(w, "bad limit", http.StatusBadRequest)
		return
	}
	offset, _ := strconv.Atoi(r.FormValue("offset"))
	fmt.Fprintf(w, "orders %d..%d\n", offset, offset+limit)
}

func main() {
	mux := http.NewServeMux()
	mux.Handle("GET /orders", withPageDefaults(http.HandlerFunc(listOrders)))
	for _, target := range []string{"/orders?limit=10&offset=20", "/orders?offset=5"} {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, target, nil))
		fmt.Print(rec.Code, " ", rec.Body.String())
	}
}
