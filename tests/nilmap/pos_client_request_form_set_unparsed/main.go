// An OAuth client signs the parameters of its token request before encoding them into the
// body: it sets them on the request's Form, which http.NewRequest leaves nil (only ParseForm,
// or the caller, makes it).
package main

import (
	"fmt"
	"net/http"
	"net/url"
	"sort"
	"strings"
)

type TokenClient struct {
	endpoint string
	id       string
}

func sign(form url.Values) string {
	keys := make([]string, 0, len(form))
	for k := range form {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return strings.Join(keys, "&")
}

func (c *TokenClient) request(code string) (*http.Request, error) {
	req, err := http.NewRequest(http.MethodPost, c.endpoint, nil)
	if err != nil {
		return nil, err
	}
	req.Form.Set("grant_type", "authorization_code") // want "nil map"
	req.Form.Set("code", code)
	req.Form.Set("client_id", c.id)
	req.Header.Set("X-Signature", sign(req.Form))
	body := req.Form.Encode()
	req.Body = http.NoBody
	req.ContentLength = int64(len(body))
	return req, nil
}

func main() {
	c := &TokenClient{endpoint: "https://auth.example.com/token", id: "cli"}
	req, err := c.request("abc")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(req.Header.Get("X-Signature"))
}
