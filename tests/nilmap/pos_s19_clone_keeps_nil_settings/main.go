// A database driver clones the query options before adding per-query settings. The clone
// copies the settings map only when there is one, so options built without settings (the
// defaults of a plain query) clone into options whose settings are nil, and the per-query
// timeout is written into nil.
package main

import (
	"fmt"
	"maps"
)

type QueryOptions struct {
	queryID  string
	settings map[string]any
}

func (o *QueryOptions) clone() QueryOptions {
	c := QueryOptions{queryID: o.queryID}
	if o.settings != nil {
		c.settings = maps.Clone(o.settings)
	}
	return c
}

func withTimeout(base *QueryOptions, seconds int) QueryOptions {
	o := base.clone()
	o.settings["max_execution_time"] = seconds // want "nil map"
	return o
}

func main() {
	tuned := &QueryOptions{queryID: "report", settings: map[string]any{"max_threads": 4}}
	fmt.Println(withTimeout(tuned, 30).settings)
	plain := &QueryOptions{queryID: "ping"}
	fmt.Println(withTimeout(plain, 5).settings)
}
