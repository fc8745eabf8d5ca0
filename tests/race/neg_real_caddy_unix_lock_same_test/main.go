// Reduced from caddyserver/caddy v2.11.9, listen_unix.go:70 (reuseUnixSocket), where mapscope
// check reported two listening goroutines (listen_unix_test.go:334) racing on the global
// unixSockets map with no lock held: NetworkAddress.Listen locks unixSocketsMu only `if
// na.IsUnixNetwork()`, and listen calls reuseUnixSocket, which reads and writes the map, only
// under the same `if na.IsUnixNetwork()`, on the same unchanged value receiver. A near miss:
// every access to the map runs with the mutex held. Our own rewrite.
package main

import (
	"fmt"
	"strings"
	"sync"
)

var (
	unixSocketsMu sync.Mutex
	unixSockets   = map[string]int{}
)

type networkAddress struct{ network, host string }

func (na networkAddress) isUnixNetwork() bool { return strings.HasPrefix(na.network, "unix") }

// Listen serializes binds to unix sockets while an existing one is reused or unlinked.
func (na networkAddress) Listen() (int, error) {
	if na.isUnixNetwork() {
		unixSocketsMu.Lock()
		defer unixSocketsMu.Unlock()
	}
	return na.listen()
}

func (na networkAddress) listen() (int, error) {
	if na.isUnixNetwork() {
		return reuseUnixSocket(na.network + "/" + na.host), nil
	}
	if na.network == "tcp" {
		return 0, nil
	}
	return 0, fmt.Errorf("unsupported network type: %s", na.network)
}

// reuseUnixSocket counts one more user of the socket, opening it for the first.
func reuseUnixSocket(key string) int {
	count, exists := unixSockets[key]
	if exists {
		unixSockets[key] = count + 1
		return count + 1
	}
	unixSockets[key] = 1
	return 1
}

func main() {
	var wg sync.WaitGroup
	for _, na := range []networkAddress{{"unix", "/run/a.sock"}, {"unix", "/run/a.sock"}, {"tcp", ":80"}} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := na.Listen(); err != nil {
				fmt.Println(err)
			}
		}()
	}
	wg.Wait()
	fmt.Println(unixSockets["unix//run/a.sock"])
}
