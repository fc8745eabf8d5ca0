// Reduced from argoproj/argo-workflows/v4 v4.0.5, workflow/util/merge.go:131, where mapscope
// check reported a nil-map write to `target.Spec.Hooks`, which `target.Spec =
// WorkflowSpec{}` (:119) leaves nil unless the merged JSON has hooks. The write is in a loop
// over `patchHooks`, and just before it `if len(patchHooks) != 0 && target.Spec.Hooks == nil`
// makes the map: the loop body runs only when the patch has a hook, and then the map exists.
// A near miss: the map made under `len(source) != 0`, written only in a loop over source.
// Our own rewrite.
package main

import (
	"encoding/json"
	"fmt"
)

type lifecycleHook struct {
	Template string `json:"template"`
}

type workflowSpec struct {
	Entrypoint string                   `json:"entrypoint,omitempty"`
	Hooks      map[string]lifecycleHook `json:"hooks,omitempty"`
}

type workflow struct {
	Spec workflowSpec `json:"spec"`
}

func mergeTo(patch, target *workflow) error {
	patchHooks := patch.Spec.Hooks
	patch.Spec.Hooks = nil
	patchBytes, err := json.Marshal(patch)
	patch.Spec.Hooks = patchHooks
	if err != nil {
		return err
	}
	merged := *target
	if err := json.Unmarshal(patchBytes, &merged); err != nil {
		return err
	}
	mergedBytes, err := json.Marshal(merged)
	if err != nil {
		return err
	}

	target.Spec = workflowSpec{}
	if err := json.Unmarshal(mergedBytes, target); err != nil {
		return err
	}

	if len(patchHooks) != 0 && target.Spec.Hooks == nil {
		target.Spec.Hooks = make(map[string]lifecycleHook)
	}
	for name, hook := range patchHooks {
		if _, ok := target.Spec.Hooks[name]; !ok {
			target.Spec.Hooks[name] = hook
		}
	}
	return nil
}

func main() {
	target := &workflow{Spec: workflowSpec{Entrypoint: "main"}}
	patch := &workflow{Spec: workflowSpec{Hooks: map[string]lifecycleHook{"exit": {Template: "notify"}}}}
	if err := mergeTo(patch, target); err != nil {
		panic(err)
	}
	empty := &workflow{Spec: workflowSpec{Entrypoint: "other"}}
	if err := mergeTo(empty, target); err != nil {
		panic(err)
	}
	fmt.Println(target.Spec.Entrypoint, len(target.Spec.Hooks))
}
