// Reduced from Admiral-Piett/goaws v0.4.5, app/gosqs/gosqs.go:24 and app/gosns/gosns.go:45,
// where mapscope check reported `app.SqsErrors["QueueNotFound"] = err1` (and SnsErrors's first
// entry) as a write to a nil map, noting that `SqsErrors` is declared without a value in the app
// package and that no code of the module makes it. The init function of gosqs sets
// `app.SqsErrors = make(map[string]app.SqsErrorType)` on the line before. A near miss: the
// package variable of another package is made by the importer's init right before its writes.
// Our own rewrite.
package main

import (
	"fmt"
	"net/http"

	"example.com/nilmapcorpus/neg_real_goaws_errors_made_by_importer_init/apperrors"
)

func init() {
	apperrors.Errors = make(map[string]apperrors.ErrorType)
	apperrors.Errors["QueueNotFound"] = apperrors.ErrorType{HTTPError: http.StatusBadRequest, Code: "AWS.SimpleQueueService.NonExistentQueue", Message: "The specified queue does not exist."}
	apperrors.Errors["QueueExists"] = apperrors.ErrorType{HTTPError: http.StatusBadRequest, Code: "AWS.SimpleQueueService.QueueExists", Message: "The specified queue already exists."}
}

// errorFor is the handlers' lookup, as goaws's createErrorResponse does.
func errorFor(code string) apperrors.ErrorType {
	if e, ok := apperrors.Errors[code]; ok {
		return e
	}
	return apperrors.ErrorType{HTTPError: http.StatusInternalServerError, Code: "GeneralError", Message: "General error."}
}

func main() {
	fmt.Println(errorFor("QueueNotFound").Code, errorFor("Throttled").HTTPError)
}
