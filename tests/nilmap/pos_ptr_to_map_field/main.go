// A pointer to a struct's map field is taken to pick which table to update; that field is nil.
package main

import "fmt"

type DNSCache struct {
	v4 map[string]string
	v6 map[string]string
}

func (c *DNSCache) table(ipv6 bool) *map[string]string {
	if ipv6 {
		return &c.v6
	}
	return &c.v4
}

func main() {
	c := &DNSCache{v4: map[string]string{}}
	t := c.table(false)
	(*t)["localhost"] = "127.0.0.1"
	t = c.table(true)
	(*t)["localhost"] = "::1" // want "nil map"
	fmt.Println(len(c.v4))
}
