// Near miss of neg_real_clientgo_apply_with_entries: a generated-looking builder makes its
// label map under `b.MatchLabels == nil && len(...) > 0`, but the length it tests is that of
// the selector's expressions, not of the entries it then loops over. A selector without
// expressions keeps the map nil, and the first label written panics.
package main

import "fmt"

type requirement struct {
	Key      string
	Operator string
}

type selectorApply struct {
	MatchLabels      map[string]string
	MatchExpressions []requirement
}

func selector() *selectorApply { return &selectorApply{} }

func (b *selectorApply) WithMatchExpressions(reqs ...requirement) *selectorApply {
	b.MatchExpressions = append(b.MatchExpressions, reqs...)
	return b
}

func (b *selectorApply) WithMatchLabels(entries map[string]string) *selectorApply {
	if b.MatchLabels == nil && len(b.MatchExpressions) > 0 {
		b.MatchLabels = make(map[string]string, len(entries))
	}
	for k, v := range entries {
		b.MatchLabels[k] = v // want "nil map"
	}
	return b
}

func main() {
	withExpr := selector().
		WithMatchExpressions(requirement{Key: "tier", Operator: "In"}).
		WithMatchLabels(map[string]string{"app": "web"})
	fmt.Println(len(withExpr.MatchLabels))
	plain := selector().WithMatchLabels(map[string]string{"app": "db"})
	fmt.Println(len(plain.MatchLabels))
}
