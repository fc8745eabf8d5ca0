// Reduced from google/go-cloud (gocloud.dev v0.49.0), docstore/memdocstore/mem.go:528 and its
// copy in docstore/gcpfirestore/fs.go:680, where mapscope check reported
// `m2[fp[len(fp)-1]] = val` in setAtFieldPath as a write to a nil map, with the note that
// getParentMap returns a nil map at its `return nil, nil`. That return is under `if !create`,
// and setAtFieldPath, its only caller that writes, passes `create` as the constant true:
// there getParentMap makes every missing level instead and returns a map. A near miss: a nil
// return guarded by a boolean parameter, inside the loop that walks the path, that the writing
// caller turns off. Our own rewrite.
package main

import (
	"fmt"
	"strings"
)

// setAtFieldPath sets the value at the dotted path, making the maps on the way.
func setAtFieldPath(doc map[string]any, path []string, value any) error {
	parent, err := getParentMap(doc, path, true)
	if err != nil {
		return err
	}
	parent[path[len(path)-1]] = value
	return nil
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

// lookup reads a value without making anything: a missing level gives nil.
func lookup(doc map[string]any, path []string) any {
	parent, err := getParentMap(doc, path, false)
	if err != nil || parent == nil {
		return nil
	}
	return parent[path[len(path)-1]]
}

func main() {
	doc := map[string]any{"name": "order-1"}
	for _, field := range []string{"shipping.address.city", "shipping.address.zip", "total"} {
		if err := setAtFieldPath(doc, strings.Split(field, "."), len(field)); err != nil {
			fmt.Println(err)
		}
	}
	fmt.Println(lookup(doc, []string{"shipping", "address", "city"}), lookup(doc, []string{"billing", "city"}))
}
