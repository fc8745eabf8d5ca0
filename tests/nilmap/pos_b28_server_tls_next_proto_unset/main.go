// An edge proxy answers ACME TLS-ALPN-01 challenges itself: before serving it registers a
// handler for the "acme-tls/1" protocol in the server's TLSNextProto table. The server comes
// from newServer, a plain http.Server literal, whose TLSNextProto map is nil until someone makes
// it, so registering the challenge protocol writes into a nil map during start-up.
package main

import (
	"crypto/tls"
	"fmt"
	"net/http"
	"time"
)

type challengeStore struct {
	tokens map[string]string
}

func (c *challengeStore) serveALPN(srv *http.Server, conn *tls.Conn, h http.Handler) {
	state := conn.ConnectionState()
	fmt.Println("alpn challenge for", state.ServerName, "answered:", c.tokens[state.ServerName] != "")
	conn.Close()
}

func newServer(addr string, h http.Handler) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		IdleTimeout:       90 * time.Second,
		TLSConfig:         &tls.Config{MinVersion: tls.VersionTLS12},
	}
}

func enableACME(srv *http.Server, store *challengeStore) {
	srv.TLSConfig.NextProtos = append(srv.TLSConfig.NextProtos, "h2", "http/1.1", "acme-tls/1")
	srv.TLSNextProto["acme-tls/1"] = store.serveALPN // want "nil map"
}

func describe(srv *http.Server) string {
	protos := make([]string, 0, len(srv.TLSNextProto))
	for p := range srv.TLSNextProto {
		protos = append(protos, p)
	}
	return fmt.Sprintf("%s alpn=%v custom=%v", srv.Addr, srv.TLSConfig.NextProtos, protos)
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "ok")
	})
	store := &challengeStore{tokens: map[string]string{"shop.example.com": "tok-1"}}
	srv := newServer(":8443", mux)
	enableACME(srv, store)
	// The real binary calls srv.ListenAndServeTLS here; the dry run prints the wiring.
	fmt.Println(describe(srv))
}
