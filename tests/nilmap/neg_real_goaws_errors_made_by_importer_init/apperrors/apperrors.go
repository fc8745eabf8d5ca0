// Package apperrors declares the emulator's error table, as goaws's app package declares
// SqsErrors: without a value, for the package that serves the API to fill.
package apperrors

// ErrorType is one API error.
type ErrorType struct {
	HTTPError int
	Code      string
	Message   string
}

// Errors is made by the init function of the package that serves the API.
var Errors map[string]ErrorType
