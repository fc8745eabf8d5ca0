// A backup tool archives files into a tar stream and records each file's owner as a PAX
// extended attribute. Directory headers carry an empty PAXRecords map, but the literal for
// regular files leaves it nil, so recording the owner of the first file panics.
package main

import (
	"archive/tar"
	"bytes"
	"fmt"
	"io"
	"time"
)

type File struct {
	Path  string
	Owner string
	Data  []byte
	Dir   bool
}

type Archiver struct {
	tw      *tar.Writer
	modTime time.Time
	written int
}

func NewArchiver(w io.Writer) *Archiver {
	return &Archiver{tw: tar.NewWriter(w), modTime: time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)}
}

func (a *Archiver) header(f File) *tar.Header {
	if f.Dir {
		return &tar.Header{
			Typeflag:   tar.TypeDir,
			Name:       f.Path + "/",
			Mode:       0o755,
			ModTime:    a.modTime,
			PAXRecords: map[string]string{},
		}
	}
	return &tar.Header{
		Typeflag: tar.TypeReg,
		Name:     f.Path,
		Mode:     0o644,
		Size:     int64(len(f.Data)),
		ModTime:  a.modTime,
	}
}

func (a *Archiver) Add(f File) error {
	hdr := a.header(f)
	if f.Owner != "" {
		hdr.PAXRecords["SCHILY.xattr.user.owner"] = f.Owner // want "nil map"
	}
	if err := a.tw.WriteHeader(hdr); err != nil {
		return fmt.Errorf("%s: %w", f.Path, err)
	}
	if !f.Dir {
		if _, err := a.tw.Write(f.Data); err != nil {
			return fmt.Errorf("%s: %w", f.Path, err)
		}
	}
	a.written++
	return nil
}

func main() {
	var buf bytes.Buffer
	arch := NewArchiver(&buf)
	files := []File{
		{Path: "etc", Owner: "root", Dir: true},
		{Path: "etc/app.conf", Owner: "deploy", Data: []byte("listen = :8080\n")},
		{Path: "etc/motd", Data: []byte("hello\n")},
	}
	for _, f := range files {
		if err := arch.Add(f); err != nil {
			fmt.Println("backup failed:", err)
			return
		}
	}
	if err := arch.tw.Close(); err != nil {
		fmt.Println("close:", err)
		return
	}
	fmt.Printf("archived %d entries, %d bytes\n", arch.written, buf.Len())
}
