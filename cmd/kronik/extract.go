package main

import (
	"context"
	"fmt"
	"io"
)

func runExtract(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	return fmt.Errorf("extract: not wired yet")
}
