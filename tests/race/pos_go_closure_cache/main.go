// A read-through cache warmed by a closure goroutine while the caller already serves from it.
package main

import (
	"fmt"
	"strings"
	"sync"
)

func main() {
	cache := map[string]string{"home": "<h1>home</h1>"}
	pages := []string{"about", "contact"}

	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for _, p := range pages {
			cache[p] = "<h1>" + strings.ToUpper(p) + "</h1>" // want "concurrent map write"
		}
	}()

	body, hit := cache["home"] // other access
	wg.Wait()
	fmt.Println(hit, body)
}
