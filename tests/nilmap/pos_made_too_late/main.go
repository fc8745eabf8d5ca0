// The map is made after the first write of the loop.
package main

func main() {
	var m map[int]int
	for i := 0; i < 3; i++ {
		m[i] = i // want "assignment to entry in nil map"
		if i == 0 {
			m = make(map[int]int)
		}
	}
}
