// A blob-store SDK streams an upload and sends its checksum as an HTTP trailer; the request
// from http.NewRequest has a nil Trailer, and the client sets the checksum trailer without
// declaring the trailer map first.
package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"strings"
)

type Client struct {
	base string
	http *http.Client
}

func (c *Client) Put(key string, body string) (int, error) {
	sum := sha256.Sum256([]byte(body))
	req, err := http.NewRequest(http.MethodPut, c.base+"/blobs/"+key, strings.NewReader(body))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "application/octet-stream")
	req.Trailer.Set("X-Checksum-Sha256", hex.EncodeToString(sum[:])) // want "nil map"
	resp, err := c.http.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return resp.StatusCode, nil
}

func main() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		data, _ := io.ReadAll(r.Body)
		got := r.Trailer.Get("X-Checksum-Sha256")
		sum := sha256.Sum256(data)
		if got != "" && got != hex.EncodeToString(sum[:]) {
			http.Error(w, "checksum mismatch", http.StatusBadRequest)
			return
		}
		w.WriteHeader(http.StatusCreated)
	}))
	defer srv.Close()

	c := &Client{base: srv.URL, http: srv.Client()}
	for _, key := range []string{"a.txt", "b.txt"} {
		status, err := c.Put(key, "contents of "+key)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(key, status)
	}
}
