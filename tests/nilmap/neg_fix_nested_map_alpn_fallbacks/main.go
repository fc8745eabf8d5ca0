// Near miss of pos_fix_nested_map_alpn_fallbacks, the fixed code of
// https://github.com/RPRX/v2ray-vless/pull/13 (commit 47d64e16): the inner map of an ALPN is made
// the first time one of its fallbacks is indexed.
package main

import (
	"bytes"
	"errors"
	"fmt"
)

type fallback struct {
	alpn, path, dest string
}

type handler struct{ fallbacks []*fallback }

func (h *handler) pickFallback(alpn string, firstBytes []byte) (*fallback, error) {
	fallbacks := make(map[string]map[string]*fallback)
	for _, fb := range h.fallbacks {
		if fallbacks[fb.alpn] == nil {
			fallbacks[fb.alpn] = make(map[string]*fallback)
		}
		fallbacks[fb.alpn][fb.path] = fb
	}
	if fallbacks[alpn] == nil {
		alpn = ""
	}
	path := ""
	if line, _, ok := bytes.Cut(firstBytes, []byte("\r\n")); ok {
		if fields := bytes.Fields(line); len(fields) == 3 && fallbacks[alpn][string(fields[1])] != nil {
			path = string(fields[1])
		}
	}
	fb := fallbacks[alpn][path]
	if fb == nil {
		return nil, errors.New("failed to find the default fallback")
	}
	return fb, nil
}

func main() {
	h := &handler{fallbacks: []*fallback{
		{dest: "127.0.0.1:80"},
		{alpn: "h2", dest: "127.0.0.1:8443"},
		{path: "/ws", dest: "127.0.0.1:2001"},
	}}
	for _, req := range []struct {
		alpn  string
		first string
	}{
		{"http/1.1", "GET /ws HTTP/1.1\r\nHost: example.com\r\n"},
		{"h2", "PRI * HTTP/2.0\r\n"},
	} {
		fb, err := h.pickFallback(req.alpn, []byte(req.first))
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(req.alpn, "->", fb.dest)
	}
}
