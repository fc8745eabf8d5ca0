// A reverse proxy's director copies the incoming request's headers with Header.Clone before
// adding X-Forwarded-For. Clone of a nil Header is nil, and the proxy's health prober builds
// its probe as a bare http.Request literal with no Header, so the director sets a header on
// a nil map.
package main

import (
	"fmt"
	"net/http"
	"net/url"
)

type proxy struct {
	backend *url.URL
}

func (p *proxy) outgoing(in *http.Request, clientIP string) *http.Request {
	out := in.Clone(in.Context())
	out.URL.Scheme, out.URL.Host = p.backend.Scheme, p.backend.Host
	out.Header = in.Header.Clone()
	out.Header.Set("X-Forwarded-For", clientIP) // want "nil map"
	return out
}

func (p *proxy) probe() *http.Request {
	return &http.Request{Method: http.MethodGet, URL: &url.URL{Path: "/healthz"}}
}

func main() {
	p := &proxy{backend: &url.URL{Scheme: "http", Host: "10.0.0.7:8080"}}
	req := p.outgoing(p.probe(), "127.0.0.1")
	fmt.Println(req.Method, req.URL.String(), req.Header.Get("X-Forwarded-For"))
}
