// Reduced from DataDog/dd-trace-go v2.12.0, openfeature/split_features_test.go:185 and :343,
// where mapscope check reported nil-map writes to `e.Features()`: ExposureEvaluation.Features
// returns nil when the evaluation's metadata has no hook feature (splitFeatureValues makes its
// map only for the first key with the hook prefix). The tests fill the metadata with hook
// features first (from a split whose features are marked for hooks) and check the features
// before editing them, so the result is a map. A near miss: the metadata has prefixed keys
// whenever the write runs. Our own rewrite.
package main

import (
	"fmt"
	"strings"
)

const hookPrefix = "__hook_feature."

type evaluation struct {
	metadata map[string]any
}

// features returns the hook features of the evaluation, or nil when it has none.
func (e evaluation) features() map[string]any {
	var values map[string]any
	for key, value := range e.metadata {
		if !strings.HasPrefix(key, hookPrefix) || len(key) == len(hookPrefix) {
			continue
		}
		switch value.(type) {
		case string, bool, float64:
			if values == nil {
				values = make(map[string]any)
			}
			values[strings.TrimPrefix(key, hookPrefix)] = value
		}
	}
	return values
}

type feature struct {
	key     string
	value   any
	targets []string
}

func featureMetadata(features []feature) map[string]any {
	out := map[string]any{}
	for _, f := range features {
		for _, t := range f.targets {
			if t == "HOOK" {
				out[hookPrefix+f.key] = f.value
			}
		}
	}
	return out
}

func main() {
	metadata := featureMetadata([]feature{
		{"holdout.key", "q3", []string{"HOOK", "EXPOSURE"}},
		{"shared", true, []string{"HOOK", "EVALUATION"}},
	})
	e := evaluation{metadata: metadata}
	if len(e.features()) != 2 {
		fmt.Println("unexpected features")
	}
	e.features()["holdout.key"] = "customer edit"
	fmt.Println(e.features()["holdout.key"])
}
