// Reduced from lestrrat-go/jwx v3.4.0, jwe/jwe_test.go:872
// (TestDecryptRejectsNonStringAESGCMKWHeaders), where mapscope check reported a nil-map write to
// `header`, the result of `parsed["header"].(map[string]any)`. The test passes the assertion's
// `ok` to testify's require.True, which returns when assert.True reports the condition held and
// otherwise calls t.FailNow, ending the test's goroutine; the write runs only when the assertion
// held. Here the two testify helpers are written out, with os.Exit in place of FailNow. A near
// miss: the failed assertion's nil map never reaches the write. Our own rewrite.
package main

import (
	"encoding/json"
	"fmt"
	"os"
)

// assertTrue reports whether value holds, printing msg when it does not.
func assertTrue(value bool, msg string) bool {
	if !value {
		fmt.Println("assertion failed:", msg)
		return false
	}
	return true
}

// requireTrue returns only when value holds.
func requireTrue(value bool, msg string) {
	if assertTrue(value, msg) {
		return
	}
	os.Exit(1)
}

func main() {
	encrypted := []byte(`{"ciphertext":"x","header":{"alg":"A128GCMKW","iv":"aXY","tag":"dGFn"}}`)
	for _, field := range []string{"iv", "tag"} {
		var parsed map[string]any
		if err := json.Unmarshal(encrypted, &parsed); err != nil {
			panic(err)
		}
		header, ok := parsed["header"].(map[string]any)
		requireTrue(ok, "flattened JSON should carry a recipient header")
		_, ok = header[field]
		requireTrue(ok, "the recipient header should hold "+field)
		header[field] = 1
		tampered, err := json.Marshal(parsed)
		if err != nil {
			panic(err)
		}
		fmt.Println(string(tampered))
	}
}
