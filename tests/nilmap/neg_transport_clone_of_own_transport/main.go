// An SDK client clones its own base transport, which it builds with a TLSNextProto map, and
// registers handlers for custom ALPN protocols in the clone's map. Clone copies a map the
// original has, so the clone's TLSNextProto is made and registering a protocol is safe.
package main

import (
	"crypto/tls"
	"fmt"
	"net/http"
	"sort"
	"time"
)

type upgradeFunc = func(authority string, c *tls.Conn) http.RoundTripper

var baseTransport = &http.Transport{
	MaxIdleConns: 16,
	TLSNextProto: map[string]upgradeFunc{},
}

func newTransport(protocols map[string]upgradeFunc) *http.Transport {
	tr := baseTransport.Clone()
	tr.IdleConnTimeout = 30 * time.Second
	for proto, upgrade := range protocols {
		tr.TLSNextProto[proto] = upgrade
	}
	return tr
}

type rpcTransport struct{ authority string }

func (t *rpcTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	return nil, fmt.Errorf("rpc to %s: not connected", t.authority)
}

func main() {
	tr := newTransport(map[string]upgradeFunc{
		"example-rpc/1": func(authority string, c *tls.Conn) http.RoundTripper {
			return &rpcTransport{authority: authority}
		},
	})
	protos := make([]string, 0, len(tr.TLSNextProto))
	for p := range tr.TLSNextProto {
		protos = append(protos, p)
	}
	sort.Strings(protos)
	fmt.Println(protos)
}
