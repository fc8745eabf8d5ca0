// An import job validates a batch while its upload stage waits on the job's context. On the
// first bad field the validator cancels the context with a *ValidationError as the cause, to
// stop the upload early, and only then records that field and the rest in the error's map;
// the upload stage, woken by the cancel, ranges the same map for its abort report.
package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type ValidationError struct {
	Fields map[string]string
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("%d invalid fields", len(e.Fields))
}

type Field struct{ Name, Value string }

func check(f Field) string {
	switch {
	case f.Value == "":
		return "required"
	case f.Name == "email" && !strings.Contains(f.Value, "@"):
		return "not an address"
	}
	return ""
}

func upload(ctx context.Context, valid <-chan struct{}, report *[]string) {
	select {
	case <-valid:
		*report = append(*report, "uploaded")
		return
	case <-ctx.Done():
	}
	var ve *ValidationError
	if errors.As(context.Cause(ctx), &ve) {
		for name, msg := range ve.Fields { // other access
			*report = append(*report, name+": "+msg)
		}
	}
}

func validate(cancel context.CancelCauseFunc, fields []Field) bool {
	var ve *ValidationError
	for _, f := range fields {
		if msg := check(f); msg != "" {
			if ve == nil {
				ve = &ValidationError{Fields: make(map[string]string)}
				cancel(ve)
			}
			ve.Fields[f.Name] = msg // want "concurrent map write"
		}
	}
	return ve == nil
}

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	defer cancel(nil)
	valid := make(chan struct{})
	var report []string
	var wg sync.WaitGroup
	wg.Go(func() { upload(ctx, valid, &report) })
	if validate(cancel, []Field{{"name", "Ada"}, {"email", "ada.example.com"}, {"country", ""}}) {
		close(valid)
	}
	wg.Wait()
	sort.Strings(report)
	fmt.Println("aborted:", report)
}
