// An upload handler computes the checksum and sets it as a response header before it
// starts the goroutine that archives the body, so writing the status sends (copies) a header map
// that nothing else writes.
package main

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
)

type uploads struct {
	pending  sync.WaitGroup
	archived [][]byte
}

func (u *uploads) archive(body []byte) {
	u.archived = append(u.archived, body)
}

func (u *uploads) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	w.Header()["Content-Type"] = []string{"application/json"}
	sum := sha256.Sum256(body)
	w.Header()["X-Checksum"] = []string{hex.EncodeToString(sum[:8])}
	u.pending.Go(func() { u.archive(body) })
	w.WriteHeader(http.StatusAccepted)
	io.WriteString(w, `{"queued":true}`)
}

func main() {
	u := &uploads{}
	rec := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodPut, "/files/report.csv", strings.NewReader("id,total\n1,20\n"))
	u.ServeHTTP(rec, req)
	u.pending.Wait()
	res := rec.Result()
	os.Stdout.WriteString(res.Status + " checksum=" + res.Header.Get("X-Checksum") + "\n")
}
