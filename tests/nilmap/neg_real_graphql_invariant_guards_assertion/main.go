// Reduced from graphql-go/graphql v0.8.1, definition.go:1204 (InputObject.AddFieldConfig), where
// mapscope check reported a nil-map write to `fieldMap`, the result of the comma-ok assertion
// `gt.typeConfig.Fields.(InputObjectConfigFieldMap)`. The method passes `ok` to invariant, which
// returns an error exactly when its condition is false, stores the error in the type's err field
// and returns when it is not nil; the write runs only when the assertion held. A near miss: the
// failed assertion's nil map never reaches the write. Our own rewrite.
package main

import (
	"errors"
	"fmt"
)

type fieldConfigs map[string]string

type fieldsThunk func() fieldConfigs

type inputObject struct {
	name   string
	fields any // a fieldConfigs or a fieldsThunk
	err    error
}

// invariant returns an error carrying message when condition does not hold.
func invariant(condition bool, message string) error {
	if !condition {
		return errors.New(message)
	}
	return nil
}

func (o *inputObject) addField(name, typ string) {
	if name == "" {
		return
	}
	fields, ok := o.fields.(fieldConfigs)
	if o.err = invariant(ok, "cannot add a field to a thunk"); o.err != nil {
		return
	}
	fields[name] = typ
}

func main() {
	point := &inputObject{name: "Point", fields: fieldConfigs{"lat": "Float!"}}
	point.addField("lon", "Float!")
	lazy := &inputObject{name: "Lazy", fields: fieldsThunk(func() fieldConfigs { return nil })}
	lazy.addField("x", "Int")
	fmt.Println(len(point.fields.(fieldConfigs)), lazy.err)
}
