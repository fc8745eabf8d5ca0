// The request builder accepts nil query parameters and makes its own map.
package main

import (
	"fmt"
	"net/url"
	"strconv"
)

func buildURL(base string, query map[string]string, page int) string {
	if query == nil {
		query = make(map[string]string, 1)
	}
	query["page"] = strconv.Itoa(page)
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
