// Package metrics has a counter set whose zero value is ready to use.
package metrics

type Counters struct {
	byName map[string]int64
}

func (c *Counters) Add(name string, delta int64) {
	if c.byName == nil {
		c.byName = make(map[string]int64)
	}
	c.byName[name] += delta
}

func (c *Counters) Get(name string) int64 { return c.byName[name] }
