// Near miss of pos_b9_mime_params_err_ignored: an upload service normalises each part's
// Content-Type, adding a utf-8 charset to text types. mime.ParseMediaType returns a nil
// parameter map beside its error, and this service checks the error first: a part without a
// usable type gets text/plain and a parameter map of its own before the charset is set.
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
		{Name: "broken", ContentType: "text/plain; charset", Body: []byte("x")},
	}
	for _, p := range parts {
		fmt.Printf("%s: %s (%d bytes)\n", p.Name, normalise(p), len(p.Body))
	}
}
