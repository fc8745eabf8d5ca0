// A tracing library makes spans optional: a request that is not sampled holds a nil *Span, and
// every Span method is written to work on a nil receiver. Attributes returns the span's
// attribute map, and a fresh scratch map for a nil span, so the router's write always lands.
package main

import "fmt"

type Span struct {
	name  string
	attrs map[string]string
}

func StartSpan(name string, sampled bool) *Span {
	if !sampled {
		return nil
	}
	return &Span{name: name, attrs: map[string]string{}}
}

func (s *Span) Attributes() map[string]string {
	if s == nil {
		return make(map[string]string) // dropped after the call: unsampled spans record nothing
	}
	return s.attrs
}

func (s *Span) End() string {
	if s == nil {
		return "unsampled"
	}
	return fmt.Sprintf("%s route=%s", s.name, s.attrs["http.route"])
}

func route(path string, sampled bool) string {
	span := StartSpan("http.request", sampled)
	defer span.End()
	attrs := span.Attributes()
	attrs["http.route"] = path
	return span.End()
}

func main() {
	requests := []struct {
		path    string
		sampled bool
	}{{"/users/{id}", true}, {"/healthz", false}}
	for _, r := range requests {
		fmt.Println(route(r.path, r.sampled))
	}
}
