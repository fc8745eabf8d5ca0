// A Kubernetes-style object model has a generic helper for any map-shaped type; a pod built
// with a composite literal has no labels yet, and the helper writes into the nil Labels map.
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
		dst[k] = v // want "nil map"
	}
}

func withDefaults(p *Pod, team string) *Pod {
	setAll(p.Labels, Labels{"team": team, "managed-by": "deployer"})
	return p
}

func main() {
	p := withDefaults(&Pod{ObjectMeta: ObjectMeta{Name: "api-0"}, Image: "api:1.4"}, "payments")
	fmt.Println(p.Name, p.Labels)
}
