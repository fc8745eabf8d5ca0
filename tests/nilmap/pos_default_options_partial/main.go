// A package-level default sets some fields but not its map; copies of it inherit nil.
package main

import "fmt"

type Options struct {
	Timeout int
	Tags    map[string]string
}

var defaults = Options{Timeout: 30}

func withTag(o Options, k, v string) Options {
	o.Tags[k] = v // want "nil map"
	return o
}

func main() {
	o := withTag(defaults, "team", "payments")
	fmt.Println(o.Timeout)
}
