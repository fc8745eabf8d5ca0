// A loader returns (nil, err) for a column it cannot parse; the caller hands err to a helper
// that only logs it and goes on to write into the nil map. The positive beside
// neg_real_k6_resolvers_no_error, whose helper panics on the error.
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

// noError only logs a set err: the caller goes on with whatever the call returned.
func noError(err error) {
	if err != nil {
		fmt.Println("warning:", err)
	}
}

func main() {
	resolvers, err := resolversFor([]string{"count", "max", "p(90", "p(90)"})
	noError(err)
	resolvers["p90"] = resolvers["p(90)"] // want "nil map"
	delete(resolvers, "p(90)")
	s := &sink{values: []float64{1, 4, 2}}
	fmt.Println(len(resolvers), resolvers["p90"](s))
}
