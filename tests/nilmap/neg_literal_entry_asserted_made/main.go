// A request builder nests the caller's options under a key of a body map it makes itself; the
// entry it reads back with a blank-ok assertion is the made map its literal put there (the
// shape of gophercloud's request bodies, noticed in the twenty-first real-code set).
package main

import (
	"encoding/json"
	"fmt"
)

type authOptions struct {
	User, Password string
	Scope          map[string]string
}

func body(opts authOptions) map[string]any {
	b := map[string]any{
		"auth": map[string]any{
			"identity": map[string]any{"methods": []string{"password"}},
		},
	}
	auth, _ := b["auth"].(map[string]any)
	auth["user"] = opts.User
	if len(opts.Scope) > 0 {
		auth["scope"] = opts.Scope
	}
	return b
}

func main() {
	out, err := json.Marshal(body(authOptions{User: "ana", Password: "x", Scope: map[string]string{"project": "p1"}}))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(string(out))
}
