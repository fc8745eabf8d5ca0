// An API handler decodes a create request from the request body and stamps the labels with
// who created the resource. A client that sends no "labels" key gets a request whose Labels
// map the decoder never made, and the stamp writes into a nil map.
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

type createRequest struct {
	Name   string            `json:"name"`
	Labels map[string]string `json:"labels"`
}

func create(body io.Reader, user string) (*createRequest, error) {
	var req createRequest
	if err := json.NewDecoder(body).Decode(&req); err != nil {
		return nil, fmt.Errorf("bad request: %w", err)
	}
	req.Labels["created-by"] = user // want "nil map"
	return &req, nil
}

func main() {
	for _, body := range []string{`{"name": "db", "labels": {"tier": "gold"}}`, `{"name": "cache"}`} {
		req, err := create(strings.NewReader(body), "alice")
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(req.Name, req.Labels)
	}
}
