// A CI step runner defers publishing first and annotating the run's outcome second; deferred
// calls run last-in first-out, so the outcome is annotated before publish hands the
// annotations off and drops the map.
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
	r.annotations[key] = value
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
	defer r.publish()
	defer func() {
		outcome := "passed"
		if err != nil {
			outcome = "failed"
		}
		r.annotate("outcome", outcome)
	}()
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
