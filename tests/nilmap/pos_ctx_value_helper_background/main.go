// A helper returns the context's tag map, nil when the context holds none. One caller passes a
// context given the map under the key; another passes context.Background(), and its write
// panics. Our own program.
package main

import (
	"context"
	"fmt"
)

type tagsKey struct{}

func withTags(ctx context.Context) context.Context {
	return context.WithValue(ctx, tagsKey{}, map[string]string{})
}

func Tags(ctx context.Context) map[string]string {
	m, _ := ctx.Value(tagsKey{}).(map[string]string)
	return m
}

func handle(ctx context.Context) {
	Tags(ctx)["route"] = "/a"
}

func main() {
	handle(withTags(context.Background()))
	fmt.Println("tagged")
	Tags(context.Background())["route"] = "/b" // want "nil map"
	fmt.Println("done")
}
