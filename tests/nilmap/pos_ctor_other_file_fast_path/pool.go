package main

import "errors"

// connPool hands out connections per backend address and remembers which ones are in use.
type connPool struct {
	name   string
	max    int
	inUse  map[string]int
	owners map[string]string
}

// newConnPool returns a pool; a zero-sized pool takes a fast path that forgets the
// owners map.
func newConnPool(name string, max int) (*connPool, error) {
	if max < 0 {
		return nil, errors.New("negative pool size")
	}
	if max == 0 {
		return &connPool{name: name, max: 1, inUse: make(map[string]int)}, nil
	}
	return &connPool{
		name:   name,
		max:    max,
		inUse:  make(map[string]int),
		owners: make(map[string]string),
	}, nil
}
