// Reduced from open-policy-agent/opa v1.22.4, v1/plugins/rest/auth.go:121
// (bearerAuthPlugin.Prepare), where mapscope check reported a nil-map write to `req.Header` when
// TestBearerTokenHeaderAttachement (auth_test.go:395) calls Prepare with
// `&http.Request{Response: &http.Response{StatusCode: http.StatusTemporaryRedirect}}`, a
// request without headers. Prepare adds the Authorization header only when the request's
// response is nil or not a redirect; the test's request carries a 307 response, so Prepare
// logs that it skips the header and never writes the nil map. A near miss: the constant status
// of the nested literal takes the other branch. Our own rewrite.
package main

import (
	"fmt"
	"net/http"
)

type bearerAuth struct {
	scheme string
	token  string
	log    []string
}

func (ap *bearerAuth) prepare(req *http.Request) error {
	if req.Response != nil && (req.Response.StatusCode == http.StatusPermanentRedirect || req.Response.StatusCode == http.StatusTemporaryRedirect) {
		ap.log = append(ap.log, "not attaching authorization header as the response contains a redirect")
	} else {
		ap.log = append(ap.log, "attaching authorization header")
		req.Header.Add("Authorization", fmt.Sprintf("%v %v", ap.scheme, ap.token))
	}
	return nil
}

func main() {
	ap := &bearerAuth{scheme: "Bearer", token: "user:password"}
	for range 2 {
		if err := ap.prepare(&http.Request{Response: &http.Response{StatusCode: http.StatusTemporaryRedirect}}); err != nil {
			panic(err)
		}
	}
	fmt.Println(ap.log)
}
