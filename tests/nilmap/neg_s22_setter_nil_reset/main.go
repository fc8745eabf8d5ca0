// An xDS-style subscription remembers the versions it returned. A test resets them with the
// setter and the constant nil, then only unsubscribes from the wildcard, which skips the
// write: a setter handed nil on purpose is a reset whose caller knows what runs next.
package main

import "fmt"

type subscription struct {
	wildcard bool
	returned map[string]string
}

func newSubscription() *subscription {
	return &subscription{wildcard: true, returned: map[string]string{}}
}

func (s *subscription) setReturned(r map[string]string) {
	s.returned = r
}

func (s *subscription) unsubscribe(names []string) {
	for _, n := range names {
		if n == "*" {
			s.wildcard = false
			continue
		}
		s.returned[n] = ""
	}
}

func main() {
	s := newSubscription()
	s.unsubscribe([]string{"clusters"})
	s.setReturned(nil)
	s.unsubscribe([]string{"*"})
	fmt.Println(s.wildcard, len(s.returned))
}
