// Defaults come from a function that makes a fresh header map for every caller.
package main

import "fmt"

type ClientConfig struct {
	BaseURL string
	Retries int
	Headers map[string]string
}

func DefaultClientConfig() ClientConfig {
	return ClientConfig{Retries: 3, Headers: map[string]string{"Accept": "application/json"}}
}

func main() {
	cfg := DefaultClientConfig()
	cfg.BaseURL = "http://127.0.0.1:8080"
	cfg.Headers["User-Agent"] = "svc/1.0"
	fmt.Println(cfg.BaseURL, len(cfg.Headers))
}
