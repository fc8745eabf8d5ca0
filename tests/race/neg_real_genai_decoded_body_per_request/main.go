// Reduced from google.golang.org/genai v1.79.1, replay_api_client.go:213, where mapscope check
// reported the replay server's handler writing the map redactRequestBody is given while another
// instance of the handler ranges over it. Each request's handler makes its own map, decodes the
// request body into it (json.Unmarshal through the variable's address) and hands it to the
// helper, which rewrites its string members in place: no two requests share a map. Our own
// rewrite.
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
)

func redactBody(body map[string]any) map[string]any {
	for key, value := range body {
		if s, ok := value.(string); ok {
			body[key] = strings.ReplaceAll(s, "secret", "{REDACTED}")
		}
	}
	return body
}

type replayer struct{}

func (replayer) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	raw, err := io.ReadAll(req.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	body := make(map[string]any)
	if len(raw) > 0 {
		if err := json.Unmarshal(raw, &body); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
	}
	body = redactBody(body)
	out, _ := json.Marshal(body)
	w.Write(out)
}

func main() {
	srv := httptest.NewServer(replayer{})
	defer srv.Close()
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			payload := fmt.Sprintf(`{"path":"projects/secret/%d","n":%d}`, i, i)
			resp, err := http.Post(srv.URL, "application/json", strings.NewReader(payload))
			if err != nil {
				panic(err)
			}
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
		}()
	}
	wg.Wait()
	fmt.Println("replayed")
}
