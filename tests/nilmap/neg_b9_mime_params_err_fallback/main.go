// A file upload service normalises each multipart part's Content-Type before storing it, adding
// a utf-8 charset to text types. When mime.ParseMediaType fails (a part without a type) it falls
// back to text/plain with a fresh parameter map, so the charset always has a map to go in.
package main

import (
	"fmt"
	"mime"
	"strings"
)

type Part struct {
	Name        string
	ContentType string
	Body        []byte
}

func normalise(p Part) string {
	mediaType, params, err := mime.ParseMediaType(p.ContentType)
	if err != nil {
		mediaType, params = "text/plain", map[string]string{}
	}
	if strings.HasPrefix(mediaType, "text/") {
		if _, ok := params["charset"]; !ok {
			params["charset"] = "utf-8"
		}
	}
	return mime.FormatMediaType(mediaType, params)
}

func main() {
	parts := []Part{
		{Name: "avatar", ContentType: "image/png", Body: []byte{0x89, 'P', 'N', 'G'}},
		{Name: "bio", ContentType: "text/markdown; charset=latin1", Body: []byte("# hi")},
		{Name: "notes", Body: []byte("plain notes")},
	}
	for _, p := range parts {
		fmt.Printf("%s: %s (%d bytes)\n", p.Name, normalise(p), len(p.Body))
	}
}
