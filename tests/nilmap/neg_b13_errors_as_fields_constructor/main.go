// An HTTP API turns validation failures into 422 responses and, before encoding them, adds
// the request ID to the error's field map with errors.As. Every ValidationError, the
// body-size one included, is built by newFieldError, which makes the map, so the handler's
// write through the unwrapped error lands in a real map.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
)

type ValidationError struct {
	Msg    string
	Fields map[string]string
}

func (e *ValidationError) Error() string { return e.Msg }

func newFieldError(field, problem string) *ValidationError {
	return &ValidationError{Msg: "invalid " + field, Fields: map[string]string{field: problem}}
}

const maxBody = 64

func validateSignup(body string) error {
	if len(body) > maxBody {
		return fmt.Errorf("signup: %w", newFieldError("body", "too large"))
	}
	if !strings.Contains(body, "@") {
		return fmt.Errorf("signup: %w", newFieldError("email", "missing @"))
	}
	return nil
}

func signup(w http.ResponseWriter, r *http.Request) {
	var sb strings.Builder
	buf := make([]byte, 512)
	n, _ := r.Body.Read(buf)
	sb.Write(buf[:n])
	err := validateSignup(sb.String())
	var ve *ValidationError
	if errors.As(err, &ve) {
		ve.Fields["request_id"] = r.Header.Get("X-Request-Id")
		w.WriteHeader(http.StatusUnprocessableEntity)
		json.NewEncoder(w).Encode(map[string]any{"error": ve.Msg, "fields": ve.Fields})
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func main() {
	for _, body := range []string{"ada@example.com", "grace", strings.Repeat("x", 100) + "@example.com"} {
		req := httptest.NewRequest("POST", "/signup", strings.NewReader(body))
		req.Header.Set("X-Request-Id", "req-"+fmt.Sprint(len(body)))
		rec := httptest.NewRecorder()
		signup(rec, req)
		fmt.Println(rec.Code, strings.TrimSpace(rec.Body.String()))
	}
}
