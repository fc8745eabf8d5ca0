// A webhook forwarder builds its outgoing requests with http.NewRequest, which makes the Header
// map, so signing the request with Header.Set writes into a made map. The near miss of
// pos_b14_http_request_literal_header (which builds the request as a struct literal).
package main

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net/http"
	"net/url"
)

type recordingTransport struct{ seen []string }

func (t *recordingTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	t.seen = append(t.seen, r.Method+" "+r.URL.String()+" sig="+r.Header.Get("X-Signature"))
	return &http.Response{
		StatusCode: http.StatusAccepted,
		Body:       io.NopCloser(bytes.NewReader(nil)),
		Header:     make(http.Header),
		Request:    r,
	}, nil
}

type Forwarder struct {
	target *url.URL
	secret []byte
	client *http.Client
}

func sign(secret, body []byte) string {
	mac := hmac.New(sha256.New, secret)
	mac.Write(body)
	return hex.EncodeToString(mac.Sum(nil))
}

func (f *Forwarder) Forward(event string, body []byte) (int, error) {
	req, err := http.NewRequest(http.MethodPost, f.target.String(), bytes.NewReader(body))
	if err != nil {
		return 0, err
	}
	req.Header.Set("X-Signature", sign(f.secret, body))
	req.Header.Set("X-Event", event)
	resp, err := f.client.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return resp.StatusCode, nil
}

func main() {
	target, err := url.Parse("https://hooks.example.test/deploys")
	if err != nil {
		panic(err)
	}
	rt := &recordingTransport{}
	f := &Forwarder{target: target, secret: []byte("s3cr3t"), client: &http.Client{Transport: rt}}
	code, err := f.Forward("deploy.finished", []byte(`{"service":"api","version":"1.9.0"}`))
	fmt.Println(code, err)
	for _, line := range rt.seen {
		fmt.Println(line)
	}
}
