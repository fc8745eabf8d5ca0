// Every branch makes the map.
package main

func main() {
	var m map[int]int
	if len("ab") > 1 {
		m = make(map[int]int)
	} else {
		m = map[int]int{}
	}
	m[1] = 1
}
