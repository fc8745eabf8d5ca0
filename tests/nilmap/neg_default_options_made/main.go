// Every copy of the default options gets its own map before it is written.
package main

import (
	"fmt"
	"maps"
)

type Options struct {
	Timeout int
	Tags    map[string]string
}

var defaults = Options{Timeout: 30}

func withTag(o Options, k, v string) Options {
	o.Tags = maps.Clone(o.Tags)
	if o.Tags == nil {
		o.Tags = make(map[string]string)
	}
	o.Tags[k] = v
	return o
}

func main() {
	o := withTag(defaults, "team", "payments")
	fmt.Println(o.Timeout, o.Tags)
}
