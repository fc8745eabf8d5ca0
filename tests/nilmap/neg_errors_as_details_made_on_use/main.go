// An API layer enriches validation errors on their way out: it finds the *ValidationError
// with errors.As and adds the request ID to its details. The store builds that error as a
// bare literal for the "missing email" case, so the API layer makes a missing details map
// before writing into it.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type ValidationError struct {
	Field   string
	Details map[string]string
}

func (e *ValidationError) Error() string {
	return "invalid " + e.Field
}

func newValidationError(field, reason string) *ValidationError {
	return &ValidationError{Field: field, Details: map[string]string{"reason": reason}}
}

type user struct{ name, email string }

func validate(u user) error {
	if strings.TrimSpace(u.name) == "" {
		return newValidationError("name", "empty")
	}
	if !strings.Contains(u.email, "@") {
		return &ValidationError{Field: "email"}
	}
	return nil
}

func (s *store) save(u user) error {
	if err := validate(u); err != nil {
		return fmt.Errorf("save %q: %w", u.name, err)
	}
	s.users = append(s.users, u)
	return nil
}

type store struct{ users []user }

func respond(reqID string, err error) string {
	var ve *ValidationError
	if errors.As(err, &ve) {
		if ve.Details == nil {
			ve.Details = map[string]string{}
		}
		ve.Details["request_id"] = reqID
		return "400 " + ve.Error() + " " + ve.Details["request_id"]
	}
	if err != nil {
		return "500"
	}
	return "201"
}

func main() {
	s := &store{}
	fmt.Println(respond("req-1", s.save(user{name: "ann", email: "ann@example.com"})))
	fmt.Println(respond("req-2", s.save(user{name: " ", email: "x@example.com"})))
	fmt.Println(respond("req-3", s.save(user{name: "bob", email: "bob.example.com"})))
}
