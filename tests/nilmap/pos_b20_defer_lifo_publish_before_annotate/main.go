// A CI step runner defers annotating the run's outcome and then defers publishing; deferred
// calls run last-in first-out, so publish hands off the annotations and drops the map before
// the outcome annotation is written into it.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Run struct {
	ID          string
	annotations map[string]string
	published   []string
}

func (r *Run) annotate(key, value string) {
	r.annotations[key] = value // want "nil map"
}

func (r *Run) publish() {
	keys := make([]string, 0, len(r.annotations))
	for k, v := range r.annotations {
		keys = append(keys, k+"="+v)
	}
	sort.Strings(keys)
	r.published = append(r.published, strings.Join(keys, " "))
	r.annotations = nil
}

type step struct {
	name string
	run  func() error
}

func (r *Run) Execute(steps []step) (err error) {
	r.annotations = map[string]string{"run": r.ID}
	defer func() {
		outcome := "passed"
		if err != nil {
			outcome = "failed"
		}
		r.annotate("outcome", outcome)
	}()
	defer r.publish()
	for _, s := range steps {
		if err = s.run(); err != nil {
			return fmt.Errorf("step %s: %w", s.name, err)
		}
		r.annotate("last_step", s.name)
	}
	return nil
}

func main() {
	r := &Run{ID: "build-418"}
	err := r.Execute([]step{
		{"checkout", func() error { return nil }},
		{"test", func() error { return errors.New("2 tests failed") }},
		{"deploy", func() error { return nil }},
	})
	fmt.Println("error:", err)
	fmt.Println(r.published)
}
