// An API handler decodes a create request from the request body and stamps the labels with
// who created the resource. The request starts with an empty Labels map, which the decoder
// keeps when the client sends no "labels" key, so the stamp always has a map.
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
	req := createRequest{Labels: map[string]string{}}
	if err := json.NewDecoder(body).Decode(&req); err != nil {
		return nil, fmt.Errorf("bad request: %w", err)
	}
	req.Labels["created-by"] = user
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
