// An SDK client decodes every response with a generic helper; an empty body (204 No Content)
// is read as the empty JSON object, so for T = map[string]string the decode makes the map and
// the caller's own label has somewhere to go.
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sort"
)

// fakeAPI answers like the labels endpoint: 204 for a project without labels.
func fakeAPI(project string) *http.Response {
	rec := httptest.NewRecorder()
	switch project {
	case "billing":
		rec.Header().Set("Content-Type", "application/json")
		rec.WriteHeader(http.StatusOK)
		io.WriteString(rec, `{"team":"payments","tier":"1"}`)
	default:
		rec.WriteHeader(http.StatusNoContent)
	}
	return rec.Result()
}

func decode[T any](resp *http.Response) (*T, error) {
	defer resp.Body.Close()
	out := new(T)
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	if len(body) == 0 {
		body = []byte("{}")
	}
	if err := json.Unmarshal(body, out); err != nil {
		return nil, fmt.Errorf("decode %T: %w", out, err)
	}
	return out, nil
}

func projectLabels(project string) (map[string]string, error) {
	labels, err := decode[map[string]string](fakeAPI(project))
	if err != nil {
		return nil, err
	}
	return *labels, nil
}

func main() {
	for _, project := range []string{"billing", "sandbox"} {
		labels, err := projectLabels(project)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		labels["synced-by"] = "sdk-go"
		keys := make([]string, 0, len(labels))
		for k := range labels {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		fmt.Println(project, keys)
	}
}
