// A backup tool uploads archives with errgroup and records each upload's etag in a map without
// a lock; its limit of one upload at a time makes each upload finish before the next starts.
package main

import (
	"fmt"

	"golang.org/x/sync/errgroup"
)

func upload(name string) (string, error) {
	return fmt.Sprintf("etag-%x", len(name)*2654435761), nil
}

func main() {
	archives := []string{"db-2024-06-01.tar", "media-2024-06-01.tar", "logs-2024-06-01.tar"}
	etags := make(map[string]string)
	var g errgroup.Group
	g.SetLimit(1)
	for _, a := range archives {
		g.Go(func() error {
			tag, err := upload(a)
			if err != nil {
				return err
			}
			etags[a] = tag
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		fmt.Println(err)
	}
	fmt.Println(len(etags))
}
