// Reduced from moby/buildkit v0.35.0, solver/result/result.go:192, :195 and :210, where mapscope
// check reported nil-map writes to `r2.Refs` and `r2.Attestations`, fields of a new result that
// its composite literal leaves nil. ConvertResult makes each of them under `if r.Refs != nil`
// (`if r.Attestations != nil`) and writes them only in the loop over that same source map, which
// runs no iteration when the source is nil. A near miss: the destination is made whenever the
// map the loop ranges over is not nil. Our own rewrite.
package main

import (
	"fmt"
	"strconv"
)

type attestation[T any] struct {
	Kind string
	Ref  T
}

type result[T comparable] struct {
	Ref          T
	Refs         map[string]T
	Attestations map[string][]attestation[T]
}

func convertResult[U comparable, V comparable](r *result[U], fn func(U) (V, error)) (*result[V], error) {
	var zero U
	r2 := &result[V]{}
	var err error
	if r.Ref != zero {
		r2.Ref, err = fn(r.Ref)
		if err != nil {
			return nil, err
		}
	}

	if r.Refs != nil {
		r2.Refs = map[string]V{}
	}
	for k, r := range r.Refs {
		if r == zero {
			var zero V
			r2.Refs[k] = zero
			continue
		}
		r2.Refs[k], err = fn(r)
		if err != nil {
			return nil, err
		}
	}

	if r.Attestations != nil {
		r2.Attestations = map[string][]attestation[V]{}
	}
	for k, as := range r.Attestations {
		for _, a := range as {
			ref, err := fn(a.Ref)
			if err != nil {
				return nil, err
			}
			r2.Attestations[k] = append(r2.Attestations[k], attestation[V]{Kind: a.Kind, Ref: ref})
		}
	}
	return r2, nil
}

func main() {
	toString := func(i int) (string, error) { return "ref-" + strconv.Itoa(i), nil }
	single, err := convertResult(&result[int]{Ref: 1}, toString)
	if err != nil {
		panic(err)
	}
	multi, err := convertResult(&result[int]{
		Refs:         map[string]int{"linux/amd64": 2, "linux/arm64": 0},
		Attestations: map[string][]attestation[int]{"linux/amd64": {{Kind: "in-toto", Ref: 3}}},
	}, toString)
	if err != nil {
		panic(err)
	}
	fmt.Println(single.Ref, len(single.Refs), len(multi.Refs), len(multi.Attestations))
}
