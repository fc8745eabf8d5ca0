// A webhook request builder is reused across deliveries; Reset drops the header map to let the
// garbage collector have it, and Header makes a new one when it finds none.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type RequestBuilder struct {
	method  string
	url     string
	headers map[string]string
	body    strings.Builder
}

func NewRequestBuilder() *RequestBuilder {
	return &RequestBuilder{method: "POST", headers: make(map[string]string)}
}

func (b *RequestBuilder) URL(u string) *RequestBuilder { b.url = u; return b }

func (b *RequestBuilder) Header(k, v string) *RequestBuilder {
	if b.headers == nil {
		b.headers = make(map[string]string, 4)
	}
	b.headers[k] = v
	return b
}

func (b *RequestBuilder) Body(s string) *RequestBuilder { b.body.WriteString(s); return b }

func (b *RequestBuilder) Build() string {
	keys := make([]string, 0, len(b.headers))
	for k := range b.headers {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var out strings.Builder
	fmt.Fprintf(&out, "%s %s\n", b.method, b.url)
	for _, k := range keys {
		fmt.Fprintf(&out, "%s: %s\n", k, b.headers[k])
	}
	out.WriteString(b.body.String())
	return out.String()
}

// Reset readies the builder for the next delivery.
func (b *RequestBuilder) Reset() {
	b.url = ""
	b.headers = nil
	b.body.Reset()
}

type delivery struct{ endpoint, event string }

func main() {
	b := NewRequestBuilder()
	for _, d := range []delivery{{"https://a.example/hook", "push"}, {"https://b.example/hook", "tag"}} {
		req := b.URL(d.endpoint).
			Header("Content-Type", "application/json").
			Header("X-Event", d.event).
			Body(`{"event":"` + d.event + `"}`).
			Build()
		fmt.Println(req)
		b.Reset()
	}
}
