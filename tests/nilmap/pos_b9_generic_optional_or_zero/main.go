// A deploy tool reads optional settings through a generic Opt[T]. Rendering a manifest, it takes
// the optional extra labels with OrZero and adds the deploy id; for a service whose config left
// Labels unset, OrZero returns the zero map[string]string, which is nil.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Opt[T any] struct {
	val T
	set bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{val: v, set: true} }

func (o Opt[T]) OrZero() T { return o.val }

func (o Opt[T]) Or(def T) T {
	if o.set {
		return o.val
	}
	return def
}

type DeployConfig struct {
	Service  string
	Replicas Opt[int]
	Labels   Opt[map[string]string]
}

func manifest(cfg DeployConfig, deployID string) string {
	labels := cfg.Labels.OrZero()
	labels["deploy-id"] = deployID // want "nil map"
	keys := make([]string, 0, len(labels))
	for k, v := range labels {
		keys = append(keys, k+"="+v)
	}
	sort.Strings(keys)
	return fmt.Sprintf("%s replicas=%d labels=[%s]", cfg.Service, cfg.Replicas.Or(1), strings.Join(keys, ","))
}

func main() {
	configs := []DeployConfig{
		{Service: "api", Replicas: Some(3), Labels: Some(map[string]string{"team": "core"})},
		{Service: "worker"},
	}
	for _, c := range configs {
		fmt.Println(manifest(c, "d-1842"))
	}
}
