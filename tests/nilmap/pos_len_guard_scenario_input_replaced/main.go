// Near miss of neg_real_promcommon_header_len_guard: a table test makes the header only when
// the scenario's input has entries, then replaces a missing input with the defaults before
// ranging over it. The scenario without input reaches http.Header.Add with the header nil.
package main

import (
	"fmt"
	"net/http"
)

var defaults = map[string]string{"Accept": "*/*"}

func main() {
	scenarios := []struct {
		input  map[string]string
		output string
	}{
		{input: map[string]string{"Accept": "text/plain"}, output: "text/plain"},
		{input: nil, output: "*/*"},
	}
	for i, scenario := range scenarios {
		var header http.Header
		if len(scenario.input) > 0 {
			header = http.Header{}
		}
		if scenario.input == nil {
			scenario.input = defaults
		}
		for key, value := range scenario.input {
			header.Add(key, value) // want "nil map"
		}
		if got := header.Get("Accept"); got != scenario.output {
			fmt.Printf("%d. expected %s, got %s\n", i, scenario.output, got)
		}
	}
}
