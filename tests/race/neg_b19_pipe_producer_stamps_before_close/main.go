// An export job streams CSV rows through an io.Pipe to its uploader; the producer goroutine
// stamps its row count into the job's stats map before it closes the pipe writer, so the
// uploader, woken by the EOF the close caused, reads a count that was stored before.
package main

import (
	"bytes"
	"encoding/csv"
	"io"
	"os"
	"strconv"
)

type Job struct {
	name  string
	stats map[string]int
	done  chan struct{}
}

func (j *Job) produce(pw *io.PipeWriter, rows [][]string) {
	defer close(j.done)
	w := csv.NewWriter(pw)
	for _, r := range rows {
		if err := w.Write(r); err != nil {
			break
		}
	}
	w.Flush()
	j.stats["rows"] = len(rows)
	pw.CloseWithError(w.Error())
}

func upload(r io.Reader) (int64, error) {
	var body bytes.Buffer
	return io.Copy(&body, r)
}

func main() {
	rows := [][]string{{"id", "sku", "qty"}, {"1", "A-100", "3"}, {"2", "B-220", "1"}}
	job := &Job{name: "orders-2024-06", stats: map[string]int{"attempt": 1}, done: make(chan struct{})}
	pr, pw := io.Pipe()
	go job.produce(pw, rows)
	size, err := upload(pr)
	if err != nil {
		os.Stdout.WriteString("upload failed: " + err.Error() + "\n")
	}
	manifest := job.name + " bytes=" + strconv.FormatInt(size, 10) +
		" rows=" + strconv.Itoa(job.stats["rows"])
	<-job.done
	os.Stdout.WriteString(manifest + "\n")
}
