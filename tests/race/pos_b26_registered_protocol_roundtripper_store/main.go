// A dev-mode artifact store registers an in-memory "mem" scheme on the HTTP transport so the
// uploader can PUT build outputs without a real bucket. http.Transport calls a registered
// protocol's RoundTrip directly in the caller's goroutine, and the uploader sends its artifacts
// from two goroutines at once, so the store's plain map is written by both.
package main

import (
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"sync"
)

type memStore struct {
	objects map[string][]byte
}

func (m *memStore) RoundTrip(req *http.Request) (*http.Response, error) {
	status := http.StatusOK
	switch req.Method {
	case http.MethodPut:
		body, err := io.ReadAll(req.Body)
		if err != nil {
			return nil, err
		}
		m.objects[req.URL.Path] = body // want "concurrent map write"
		status = http.StatusCreated
	case http.MethodGet:
		if _, ok := m.objects[req.URL.Path]; !ok {
			status = http.StatusNotFound
		}
	}
	return &http.Response{StatusCode: status, Body: http.NoBody, Request: req}, nil
}

func upload(client *http.Client, path, content string) error {
	req, err := http.NewRequest(http.MethodPut, "mem://artifacts"+path, strings.NewReader(content))
	if err != nil {
		return err
	}
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	resp.Body.Close()
	return nil
}

func main() {
	store := &memStore{objects: make(map[string][]byte)}
	transport := &http.Transport{}
	transport.RegisterProtocol("mem", store)
	client := &http.Client{Transport: transport}

	artifacts := map[string]string{"/app/linux-amd64": "ELF...", "/app/darwin-arm64": "Mach-O..."}
	var ready, wg sync.WaitGroup
	ready.Add(len(artifacts))
	errs := make(chan error, len(artifacts))
	for path, content := range artifacts {
		wg.Go(func() {
			ready.Done()
			ready.Wait() // the uploader starts all artifacts together
			errs <- upload(client, path, content)
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			fmt.Fprintln(os.Stderr, "upload:", err)
			os.Exit(1)
		}
	}
	fmt.Println("stored", len(store.objects), "artifacts")
}
