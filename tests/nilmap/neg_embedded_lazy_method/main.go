// An embedded struct's promoted method makes its map lazily, so the outer &T{} is fine.
package main

import "fmt"

type headers struct {
	h map[string][]string
}

func (hs *headers) add(k, v string) {
	if hs.h == nil {
		hs.h = make(map[string][]string)
	}
	hs.h[k] = append(hs.h[k], v)
}

type Request struct {
	headers
	Method, Path string
}

func main() {
	req := &Request{Method: "GET", Path: "/"}
	req.add("Accept", "text/plain")
	req.add("Accept", "application/json")
	fmt.Println(req.Method, req.Path, len(req.h["Accept"]))
}
