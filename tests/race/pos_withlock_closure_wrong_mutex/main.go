// A directory service runs its critical sections as closures through a withLock helper. Adding
// a group member passes the users mutex instead of the groups mutex, so it writes the groups map
// while archiving a group deletes from it under the right lock.
package main

import (
	"fmt"
	"sync"
)

type directory struct {
	usersMu  sync.Mutex
	users    map[string]string
	groupsMu sync.Mutex
	groups   map[string][]string
}

func withLock(mu *sync.Mutex, fn func()) {
	mu.Lock()
	defer mu.Unlock()
	fn()
}

func (d *directory) join(user, group string) {
	withLock(&d.usersMu, func() { // root cause
		d.groups[group] = append(d.groups[group], user) // want "concurrent map write"
	})
}

func (d *directory) archiveGroup(group string) {
	withLock(&d.groupsMu, func() {
		delete(d.groups, group) // other access
	})
}

func main() {
	d := &directory{users: map[string]string{"ada": "Ada"}, groups: map[string][]string{"ops": nil}}
	var arrived, wg sync.WaitGroup
	arrived.Add(2)
	wg.Go(func() { arrived.Done(); arrived.Wait(); d.join("ada", "eng") })
	wg.Go(func() { arrived.Done(); arrived.Wait(); d.archiveGroup("ops") })
	wg.Wait()
	fmt.Println(len(d.groups))
}
