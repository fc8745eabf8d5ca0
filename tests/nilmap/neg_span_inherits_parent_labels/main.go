// A tracer copies the parent span's labels into each child span it starts. Child spans are
// built with a literal that leaves their labels map nil, which goes unnoticed as long as the
// parent has no labels: ranging over the parent's nil map writes nothing, and the request span
// here is started without labels.
package main

import (
	"fmt"
	"sort"
)

type Span struct {
	Name   string
	Parent *Span
	Labels map[string]string
}

func (s *Span) inherit() {
	if s.Parent == nil {
		return
	}
	for k, v := range s.Parent.Labels {
		s.Labels[k] = v
	}
}

type Tracer struct {
	finished []string
}

func (t *Tracer) Start(name string, parent *Span) *Span {
	s := &Span{Name: name, Parent: parent}
	s.inherit()
	return s
}

func (t *Tracer) End(s *Span) {
	keys := make([]string, 0, len(s.Labels))
	for k := range s.Labels {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	t.finished = append(t.finished, fmt.Sprint(s.Name, keys))
}

func main() {
	t := &Tracer{}
	root := &Span{Name: "GET /orders/{id}"}
	db := t.Start("db.query", root)
	t.End(db)
	t.End(root)
	fmt.Println(t.finished)
}
