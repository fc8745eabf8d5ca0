// A DNS cache picks which table to update through a helper that returns a pointer to the right
// map field; the IPv6 table is nil until first used, and the caller makes it through the
// pointer before storing into it.
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

func (c *DNSCache) put(ipv6 bool, host, addr string) {
	t := c.table(ipv6)
	if *t == nil {
		*t = make(map[string]string)
	}
	(*t)[host] = addr
}

func main() {
	c := &DNSCache{v4: map[string]string{}}
	c.put(false, "localhost", "127.0.0.1")
	t := c.table(true)
	if *t == nil {
		*t = map[string]string{}
	}
	(*t)["localhost"] = "::1"
	fmt.Println(len(c.v4), len(c.v6))
}
