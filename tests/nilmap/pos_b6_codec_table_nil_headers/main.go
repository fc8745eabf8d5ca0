// An export tool picks its output codec by name from a table of constructors, each returning
// the HTTP headers its upload needs. The raw codec needs none and returns nil, and the upload
// step adds the content length to whatever headers the codec returned.
package main

import (
	"fmt"
	"sort"
	"strconv"
)

var codecHeaders = map[string]func() map[string]string{
	"json": func() map[string]string { return map[string]string{"Content-Type": "application/json"} },
	"csv":  func() map[string]string { return map[string]string{"Content-Type": "text/csv"} },
	"raw":  func() map[string]string { return nil },
}

func uploadHeaders(codec string, body []byte) (map[string]string, error) {
	newHeaders, ok := codecHeaders[codec]
	if !ok {
		return nil, fmt.Errorf("unknown codec %q", codec)
	}
	h := newHeaders()
	h["Content-Length"] = strconv.Itoa(len(body)) // want "nil map"
	return h, nil
}

func main() {
	for _, codec := range []string{"json", "xml", "raw"} {
		h, err := uploadHeaders(codec, []byte(`{"rows": 3}`))
		if err != nil {
			fmt.Println(err)
			continue
		}
		keys := make([]string, 0, len(h))
		for k := range h {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Printf("%s: %s: %s\n", codec, k, h[k])
		}
	}
}
