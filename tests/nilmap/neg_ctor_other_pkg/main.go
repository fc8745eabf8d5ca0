// A constructor in another package makes every map its methods write.
package main

import (
	"fmt"

	"example.com/nilmapcorpus/neg_ctor_other_pkg/store"
)

func main() {
	s := store.New("sessions")
	s.Set("abc", []byte("alice"))
	fmt.Println(s.Get("abc"))
}
