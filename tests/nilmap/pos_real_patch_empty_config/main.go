// Shape of a real fix: siderolabs/talos PR #13866 ("fix a nil-map assignment panic in
// configpatcher"): patching an empty config merged the patch into a nil map.
// This program is our own reproduction of that shape, not the project's code.
package main

import "fmt"

type Document map[string]any

func emptyDocument() Document { return nil }

func strategicMerge(dst, patch Document) {
	for k, v := range patch {
		if sub, ok := v.(map[string]any); ok {
			if inner, ok := dst[k].(map[string]any); ok {
				strategicMerge(inner, sub)
				continue
			}
		}
		dst[k] = v // want "nil map"
	}
}

func main() {
	cfg := emptyDocument()
	strategicMerge(cfg, Document{"machine": map[string]any{"type": "worker"}})
	fmt.Println(len(cfg))
}
