// Reduced from aquasecurity/trivy v0.74.0, pkg/iac/scanners/terraform/parser/evaluator.go:282,
// as neg_real_trivy_copy_made_when_lengths_differ, with the source read through the context's
// getter as trivy does (`e.ctx.Inner().Variables`, called once for the length test and again
// for the copy, with nothing stored between). A near miss: the destination is nil only when the
// source it copies from has no entries. Our own rewrite.
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

type context struct {
	inner *evalContext
}

// Inner returns the evaluation context the expressions see.
func (c *context) Inner() *evalContext { return c.inner }

type evaluator struct {
	ctx     *context
	modules []string
}

// evaluateStep adds one module's outputs per call, until every module is in the context.
func (e *evaluator) evaluateStep() {
	for _, module := range e.modules {
		key := "module." + module
		if _, ok := e.ctx.Inner().Variables[key]; !ok {
			e.ctx.Inner().Variables[key] = strings.ToUpper(module)
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
		if i > 0 && reflect.DeepEqual(lastContext.Variables, e.ctx.Inner().Variables) {
			break
		}
		if len(e.ctx.Inner().Variables) != len(lastContext.Variables) {
			lastContext.Variables = make(map[string]string, len(e.ctx.Inner().Variables))
		}
		maps.Copy(lastContext.Variables, e.ctx.Inner().Variables)
	}
	return iterations
}

func main() {
	empty := &evaluator{ctx: &context{inner: &evalContext{Variables: map[string]string{}}}}
	fmt.Println(empty.evaluateSteps())
	full := &evaluator{
		ctx:     &context{inner: &evalContext{Variables: map[string]string{}}},
		modules: []string{"vpc", "db", "app"},
	}
	fmt.Println(full.evaluateSteps(), len(full.ctx.Inner().Variables))
}
