// A storage client returns *TempError for failures worth retrying. The retry loop finds it
// with errors.As through the %w wrapping and records the attempt in its metadata. The timeout
// path builds the error with newTempError, which makes the metadata map, but the throttling
// path returns a bare &TempError{}, and recording an attempt on it panics.
package main

import (
	"errors"
	"fmt"
)

type TempError struct {
	Op   string
	Meta map[string]int
}

func (e *TempError) Error() string { return "temporary failure in " + e.Op }

func newTempError(op string) *TempError {
	return &TempError{Op: op, Meta: map[string]int{}}
}

func put(key string, attempt int) error {
	switch {
	case attempt == 0 && key == "a":
		return fmt.Errorf("put %s: %w", key, newTempError("put"))
	case attempt == 0 && key == "b":
		return fmt.Errorf("put %s: %w", key, &TempError{Op: "put"})
	}
	return nil
}

func putWithRetry(key string) (attempts int, err error) {
	for attempt := 0; attempt < 3; attempt++ {
		err = put(key, attempt)
		var temp *TempError
		if !errors.As(err, &temp) {
			return attempt + 1, err
		}
		temp.Meta["attempt"] = attempt // want "nil map"
	}
	return 3, err
}

func main() {
	for _, k := range []string{"a", "b"} {
		n, err := putWithRetry(k)
		fmt.Println(k, n, err)
	}
}
