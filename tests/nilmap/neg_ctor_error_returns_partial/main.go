// A billing sync tool builds its API client from the configured base URL. NewClient
// (client.go) returns the half-built client with its error, and main only logs the error
// and carries on; the constructor makes the headers map first, so SetHeader still works.
package main

import (
	"fmt"
	"log"
	"os"
)

type config struct {
	APIBase string
	Token   string
}

func main() {
	log.SetOutput(os.Stdout)
	cfg := config{APIBase: "billing.internal/v2", Token: "t0k3n"}
	c, err := NewClient(cfg.APIBase, WithToken(cfg.Token))
	if err != nil {
		log.Printf("warning: %v; using relative URLs", err)
	}
	c.SetHeader("X-Request-Source", "cron")
	fmt.Println(len(c.headers), "headers")
}
