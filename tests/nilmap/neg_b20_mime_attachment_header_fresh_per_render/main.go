// A mail builder keeps each attachment's part header as a textproto.MIMEHeader; rendering
// starts a fresh header per part, copies the attachment's extra fields (none here) into it,
// and sets the Content-Disposition there.
package main

import (
	"bytes"
	"fmt"
	"log"
	"maps"
	"mime/multipart"
	"net/textproto"
)

type Attachment struct {
	Name   string
	Type   string
	Data   []byte
	Header textproto.MIMEHeader
}

type Message struct {
	Subject     string
	Body        string
	Attachments []*Attachment
}

func (m *Message) Attach(name, contentType string, data []byte) {
	m.Attachments = append(m.Attachments, &Attachment{Name: name, Type: contentType, Data: data})
}

func (m *Message) Render() ([]byte, error) {
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	text, err := w.CreatePart(textproto.MIMEHeader{"Content-Type": {"text/plain; charset=utf-8"}})
	if err != nil {
		return nil, err
	}
	text.Write([]byte(m.Body))
	for _, a := range m.Attachments {
		h := textproto.MIMEHeader{}
		maps.Copy(h, a.Header)
		h.Set("Content-Disposition", fmt.Sprintf("attachment; filename=%q", a.Name))
		h.Set("Content-Type", a.Type)
		part, err := w.CreatePart(h)
		if err != nil {
			return nil, err
		}
		part.Write(a.Data)
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func main() {
	msg := &Message{Subject: "Invoice 2024-05", Body: "Please find the invoice attached."}
	msg.Attach("invoice.pdf", "application/pdf", []byte("%PDF-1.7 ..."))
	msg.Attach("usage.csv", "text/csv", []byte("day,calls\n1,42\n"))
	raw, err := msg.Render()
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(msg.Subject, len(raw) > 0)
}
