// Reduced from github.com/quic-go/quic-go v0.66.0, http3/headers.go:332 (requestFromHeaders),
// where mapscope check reported a nil-map write through `hdr.Headers.Set`: parseHeaders returns
// `header{}` (Headers nil) only beside a non-nil error (here the package's sentinel
// errHeaderTooLarge, made by errors.New and never reassigned), and requestFromHeaders returns
// on that error; besides, the write runs only when `len(hdr.Headers["Cookie"]) > 0`, which a nil
// map never satisfies. Either fact rules the nil out. A near miss. Our own rewrite.
package main

import (
	"errors"
	"fmt"
	"net/http"
	"strings"
)

var errHeaderTooLarge = errors.New("http3: headers too large")

type header struct {
	Method  string
	Headers http.Header
}

func parseHeaders(fields [][2]string, sizeLimit int) (header, error) {
	hdr := header{Headers: make(http.Header)}
	for _, f := range fields {
		sizeLimit -= len(f[0]) + len(f[1]) + 32
		if sizeLimit < 0 {
			return header{}, errHeaderTooLarge
		}
		if f[0] == ":method" {
			hdr.Method = f[1]
			continue
		}
		hdr.Headers.Add(f[0], f[1])
	}
	return hdr, nil
}

func requestFromHeaders(fields [][2]string, sizeLimit int) (*http.Request, error) {
	hdr, err := parseHeaders(fields, sizeLimit)
	if err != nil {
		return nil, err
	}
	if hdr.Method == "" {
		return nil, errors.New(":method must not be empty")
	}
	// concatenate cookie headers, see https://tools.ietf.org/html/rfc6265#section-5.4
	if len(hdr.Headers["Cookie"]) > 0 {
		hdr.Headers.Set("Cookie", strings.Join(hdr.Headers["Cookie"], "; "))
	}
	return &http.Request{Method: hdr.Method, Header: hdr.Headers}, nil
}

func main() {
	fields := [][2]string{{":method", "GET"}, {"Cookie", "a=1"}, {"Cookie", "b=2"}}
	for _, limit := range []int{1000, 50} {
		req, err := requestFromHeaders(fields, limit)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(req.Method, req.Header.Get("Cookie"))
	}
}
