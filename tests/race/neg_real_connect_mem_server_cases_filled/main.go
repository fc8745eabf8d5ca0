// Reduced from connectrpc.com/connect/v2 v2.0.2, connecthttp/connect_ext_test.go:3524, where
// mapscope check reported the test filling its table of per-case handlers while the mux's
// handler reads it. The mux is given to a test server of the module's own that serves it at once,
// but on an in-memory listener: a request reaches it only through a client the server hands out,
// and the cases ask for one only after the table is filled. Our own rewrite.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"sync"
)

type pipeAddr struct{}

func (pipeAddr) Network() string { return "pipe" }
func (pipeAddr) String() string  { return "pipe" }

// pipeListener accepts the server ends of the pipes its Dial makes.
type pipeListener struct {
	conns chan net.Conn
	done  chan struct{}
	once  sync.Once
}

func (l *pipeListener) Accept() (net.Conn, error) {
	select {
	case c := <-l.conns:
		return c, nil
	case <-l.done:
		return nil, net.ErrClosed
	}
}

func (l *pipeListener) Close() error {
	l.once.Do(func() { close(l.done) })
	return nil
}

func (l *pipeListener) Addr() net.Addr { return pipeAddr{} }

func (l *pipeListener) dial(ctx context.Context, _, _ string) (net.Conn, error) {
	server, client := net.Pipe()
	select {
	case l.conns <- server:
		return client, nil
	case <-l.done:
		return nil, net.ErrClosed
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

type memServer struct {
	srv      http.Server
	listener *pipeListener
	wg       sync.WaitGroup
}

func newMemServer(h http.Handler) *memServer {
	s := &memServer{
		srv:      http.Server{Handler: h},
		listener: &pipeListener{conns: make(chan net.Conn), done: make(chan struct{})},
	}
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		if err := s.srv.Serve(s.listener); err != nil && !errors.Is(err, http.ErrServerClosed) {
			fmt.Println("serve:", err)
		}
	}()
	return s
}

func (s *memServer) client() *http.Client {
	return &http.Client{Transport: &http.Transport{DialContext: s.listener.dial, DisableKeepAlives: true}}
}

func (s *memServer) close() {
	_ = s.srv.Close()
	_ = s.listener.Close()
	s.wg.Wait()
}

func main() {
	cases := make(map[string]string)
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		reply, ok := cases[r.Header.Get("Case")]
		if !ok {
			w.WriteHeader(http.StatusNotFound)
			return
		}
		_, _ = io.WriteString(w, reply)
	})
	server := newMemServer(mux)
	defer server.close()

	names := []string{"short", "long", "empty"}
	for _, name := range names {
		cases[name] = "reply for " + name
	}
	var wg sync.WaitGroup
	for _, name := range names {
		wg.Add(1)
		go func() {
			defer wg.Done()
			req, _ := http.NewRequest(http.MethodGet, "http://pipe/", nil)
			req.Header.Set("Case", name)
			resp, err := server.client().Do(req)
			if err != nil {
				panic(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if string(body) != "reply for "+name {
				panic("wrong reply: " + string(body))
			}
		}()
	}
	wg.Wait()
	fmt.Println("ok")
}
