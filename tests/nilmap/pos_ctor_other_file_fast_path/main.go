// A connection pool's constructor (in pool.go) forgets the owners map on its zero-size fast
// path; acquiring a connection from such a pool records the owner in the nil map.
package main

import "fmt"

func (p *connPool) acquire(addr, owner string) bool {
	if p.inUse[addr] >= p.max {
		return false
	}
	p.inUse[addr]++
	p.owners[addr] = owner // want "nil map"
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
