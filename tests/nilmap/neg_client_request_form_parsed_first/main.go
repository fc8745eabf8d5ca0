// The near miss of pos_client_request_form_set_unparsed: the client parses the (empty) form
// of its new request first, which makes Form, before it sets the parameters it signs.
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
	req, err := http.NewRequest(http.MethodPost, c.endpoint, http.NoBody)
	if err != nil {
		return nil, err
	}
	if err := req.ParseForm(); err != nil {
		return nil, err
	}
	req.Form.Set("grant_type", "authorization_code")
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
