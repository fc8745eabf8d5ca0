// A retry helper (in retry.go) keeps the attempts per key in a map its zero value lacks; the
// closure it runs for each try counts into that nil map. The write sits in a function literal
// inside the first function of a file that is not the package's first: mapscope check (at
// 2901497) reported it at main.go:3, in the wrong file, because a closure is built before the
// function that encloses it and took the file of the function listed before it.
package main

import "fmt"

func main() {
	var r retrier
	err := r.do("fetch", func() error { return nil })
	fmt.Println(err)
}
