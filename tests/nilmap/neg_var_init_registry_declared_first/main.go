// Handlers register themselves from package-level variable initializers; the registry they
// write into is itself a package-level variable initialized by a constructor, and Go
// initializes it first because Register refers to it, so every registration finds a map.
package main

import (
	"fmt"
	"sort"
)

type handler func(string) string

var handlers = newTable()

func newTable() map[string]handler { return make(map[string]handler) }

func Register(name string, h handler) bool {
	handlers[name] = h
	return true
}

var _ = Register("echo", func(s string) string { return s })

var _ = Register("shout", func(s string) string { return s + "!" })

func main() {
	names := make([]string, 0, len(handlers))
	for n := range handlers {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, handlers[n]("hi"))
	}
}
