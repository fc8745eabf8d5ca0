// Reduced from jaeger v1.76.0, internal/storage/v1/memory/memory.go:152 (Store.WriteSpan), where
// mapscope check reported a write into `m.operations[span.Process.ServiceName]` as a nested map
// created for another key. WriteSpan makes the inner map under `span.Process.ServiceName` when
// it is missing, then writes the operation into it only when `if _, ok :=
// m.operations[name][operation]; !ok`, a lookup in the inner map: `!ok` there says the
// operation is missing, not the service, whose map was made just before under the same key (a
// scratch variant without that lookup is not reported). A near miss: the comma-ok lookup is
// one level down. Our own rewrite.
package main

import "fmt"

type process struct {
	serviceName string
}

type tag struct {
	key, value string
}

type span struct {
	operation string
	process   *process
	tags      []tag
}

// kind looks the span kind up in the tags; it writes nothing.
func (s *span) kind() (string, bool) {
	for _, t := range s.tags {
		if t.key == "span.kind" {
			return t.value, true
		}
	}
	return "unspecified", false
}

type operation struct {
	name, kind string
}

type store struct {
	operations map[string]map[operation]struct{}
	services   map[string]struct{}
}

func (st *store) writeSpan(s *span) {
	if _, ok := st.operations[s.process.serviceName]; !ok {
		st.operations[s.process.serviceName] = map[operation]struct{}{}
	}
	k, _ := s.kind()
	op := operation{name: s.operation, kind: k}
	if _, ok := st.operations[s.process.serviceName][op]; !ok {
		st.operations[s.process.serviceName][op] = struct{}{}
	}
	st.services[s.process.serviceName] = struct{}{}
}

func main() {
	st := &store{operations: map[string]map[operation]struct{}{}, services: map[string]struct{}{}}
	api := &process{serviceName: "api"}
	st.writeSpan(&span{operation: "GET /", process: api, tags: []tag{{"span.kind", "server"}}})
	st.writeSpan(&span{operation: "query", process: &process{serviceName: "db"}})
	st.writeSpan(&span{operation: "GET /", process: api})
	fmt.Println(len(st.operations["api"]), len(st.operations["db"]), len(st.services))
}
