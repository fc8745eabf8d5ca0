// An SDK client counts the connections it dials per address in its transport's
// DialContext hook, a closure over a plain map. With keep-alives off every request dials,
// and the transport runs each dial in a goroutine of its own, so two parallel calls write
// the map at once.
package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"sort"
	"sync"
)

func main() {
	api := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, `{"ok":true}`)
	}))
	defer api.Close()

	dials := make(map[string]int)
	dialer := &net.Dialer{}
	client := &http.Client{Transport: &http.Transport{
		DisableKeepAlives: true,
		DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
			dials[addr]++ // want "concurrent map write"
			return dialer.DialContext(ctx, network, addr)
		},
	}}

	start := make(chan struct{})
	var wg sync.WaitGroup
	for _, path := range []string{"/v1/users", "/v1/orders", "/v1/invoices", "/v1/refunds", "/v1/plans", "/v1/coupons"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			resp, err := client.Get(api.URL + path)
			if err != nil {
				return
			}
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
		}()
	}
	close(start)
	wg.Wait()

	addrs := make([]string, 0, len(dials))
	for a, n := range dials {
		addrs = append(addrs, fmt.Sprintf("%s dialed %d times", a, n))
	}
	sort.Strings(addrs)
	fmt.Fprintln(os.Stdout, addrs)
}
