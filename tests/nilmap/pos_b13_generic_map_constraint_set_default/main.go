// A service framework fills in defaults with a generic helper constrained to any map type
// (M ~map[K]V), so it works on the named Labels and Annotations types alike. A deployment
// spec decoded without annotations leaves its Annotations field nil, and SetDefault, handed
// that nil map through the type parameter, writes the default into it.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Labels map[string]string
type Annotations map[string]string

type Spec struct {
	Name        string
	Replicas    int
	Labels      Labels
	Annotations Annotations
}

// SetDefault stores v under k unless m already has a value there.
func SetDefault[M ~map[K]V, K comparable, V any](m M, k K, v V) {
	if _, ok := m[k]; ok {
		return
	}
	m[k] = v // want "nil map"
}

func applyDefaults(s *Spec) {
	if s.Replicas == 0 {
		s.Replicas = 1
	}
	SetDefault(s.Labels, "app", s.Name)
	SetDefault(s.Annotations, "deploy/owner", "platform-team")
}

func describe(s *Spec) string {
	keys := make([]string, 0, len(s.Labels)+len(s.Annotations))
	for k, v := range s.Labels {
		keys = append(keys, "label "+k+"="+v)
	}
	for k, v := range s.Annotations {
		keys = append(keys, "annotation "+k+"="+v)
	}
	sort.Strings(keys)
	return fmt.Sprintf("%s x%d: %s", s.Name, s.Replicas, strings.Join(keys, "; "))
}

func main() {
	specs := []*Spec{
		{Name: "api", Replicas: 3, Labels: Labels{"tier": "web"}, Annotations: Annotations{"deploy/owner": "api-team"}},
		{Name: "worker", Labels: Labels{"tier": "batch"}},
	}
	for _, s := range specs {
		applyDefaults(s)
		fmt.Println(describe(s))
	}
}
