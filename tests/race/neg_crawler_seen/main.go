// A crawler that fetches pages in goroutines but keeps the visited set in the coordinating
// goroutine: workers only send the links they found back over a channel.
package main

import (
	"fmt"
	"sort"
)

var site = map[string][]string{
	"/":  {"/a", "/b"},
	"/a": {"/b", "/c"},
	"/b": {"/c"},
	"/c": {"/"},
}

func fetch(url string, found chan<- []string) {
	links := append([]string(nil), site[url]...)
	found <- links
}

func main() {
	seen := map[string]bool{"/": true}
	found := make(chan []string)
	pending := 1
	go fetch("/", found)
	for pending > 0 {
		links := <-found
		pending--
		for _, l := range links {
			if !seen[l] {
				seen[l] = true
				pending++
				go fetch(l, found)
			}
		}
	}
	var urls []string
	for u := range seen {
		urls = append(urls, u)
	}
	sort.Strings(urls)
	fmt.Println(urls)
}
