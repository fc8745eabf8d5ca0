// A dependency resolver looks up each module's latest version in an errgroup. The mutex
// guarding the versions map is declared once, before the loop, so every goroutine locks the
// same mutex around its write.
package main

import (
	"context"
	"fmt"
	"sort"
	"sync"

	"golang.org/x/sync/errgroup"
)

var proxy = map[string][]string{
	"golang.org/x/text":   {"v0.20.0", "v0.21.0"},
	"golang.org/x/net":    {"v0.33.0", "v0.34.0"},
	"golang.org/x/crypto": {"v0.31.0"},
}

func latest(ctx context.Context, mod string) (string, error) {
	if err := ctx.Err(); err != nil {
		return "", err
	}
	vs, ok := proxy[mod]
	if !ok {
		return "", fmt.Errorf("%s: not found", mod)
	}
	return vs[len(vs)-1], nil
}

func resolve(ctx context.Context, mods []string) (map[string]string, error) {
	versions := make(map[string]string, len(mods))
	g, ctx := errgroup.WithContext(ctx)
	start := make(chan struct{})
	var mu sync.Mutex
	for _, mod := range mods {
		g.Go(func() error {
			<-start
			v, err := latest(ctx, mod)
			if err != nil {
				return err
			}
			mu.Lock()
			versions[mod] = v
			mu.Unlock()
			return nil
		})
	}
	close(start)
	return versions, g.Wait()
}

func main() {
	versions, err := resolve(context.Background(), []string{"golang.org/x/text", "golang.org/x/net", "golang.org/x/crypto"})
	if err != nil {
		fmt.Println(err)
		return
	}
	mods := make([]string, 0, len(versions))
	for m := range versions {
		mods = append(mods, m)
	}
	sort.Strings(mods)
	for _, m := range mods {
		fmt.Println(m, versions[m])
	}
}
