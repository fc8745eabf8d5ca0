// Reduced from cschleiden/go-workflows v1.2.0, internal/sync/context.go:213 and :283, where
// `c.Value(&cancelCtxKey).(*cancelCtx)` keys a context by the address of a package variable:
// mapscope check panicked on every package, spelling the key's pointer type, which only the IR
// builder knows. A near miss: the tags map comes from the context under that key, and is
// written only when the assertion succeeds. Our own rewrite.
package main

import (
	"context"
	"fmt"
)

// tagsKey's address is the context key: no other package can make the same key.
var tagsKey int

type span struct {
	name string
	tags map[string]string
}

func withTags(ctx context.Context) context.Context {
	return context.WithValue(ctx, &tagsKey, map[string]string{})
}

// tag records a tag on the context's map, when the context has one.
func tag(ctx context.Context, k, v string) bool {
	tags, ok := ctx.Value(&tagsKey).(map[string]string)
	if !ok {
		return false
	}
	tags[k] = v
	return true
}

func finish(ctx context.Context, name string) span {
	s := span{name: name}
	if tags, ok := ctx.Value(&tagsKey).(map[string]string); ok {
		s.tags = tags
	}
	return s
}

func main() {
	plain := context.Background()
	fmt.Println(tag(plain, "user", "ann"))
	ctx := withTags(plain)
	fmt.Println(tag(ctx, "user", "ann"), tag(ctx, "route", "/orders"))
	s := finish(ctx, "GET /orders")
	fmt.Println(s.name, len(s.tags))
}
