// A login endpoint limits attempts per user with a closure returned by newLimiter. The closure
// counts attempts in a map it captures, which newLimiter only makes when a capacity is set;
// capacity 0 was meant to mean "unlimited", but the closure still counts, into a nil map.
package main

import "fmt"

func newLimiter(capacity int) func(user string) bool {
	var attempts map[string]int
	if capacity > 0 {
		attempts = make(map[string]int)
	}
	return func(user string) bool {
		attempts[user]++ // want "nil map"
		return capacity == 0 || attempts[user] <= capacity
	}
}

type loginService struct {
	allow func(user string) bool
}

func (s loginService) login(user, password string) string {
	if !s.allow(user) {
		return user + ": too many attempts"
	}
	if password != "hunter2" {
		return user + ": wrong password"
	}
	return user + ": welcome"
}

func main() {
	strict := loginService{allow: newLimiter(2)}
	for _, pw := range []string{"a", "b", "c"} {
		fmt.Println(strict.login("mallory", pw))
	}
	internal := loginService{allow: newLimiter(0)}
	fmt.Println(internal.login("ops", "hunter2"))
}
