// An SDK builds its storage and queue clients on one *transport, embedded by pointer, that
// holds the default headers. Closing one client drops the headers with clear, which keeps the
// map made for the other client, still sharing the transport, to write its request id into.
package main

import (
	"fmt"
	"sort"
)

type transport struct {
	endpoint string
	headers  map[string]string
}

func (t *transport) setHeader(k, v string) { t.headers[k] = v }

func (t *transport) Close() {
	clear(t.headers)
}

func (t *transport) describe(op string) string {
	keys := make([]string, 0, len(t.headers))
	for k := range t.headers {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return fmt.Sprintf("%s %s %v", op, t.endpoint, keys)
}

type StorageClient struct{ *transport }

type QueueClient struct{ *transport }

func (s StorageClient) Put(key string) string {
	s.setHeader("X-Request-Id", "put-"+key)
	return s.describe("PUT " + key)
}

func (q QueueClient) Send(msg string) string {
	q.setHeader("X-Request-Id", "send-"+msg)
	return q.describe("SEND " + msg)
}

func newClients(endpoint, token string) (StorageClient, QueueClient) {
	t := &transport{endpoint: endpoint, headers: map[string]string{"Authorization": "Bearer " + token}}
	return StorageClient{t}, QueueClient{t}
}

func main() {
	storage, queue := newClients("https://api.example.com", "t0k3n")
	fmt.Println(storage.Put("reports/2024.csv"))
	storage.Close()
	fmt.Println(queue.Send("report-ready"))
	queue.Close()
}
