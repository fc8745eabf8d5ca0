// A nested index keyed by a span's service name: the inner map is made for the name the span
// has, then a method that normalises the name runs before the write, which goes to the inner
// map of the new name, never made. The near miss of jaeger's getter between the two reads.
package main

import (
	"fmt"
	"strings"
)

type process struct {
	serviceName string
}

type span struct {
	operation string
	process   *process
}

// normalize rewrites the service name in place: the key read after it is another key.
func (s *span) normalize() {
	s.process.serviceName = strings.ToLower(s.process.serviceName)
}

type store struct {
	operations map[string]map[string]struct{}
}

func (st *store) writeSpan(s *span) {
	if _, ok := st.operations[s.process.serviceName]; !ok {
		st.operations[s.process.serviceName] = map[string]struct{}{}
	}
	s.normalize()
	st.operations[s.process.serviceName][s.operation] = struct{}{} // want "nil map|inner map"
}

func main() {
	st := &store{operations: map[string]map[string]struct{}{}}
	st.writeSpan(&span{operation: "GET /", process: &process{serviceName: "api"}})
	st.writeSpan(&span{operation: "query", process: &process{serviceName: "DB"}})
	fmt.Println(len(st.operations))
}
