// An export job streams CSV rows through an io.Pipe to its uploader; the producer goroutine
// closes the pipe writer and then stamps its row count into the job's stats map, and the
// uploader waits for the producer to finish before it reads the stats for the manifest.
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
	pw.CloseWithError(w.Error())
	j.stats["rows"] = len(rows)
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
	<-job.done
	if err != nil {
		os.Stdout.WriteString("upload failed: " + err.Error() + "\n")
	}
	manifest := job.name + " bytes=" + strconv.FormatInt(size, 10) +
		" rows=" + strconv.Itoa(job.stats["rows"])
	os.Stdout.WriteString(manifest + "\n")
}
