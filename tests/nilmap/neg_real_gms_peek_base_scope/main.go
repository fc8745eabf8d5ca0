// Reduced from dolthub/go-mysql-server v0.20.0, sql/procedures/interpreter_stack.go:197, :206,
// :247, :267 and :307, where mapscope check reported nil-map writes to the maps of
// `is.stack.Peek()`, saying that the generic Stack[T].Peek leaves them nil (:46). Peek returns
// the zero value of T for an empty stack, and T is *InterpreterScopeDetails: a nil pointer, whose
// field a write would dereference (a nil-pointer panic, not a nil-map one). NewInterpreterStack
// pushes the base scope with every map made, PushScope makes them for each new scope, and every
// PopScope follows a PushScope, so the stack is never empty. A near miss: the zero value of a
// pointer type parameter has no nil map fields. Our own rewrite.
package main

import (
	"fmt"
	"strings"
)

// stack is a generic stack.
type stack[T any] struct {
	values []T
}

func (s *stack[T]) peek() (value T) {
	if len(s.values) == 0 {
		return
	}
	return s.values[len(s.values)-1]
}

func (s *stack[T]) peekDepth(depth int) (value T) {
	if len(s.values) <= depth {
		return
	}
	return s.values[len(s.values)-(1+depth)]
}

func (s *stack[T]) pop() (value T) {
	if len(s.values) == 0 {
		return
	}
	value = s.values[len(s.values)-1]
	s.values = s.values[:len(s.values)-1]
	return
}

func (s *stack[T]) push(value T) { s.values = append(s.values, value) }

func (s *stack[T]) len() int { return len(s.values) }

type scopeDetails struct {
	variables map[string]any
	labels    map[string]int
}

func newScope() *scopeDetails {
	return &scopeDetails{variables: make(map[string]any), labels: make(map[string]int)}
}

type interpreterStack struct {
	stack *stack[*scopeDetails]
}

func newInterpreterStack() *interpreterStack {
	s := &stack[*scopeDetails]{}
	// The first push is the function's base scope, with its parameters.
	s.push(newScope())
	return &interpreterStack{stack: s}
}

func (is *interpreterStack) newVariable(name string, val any) {
	is.stack.peek().variables[name] = val
}

func (is *interpreterStack) newLabel(name string, index int) {
	is.stack.peek().labels[name] = index
}

func (is *interpreterStack) getVariable(name string) (any, bool) {
	name = strings.ToLower(name)
	for i := 0; i < is.stack.len(); i++ {
		if v, ok := is.stack.peekDepth(i).variables[name]; ok {
			return v, true
		}
	}
	return nil, false
}

func (is *interpreterStack) pushScope() { is.stack.push(newScope()) }

func (is *interpreterStack) popScope() { is.stack.pop() }

func main() {
	is := newInterpreterStack()
	is.newVariable("total", 0)
	is.pushScope()
	is.newLabel("loop1", 3)
	is.newVariable("i", 1)
	is.popScope()
	_, inner := is.getVariable("i")
	total, outer := is.getVariable("TOTAL")
	fmt.Println(inner, outer, total)
}
