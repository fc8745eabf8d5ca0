// A promoted method of an embedded struct writes its map; the outer &T{} never made it.
package main

import "fmt"

type headers struct {
	h map[string][]string
}

func (hs *headers) add(k, v string) {
	hs.h[k] = append(hs.h[k], v) // want "nil map"
}

type Request struct {
	headers
	Method, Path string
}

func main() {
	req := &Request{Method: "GET", Path: "/"}
	req.add("Accept", "text/plain")
	fmt.Println(req.Method, req.Path)
}
