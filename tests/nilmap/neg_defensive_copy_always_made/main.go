// A near miss of neg_real_vault_client_made_headers: a tag set copied defensively, with
// `if s.tags == nil { return nil }`, and the caller writing into the copy. Both ways of making
// a set (the constructor and the literal in Fork) make the map, and nothing stores anything
// else into the field, so the copy is never nil.
package main

import "fmt"

type tagSet struct {
	name string
	tags map[string]string
}

func newTagSet(name string) *tagSet {
	s := &tagSet{name: name}
	s.tags = make(map[string]string)
	return s
}

func (s *tagSet) Fork(name string) *tagSet {
	child := &tagSet{name: name, tags: make(map[string]string, len(s.tags))}
	for k, v := range s.tags {
		child.tags[k] = v
	}
	return child
}

func (s *tagSet) snapshot() map[string]string {
	if s.tags == nil {
		return nil
	}
	out := make(map[string]string, len(s.tags))
	for k, v := range s.tags {
		out[k] = v
	}
	return out
}

func (s *tagSet) Set(k, v string) { s.tags[k] = v }

func render(s *tagSet) string {
	tags := s.snapshot()
	tags["set"] = s.name
	return fmt.Sprint(tags)
}

func main() {
	base := newTagSet("base")
	base.Set("env", "prod")
	fmt.Println(render(base), render(base.Fork("child")))
}
