// Reduced from github.com/prometheus/common v0.74.0, expfmt/decode_test.go:512
// (testDiscriminatorHTTPHeader), where mapscope check reported `header.Add(key, value)` as a
// write to a nil map: `header` is made under `if len(scenario.input) > 0` and written only
// inside `for key, value := range scenario.input`, which runs no iteration when the input is
// empty. A near miss, two facts: the guard is honoured for a direct `header[key] = ...` of a
// collection kept in one variable, but not when the collection is read twice as
// `scenario.input` (a field of one struct value), nor for a write made by a method
// (http.Header.Add; neg_real_promcommon_header_add_looped has that alone). Our own rewrite.
package main

import (
	"fmt"
	"net/http"
	"strings"
)

func responseFormat(h http.Header) string {
	ct := h.Get("Content-Type")
	if ct == "" {
		return "unknown"
	}
	return strings.SplitN(ct, ";", 2)[0]
}

func main() {
	scenarios := []struct {
		input  map[string]string
		output string
	}{
		{input: nil, output: "unknown"},
		{input: map[string]string{}, output: "unknown"},
		{input: map[string]string{"Content-Type": "text/plain"}, output: "text/plain"},
		{input: map[string]string{"Content-Type": "application/openmetrics-text; version=1.0.0"},
			output: "application/openmetrics-text"},
	}
	for i, scenario := range scenarios {
		var header http.Header
		if len(scenario.input) > 0 {
			header = http.Header{}
		}
		for key, value := range scenario.input {
			header.Add(key, value)
		}
		if actual := responseFormat(header); actual != scenario.output {
			fmt.Printf("%d. expected %s, got %s\n", i, scenario.output, actual)
		}
	}
	fmt.Println("done")
}
