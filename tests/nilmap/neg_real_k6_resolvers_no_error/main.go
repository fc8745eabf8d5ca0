// Reduced from k6 v1.8.1, internal/output/prometheusrw/remotewrite/trend_test.go:47, where
// mapscope check reported a nil-map write to the map GetResolversForTrendColumns returns
// (metrics/sample.go:165 returns nil with an error for a column it cannot parse). The test
// passes only valid columns and calls `require.NoError(t, err)` before writing, which stops the
// test when err is not nil; here a helper of the program panics on a non-nil error the same
// way. A near miss: the nil result comes with an error, and the error is checked by a helper
// that does not return. Our own rewrite.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

type sink struct{ values []float64 }

func (s *sink) count() float64 { return float64(len(s.values)) }

func (s *sink) max() float64 {
	m := 0.0
	for _, v := range s.values {
		m = max(m, v)
	}
	return m
}

func resolversFor(columns []string) (map[string]func(*sink) float64, error) {
	static := map[string]func(*sink) float64{"count": (*sink).count, "max": (*sink).max}
	out := make(map[string]func(*sink) float64, len(columns))
	for _, c := range columns {
		if f, ok := static[c]; ok {
			out[c] = f
			continue
		}
		if !strings.HasPrefix(c, "p(") || !strings.HasSuffix(c, ")") {
			return nil, fmt.Errorf("unknown trend column %q", c)
		}
		p, err := strconv.ParseFloat(c[2:len(c)-1], 64)
		if err != nil {
			return nil, err
		}
		out[c] = func(s *sink) float64 { return p / 100 * s.max() }
	}
	return out, nil
}

// noError stops the program when err is set, as testify's require.NoError stops a test.
func noError(err error) {
	if err != nil {
		panic(err)
	}
}

func main() {
	resolvers, err := resolversFor([]string{"count", "max", "p(90)"})
	noError(err)
	resolvers["p90"] = resolvers["p(90)"]
	delete(resolvers, "p(90)")
	s := &sink{values: []float64{1, 4, 2}}
	fmt.Println(len(resolvers), resolvers["p90"](s))
}
