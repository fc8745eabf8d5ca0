// A release tool lists an archive's files per directory (dir -> file -> size). It makes a
// directory's map when it meets the directory's own header, as archives made by `tar -c` have
// them; the archive built by the CI step adds files only, without directory headers, so its
// first file lands in a missing inner map.
package main

import (
	"archive/tar"
	"bytes"
	"fmt"
	"io"
	"path"
	"strings"
)

func buildArchive(names []string) *bytes.Buffer {
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	for _, name := range names {
		hdr := &tar.Header{Name: name, Mode: 0o644, Typeflag: tar.TypeReg, Size: int64(len(name))}
		if strings.HasSuffix(name, "/") {
			hdr.Typeflag, hdr.Mode, hdr.Size = tar.TypeDir, 0o755, 0
		}
		tw.WriteHeader(hdr)
		tw.Write([]byte(name)[:hdr.Size])
	}
	tw.Close()
	return &buf
}

func listing(r io.Reader) (map[string]map[string]int64, error) {
	dirs := make(map[string]map[string]int64)
	tr := tar.NewReader(r)
	for {
		hdr, err := tr.Next()
		if err == io.EOF {
			return dirs, nil
		}
		if err != nil {
			return nil, err
		}
		if hdr.Typeflag == tar.TypeDir {
			dirs[strings.TrimSuffix(hdr.Name, "/")] = make(map[string]int64)
			continue
		}
		dirs[path.Dir(hdr.Name)][path.Base(hdr.Name)] = hdr.Size // want "nil map|inner map"
	}
}

func main() {
	for _, names := range [][]string{
		{"bin/", "bin/tool", "docs/", "docs/README.md"},
		{"bin/tool", "docs/README.md"},
	} {
		dirs, err := listing(buildArchive(names))
		fmt.Println(dirs, err)
	}
}
