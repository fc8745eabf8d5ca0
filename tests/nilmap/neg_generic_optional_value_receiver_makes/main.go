// A deploy tool reads optional settings through a generic Opt[T]. The labels are a named map
// type whose value-receiver OrEmpty makes a map in its copy when the config left them unset, and
// returns that copy's map, so adding the deploy id always has a map to go into.
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

type Labels map[string]string

type OptLabels struct {
	val Labels
}

// OrEmpty gives the labels, or a fresh empty map when none were set.
func (o OptLabels) OrEmpty() Labels {
	if o.val == nil {
		o.val = Labels{}
	}
	return o.val
}

type DeployConfig struct {
	Service  string
	Replicas Opt[int]
	Labels   OptLabels
}

func manifest(cfg DeployConfig, deployID string) string {
	labels := cfg.Labels.OrEmpty()
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
		{Service: "api", Replicas: Some(3), Labels: OptLabels{val: Labels{"team": "core"}}},
		{Service: "worker"},
	}
	for _, c := range configs {
		fmt.Println(manifest(c, "d-1842"))
	}
}
