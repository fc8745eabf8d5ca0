// A job runner builds its job types with a generic constructor whose pointer constraint
// requires an Init method, so every job is initialised the same way. The retry job added
// later is built through NewJob too, so Init makes its attempts map before the first Run.
package main

import "fmt"

type initJob[T any] interface {
	*T
	Init()
	Run(input string) string
}

func NewJob[T any, PT initJob[T]]() PT {
	p := PT(new(T))
	p.Init()
	return p
}

type resizeJob struct{ sizes map[string]int }

func (j *resizeJob) Init() { j.sizes = map[string]int{} }

func (j *resizeJob) Run(input string) string {
	j.sizes[input] = len(input) * 10
	return fmt.Sprintf("resized %s", input)
}

type retryJob struct{ attempts map[string]int }

func (j *retryJob) Init() { j.attempts = map[string]int{} }

func (j *retryJob) Run(input string) string {
	j.attempts[input]++
	return fmt.Sprintf("retry %s #%d", input, j.attempts[input])
}

func main() {
	resize := NewJob[resizeJob]()
	fmt.Println(resize.Run("cat.png"))

	retry := NewJob[retryJob]()
	fmt.Println(retry.Run("upload-17"))
	fmt.Println(retry.Run("upload-17"))
}
