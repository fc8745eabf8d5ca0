// An upload service checksums each body through io.TeeReader, whose writer side is a meter that
// adds the bytes read to the tenant's usage in a shared map. io.Copy drives the meter's Write in
// whichever goroutine handles the upload, so two uploads running at once write the map together.
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
type meter struct {
	u      *usage
	tenant string
}

func (m meter) Write(p []byte) (int, error) {
	m.u.bytes[m.tenant] += int64(len(p)) // want "concurrent map write"
	return len(p), nil
}

func store(u *usage, tenant string, body io.Reader) (string, error) {
	h := sha256.New()
	if _, err := io.Copy(h, io.TeeReader(body, meter{u: u, tenant: tenant})); err != nil {
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
	wg.Go(func() {
		photoSum, _ = store(u, "acme", photos)
		<-shutdown // the upload worker stays up until shutdown
	})
	invoiceSum, err := store(u, "globex", invoice)
	close(shutdown)
	wg.Wait()
	fmt.Println(photoSum, invoiceSum, err, u.bytes)
}
