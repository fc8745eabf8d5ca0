// An access-log middleware hands a clone of the request's field map to an asynchronous writer
// so that logging never blocks the request, then keeps adding fields (the response status) to
// its own map while the writer goroutine formats the clone with fmt.
package main

import (
	"fmt"
	"maps"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
)

type AsyncLog struct {
	out   chan string    // the shipper reads formatted lines from here
	start sync.WaitGroup // requests and writers start together in the benchmark
}

func (l *AsyncLog) Emit(fields map[string]string) {
	go l.write(fields)
}

func (l *AsyncLog) write(fields map[string]string) {
	l.start.Done()
	l.start.Wait()
	line := fmt.Sprintf("access %v", fields)
	l.out <- line
}

type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (r *statusRecorder) WriteHeader(code int) {
	r.status = code
	r.ResponseWriter.WriteHeader(code)
}

func accessLog(log *AsyncLog, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		fields := map[string]string{"method": req.Method, "path": req.URL.Path}
		log.Emit(maps.Clone(fields))
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(rec, req)
		log.start.Done()
		log.start.Wait()
		fields["status"] = strconv.Itoa(rec.status)
	})
}

func main() {
	log := &AsyncLog{out: make(chan string)}
	log.start.Add(2)
	h := accessLog(log, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusAccepted)
	}))
	h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("POST", "/jobs", nil))
	fmt.Println(strings.TrimSpace(<-log.out))
}
