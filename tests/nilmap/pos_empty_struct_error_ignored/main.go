// parseRoute returns a Route without Params beside an error that fmt.Errorf builds; register
// drops the error and writes Params of the empty Route.
package main

import (
	"fmt"
	"strings"
)

type Route struct {
	Path   string
	Params map[string]string
}

func parseRoute(spec string) (Route, error) {
	path, query, found := strings.Cut(spec, "?")
	if !found {
		return Route{}, fmt.Errorf("route %q has no query", spec)
	}
	params := make(map[string]string)
	for _, pair := range strings.Split(query, "&") {
		k, v, _ := strings.Cut(pair, "=")
		params[k] = v
	}
	return Route{Path: path, Params: params}, nil
}

func register(spec string) Route {
	route, _ := parseRoute(spec)
	route.Params["registered"] = "yes" // want "nil map"
	return route
}

func main() {
	for _, spec := range []string{"/users?id=1", "/health"} {
		fmt.Println(register(spec))
	}
}
