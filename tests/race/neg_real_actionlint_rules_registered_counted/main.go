// Reduced from rhysd/actionlint v1.7.12, error.go:319, where mapscope check reported
// ErrorFormatter.RegisterRule's write to `f.rules`, made by the goroutines that
// TestErrorFormatterRegisterRuleConcurrently starts (error_test.go:704), as racing with the
// test's `len(f.rules)` (:717). The writes hold the formatter's mutex, and the test starts 100
// goroutines in a counting loop, each of which sends once on `done` after its last write, then
// receives from `done` in a loop of the same 100 trips before it reads: every write happens
// before the read. A near miss: the fan-in loop counts to a constant that the loop starting the
// goroutines counts to as well. Our own rewrite.
package main

import (
	"fmt"
	"sync"
)

type rule struct{ name, desc string }

type formatter struct {
	rulesMu sync.Mutex
	rules   map[string]string
}

func newFormatter() *formatter {
	return &formatter{rules: map[string]string{"syntax-check": "checks the syntax"}}
}

func (f *formatter) registerRule(r rule) {
	f.rulesMu.Lock()
	defer f.rulesMu.Unlock()
	if _, ok := f.rules[r.name]; !ok {
		f.rules[r.name] = r.desc
	}
}

func main() {
	f := newFormatter()
	rules := []rule{}
	for i := 0; i < 8; i++ {
		rules = append(rules, rule{fmt.Sprintf("rule%d", i), fmt.Sprintf("description for rule%d", i)})
	}
	done := make(chan struct{})
	for i := 0; i < 4; i++ {
		go func() {
			for _, r := range rules {
				f.registerRule(r)
			}
			done <- struct{}{}
		}()
	}
	for i := 0; i < 4; i++ {
		<-done
	}
	fmt.Println(len(f.rules), "rules registered")
}
