// A config server's auth middleware puts a fresh "request attributes" map into each request's
// context and records the caller in it, so the long-poll watchers' handler goroutines each
// write a map of their own.
package main

import (
	"context"
	"fmt"
	"io"

	"net/http"
	"net/http/httptest"
	"os"
	"sort"
	"strings"
	"sync"
)

type attrsKey struct{}

func attrs(ctx context.Context) map[string]string {
	m, _ := ctx.Value(attrsKey{}).(map[string]string)
	return m
}

func auth(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		user := r.Header.Get("X-User")
		if user == "" {
			http.Error(w, "no user", http.StatusUnauthorized)
			return
		}
		r = r.WithContext(context.WithValue(r.Context(), attrsKey{}, map[string]string{}))
		attrs(r.Context())["user"] = user
		next.ServeHTTP(w, r)
	})
}

func main() {
	var parked sync.WaitGroup
	published := make(chan string)
	watch := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		parked.Done()
		version := <-published
		io.WriteString(w, r.Header.Get("X-User")+" sees "+version)
	})
	ts := httptest.NewUnstartedServer(auth(watch))
	ts.Start()
	defer ts.Close()

	client := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}
	users := []string{"ada", "grace"}
	replies := make([]string, len(users))
	parked.Add(len(users))
	var wg sync.WaitGroup
	for i, u := range users {
		wg.Add(1)
		go func() {
			defer wg.Done()
			req, _ := http.NewRequest(http.MethodGet, ts.URL+"/watch", nil)
			req.Header.Set("X-User", u)
			resp, err := client.Do(req)
			if err != nil {
				replies[i] = err.Error()
				return
			}
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			replies[i] = string(b)
		}()
	}
	parked.Wait()
	for range users {
		published <- "v42"
	}
	wg.Wait()
	sort.Strings(replies)
	fmt.Fprintln(os.Stdout, strings.Join(replies, ", "))
}
