// Reduced from aquasecurity/trivy v0.74.0, pkg/iac/scanners/terraform/parser/evaluator.go:282,
// where mapscope check reported a nil-map write by maps.Copy into `lastContext.Variables`, a
// field of a zero-valued struct. evaluateSteps makes that map whenever its length differs from
// the evaluated context's, so it stays nil only while the context's variables are empty too,
// and maps.Copy of an empty map writes nothing. A near miss: the destination is nil only when
// the source it copies from has no entries. Our own rewrite.
package main

import (
	"fmt"
	"maps"
	"reflect"
	"strings"
)

const maxContextIterations = 8

type evalContext struct {
	Variables map[string]string
}

type evaluator struct {
	ctx     *evalContext
	modules []string
}

// evaluateStep adds one module's outputs per call, until every module is in the context.
func (e *evaluator) evaluateStep() {
	for _, module := range e.modules {
		key := "module." + module
		if _, ok := e.ctx.Variables[key]; !ok {
			e.ctx.Variables[key] = strings.ToUpper(module)
			return
		}
	}
}

func (e *evaluator) evaluateSteps() int {
	var lastContext evalContext
	iterations := 0
	for i := range maxContextIterations {
		iterations++
		e.evaluateStep()
		if i > 0 && reflect.DeepEqual(lastContext.Variables, e.ctx.Variables) {
			break
		}
		if len(e.ctx.Variables) != len(lastContext.Variables) {
			lastContext.Variables = make(map[string]string, len(e.ctx.Variables))
		}
		maps.Copy(lastContext.Variables, e.ctx.Variables)
	}
	return iterations
}

func main() {
	empty := &evaluator{ctx: &evalContext{Variables: map[string]string{}}}
	fmt.Println(empty.evaluateSteps())
	full := &evaluator{ctx: &evalContext{Variables: map[string]string{}}, modules: []string{"vpc", "db", "app"}}
	fmt.Println(full.evaluateSteps(), len(full.ctx.Variables))
}
