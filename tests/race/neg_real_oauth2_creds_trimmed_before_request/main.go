// Reduced from golang.org/x/oauth2 v0.38.0, google/externalaccount/aws_test.go:666
// (TestAWSCredential_BasicRequestWithoutSecurityToken), where mapscope check reported the test's
// `delete(server.Credentials, "Token")` racing with the read of the same map by the test
// server's handler (aws_test.go:453, a ServeHTTP method given to httptest.NewServer at :665).
// The server is started before the delete, but a handler runs only for a request, and the only
// request is sent by the calling goroutine after the delete, so the handler's read is ordered
// after it. A near miss: the map is trimmed before the first request. Our own rewrite.
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
)

type metadataServer struct {
	credentials map[string]string
}

func (s *metadataServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := json.Marshal(s.credentials)
	w.Write(body)
}

func fetch(url string) (map[string]string, error) {
	resp, err := http.Get(url)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	var creds map[string]string
	err = json.Unmarshal(body, &creds)
	return creds, err
}

func main() {
	server := &metadataServer{credentials: map[string]string{
		"AccessKeyId":     "AKID",
		"SecretAccessKey": "secret",
		"Token":           "session",
	}}
	ts := httptest.NewServer(server)
	defer ts.Close()
	delete(server.credentials, "Token")

	creds, err := fetch(ts.URL)
	if err != nil {
		panic(err)
	}
	_, hasToken := creds["Token"]
	fmt.Println(len(creds), hasToken)
}
