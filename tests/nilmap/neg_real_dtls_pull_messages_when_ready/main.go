// Reduced from pion/dtls/v4 v4.0.2, internal/flight/flight13/flight0handler.go:60 and
// flight2handler.go:44, where mapscope check reported `pull.Messages[handshake.TypeClientHello]
// = logical.Parsed.Message` as a write to a nil map, with the note that Cache.FullPullMapItems
// leaves `Messages` nil (cache.go:204). FullPullMapItems returns without the map only under `if
// selection.Err != nil || !selection.Ready`, copying that error and readiness into its result,
// and fullPullMapCacheItems leaves it out only beside an error or with Ready false; both
// handlers return on `pull.Err != nil` and on `!pull.Ready` before the write. A near miss: a
// struct result whose map field is nil only when its error is set or its ready flag is false,
// tested by the caller before it writes the map. Our own rewrite.
package main

import (
	"errors"
	"fmt"
)

type item struct {
	typ  string
	seq  int
	body string
}

type selection struct {
	items []*item
	ready bool
	err   error
}

type pullResult struct {
	nextSequence int
	messages     map[string]string
	ready        bool
	err          error
}

type cache struct {
	items []*item
}

func (c *cache) pullSequential(start int, types ...string) selection {
	var out []*item
	seq := start
	for _, typ := range types {
		var found *item
		for _, it := range c.items {
			if it.typ == typ && it.seq == seq {
				found = it
			}
		}
		if found == nil {
			return selection{}
		}
		if found.body == "" {
			return selection{ready: true, err: errors.New("empty " + typ)}
		}
		out = append(out, found)
		seq++
	}
	return selection{items: out, ready: true}
}

func (c *cache) fullPull(start int, types ...string) pullResult {
	sel := c.pullSequential(start, types...)
	if sel.err != nil || !sel.ready {
		return pullResult{nextSequence: start, ready: sel.ready, err: sel.err}
	}
	out := make(map[string]string)
	for _, it := range sel.items {
		out[it.typ] = it.body
	}
	return pullResult{nextSequence: start + len(sel.items), messages: out, ready: true}
}

func parseClientHello(c *cache, start int) (int, error) {
	pull := c.fullPull(start, "client_hello")
	if pull.err != nil {
		return start, pull.err
	}
	if !pull.ready {
		return start, nil
	}
	pull.messages["client_hello"] = "decrypted:" + pull.messages["client_hello"]
	return pull.nextSequence, nil
}

func main() {
	c := &cache{}
	fmt.Println(parseClientHello(c, 0))
	c.items = append(c.items, &item{typ: "client_hello", seq: 0, body: "hello"})
	fmt.Println(parseClientHello(c, 0))
	c.items = append(c.items, &item{typ: "client_hello", seq: 1})
	fmt.Println(parseClientHello(c, 1))
}
