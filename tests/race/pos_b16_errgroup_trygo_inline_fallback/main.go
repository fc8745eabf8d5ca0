// A backup uploader bounds its uploads with errgroup's SetLimit and, when TryGo finds the group
// full, uploads on the caller's goroutine instead, as backpressure. Both paths run the same
// closure, which records the upload in an unlocked in-flight map, so the inline upload writes
// the map while the group's goroutine still may.
package main

import (
	"os"
	"sort"
	"strconv"

	"golang.org/x/sync/errgroup"
)

type File struct {
	Path string
	Size int64
}

type Uploader struct {
	inflight map[string]int64
	window   chan struct{} // closed when the off-peak window for large files opens
}

func (u *Uploader) upload(f File) error {
	if f.Size > 1<<20 {
		<-u.window
	}
	return nil
}

func (u *Uploader) Run(files []File) error {
	var g errgroup.Group
	g.SetLimit(1)
	for _, f := range files {
		job := func() error {
			u.inflight[f.Path] = f.Size // want "concurrent map write"
			return u.upload(f)
		}
		if !g.TryGo(job) {
			if err := job(); err != nil {
				return err
			}
		}
	}
	close(u.window)
	return g.Wait()
}

func main() {
	u := &Uploader{inflight: make(map[string]int64), window: make(chan struct{})}
	err := u.Run([]File{
		{"db/base.tar", 64 << 20},
		{"etc/app.yaml", 2 << 10},
		{"etc/tls.pem", 4 << 10},
	})
	paths := make([]string, 0, len(u.inflight))
	for p := range u.inflight {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	out := "uploaded " + strconv.Itoa(len(paths)) + " files:"
	for _, p := range paths {
		out += " " + p
	}
	if err != nil {
		out += " (error: " + err.Error() + ")"
	}
	os.Stdout.WriteString(out + "\n")
}
