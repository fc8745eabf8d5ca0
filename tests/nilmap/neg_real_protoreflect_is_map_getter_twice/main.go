// Reduced from jhump/protoreflect v1.19.0, dynamic/dynamic_message.go:1783, where mapscope
// check reported a write to `mp` as a write to a nil map: a message merger makes the map
// when the field descriptor says it is a map field (`fd.IsMap()`), then walks the source
// values, converts each with other calls, and stores into the map under the same test
// `fd.IsMap()`. IsMap is a getter: it reads the descriptor's fields (through another getter)
// and stores nothing, and the merger stores into no descriptor, so both calls give one
// answer. A near miss: the same side-effect-free method of the same receiver tested twice,
// with calls in between. Our own rewrite.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Label int

const (
	Optional Label = iota
	Repeated
)

type MessageDescriptor struct {
	name     string
	mapEntry bool
}

func (md *MessageDescriptor) IsMapEntry() bool { return md != nil && md.mapEntry }

type FieldDescriptor struct {
	name  string
	label Label
	msg   *MessageDescriptor
}

func (fd *FieldDescriptor) MessageType() *MessageDescriptor { return fd.msg }

// IsMap reports whether the field is a map: a repeated field of a map-entry message.
func (fd *FieldDescriptor) IsMap() bool {
	return fd.label == Repeated && fd.MessageType().IsMapEntry()
}

func convert(fd *FieldDescriptor, v string) (string, error) {
	if strings.TrimSpace(v) == "" {
		return "", fmt.Errorf("%s: empty value", fd.name)
	}
	return strings.ToUpper(v), nil
}

func merge(fd *FieldDescriptor, src []string) (map[string]string, []string, error) {
	var mp map[string]string
	var list []string
	if fd.IsMap() {
		mp = make(map[string]string, len(src))
	}
	for i, v := range src {
		cv, err := convert(fd, v)
		if err != nil {
			return nil, nil, err
		}
		if fd.IsMap() {
			mp[fmt.Sprintf("k%d", i)] = cv
		} else {
			list = append(list, cv)
		}
	}
	return mp, list, nil
}

func main() {
	entry := &MessageDescriptor{name: "LabelsEntry", mapEntry: true}
	labels := &FieldDescriptor{name: "labels", label: Repeated, msg: entry}
	tags := &FieldDescriptor{name: "tags", label: Repeated}
	mp, _, err := merge(labels, []string{"a", "b"})
	fmt.Println(len(mp), err)
	_, list, err := merge(tags, []string{"x", "y"})
	sort.Strings(list)
	fmt.Println(list, err)
}
