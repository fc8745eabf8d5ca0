// A file upload service normalises each multipart part's Content-Type before storing it, adding
// a utf-8 charset to text types and treating a part without a type as text/plain.
// mime.ParseMediaType returns a nil parameter map with its error, and the error is dropped: the
// part sent without a Content-Type header panics when its charset is set.
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
	mediaType, params, _ := mime.ParseMediaType(p.ContentType)
	if mediaType == "" {
		mediaType = "text/plain"
	}
	if strings.HasPrefix(mediaType, "text/") {
		if _, ok := params["charset"]; !ok {
			params["charset"] = "utf-8" // want "nil map"
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
