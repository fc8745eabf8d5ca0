// The map is made on the first iteration, before the first write (from runtime's benchmarks).
package main

func main() {
	const n = 4
	var m map[int]int
	for i := 0; i < 10; i++ {
		if i%n == 0 {
			m = make(map[int]int)
		}
		m[i%n] = i
	}
}
