// A release tool lists an archive's files per directory (dir -> file -> size). Directory headers
// make their directory's map, and a file whose directory had no header of its own makes it
// itself before it is added, so archives built without directory entries list fine too.
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
		dir := path.Dir(hdr.Name)
		if dirs[dir] == nil {
			dirs[dir] = make(map[string]int64)
		}
		dirs[dir][path.Base(hdr.Name)] = hdr.Size
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
