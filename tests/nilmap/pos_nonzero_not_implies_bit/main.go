// The converse of a bit test does not hold: the map is made only when bit 0 of the flags is set,
// and written whenever the flags are not zero, so flags 2 write into a nil map. Our own program.
package main

import "fmt"

type reply struct {
	user string
	subs map[string]bool
}

func connect(flags byte) reply {
	r := reply{user: "u"}
	if flags&1 != 0 {
		r.subs = map[string]bool{}
	}
	if flags != 0 {
		r.subs["s"] = true // want "nil map"
	}
	return r
}

func main() {
	for _, flags := range []byte{0, 1, 3, 2} {
		fmt.Println(len(connect(flags).subs))
	}
}
