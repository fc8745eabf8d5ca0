// Reduced from hashicorp/vault/api v1.23.0, logical_requests_test.go:89 and :97
// (Test_defaultLogicalRequest), where mapscope check reported two nil-map writes: Data() and
// Headers() return a copy, or nil when the request has none, and the test writes into the copy
// (to show that it is a copy) only inside `if assert.Equalf(t, want, got) { if want != nil {
// ... } }`. A near miss: the write runs only when got deeply equals a non-nil want, and a nil
// map never deeply equals a non-nil one, so got is not nil there. The assertion is written here
// with reflect.DeepEqual, as testify's ObjectsAreEqual does. Our own rewrite.
package main

import (
	"fmt"
	"maps"
	"reflect"
)

type request struct {
	data map[string]any
}

// Data returns a copy of the data to be written.
func (r *request) Data() map[string]any {
	if r.data == nil {
		return nil
	}
	return maps.Clone(r.data)
}

// equalf reports whether expected and actual are deeply equal, printing them when not.
func equalf(expected, actual any, what string) bool {
	if !reflect.DeepEqual(expected, actual) {
		fmt.Printf("%s: expected %v, got %v\n", what, expected, actual)
		return false
	}
	return true
}

func main() {
	tests := []struct {
		name    string
		want    map[string]any
		request *request
	}{
		{"all", map[string]any{"key": "value"}, &request{data: map[string]any{"key": "value"}}},
		{"empty", nil, &request{}},
	}
	for _, tt := range tests {
		gotData := tt.request.Data()
		if equalf(tt.want, gotData, "Data()") {
			if tt.want != nil {
				gotData["other"] = "value" // Data() must return a copy
				fmt.Println(tt.name, len(gotData), len(tt.request.Data()))
			}
		}
	}
}
