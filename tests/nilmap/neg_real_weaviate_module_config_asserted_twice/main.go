// Reduced from weaviate/weaviate v1.35.2, usecases/schema/parser.go:493, where mapscope check
// (run with --tests=false: with the tests the module's run stops on a stack overflow) reported a
// nil-map write to `initialModConf`, which is nil when `initial.ModuleConfig.(map[string]any)`
// fails (:427). Before the write, the function asserts the same field again with ok checked and
// returns when it fails (:470), and nothing stores to the field between the two assertions, so
// the write is reached only when the first assertion gave the map. A near miss: the failing
// assertion's path ends at the second, checked assertion of the same field. Our own rewrite.
package main

import (
	"fmt"
	"reflect"
	"strings"
)

type class struct {
	Name         string
	ModuleConfig any
}

func isGenerative(module string) bool { return strings.HasPrefix(module, "generative-") }

func parseModuleConfig(initial, updated *class) error {
	updatedModConf, ok := updated.ModuleConfig.(map[string]any)
	if !ok {
		return nil
	}
	initialModConf, _ := initial.ModuleConfig.(map[string]any)

	hasGenerativeUpdate := false
	for module := range updatedModConf {
		if isGenerative(module) {
			if hasGenerativeUpdate {
				return fmt.Errorf("updated moduleconfig has multiple generative modules: %v", updatedModConf)
			}
			hasGenerativeUpdate = true
			continue
		}
		if _, existed := initialModConf[module]; !existed {
			continue
		}
		if reflect.DeepEqual(initialModConf[module], updatedModConf[module]) {
			continue
		}
		return fmt.Errorf("can only update generative module configs, got %v", module)
	}

	if initial.ModuleConfig == nil {
		initial.ModuleConfig = updatedModConf
		return nil
	}
	if _, ok := initial.ModuleConfig.(map[string]any); !ok {
		initial.ModuleConfig = updatedModConf
		return nil
	}
	if hasGenerativeUpdate {
		for module := range initialModConf {
			if isGenerative(module) {
				delete(initialModConf, module)
			}
		}
	}
	for module := range updatedModConf {
		initialModConf[module] = updatedModConf[module]
	}
	updated.ModuleConfig = initialModConf
	return nil
}

func main() {
	update := func() *class {
		return &class{Name: "Article", ModuleConfig: map[string]any{"generative-openai": map[string]any{"model": "gpt-4o"}}}
	}
	for _, initial := range []*class{
		{Name: "Article"},
		{Name: "Article", ModuleConfig: "legacy"},
		{Name: "Article", ModuleConfig: map[string]any{"generative-cohere": map[string]any{}, "text2vec-openai": map[string]any{}}},
	} {
		updated := update()
		if err := parseModuleConfig(initial, updated); err != nil {
			panic(err)
		}
		fmt.Println(reflect.ValueOf(updated.ModuleConfig).Len())
	}
}
