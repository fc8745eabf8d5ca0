// A real bug noticed while triaging mapscope check's findings in google/go-cloud (gocloud.dev
// v0.49.0), docstore/memdocstore/mem.go:412, which the check does not report: collection.update
// validates each mod's path with `getParentMap(doc, mod.FieldPath, false)`, which returns a
// nil map and no error when a level of the path is missing, and then applies the mods with
// `m.parentMap[m.key] = m.encodedValue`. Updating "a.b" on a stored document without "a"
// (`coll.Update(ctx, doc, docstore.Mods{"a.b": 1})`) panics with `assignment to entry in nil
// map` in the goroutine RunActions starts, though Update's documentation says a modification
// creates a field that does not exist. This program is our own reproduction of that shape,
// not the project's code.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type mod struct {
	path  []string
	value any
}

// getParentMap returns the map that holds the last element of path. A missing level is made
// when create is set; otherwise the result is nil.
func getParentMap(doc map[string]any, path []string, create bool) (map[string]any, error) {
	var ok bool
	for _, key := range path[:len(path)-1] {
		if doc[key] == nil {
			if !create {
				return nil, nil
			}
			doc[key] = map[string]any{}
		}
		doc, ok = doc[key].(map[string]any)
		if !ok {
			return nil, fmt.Errorf("invalid field path %q at %q", strings.Join(path, "."), key)
		}
	}
	return doc, nil
}

// update applies the mods to a stored document all or nothing: it checks every path first.
func update(doc map[string]any, mods []mod) error {
	sort.Slice(mods, func(i, j int) bool { return mods[i].path[0] < mods[j].path[0] })
	type guaranteedMod struct {
		parentMap map[string]any
		key       string
		value     any
	}
	gmods := make([]guaranteedMod, len(mods))
	var err error
	for i, m := range mods {
		gmod := &gmods[i]
		if gmod.parentMap, err = getParentMap(doc, m.path, false); err != nil {
			return err
		}
		gmod.key = m.path[len(m.path)-1]
		gmod.value = m.value
	}
	for _, m := range gmods {
		if m.value == nil {
			delete(m.parentMap, m.key)
		} else {
			m.parentMap[m.key] = m.value // want "nil map"
		}
	}
	return nil
}

func main() {
	doc := map[string]any{"ID": "1", "name": "x", "tags": map[string]any{}}
	fmt.Println(update(doc, []mod{{path: []string{"tags", "color"}, value: "red"}}), doc["tags"])
	fmt.Println(update(doc, []mod{{path: []string{"a", "b"}, value: 1}}))
}
