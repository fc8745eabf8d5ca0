// The reply's header is made before Header.Set writes into it.
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
	r := &reply{status: http.StatusOK, header: make(http.Header), body: []byte(body)}
	r.header.Set("Content-Type", "application/json")
	return r
}

func main() {
	r := jsonReply(`{"ok":true}`)
	fmt.Println(r.status, len(r.body), r.header.Get("Content-Type"))
}
