// Reduced from maunium.net/go/mautrix v0.33.0, mockserver/mockserver.go:116, :136, :155, :210,
// :213, :238, :239 and :240, where mapscope check reported the mock homeserver's handlers
// (login, key upload, key query, to-device, account data) writing its maps without a lock,
// each racing with another handler or with another instance of itself. The mock serves the
// crypto tests' clients, which one test goroutine drives: every request is sent and its
// response read before the next one, whichever user's client sends it, so no two handler
// calls overlap (`go test -race ./crypto/verificationhelper/` passes). A near miss: several
// handlers of one mock, two clients used in turn. Our own rewrite.
package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
)

type mockServer struct {
	server              *httptest.Server
	accessTokenToUserID map[string]string
	deviceKeys          map[string]string
	deviceInbox         map[string][]string
}

func create() *mockServer {
	ms := &mockServer{
		accessTokenToUserID: map[string]string{},
		deviceKeys:          map[string]string{},
		deviceInbox:         map[string][]string{},
	}
	router := http.NewServeMux()
	router.HandleFunc("POST /login/{user}", ms.postLogin)
	router.HandleFunc("POST /keys/upload", ms.postKeysUpload)
	router.HandleFunc("POST /keys/query/{user}", ms.postKeysQuery)
	router.HandleFunc("PUT /sendToDevice/{user}", ms.putSendToDevice)
	ms.server = httptest.NewServer(router)
	return ms
}

func (ms *mockServer) userID(r *http.Request) string {
	token := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	user, ok := ms.accessTokenToUserID[token]
	if !ok {
		panic("no user for access token " + token)
	}
	return user
}

func (ms *mockServer) postLogin(w http.ResponseWriter, r *http.Request) {
	user := r.PathValue("user")
	token := "token-" + user
	ms.accessTokenToUserID[token] = user
	json.NewEncoder(w).Encode(map[string]string{"access_token": token})
}

func (ms *mockServer) postKeysUpload(w http.ResponseWriter, r *http.Request) {
	user := ms.userID(r)
	ms.deviceKeys[user] = "key-of-" + user
	w.WriteHeader(http.StatusOK)
}

func (ms *mockServer) postKeysQuery(w http.ResponseWriter, r *http.Request) {
	ms.userID(r)
	json.NewEncoder(w).Encode(map[string]string{"key": ms.deviceKeys[r.PathValue("user")]})
}

func (ms *mockServer) putSendToDevice(w http.ResponseWriter, r *http.Request) {
	from := ms.userID(r)
	to := r.PathValue("user")
	ms.deviceInbox[to] = append(ms.deviceInbox[to], "hello from "+from)
	w.WriteHeader(http.StatusOK)
}

type client struct {
	http  *http.Client
	base  string
	token string
}

func (c *client) do(method, path string, out any) {
	req, err := http.NewRequest(method, c.base+path, nil)
	if err != nil {
		panic(err)
	}
	if c.token != "" {
		req.Header.Set("Authorization", "Bearer "+c.token)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		panic(err)
	}
	defer resp.Body.Close()
	if out != nil {
		if err := json.NewDecoder(resp.Body).Decode(out); err != nil {
			panic(err)
		}
	}
}

func login(ms *mockServer, user string) *client {
	c := &client{http: ms.server.Client(), base: ms.server.URL}
	var resp map[string]string
	c.do("POST", "/login/"+user, &resp)
	c.token = resp["access_token"]
	c.do("POST", "/keys/upload", nil)
	return c
}

func main() {
	ms := create()
	defer ms.server.Close()
	sender := login(ms, "alice")
	receiver := login(ms, "bob")
	var keys map[string]string
	sender.do("POST", "/keys/query/bob", &keys)
	sender.do("PUT", "/sendToDevice/bob", nil)
	receiver.do("PUT", "/sendToDevice/alice", nil)
	fmt.Println(keys["key"], len(ms.deviceInbox))
}
