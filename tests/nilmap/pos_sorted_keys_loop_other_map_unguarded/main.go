//go:build go1.23

// The near miss neg_real_pulumi_env_vars_over_sorted_keys made wrong: the map is made only
// when the environment has variables, but the loop over the sorted keys of its files writes
// into it too, so an environment with files and no variables writes a nil map. The build
// constraint gives this file Go 1.23, which maps.Keys and slices.Sorted need.
package main

import (
	"fmt"
	"maps"
	"slices"
)

type value struct {
	value  any
	secret bool
}

type environment struct {
	variables map[string]value
	files     map[string]value
}

func prepareEnvironment(env *environment) (envVars map[string]string, secrets []string) {
	vars := env.variables
	files := env.files

	if len(vars) > 0 {
		envVars = make(map[string]string, len(vars)+len(files))
	}

	// Sorted for a deterministic order.
	for _, k := range slices.Sorted(maps.Keys(vars)) {
		v := vars[k]
		s, ok := v.value.(string)
		if !ok {
			continue
		}
		envVars[k] = s
		if v.secret {
			secrets = append(secrets, s)
		}
	}

	for _, k := range slices.Sorted(maps.Keys(files)) {
		v := files[k]
		s, ok := v.value.(string)
		if !ok {
			continue
		}
		if v.secret {
			secrets = append(secrets, s)
		}
		envVars[k] = "/tmp/esc-" + k + "-" + fmt.Sprint(len(s)) // want "nil map"
	}

	return envVars, secrets
}

func main() {
	withVars := &environment{
		variables: map[string]value{"AWS_REGION": {value: "eu-west-1"}, "TOKEN": {value: "t0k", secret: true}},
		files:     map[string]value{"KUBECONFIG": {value: "apiVersion: v1"}},
	}
	empty := &environment{files: map[string]value{"KUBECONFIG": {value: "apiVersion: v1"}}}
	env, secrets := prepareEnvironment(withVars)
	none, _ := prepareEnvironment(empty)
	fmt.Println(len(env), len(secrets), none == nil)
}
