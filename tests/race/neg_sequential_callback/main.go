// A deployment tool hands a callback to its helper, which calls it once per host in the
// caller's goroutine (the deploys themselves run elsewhere); the captured map is confined to
// one goroutine.
package main

import "fmt"

// forEach calls fn once per item, in order.
func forEach(items []string, fn func(string)) {
	for _, it := range items {
		fn(it)
	}
}

func main() {
	status := make(map[string]string)
	forEach([]string{"web-1", "web-2", "db-1"}, func(host string) {
		status[host] = "deployed"
	})
	fmt.Println(len(status))
}
