// Reduced from hashicorp/terraform-plugin-sdk/v2 v2.41.1, helper/schema/field_reader_diff.go:128,
// a nil-map write mapscope check found: DiffFieldReader.readMap starts from the source's map
// with `result, _ = source.Value.(map[string]interface{})` when the source has the field (its
// comment says the value may be nil or an unknown placeholder), and the ConfigFieldReader
// gives a computed map as `Exists: true` with a nil value. A diff entry under the map's prefix
// then writes `result[k] = v.New` into the nil map. A DiffFieldReader over a ConfigFieldReader
// whose config has the map unknown, with a diff entry `tags.foo`, panics with `assignment to
// entry in nil map` at :128 (checked with a test in the module). Our own rewrite.
package main

import (
	"fmt"
	"strings"
)

const unknownValue = "74D93920-ED26-11E3-AC10-0800200C9A66"

type readResult struct {
	value    any
	exists   bool
	computed bool
}

type fieldReader interface {
	readField(address []string) readResult
}

// configReader reads the resource's configuration, where a value may not be known yet.
type configReader struct {
	config map[string]any
}

func (r *configReader) readField(address []string) readResult {
	raw, ok := r.config[strings.Join(address, ".")]
	if !ok {
		return readResult{}
	}
	if s, isString := raw.(string); isString && s == unknownValue {
		return readResult{exists: true, computed: true}
	}
	m, _ := raw.(map[string]any)
	out := make(map[string]any, len(m))
	for k, v := range m {
		out[k] = v
	}
	return readResult{value: out, exists: true}
}

type attrDiff struct {
	old, new string
	removed  bool
}

// diffReader applies the planned diff to what its source reads.
type diffReader struct {
	source fieldReader
	diff   map[string]attrDiff
}

func (r *diffReader) readMap(address []string) readResult {
	result := make(map[string]any)
	resultSet := false
	source := r.source.readField(address)
	if source.exists {
		// The source may hold nil or a placeholder, so the assertion keeps its ok.
		result, _ = source.value.(map[string]any)
		resultSet = true
	}
	prefix := strings.Join(address, ".") + "."
	for k, v := range r.diff {
		if !strings.HasPrefix(k, prefix) || strings.HasPrefix(k, prefix+"%") {
			continue
		}
		resultSet = true
		k = k[len(prefix):]
		if v.removed {
			delete(result, k)
			continue
		}
		result[k] = v.new // want "nil map"
	}
	return readResult{value: result, exists: resultSet}
}

func main() {
	known := &diffReader{
		source: &configReader{config: map[string]any{"tags": map[string]any{"env": "prod"}}},
		diff:   map[string]attrDiff{"tags.team": {new: "storage"}},
	}
	fmt.Println(known.readMap([]string{"tags"}).value)
	computed := &diffReader{
		source: &configReader{config: map[string]any{"tags": unknownValue}},
		diff:   map[string]attrDiff{"tags.foo": {new: "bar"}},
	}
	fmt.Println(computed.readMap([]string{"tags"}).value)
}
