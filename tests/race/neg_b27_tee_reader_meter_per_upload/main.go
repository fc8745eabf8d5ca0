// An upload service checksums each body through io.TeeReader, whose writer side is a meter that
// counts the bytes read. Each upload has a meter of its own, a plain counter, and the tenant's
// usage map is updated from the counters after Wait, so the map is only written by main.
package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"strings"
	"sync"
)

type usage struct {
	bytes map[string]int64
}

// meter is the io.Writer side of an upload's TeeReader.
type meter struct{ n int64 }

func (m *meter) Write(p []byte) (int, error) {
	m.n += int64(len(p))
	return len(p), nil
}

func store(m *meter, body io.Reader) (string, error) {
	h := sha256.New()
	if _, err := io.Copy(h, io.TeeReader(body, m)); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil))[:12], nil
}

func main() {
	u := &usage{bytes: make(map[string]int64)}
	photos := strings.NewReader(strings.Repeat("jpeg-bytes;", 4096))
	invoice := strings.NewReader(strings.Repeat("%PDF-1.7 ", 2048))

	shutdown := make(chan struct{})
	var wg sync.WaitGroup
	var photoSum string
	var photoMeter, invoiceMeter meter
	wg.Go(func() {
		photoSum, _ = store(&photoMeter, photos)
		<-shutdown // the upload worker stays up until shutdown
	})
	invoiceSum, err := store(&invoiceMeter, invoice)
	close(shutdown)
	wg.Wait()
	u.bytes["acme"] += photoMeter.n
	u.bytes["globex"] += invoiceMeter.n
	fmt.Println(photoSum, invoiceSum, err, u.bytes)
}
