// The twin of neg_real_anthropic_extras_under_captured_flag: the flag the decoding literal
// captures is also captured by a hook that sets it, and the hook runs inside the loop, between
// the test that left the map nil and the write under the flag, so the write meets a nil map.
package main

import "fmt"

func main() {
	keep := false
	hooks := map[string]func(){"colour": func() { keep = true }}
	decode := func(keys []string) map[string]bool {
		var unknown map[string]bool
		if keep {
			unknown = make(map[string]bool)
		}
		for _, k := range keys {
			if hook, ok := hooks[k]; ok {
				hook()
			}
			if keep {
				unknown[k] = true // want "nil map"
			}
		}
		return unknown
	}
	fmt.Println(len(decode([]string{"colour", "size"})))
}
