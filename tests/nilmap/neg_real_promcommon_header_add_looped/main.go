// Reduced from github.com/prometheus/common v0.74.0, expfmt/decode_test.go:512
// (testDiscriminatorHTTPHeader), the second of its two facts (see
// neg_real_promcommon_header_len_guard): `header` is made under `if len(input) > 0` and
// written by http.Header.Add only inside `for k, v := range input`, so the nil header never
// reaches the write. A near miss: with `header[k] = []string{v}` in place of the Add call the
// same guard is honoured; a write made by a method called inside the loop is not. Our own
// rewrite.
package main

import (
	"fmt"
	"net/http"
)

func build(input map[string]string) http.Header {
	var header http.Header
	if len(input) > 0 {
		header = http.Header{}
	}
	for k, v := range input {
		header.Add(k, v)
	}
	return header
}

func main() {
	inputs := []map[string]string{
		nil,
		{},
		{"Content-Type": "text/plain"},
		{"Accept": "application/json", "X-Trace": "t1"},
	}
	for _, input := range inputs {
		header := build(input)
		fmt.Println(len(header), header == nil, header.Get("Content-Type"))
	}
}
