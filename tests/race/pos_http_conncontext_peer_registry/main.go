// An internal RPC gateway numbers its client connections in http.Server's ConnContext hook
// and records them in a peer registry keyed by remote address, which handlers read to tag
// their logs. ConnContext runs in the server's accept loop while handlers run in the
// connections' goroutines, and the registry has no lock: the next connection is registered
// while the previous one's handler reads.
package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
)

type peer struct {
	id    int
	local string
}

type gateway struct {
	peers map[string]peer // remote address -> connection
	next  int
}

func (g *gateway) connContext(ctx context.Context, c net.Conn) context.Context {
	g.next++
	g.peers[c.RemoteAddr().String()] = peer{id: g.next, local: c.LocalAddr().Network()} // want "concurrent map write"
	return ctx
}

func (g *gateway) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p := g.peers[r.RemoteAddr] // other access
	io.WriteString(w, "conn-"+fmt.Sprint(p.id))
}

func main() {
	g := &gateway{peers: make(map[string]peer)}
	ts := httptest.NewUnstartedServer(g)
	ts.Config.ConnContext = g.connContext
	ts.Start()
	client := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}
	var got []string
	for range 2 {
		resp, err := client.Get(ts.URL + "/rpc/Health.Check")
		if err != nil {
			fmt.Println(err)
			return
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		got = append(got, string(b))
	}
	ts.Close()
	fmt.Println(got, len(g.peers))
}
