// Reduced from pulumi/pulumi/sdk/v3 v3.277.0, go/pulumi/context.go:2540, where mapscope check
// reported `outprops["urn"] = resource.NewProperty(urn)` in resourceState.resolve as a write to
// a nil map, with the note that `outprops` is declared without a value. resolve assigns
// `outprops, err = plugin.UnmarshalProperties(...)` only under `if err == nil`, and returns
// under the next `if err != nil`: the path that skips the assignment has a non-nil error and
// returns, and UnmarshalProperties returns nil only beside an error or when asked to propagate
// a nil struct, which this call does not ask. A near miss: a map assigned under `if err ==
// nil` by a call that may fail, then `if err != nil { return }`, then written. Our own rewrite.
package main

import (
	"errors"
	"fmt"
	"sort"
)

type propertyMap map[string]string

type unmarshalOptions struct {
	keepUnknowns bool
	propagateNil bool
}

func unmarshalProperties(fields map[string]string, opts unmarshalOptions) (propertyMap, error) {
	if fields == nil && opts.propagateNil {
		return nil, nil
	}
	result := make(propertyMap)
	keys := make([]string, 0, len(fields))
	for k := range fields {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if fields[k] == "" && !opts.keepUnknowns {
			return nil, errors.New("unknown value for " + k)
		}
		result[k] = fields[k]
	}
	return result, nil
}

type outputState struct {
	rejected error
	resolved map[string]string
}

func resolve(state *outputState, err error, urn, id string, fields map[string]string) {
	var outprops propertyMap
	if err == nil {
		outprops, err = unmarshalProperties(fields, unmarshalOptions{keepUnknowns: true})
	}
	if err != nil {
		state.rejected = err
		return
	}
	outprops["urn"] = urn
	outprops["id"] = id
	state.resolved = outprops
}

func main() {
	var a, b outputState
	resolve(&a, nil, "urn:pulumi:dev::web::bucket", "b-1", map[string]string{"arn": "arn:aws:s3:::b-1"})
	resolve(&b, errors.New("registration failed"), "urn:pulumi:dev::web::queue", "", nil)
	fmt.Println(a.resolved["urn"], b.rejected)
}
