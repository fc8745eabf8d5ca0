// An SDK registers its ALPN protocols on the default transport at start-up, before anything
// uses it, and later clones the default transport for each client and adds a per-client
// protocol. The default transport's TLSNextProto is made by then, Clone copies it, and the
// clone's map takes the client's protocol.
package main

import (
	"crypto/tls"
	"fmt"
	"net/http"
	"sort"
)

type upgradeFunc = func(authority string, c *tls.Conn) http.RoundTripper

type rpcTransport struct{ authority string }

func (t *rpcTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	return nil, fmt.Errorf("rpc to %s: not connected", t.authority)
}

func upgradeRPC(authority string, c *tls.Conn) http.RoundTripper {
	return &rpcTransport{authority: authority}
}

func init() {
	http.DefaultTransport.(*http.Transport).TLSNextProto = map[string]upgradeFunc{
		"example-rpc/1": upgradeRPC,
	}
}

func clientTransport(name string) *http.Transport {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.TLSNextProto["example-"+name+"/1"] = upgradeRPC
	return tr
}

func main() {
	tr := clientTransport("billing")
	protos := make([]string, 0, len(tr.TLSNextProto))
	for p := range tr.TLSNextProto {
		protos = append(protos, p)
	}
	sort.Strings(protos)
	fmt.Println(protos)
}
