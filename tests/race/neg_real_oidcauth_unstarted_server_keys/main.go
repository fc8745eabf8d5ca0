// Reduced from the collector's oidcauthextension v0.165.1, oidc_server_test.go:79, where mapscope
// check reported the test identity provider filling its key set while the key-set handler reads
// it. The handler is registered on a mux given to an unstarted httptest server; the key set is
// filled after the registration but before the server is handed back, and only the caller starts
// it: no request is served before the write. Our own rewrite.
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
)

type keyServer struct {
	*httptest.Server
	secret string
}

func newKeyServer(secret string) *keyServer {
	keys := map[string]any{}
	mux := http.NewServeMux()
	server := httptest.NewUnstartedServer(mux)
	mux.HandleFunc("/config", func(w http.ResponseWriter, _ *http.Request) {
		_ = json.NewEncoder(w).Encode(map[string]string{"keys": server.URL + "/keys"})
	})
	mux.HandleFunc("/keys", func(w http.ResponseWriter, _ *http.Request) {
		_ = json.NewEncoder(w).Encode(keys)
	})
	keys["primary"] = map[string]string{"kid": secret, "alg": "HS256"}
	keys["count"] = 1
	return &keyServer{server, secret}
}

func main() {
	srv := newKeyServer("k1")
	srv.Start()
	defer srv.Close()
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			resp, err := http.Get(srv.URL + "/keys")
			if err != nil {
				panic(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if len(body) == 0 {
				panic("empty key set")
			}
		}()
	}
	wg.Wait()
	fmt.Println("ok")
}
