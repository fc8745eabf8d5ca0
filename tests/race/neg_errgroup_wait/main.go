// A batch importer runs in an errgroup goroutine; the caller reads the result map only after
// g.Wait, which happens after every goroutine of the group returned.
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
			born[name] = year
		}
		return nil
	})
	if err := g.Wait(); err != nil {
		fmt.Println(err)
	}
	imported := len(born)
	fmt.Println(imported, born["grace"])
}
