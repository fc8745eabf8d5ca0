// A Kubernetes-style object model has a generic helper for any map-shaped type; the helper
// makes the destination when it is nil and returns it, so a pod without labels gets a map.
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

// setAll copies every entry of src into dst, making dst first when it is nil.
func setAll[M ~map[K]V, K comparable, V any](dst M, src M) M {
	if dst == nil {
		dst = make(M, len(src))
	}
	for k, v := range src {
		dst[k] = v
	}
	return dst
}

func withDefaults(p *Pod, team string) *Pod {
	p.Labels = setAll(p.Labels, Labels{"team": team, "managed-by": "deployer"})
	return p
}

func main() {
	p := withDefaults(&Pod{ObjectMeta: ObjectMeta{Name: "api-0"}, Image: "api:1.4"}, "payments")
	fmt.Println(p.Name, p.Labels)
}
