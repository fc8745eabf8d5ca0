// A patch helper runs a mutating closure that writes the object's annotation map on a copy of
// the object. Applications are only made by newApplication, which gives every one an
// annotation map, so the closure's write is safe (the copy shares the map).
package main

import "fmt"

type Application struct {
	Name        string
	Annotations map[string]string
}

func patch(app *Application, mutate func(*Application)) Application {
	next := *app
	mutate(&next)
	return next
}

func recordHealth(app *Application, status string) Application {
	return patch(app, func(a *Application) {
		a.Annotations["commenter/last-health"] = status
	})
}

func newApplication(name string) *Application {
	return &Application{Name: name, Annotations: map[string]string{}}
}

func main() {
	app := newApplication("guestbook")
	fmt.Println(recordHealth(app, "Healthy").Name)
}
