// A curl-like client collects repeated -H flags through a map-typed flag.Value registered on the
// default flag set. The header map is declared as a zero value and registered as is: the
// interface holds that nil map, and the first -H on the command line panics inside Set.
package main

import (
	"flag"
	"fmt"
	"net/http"
	"strings"
)

type headerFlag map[string]string

func (h headerFlag) String() string { return fmt.Sprint(map[string]string(h)) }

func (h headerFlag) Set(s string) error {
	name, value, ok := strings.Cut(s, ":")
	if !ok {
		return fmt.Errorf("header %q: want name:value", s)
	}
	h[http.CanonicalHeaderKey(strings.TrimSpace(name))] = strings.TrimSpace(value) // want "nil map"
	return nil
}

var extraHeaders headerFlag

func main() {
	flag.Var(extraHeaders, "H", "an extra request header (repeatable)")
	url := flag.String("url", "http://localhost:8080/healthz", "URL to fetch")
	if err := flag.CommandLine.Parse([]string{"-H", "accept: application/json", "-url", "http://api.internal/v1"}); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(*url, len(extraHeaders))
}
