// Near miss of neg_real_promcommon_header_add_looped: the header is made only when the input
// has entries, but a default is added to the input after that test and before the loop, so
// an empty input reaches http.Header.Add with the header still nil.
package main

import (
	"fmt"
	"net/http"
)

func build(input map[string]string, agent string) http.Header {
	var header http.Header
	if len(input) > 0 {
		header = http.Header{}
	}
	if _, ok := input["User-Agent"]; !ok && agent != "" {
		input["User-Agent"] = agent
	}
	for k, v := range input {
		header.Add(k, v) // want "nil map"
	}
	return header
}

func main() {
	full := build(map[string]string{"Accept": "text/plain"}, "probe/1.0")
	fmt.Println(full.Get("User-Agent"))
	empty := build(map[string]string{}, "probe/1.0")
	fmt.Println(empty.Get("User-Agent"))
}
