// An exported method writes into a map its caller supplies; the module always passes a made one.
package main

import (
	"fmt"
	"strings"
)

type Env struct {
	vars []string
}

// Export adds every KEY=VALUE pair to into, which must not be nil.
func (e *Env) Export(into map[string]string) {
	for _, kv := range e.vars {
		k, v, _ := strings.Cut(kv, "=")
		into[k] = v
	}
}

func main() {
	e := &Env{vars: []string{"HOME=/root", "SHELL=/bin/sh"}}
	out := map[string]string{"PATH": "/usr/bin"}
	e.Export(out)
	fmt.Println(len(out))
}
