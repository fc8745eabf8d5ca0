// A response cache resets itself by assigning a fresh zero value through its pointer receiver;
// `*c = responseCache{...}` keeps the limit but leaves the entries map nil, and the next store
// panics.
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
}

func (c *responseCache) store(key string, body []byte) {
	if len(c.entries) >= c.limit {
		c.reset()
	}
	c.entries[key] = body // want "nil map"
}

func main() {
	c := newResponseCache(2)
	for _, path := range []string{"/a", "/b", "/c"} {
		c.store(path, []byte("<html>"+path+"</html>"))
	}
	fmt.Println(len(c.entries))
}
