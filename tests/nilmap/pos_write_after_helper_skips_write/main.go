// A request signer stamps the signature headers through a helper that writes into the
// headers map only when the request carries a body; a request without a body reaches the
// caller's own write with the headers map still nil, since only the helper would have
// panicked first and it wrote nothing.
package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
)

type request struct {
	method  string
	body    []byte
	headers map[string]string
}

func stampBodyHash(headers map[string]string, body []byte) {
	if len(body) == 0 {
		return
	}
	sum := sha256.Sum256(body)
	headers["X-Body-Hash"] = hex.EncodeToString(sum[:])
}

func sign(r *request, key string) {
	var headers map[string]string
	if r.method != "GET" {
		headers = make(map[string]string)
	}
	stampBodyHash(headers, r.body)
	headers["X-Signature"] = key + ":" + r.method // want "nil map"
	r.headers = headers
}

func main() {
	for _, r := range []*request{
		{method: "POST", body: []byte(`{"a":1}`)},
		{method: "GET"},
	} {
		sign(r, "k1")
		fmt.Println(r.method, r.headers)
	}
}
