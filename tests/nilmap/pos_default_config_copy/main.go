// A copy of a zero-valued package-level default config shares its nil map.
package main

import "fmt"

type ClientConfig struct {
	BaseURL string
	Retries int
	Headers map[string]string
}

var DefaultClientConfig ClientConfig

func newClientConfig(base string) ClientConfig {
	cfg := DefaultClientConfig
	cfg.BaseURL = base
	return cfg
}

func main() {
	cfg := newClientConfig("http://127.0.0.1:8080")
	cfg.Headers["User-Agent"] = "svc/1.0" // want "nil map"
	fmt.Println(cfg.BaseURL)
}
