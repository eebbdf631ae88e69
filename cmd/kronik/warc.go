package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"kronik/internal/fetch"
	"kronik/internal/source"
	"kronik/internal/warc"
	"kronik/internal/watch"
)

// defaultArchiveSize rotates WARC files at 1 GB, the size the WARC 1.1
// standard's annex recommends.
const defaultArchiveSize = 1 << 30

// archiver writes every response a watch or fetch receives to WARC files.
type archiver struct{ w *warc.Writer }

func newArchiver(dir string, size int64) (*archiver, error) {
	if size <= 0 {
		return nil, fmt.Errorf("%w: --archive-size must be positive", errUsage)
	}
	w, err := warc.NewWriter(dir, size)
	if err != nil {
		return nil, err
	}
	return &archiver{w: w}, nil
}

func (a *archiver) write(r *fetch.Response) { a.w.Write(r) }
func (a *archiver) close() error            { return a.w.Close() }

// isWARC says whether an input names a WARC archive.
func isWARC(in string) bool {
	return strings.HasSuffix(in, ".warc") || strings.HasSuffix(in, ".warc.gz")
}

// readInputs is source.ReadWith with WARC archives (*.warc, *.warc.gz) read by
// watch.Replay: the pages a fetch or watch archived become the documents it
// stored, with their feed metadata, without the network. Mining-reserved
// pages stay out unless allowReserved; each is reported through onErr as
// skipped.
func readInputs(ctx context.Context, opts source.Options, inputs []string, stdin io.Reader, allowReserved bool,
	fn func(source.Document) error, onErr func(input string, err error)) error {
	var rest []string
	for _, in := range inputs {
		if !isWARC(in) {
			rest = append(rest, in)
			continue
		}
		read := func(f func(*fetch.Response) error) error { return warc.Read(in, f) }
		var stopped error
		err := watch.Replay(read, allowReserved, func(d source.Document) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := fn(d); err != nil {
				stopped = err
				return err
			}
			return nil
		}, func(url, why string) {
			onErr(in+": "+url, fmt.Errorf("%w: %s", source.ErrSkipped, why))
		})
		if stopped != nil || ctx.Err() != nil {
			if stopped != nil {
				return stopped
			}
			return ctx.Err()
		}
		if err != nil {
			onErr(in, err)
		}
	}
	if len(rest) == 0 {
		return nil
	}
	return source.ReadWith(ctx, opts, rest, stdin, fn, onErr)
}
