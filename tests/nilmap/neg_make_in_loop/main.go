// The map is made before the loop that writes it.
package main

func main() {
	var m map[int]int
	for i := 0; i < 3; i++ {
		if m == nil {
			m = make(map[int]int, 3)
		}
		m[i] = i
	}
}
