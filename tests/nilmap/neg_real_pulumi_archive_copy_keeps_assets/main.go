// Reduced from pulumi/pulumi/sdk/v3 v3.277.0, go/property/values_test.go:244, where mapscope
// check reported `archive.Assets["f1"] = ...` in TestArchiveImmutable as a write to a nil map,
// with the note that Value.AsArchive leaves `Assets` nil (values.go:227). AsArchive returns
// copyArchive of the stored archive, which makes the copy's map exactly when the original's
// is not nil (`if a.Assets != nil { assets = make(...) }`); the test stored an archive from
// mkArchive, whose map is made (and written at :238). A near miss: a deep copy that keeps a
// nil map nil and makes one otherwise, of a value whose map is made. Our own rewrite.
package main

import "fmt"

type asset struct{ text string }

type archive struct {
	path   string
	assets map[string]any
}

type value struct{ v any }

func newValue(a *archive) value { return value{v: copyArchive(a)} }

func (v value) asArchive() *archive { return copyArchive(v.v.(*archive)) }

// copyArchive copies deeply, keeping a nil map nil.
func copyArchive(a *archive) *archive {
	var assets map[string]any
	if a.assets != nil {
		assets = make(map[string]any, len(a.assets))
	}
	for k, x := range a.assets {
		switch x := x.(type) {
		case *asset:
			assets[k] = &asset{text: x.text}
		case *archive:
			assets[k] = copyArchive(x)
		}
	}
	return &archive{path: a.path, assets: assets}
}

func mkArchive() *archive {
	return &archive{assets: map[string]any{
		"f1": &asset{text: "one"},
		"d1": &archive{assets: map[string]any{"f3": &asset{text: "three"}}},
	}}
}

func main() {
	original := mkArchive()
	v := newValue(original)
	original.assets["f1"] = &asset{text: "changed"}

	copied := v.asArchive()
	copied.assets["f1"] = &asset{text: "changed again"}
	fmt.Println(v.asArchive().assets["f1"].(*asset).text)
}
