// A reply type with an http.Header field left nil; Header.Set writes into the nil map.
package main

import (
	"fmt"
	"net/http"
)

type reply struct {
	status int
	header http.Header
	body   []byte
}

func jsonReply(body string) *reply {
	r := &reply{status: http.StatusOK, body: []byte(body)}
	r.header.Set("Content-Type", "application/json") // want "nil map"
	return r
}

func main() {
	r := jsonReply(`{"ok":true}`)
	fmt.Println(r.status, len(r.body))
}
