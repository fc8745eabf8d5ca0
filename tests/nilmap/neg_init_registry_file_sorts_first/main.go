package main

import (
	"fmt"
	"sort"
)

func main() {
	names := make([]string, 0, len(codecs))
	for n := range codecs {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, codecs[n].Encode("hi"))
	}
}
