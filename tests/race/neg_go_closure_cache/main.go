// The cache is warmed by a closure goroutine, and the caller serves from it only after waiting.
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
			cache[p] = "<h1>" + strings.ToUpper(p) + "</h1>"
		}
	}()
	wg.Wait()

	body, hit := cache["about"]
	fmt.Println(hit, body)
}
