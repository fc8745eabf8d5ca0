// Reduced from cedar-policy/cedar-go v1.9.3, types/record_test.go:343, where mapscope check
// reported a write into the copy a record hands out as a write into a nil map. The record's
// constructor keeps a clone of the map it is given when that map is non-nil, and its accessor
// returns nil only when the kept map is nil; the record written through here was built from a
// non-empty literal. Our own rewrite.
package main

import (
	"fmt"
	"maps"
)

type Attrs map[string]bool

type Entry struct {
	attrs Attrs
	size  int
}

func NewEntry(a Attrs) Entry {
	size := 0
	if len(a) > 0 {
		size = len(a)
	}
	if a != nil {
		a = maps.Clone(a)
	}
	return Entry{attrs: a, size: size}
}

func (e Entry) Attrs() Attrs {
	if e.attrs == nil {
		return nil
	}
	return maps.Clone(e.attrs)
}

func main() {
	if NewEntry(nil).Attrs() != nil {
		panic("nil in, nil out")
	}
	e := NewEntry(Attrs{"read": true, "write": false})
	a := e.Attrs()
	delete(a, "read")
	a["write"] = true
	fmt.Println(len(a), e.size, len(e.attrs))
}
