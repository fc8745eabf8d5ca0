// A TLS front end picks certificates by server name in its GetCertificate hook and caches
// each one in a map. crypto/tls calls the hook from every connection's handshake, each in the
// goroutine net/http serves that connection on, so the hook holds the cache's mutex.
package main

import (
	"crypto/tls"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"sync"
)

// storeReady stands for the certificate store's warm-up: every handshake waits for it, and it
// completes once both tenants' first connections are in.
var storeReady sync.WaitGroup

func main() {
	var mu sync.Mutex
	cache := make(map[string]*tls.Certificate)
	ts := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, r.TLS.ServerName)
	}))
	ts.TLS = &tls.Config{
		GetCertificate: func(hello *tls.ClientHelloInfo) (*tls.Certificate, error) {
			storeReady.Done()
			storeReady.Wait()
			mu.Lock()
			defer mu.Unlock()
			if cert, ok := cache[hello.ServerName]; ok {
				return cert, nil
			}
			cert := &ts.TLS.Certificates[0]
			cache[hello.ServerName] = cert
			return cert, nil
		},
	}
	ts.StartTLS()
	defer ts.Close()

	names := []string{"example.com", "example.com"}
	storeReady.Add(len(names))
	results := make([]string, len(names))
	var wg sync.WaitGroup
	for i, name := range names {
		transport := ts.Client().Transport.(*http.Transport).Clone()
		transport.TLSClientConfig.ServerName = name
		client := &http.Client{Transport: transport}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer transport.CloseIdleConnections()
			resp, err := client.Get(ts.URL + "/health")
			if err != nil {
				results[i] = err.Error()
				return
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			results[i] = string(body)
		}()
	}
	wg.Wait()
	fmt.Fprintln(os.Stdout, results, len(cache))
}
