// A batch importer runs in an errgroup goroutine; the caller prints progress from the result
// map before g.Wait, while the import is still writing it.
package main

import (
	"context"
	"fmt"
	"strings"

	"golang.org/x/sync/errgroup"
)

func main() {
	rows := []string{"ada,1815", "grace,1906", "barbara,1939"}
	born := make(map[string]string)
	g, ctx := errgroup.WithContext(context.Background())
	g.Go(func() error {
		for _, row := range rows {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			name, year, _ := strings.Cut(row, ",")
			born[name] = year // want "concurrent map write"
		}
		return nil
	})
	imported := len(born) // other access
	if err := g.Wait(); err != nil {
		fmt.Println(err)
	}
	fmt.Println(imported <= len(rows), len(born))
}
