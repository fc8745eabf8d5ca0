// A near miss: parseRoute returns a Route without Params only beside an error that
// fmt.Errorf builds; lookupRoute hands both results on, and register returns on the error
// before it writes Params.
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

func lookupRoute(spec string) (Route, error) {
	return parseRoute(strings.TrimSpace(spec))
}

func register(spec string) (Route, error) {
	route, err := lookupRoute(spec)
	if err != nil {
		return Route{}, err
	}
	route.Params["registered"] = "yes"
	return route, nil
}

func main() {
	for _, spec := range []string{"/users?id=1", "/health"} {
		fmt.Println(register(spec))
	}
}
