// Reduced from minio/minio-go v7.4.1, api-get-object-acl.go:91 and :97 (Client.GetObjectACL),
// where mapscope check reported two nil-map writes: StatObject returns an ObjectInfo without
// Metadata on its validation failures, but each of those returns an ErrorResponse{...} (a struct
// converted to error, never nil) as its error, and GetObjectACL returns early when the error is
// not nil; on success the info comes from ToObjectInfo, which always makes Metadata. A near miss:
// the callee's empty result goes with an error the caller checks. Our own rewrite.
package main

import (
	"fmt"
	"net/http"
	"strings"
)

type ErrorResponse struct {
	Code    string
	Message string
}

func (e ErrorResponse) Error() string { return e.Code + ": " + e.Message }

type ObjectInfo struct {
	Key      string
	Metadata http.Header
}

func toObjectInfo(object string, h http.Header) (ObjectInfo, error) {
	metadata := make(http.Header)
	for k, v := range h {
		if strings.HasPrefix(k, "X-Amz-Meta-") || k == "Content-Type" {
			metadata[k] = v
		}
	}
	return ObjectInfo{Key: object, Metadata: metadata}, nil
}

func statObject(bucket, object string) (ObjectInfo, error) {
	if bucket == "" {
		return ObjectInfo{}, ErrorResponse{Code: "InvalidBucketName", Message: "empty bucket"}
	}
	if object == "" {
		return ObjectInfo{}, ErrorResponse{Code: "XMinioInvalidObjectName", Message: "empty name"}
	}
	return toObjectInfo(object, http.Header{"Content-Type": {"text/plain"}})
}

func getObjectACL(bucket, object string, grants map[string][]string) (*ObjectInfo, error) {
	objInfo, err := statObject(bucket, object)
	if err != nil {
		return nil, err
	}
	if canned := grants["canned"]; len(canned) > 0 {
		objInfo.Metadata.Add("X-Amz-Acl", canned[0])
		return &objInfo, nil
	}
	for k, v := range grants {
		objInfo.Metadata[k] = v
	}
	return &objInfo, nil
}

func main() {
	for _, name := range []string{"a.txt", ""} {
		info, err := getObjectACL("photos", name, map[string][]string{"X-Amz-Grant-Read": {"id=1"}})
		fmt.Println(info != nil, err)
	}
	info, _ := getObjectACL("photos", "b.txt", map[string][]string{"canned": {"private"}})
	fmt.Println(info.Metadata.Get("X-Amz-Acl"))
}
