// A response cache resets itself by assigning a fresh value through its pointer receiver; the
// new value gets a new entries map, so the next store has a map to write.
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
	*c = responseCache{limit: c.limit, entries: make(map[string][]byte, c.limit)}
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
