// A near miss of a header copied with Header.Clone from a request that may have none: the
// director clones the incoming headers into the outgoing request and makes the map when the
// clone is nil (Clone of a nil Header is nil), and the health probe is a bare request literal
// without a Header, so only the guard keeps the Set from writing into a nil map.
package main

import (
	"fmt"
	"net/http"
	"net/url"
)

type director struct {
	backend *url.URL
	tags    map[string]string
}

func (d *director) outgoing(in *http.Request, clientIP string) *http.Request {
	out := in.Clone(in.Context())
	out.URL.Scheme, out.URL.Host = d.backend.Scheme, d.backend.Host
	out.Header = in.Header.Clone()
	if out.Header == nil {
		out.Header = make(http.Header)
	}
	out.Header.Set("X-Forwarded-For", clientIP)
	d.tags = map[string]string{}
	d.tags["last"] = clientIP
	return out
}

func (d *director) probe() *http.Request {
	return &http.Request{Method: http.MethodGet, URL: &url.URL{Path: "/healthz"}}
}

func main() {
	d := &director{backend: &url.URL{Scheme: "http", Host: "10.0.0.7:8080"}}
	req := d.outgoing(d.probe(), "127.0.0.1")
	fmt.Println(req.Method, req.URL.String(), req.Header.Get("X-Forwarded-For"), d.tags["last"])
}
