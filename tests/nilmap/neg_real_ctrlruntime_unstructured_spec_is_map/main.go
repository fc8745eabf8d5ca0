// Reduced from kubernetes-sigs/controller-runtime v0.25.3, pkg/cache/cache_test.go:1108 ("should
// deep copy the object unless told otherwise"), where mapscope check reported a nil-map write to
// `m` from `m, _ := out.Object["spec"].(map[string]any)`. The object is a Pod read back from the
// informer cache in its unstructured form, which the test has just checked to equal the known
// pod converted the same way; a Pod's spec is a struct, so its unstructured form always holds a
// JSON object, that is a map[string]any, under "spec". A near miss: the discarded ok is always
// true for this entry. Here the conversion is a JSON round trip. Our own rewrite.
package main

import (
	"encoding/json"
	"fmt"
	"reflect"
)

type podSpec struct {
	Containers []string `json:"containers"`
	Deadline   *int64   `json:"activeDeadlineSeconds,omitempty"`
}

type pod struct {
	Name string  `json:"name"`
	Spec podSpec `json:"spec,omitempty"`
}

// toUnstructured converts v to the generic form an unstructured object holds.
func toUnstructured(v any) map[string]any {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	var out map[string]any
	if err := json.Unmarshal(b, &out); err != nil {
		panic(err)
	}
	return out
}

func main() {
	known := pod{Name: "test-pod-2", Spec: podSpec{Containers: []string{"nginx"}}}
	cache := map[string]map[string]any{known.Name: toUnstructured(known)}
	out := cache["test-pod-2"]
	if !reflect.DeepEqual(out, toUnstructured(known)) {
		panic("the cached pod differs from the known pod")
	}
	m, _ := out["spec"].(map[string]any)
	m["activeDeadlineSeconds"] = 4
	fmt.Println(reflect.DeepEqual(out, toUnstructured(known)))
}
