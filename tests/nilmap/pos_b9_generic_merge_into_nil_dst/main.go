// A feature-flag client merges flag sets from several sources with a generic Merge written in the
// style of append: it copies the sources into dst and returns it. The client merges the remote
// flags into its overrides, which stay nil when no override file was given, and Merge writes
// into that nil dst.
package main

import "fmt"

type Flags map[string]bool

func Merge[M ~map[K]V, K comparable, V any](dst M, srcs ...M) M {
	for _, src := range srcs {
		for k, v := range src {
			dst[k] = v // want "nil map"
		}
	}
	return dst
}

type Client struct {
	defaults  Flags
	overrides Flags
}

func NewClient(defaults Flags, overrideFile string) *Client {
	c := &Client{defaults: defaults}
	if overrideFile != "" {
		c.overrides = Flags{"beta-ui": true} // parsed from the file in the real client
	}
	return c
}

func (c *Client) Refresh(remote Flags) Flags {
	c.overrides = Merge(c.overrides, c.defaults, remote)
	return c.overrides
}

func main() {
	defaults := Flags{"new-checkout": false, "dark-mode": true}
	remote := Flags{"new-checkout": true}
	withFile := NewClient(defaults, "flags.local.json")
	fmt.Println(withFile.Refresh(remote))
	plain := NewClient(defaults, "")
	fmt.Println(plain.Refresh(remote))
}
