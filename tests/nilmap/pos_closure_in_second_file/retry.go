package main

import "errors"

// retrier runs an operation up to three times and counts the attempts made per key.
type retrier struct {
	attempts map[string]int
}

func (r *retrier) do(key string, op func() error) error {
	try := func() error {
		r.attempts[key]++ // want "nil map"
		return op()
	}
	for i := 0; i < 3; i++ {
		if err := try(); err == nil {
			return nil
		}
	}
	return errors.New("gave up on " + key)
}
