// A tracing SDK ships a no-op tracer whose span's Attributes accessor returns a nil map, but
// this service always builds the recording tracer (tracing is mandatory in production), so
// the handler's tags always go into a made map.
package main

import (
	"fmt"
	"os"
	"strings"
)

type Span interface {
	Attributes() map[string]string
	End()
}

type Tracer interface {
	Start(name string) Span
}

type recordingSpan struct {
	name  string
	attrs map[string]string
}

func (s *recordingSpan) Attributes() map[string]string { return s.attrs }
func (s *recordingSpan) End()                          { fmt.Printf("span %s %v\n", s.name, s.attrs) }

type recordingTracer struct{}

func (recordingTracer) Start(name string) Span {
	return &recordingSpan{name: name, attrs: make(map[string]string)}
}

type noopSpan struct{}

func (noopSpan) Attributes() map[string]string { return nil }
func (noopSpan) End()                          {}

type noopTracer struct{}

func (noopTracer) Start(string) Span { return noopSpan{} }

// newTracer ignores TRACING=off: production always records.
func newTracer(env func(string) string) Tracer {
	if strings.EqualFold(env("TRACING"), "off") {
		fmt.Println("tracing cannot be turned off; recording anyway")
	}
	return recordingTracer{}
}

func handleOrder(t Tracer, route, user string) string {
	span := t.Start("handleOrder")
	defer span.End()
	span.Attributes()["http.route"] = route
	span.Attributes()["enduser.id"] = user
	return "order accepted for " + user
}

func main() {
	env := func(key string) string {
		if key == "TRACING" {
			return "off"
		}
		return os.Getenv(key)
	}
	fmt.Println(handleOrder(newTracer(env), "/orders", "u-42"))
}
