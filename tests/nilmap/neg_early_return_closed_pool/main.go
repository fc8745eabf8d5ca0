// A near miss of a method whose write is reached unless it returns early: a connection pool
// built closed (size 0) has no owner table, and acquire returns early on a closed pool before
// it records the owner. The early return tests a flag that stands for "the table was made",
// not a failure, so the write never runs on the pool without a table.
package main

import (
	"errors"
	"fmt"
)

type connPool struct {
	name   string
	open   bool
	max    int
	inUse  map[string]int
	owners map[string]string
}

func newConnPool(name string, max int) (*connPool, error) {
	if max < 0 {
		return nil, errors.New("negative pool size")
	}
	if max == 0 {
		return &connPool{name: name}, nil
	}
	return &connPool{
		name:   name,
		open:   true,
		max:    max,
		inUse:  make(map[string]int),
		owners: make(map[string]string),
	}, nil
}

func (p *connPool) acquire(addr, owner string) error {
	if !p.open {
		return errors.New(p.name + " is closed")
	}
	if p.inUse[addr] >= p.max {
		return errors.New(p.name + " is full")
	}
	p.inUse[addr]++
	p.owners[addr] = owner
	return nil
}

func main() {
	for _, size := range []int{4, 0} {
		p, err := newConnPool(fmt.Sprintf("pool-%d", size), size)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(p.name, p.acquire("10.0.0.1:5432", "billing"))
	}
}
