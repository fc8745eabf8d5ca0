// Shape of a real bug, from its proposed fix: kubernetes/cloud-provider-gcp PR #984 ("Handle
// nil annotations in computeNewAnnotationsIfNeeded", closed). A service's metadata was
// deep-copied, the copy kept the nil annotation map, and a merge helper wrote into it.
// This program is our own reproduction of that shape, not the project's code.
package main

import (
	"fmt"
	"maps"
)

type ObjectMeta struct {
	Name        string
	Annotations map[string]string
}

func (m *ObjectMeta) DeepCopy() *ObjectMeta {
	out := &ObjectMeta{Name: m.Name}
	if m.Annotations != nil {
		out.Annotations = maps.Clone(m.Annotations)
	}
	return out
}

func mergeInto(dst, src map[string]string) {
	for k, v := range src {
		dst[k] = v // want "nil map"
	}
}

func withLBAnnotations(meta *ObjectMeta, extra map[string]string) *ObjectMeta {
	next := meta.DeepCopy()
	mergeInto(next.Annotations, extra)
	return next
}

func main() {
	svc := &ObjectMeta{Name: "frontend"}
	next := withLBAnnotations(svc, map[string]string{"lb/ipv6": "true"})
	fmt.Println(next.Name)
}
