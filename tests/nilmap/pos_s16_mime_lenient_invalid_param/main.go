// A mail relay stamps a charset on every text part it forwards. It reads the Content-Type
// leniently: mime.ParseMediaType reports a malformed parameter with ErrInvalidMediaParameter and
// still gives the media type, which the relay keeps. But the parameter map that comes with that
// error is nil, and stamping the charset of a part whose header ends in a bare "charset"
// writes into it.
package main

import (
	"errors"
	"fmt"
	"mime"
)

func stamp(contentType string) (string, error) {
	mediaType, params, err := mime.ParseMediaType(contentType)
	if err != nil && !errors.Is(err, mime.ErrInvalidMediaParameter) {
		return "", fmt.Errorf("content type %q: %w", contentType, err)
	}
	if mediaType == "text/plain" || mediaType == "text/html" {
		params["charset"] = "utf-8" // want "nil map"
	}
	return mime.FormatMediaType(mediaType, params), nil
}

func main() {
	for _, ct := range []string{"text/html; charset=iso-8859-1", "image/gif", "text/plain; charset"} {
		out, err := stamp(ct)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(out)
	}
}
