// Reduced from google.golang.org/genai v1.79.1, replay_api_client.go:213, where mapscope check
// reported the replay server's handler writing the map redactRequestBody is given while another
// instance of the handler ranges over it. Each request's handler makes its own map, decodes the
// request body into it (json.Unmarshal through the variable's address), hands it to the helper,
// which rewrites its string members in place, and then replaces it by a re-keyed copy (asserted
// back from `any`): no two requests share a map. Our own rewrite.
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

// lowerKeys returns a new map (or a new slice) with the keys of every map in v lower-cased.
func lowerKeys(v any) any {
	switch m := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(m))
		for k, val := range m {
			out[strings.ToLower(k)] = lowerKeys(val)
		}
		return out
	case []any:
		out := make([]any, len(m))
		for i, val := range m {
			out[i] = lowerKeys(val)
		}
		return out
	}
	return v
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
	body = lowerKeys(body).(map[string]any)
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
			payload := fmt.Sprintf(`{"Path":"projects/secret/%d","N":%d}`, i, i)
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
