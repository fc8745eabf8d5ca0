// A constructor in another package leaves a map field nil; the write is in that package.
package main

import (
	"fmt"

	"example.com/nilmapcorpus/pos_ctor_other_pkg/store"
)

func main() {
	s := store.New("sessions")
	s.Set("abc", []byte("alice"))
	fmt.Println(s.Get("abc"))
}
