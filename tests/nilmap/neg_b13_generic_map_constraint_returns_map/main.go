// A service framework fills in defaults with a generic helper constrained to any map type
// (M ~map[K]V). WithDefault makes the map when it is handed a nil one and returns the map it
// wrote into, and applyDefaults stores that result back, so a spec decoded without
// annotations gets a real Annotations map.
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

// WithDefault stores v under k unless m already has a value there, and returns m (made when
// it was nil).
func WithDefault[M ~map[K]V, K comparable, V any](m M, k K, v V) M {
	if m == nil {
		m = make(M)
	}
	if _, ok := m[k]; !ok {
		m[k] = v
	}
	return m
}

func applyDefaults(s *Spec) {
	if s.Replicas == 0 {
		s.Replicas = 1
	}
	s.Labels = WithDefault(s.Labels, "app", s.Name)
	s.Annotations = WithDefault(s.Annotations, "deploy/owner", "platform-team")
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
