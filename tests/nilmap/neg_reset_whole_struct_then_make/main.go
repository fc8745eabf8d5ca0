// A response cache resets itself by assigning a fresh zero value through its pointer receiver,
// which leaves the entries map nil for a moment; the reset then makes a new map before any
// store can reach it.
package main

import "fmt"

type responseCache struct {
	limit   int
	hits    int
	entries map[string][]byte
}

func newResponseCache(limit int) *responseCache {
	return &responseCache{limit: limit, entries: make(map[string][]byte)}
}

func (c *responseCache) reset() {
	*c = responseCache{limit: c.limit}
	c.entries = make(map[string][]byte, c.limit)
}

func (c *responseCache) store(key string, body []byte) {
	if len(c.entries) >= c.limit {
		c.reset()
	}
	c.entries[key] = body
}

func main() {
	c := newResponseCache(2)
	for _, path := range []string{"/a", "/b", "/c"} {
		c.store(path, []byte("<html>"+path+"</html>"))
	}
	fmt.Println(len(c.entries))
}
