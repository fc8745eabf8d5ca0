// A near miss of pos_b6_limiter_closure_capacity_zero: the limiter closure captures a map that
// newLimiter makes only when a capacity is set, but capacity 0 means "unlimited" and the
// closure returns before counting when it has no map.
package main

import "fmt"

func newLimiter(capacity int) func(user string) bool {
	var attempts map[string]int
	if capacity > 0 {
		attempts = make(map[string]int)
	}
	return func(user string) bool {
		if attempts == nil {
			return true
		}
		attempts[user]++
		return attempts[user] <= capacity
	}
}

func main() {
	for _, capacity := range []int{0, 2} {
		allow := newLimiter(capacity)
		var got []bool
		for i := 0; i < 3; i++ {
			got = append(got, allow("ana"))
		}
		fmt.Println(capacity, got)
	}
}
