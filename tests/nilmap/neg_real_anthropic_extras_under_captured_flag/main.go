// Reduced from anthropics/anthropic-sdk-go/v2 v2.18.0, internal/apijson/decoder.go:532, where
// mapscope check reported `untypedExtraFields[fieldName] = meta` as a write to a nil map. The
// struct decoder builder looks up once whether the type has a metadata field and returns a
// function literal that captures the answer; the literal makes its map of unknown members
// under `if hasMetadata` and writes it, in its loop over the members, only under the same
// flag. A near miss: the guard and the write test one captured flag that nothing assigns
// after the literal is made, but go/ssa reads it from the shared cell at each use, and two
// reads were not taken as one value. Our own rewrite.
package main

import (
	"fmt"
	"reflect"
	"sort"
)

type member struct {
	raw   string
	known bool
}

type decoder func(doc map[string]string) (map[string]member, int)

// newDecoder decides once, per type, whether unknown members are kept.
func newDecoder(t reflect.Type, declared map[string]bool) decoder {
	_, keepsUnknown := t.FieldByName("Unknown")
	return func(doc map[string]string) (map[string]member, int) {
		var unknown map[string]member
		if keepsUnknown {
			unknown = make(map[string]member)
		}
		keys := make([]string, 0, len(doc))
		for k := range doc {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		matched := 0
		for _, k := range keys {
			if declared[k] {
				matched++
				continue
			}
			if keepsUnknown {
				unknown[k] = member{raw: doc[k]}
			}
		}
		return unknown, matched
	}
}

type withUnknown struct {
	Name    string
	Unknown map[string]member
}

type strict struct{ Name string }

func main() {
	doc := map[string]string{"name": `"a"`, "colour": `"red"`, "size": "3"}
	declared := map[string]bool{"name": true}
	for _, t := range []reflect.Type{reflect.TypeOf(withUnknown{}), reflect.TypeOf(strict{})} {
		unknown, matched := newDecoder(t, declared)(doc)
		fmt.Println(t.Name(), matched, len(unknown), unknown == nil)
	}
}
