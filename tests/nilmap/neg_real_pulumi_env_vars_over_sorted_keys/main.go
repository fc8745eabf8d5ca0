//go:build go1.23

// Reduced from pulumi/pulumi/pkg/v3 v3.277.0, backend/httpstate/policypack.go:217 and :246,
// where mapscope check reported `envVars[k] = ...` in prepareEnvironment as writes to a nil map.
// The function makes envVars when the environment has variables or files, and writes it only in
// loops over the sorted keys of those two maps (`slices.Sorted(maps.Keys(vars))`), which are
// empty when the maps are; a plain `range vars` under the same guard is not reported. A near
// miss: a map made under `len(a) > 0 || len(b) > 0`, written in loops over the sorted keys of a
// and b. The build constraint gives this file Go 1.23, which maps.Keys and slices.Sorted need
// (go vet reports them in a Go 1.22 module otherwise). Our own rewrite.
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

	if len(vars) > 0 || len(files) > 0 {
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
		envVars[k] = "/tmp/esc-" + k + "-" + fmt.Sprint(len(s))
	}

	return envVars, secrets
}

func main() {
	withVars := &environment{
		variables: map[string]value{"AWS_REGION": {value: "eu-west-1"}, "TOKEN": {value: "t0k", secret: true}},
		files:     map[string]value{"KUBECONFIG": {value: "apiVersion: v1"}},
	}
	empty := &environment{}
	env, secrets := prepareEnvironment(withVars)
	none, _ := prepareEnvironment(empty)
	fmt.Println(len(env), len(secrets), none == nil)
}
