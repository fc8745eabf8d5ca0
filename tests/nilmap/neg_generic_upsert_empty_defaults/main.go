// A deployer copies its default labels into a pod's Labels with a `~map` generic helper; the
// pod's labels are nil, but this build has no default labels, so the helper's loop never
// writes.
package main

import "fmt"

type Labels map[string]string

type ObjectMeta struct {
	Name   string
	Labels Labels
}

type Pod struct {
	ObjectMeta
	Image string
}

// setAll copies every entry of src into dst.
func setAll[M ~map[K]V, K comparable, V any](dst M, src M) {
	for k, v := range src {
		dst[k] = v
	}
}

func withDefaults(p *Pod) *Pod {
	setAll(p.Labels, Labels{})
	return p
}

func main() {
	p := withDefaults(&Pod{ObjectMeta: ObjectMeta{Name: "api-0"}, Image: "api:1.4"})
	fmt.Println(p.Name, p.Labels)
}
