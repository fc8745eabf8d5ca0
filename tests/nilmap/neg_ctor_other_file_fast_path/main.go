// A connection pool's constructor (in pool.go) makes both bookkeeping maps on its zero-size
// fast path too; acquiring a connection from any pool records the owner safely.
package main

import "fmt"

func (p *connPool) acquire(addr, owner string) bool {
	if p.inUse[addr] >= p.max {
		return false
	}
	p.inUse[addr]++
	p.owners[addr] = owner
	return true
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
