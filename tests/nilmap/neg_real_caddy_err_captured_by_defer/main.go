// Reduced from caddyserver/caddy v2.11.9, modules/caddyhttp/reverseproxy/fastcgi/client.go:363,
// :371 and :379 (client.Get, Head and Options), where mapscope check reported nil-map writes:
// Transport.RoundTrip gets `env, err := t.buildEnv(r)`, which returns a nil map only with a
// non-nil error, returns when `err != nil`, and hands env to the method that sets
// REQUEST_METHOD in it. RoundTrip also defers a closure that reads `err` (to close the
// connection on failure), so `err` is a captured variable. A near miss: the nil map never gets
// past the error check. Our own rewrite.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type envVars map[string]string

func buildEnv(path string) (envVars, error) {
	root := "/srv"
	if strings.Contains(path, "\x00") {
		return nil, errors.New("invalid request path")
	}
	return envVars{"SCRIPT_FILENAME": root + path}, nil
}

type client struct{ sent []string }

func (c *client) Get(p map[string]string) string {
	p["REQUEST_METHOD"] = "GET"
	return c.request(p)
}

func (c *client) Head(p map[string]string) string {
	p["REQUEST_METHOD"] = "HEAD"
	return c.request(p)
}

func (c *client) request(p map[string]string) string {
	c.sent = append(c.sent, p["REQUEST_METHOD"]+" "+p["SCRIPT_FILENAME"])
	return "200 OK"
}

func roundTrip(method, path string) (status string, err error) {
	env, err := buildEnv(path)
	if err != nil {
		return "", fmt.Errorf("building environment: %w", err)
	}
	c := &client{}
	defer func() {
		// The connection is closed with the response unless there is an error.
		if err != nil {
			fmt.Println("closing connection:", err)
		}
	}()
	if method == "HEAD" {
		return c.Head(env), nil
	}
	return c.Get(env), nil
}

func main() {
	for _, path := range []string{"/index.php", "/a\x00.php"} {
		for _, method := range []string{"GET", "HEAD"} {
			status, err := roundTrip(method, path)
			fmt.Println(method, status, err)
		}
	}
}
