// A type switch writes only in the case where the value is a (non-nil) decoded object.
package main

import (
	"encoding/json"
	"fmt"
)

func stamp(v any) int {
	switch t := v.(type) {
	case map[string]any:
		t["stamped"] = true
		return len(t)
	case []any:
		return len(t)
	default:
		return 0
	}
}

func main() {
	for _, doc := range []string{`{"a": 1}`, `[1, 2]`, `"x"`, `{}`} {
		var v any
		if err := json.Unmarshal([]byte(doc), &v); err != nil {
			panic(err)
		}
		fmt.Println(stamp(v))
	}
}
