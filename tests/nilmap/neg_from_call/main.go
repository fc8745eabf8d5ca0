// A map returned by a function made it.
package main

func fresh() map[string]int { return map[string]int{} }

func main() {
	m := fresh()
	m["a"] = 1
}
