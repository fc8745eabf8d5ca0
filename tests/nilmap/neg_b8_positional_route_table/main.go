// An API gateway declares its routes as a table of positional struct literals with each
// route's fixed response headers. Before serving, a middleware stamps every route's headers
// with the gateway version, giving a route declared with nil headers its own header map first.
package main

import (
	"fmt"
	"net/http"
)

type route struct {
	method   string
	path     string
	upstream string
	headers  http.Header
}

var routes = []route{
	{"GET", "/v1/orders", "orders:8080", http.Header{"Cache-Control": {"no-store"}}},
	{"POST", "/v1/payments", "payments:8080", http.Header{"Cache-Control": {"no-store"}}},
	{"GET", "/healthz", "", nil},
}

func stampVersion(rs []route, version string) {
	for i := range rs {
		if rs[i].headers == nil {
			rs[i].headers = make(http.Header)
		}
		rs[i].headers["X-Gateway-Version"] = []string{version}
	}
}

func main() {
	stampVersion(routes, "2.14.1")
	for _, r := range routes {
		fmt.Println(r.method, r.path, r.headers.Get("X-Gateway-Version"))
	}
}
