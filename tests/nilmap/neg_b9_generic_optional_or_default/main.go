// A deploy tool reads optional settings through a generic Opt[T]. Rendering a manifest, it takes
// the optional extra labels with Or and an empty map as the default, then adds the deploy id, so
// a service whose config left Labels unset gets a map of its own.
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
	labels := cfg.Labels.Or(map[string]string{})
	labels["deploy-id"] = deployID
	keys := make([]string, 0, len(labels))
	for k, v := range labels {
		keys = append(keys, k+"="+v)
	}
	sort.Strings(keys)
	return fmt.Sprintf("%s replicas=%d labels=[%s]", cfg.Service, cfg.Replicas.OrZero(), strings.Join(keys, ","))
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
