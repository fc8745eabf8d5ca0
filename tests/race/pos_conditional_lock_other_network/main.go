// A listener registry takes its mutex only for unix sockets (`if na.isUnixNetwork()`), but the
// bind it then calls records every address it opens in the shared map, tcp ones as well: two
// tcp listeners started together write the map with no lock. The near miss is
// neg_real_caddy_unix_lock_same_test, where the map is touched only under the same condition.
package main

import (
	"fmt"
	"strings"
	"sync"
)

var (
	listenersMu sync.Mutex
	listeners   = map[string]int{}
)

type networkAddress struct{ network, host string }

func (na networkAddress) isUnixNetwork() bool { return strings.HasPrefix(na.network, "unix") }

// Listen serializes binds to unix sockets, whose files must be unlinked first.
func (na networkAddress) Listen(ready *sync.WaitGroup) {
	if na.isUnixNetwork() {
		listenersMu.Lock()
		defer listenersMu.Unlock()
	}
	na.bind(ready)
}

func (na networkAddress) bind(ready *sync.WaitGroup) {
	ready.Done()
	ready.Wait()
	key := na.network + "/" + na.host
	listeners[key]++ // want "concurrent map write"
}

func main() {
	var wg, ready sync.WaitGroup
	addrs := []networkAddress{{"tcp", ":80"}, {"tcp", ":80"}}
	ready.Add(len(addrs))
	for _, na := range addrs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			na.Listen(&ready)
		}()
	}
	wg.Wait()
	fmt.Println(listeners["tcp/:80"])
}
