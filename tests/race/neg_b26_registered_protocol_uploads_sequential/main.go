// A dev-mode artifact store registers an in-memory "mem" scheme on the HTTP transport so the
// uploader can PUT build outputs without a real bucket. http.Transport calls a registered
// protocol's RoundTrip directly in the caller's goroutine; in dev mode the uploader sends its
// artifacts one after the other from main, so only one goroutine ever touches the plain map.
package main

import (
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
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
		m.objects[req.URL.Path] = body
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
	for path, content := range artifacts {
		if err := upload(client, path, content); err != nil {
			fmt.Fprintln(os.Stderr, "upload:", err)
			os.Exit(1)
		}
	}
	fmt.Println("stored", len(store.objects), "artifacts")
}
