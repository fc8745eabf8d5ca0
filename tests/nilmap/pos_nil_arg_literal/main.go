// A request builder is called with a literal nil for its query parameters.
package main

import (
	"fmt"
	"net/url"
	"strconv"
)

func buildURL(base string, query map[string]string, page int) string {
	query["page"] = strconv.Itoa(page) // want "nil map"
	v := url.Values{}
	for k, val := range query {
		v.Set(k, val)
	}
	return base + "?" + v.Encode()
}

func main() {
	fmt.Println(buildURL("/api/items", map[string]string{"q": "go"}, 1))
	fmt.Println(buildURL("/api/items", nil, 2))
}
