// Reduced from the fix of https://github.com/tizbac/pmoxs3backuproxy/issues/36 ("fatal error:
// concurrent map writes"), commit 1b58ea8 ("slap mutex around s.Writers (#36)"): a backup
// proxy's HTTP handler registers every index writer a client opens in the server's map, and the
// backup client opens two dynamic indexes at the exact same time, on two concurrent requests.
package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
)

type Writer struct {
	Assignments map[int64][]byte
	FidxName    string
}

type Server struct {
	CurWriter int32
	Writers   map[int32]*Writer
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if strings.HasPrefix(r.RequestURI, "/dynamic_index?") && r.Method == "POST" {
		name := r.URL.Query().Get("archive-name")
		wid := atomic.AddInt32(&s.CurWriter, 1)
		resp, _ := json.Marshal(map[string]int32{"data": wid})
		s.Writers[wid] = &Writer{Assignments: make(map[int64][]byte), FidxName: name} // want "concurrent map write"
		w.Header().Add("Content-Type", "application/json")
		w.Write(resp)
		return
	}
	w.WriteHeader(http.StatusNotFound)
}

func main() {
	s := &Server{Writers: make(map[int32]*Writer)}
	archives := []string{"root.pxar.didx", "catalog.pcat1.didx"}
	bodies := make([]string, len(archives))
	var wg sync.WaitGroup
	for i, archive := range archives {
		wg.Go(func() {
			rec := httptest.NewRecorder()
			req := httptest.NewRequest("POST", "/dynamic_index?archive-name="+archive, nil)
			s.ServeHTTP(rec, req)
			bodies[i] = rec.Body.String()
		})
	}
	wg.Wait()
	fmt.Println(len(s.Writers), len(bodies[0]) > 0, len(bodies[1]) > 0)
}
